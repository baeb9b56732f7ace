#include "ledger/state/StateMachine.h"

#include "ledger/chain/Genesis.h"
#include "ledger/state/Applier.h"
#include "ledger/state/Schema.h"
#include "ledger/state/Sql.h"
#include "ledger/store/WalWriteBatching.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ledger::state {

using core::ErrorCode;
using core::fail;

namespace {
QAtomicInt s_connections;

core::Error sqlError(const SqlFailure &e, const QString &path)
{
    return core::Error(ErrorCode::Io, QString::fromStdString(e.what())).inFile(path);
}
} // namespace

StateMachine::~StateMachine()
{
    m_applier.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase StateMachine::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

core::Status StateMachine::handOverCheckpoints(std::int64_t walSizeLimit)
{
    try {
        execSql(database(), QStringLiteral("PRAGMA journal_size_limit=%1").arg(walSizeLimit));
        execSql(database(), QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    } catch (const SqlFailure &e) {
        return fail(sqlError(e, m_path));
    }
    return {};
}

core::Result<std::unique_ptr<StateMachine>> StateMachine::open(const QString &path,
                                                               Durability durability)
{
    std::unique_ptr<StateMachine> sm(new StateMachine);
    sm->m_path = path;
    sm->m_connection = QStringLiteral("gongzhi-state-%1").arg(s_connections.fetchAndAddRelaxed(1));
    store::installWalWriteBatching(); // before the first connection (WalWriteBatching.h)
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), sm->m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(core::Error(ErrorCode::Io, db.lastError().text()).inFile(path));
    try {
        execSql(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        execSql(db,
                durability == Durability::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                               : QStringLiteral("PRAGMA synchronous=NORMAL"));
        execSql(db, QStringLiteral("PRAGMA foreign_keys=OFF"));
        execSql(db, QStringLiteral("PRAGMA cache_size=-131072"));
        // Fewer, larger checkpoints: each one costs an fsync of the database,
        // and a page changed by several commits between two checkpoints is
        // copied into the database once. Applying changes random leaves of a
        // dozen B-trees (keys are hashes and pseudonyms), so most pages are
        // changed again soon: 32,768 pages (a WAL of at most 128 MiB) applied
        // 11,500 -> 14,500 tx per CPU second at scale 20 (commits of >= 500 tx);
        // 65,536 was no better.
        execSql(db, QStringLiteral("PRAGMA wal_autocheckpoint=32768"));
        // Statement journals in memory: a statement that writes several rows
        // (the three running totals of a score event, a sweep) saves every page
        // it touches that the transaction already changed, and by default
        // spills those copies to a temporary file after 64 KiB. In a batch of
        // blocks nearly every page is already changed: that file write was
        // most of what applying wrote (1,149 -> 201 MiB at scale 10).
        execSql(db, QStringLiteral("PRAGMA temp_store=MEMORY"));
        Stmt v(db, QStringLiteral("PRAGMA user_version"));
        const auto version = v.scalar(0);
        v.finish();
        if (version != SchemaVersion) {
            if (const auto upgrade = upgradeStatements(int(version))) {
                execSql(db, QStringLiteral("BEGIN IMMEDIATE"));
                for (const QString &st : *upgrade)
                    execSql(db, st);
                execSql(db, QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
                execSql(db, QStringLiteral("COMMIT"));
            } else {
                GONGZHI_CHECK(sm->reset());
            }
        }
    } catch (const SqlFailure &e) {
        return fail(sqlError(e, path));
    }
    GONGZHI_CHECK(sm->loadMeta());
    return sm;
}

core::Status StateMachine::reset()
{
    QSqlDatabase db = database();
    m_applier.reset();
    try {
        QStringList tables;
        {
            Stmt q(db,
                   QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                  "NOT LIKE 'sqlite_%'"));
            for (q.exec(); q.next();)
                tables << q.text(0);
        }
        execSql(db, QStringLiteral("BEGIN IMMEDIATE"));
        for (const QString &t : std::as_const(tables))
            execSql(db, QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(t));
        for (const QString &s : schemaStatements())
            execSql(db, s);
        execSql(db, QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
        execSql(db, QStringLiteral("COMMIT"));
    } catch (const SqlFailure &e) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(sqlError(e, m_path));
    }
    return loadMeta();
}

core::Status StateMachine::loadMeta()
{
    QSqlDatabase db = database();
    try {
        m_applied.reset();
        m_lastHash = {};
        m_consortium = {};
        Stmt q(db, QStringLiteral("SELECT key, value FROM meta"));
        for (q.exec(); q.next();) {
            const QString key = q.text(0);
            const QByteArray value = q.blob(1);
            if (key == QLatin1String("applied_height"))
                m_applied = value.toULongLong();
            else if (key == QLatin1String("last_block_hash"))
                m_lastHash = *chain::BlockHash::fromBytes(value);
            else if (key == QLatin1String("consortium"))
                m_consortium = *chain::ConsortiumId::fromBytes(value);
        }
        // The apply caches (every key, org and resident) load on the first
        // apply, not here: a read-only connection (the app's query reader)
        // never applies and should open at the cost of this meta read. After
        // a rollback this also drops caches that may hold part of the failed
        // blocks.
        m_applier.reset();
    } catch (const SqlFailure &e) {
        return fail(sqlError(e, m_path));
    }
    return {};
}

core::Status StateMachine::apply(const chain::Block &block)
{
    return applyBatch(std::span<const chain::Block>(&block, 1));
}

core::Status StateMachine::applyBatch(std::span<const chain::Block> blocks)
{
    std::uint64_t expected = m_applied ? *m_applied + 1 : 0;
    chain::BlockHash prev = m_lastHash;
    chain::ConsortiumId consortium = m_consortium;
    for (const auto &block : blocks) {
        if (block.height() != expected)
            return fail(
                core::Error(ErrorCode::Conflict, QStringLiteral("expected block %1").arg(expected))
                    .atHeight(std::int64_t(block.height())));
        if (expected > 0
            && (block.header().prevHash != prev || block.header().consortium != consortium))
            return fail(core::Error(ErrorCode::Conflict,
                                    QStringLiteral("block does not continue the applied chain"))
                            .atHeight(std::int64_t(block.height())));
        prev = block.hash();
        consortium = block.header().consortium;
        ++expected;
    }
    if (blocks.empty())
        return {};
    QSqlDatabase db = database();
    std::int64_t current = -1;
    try {
        // Before BEGIN: the Applier sets a connection PRAGMA (mmap_size).
        Applier &applier = loadedApplier();
        execSql(db, QStringLiteral("BEGIN IMMEDIATE"));
        for (const auto &block : blocks) {
            current = std::int64_t(block.height());
            auto status = applyLocked(applier, block);
            if (!status) {
                execSql(db, QStringLiteral("ROLLBACK"));
                (void)loadMeta();
                return status;
            }
        }
        execSql(db, QStringLiteral("COMMIT"));
    } catch (const SqlFailure &e) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        (void)loadMeta(); // the caches may hold part of the failed blocks
        return fail(sqlError(e, m_path).atHeight(current));
    }
    m_applied = blocks.back().height();
    m_lastHash = blocks.back().hash();
    m_consortium = blocks.back().header().consortium;
    return {};
}

Applier &StateMachine::loadedApplier()
{
    if (!m_applier) {
        auto applier = std::make_unique<Applier>(database());
        applier->loadCaches();
        m_applier = std::move(applier);
    }
    return *m_applier;
}

core::Status StateMachine::applyLocked(Applier &applier, const chain::Block &block)
{
    const auto h = std::int64_t(block.height());
    const std::int64_t ts = block.header().timestampMs;
    if (h == 0) {
        auto genesis = chain::readGenesis(block);
        if (!genesis)
            return fail(genesis.error());
        applier.applyGenesis(block, *genesis);
    } else {
        int index = 0;
        for (const auto &tx : block.transactions())
            applier.applyTransaction(tx, h, index++, ts);
        applier.sweep(h, ts, block.hash());
        applier.flushSequences();
    }
    applier.recordBlock(h, block.hash(), ts);
    return {};
}

core::Result<bool> StateMachine::isCurrentNodeKey(const crypto::PublicKey &key,
                                                  std::uint64_t height) const
{
    if (!m_applied || height > *m_applied)
        return fail(ErrorCode::Unavailable,
                    QStringLiteral("state is not at height %1 yet").arg(height));
    try {
        Stmt q(database(),
               QStringLiteral("SELECT 1 FROM node_keys WHERE key = ? AND from_height <= ?"
                              " AND (until_height IS NULL OR until_height > ?)"));
        return q.args(key.toByteArray(), height, height).exists();
    } catch (const SqlFailure &e) {
        return fail(sqlError(e, m_path));
    }
}

core::Result<bool> StateMachine::isCurrentPersonKey(const crypto::PublicKey &key,
                                                    std::uint64_t height) const
{
    if (!m_applied || height > *m_applied)
        return fail(ErrorCode::Unavailable,
                    QStringLiteral("state is not at height %1 yet").arg(height));
    try {
        Stmt q(database(),
               QStringLiteral("SELECT 1 FROM persons WHERE key = ? AND from_height <= ?"
                              " AND (until_height IS NULL OR until_height > ?)"));
        return q.args(key.toByteArray(), height, height).exists();
    } catch (const SqlFailure &e) {
        return fail(sqlError(e, m_path));
    }
}

std::uint32_t StateMachine::organizationOfNodeKey(const crypto::PublicKey &key) const
{
    try {
        Stmt q(
            database(),
            QStringLiteral("SELECT org_id FROM node_keys WHERE key = ? AND until_height IS NULL"));
        return std::uint32_t(q.args(key.toByteArray()).scalar(0));
    } catch (const SqlFailure &) {
        return 0;
    }
}

} // namespace ledger::state
