#include "ledger/store/BlockStore.h"

#include "ledger/core/Enforce.h"
#include "ledger/merkle/CompactRange.h"
#include "ledger/merkle/TreeHash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <unistd.h>

namespace ledger::store {

using core::ErrorCode;
using core::fail;

namespace {
constexpr int FormatVersion = 1;

// One statement per entry (trigger bodies contain semicolons).
const char *const Schema[] = {
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS blocks( "
    "  height INTEGER PRIMARY KEY, "
    "  hash BLOB NOT NULL UNIQUE, "
    "  header BLOB NOT NULL, "
    "  signature BLOB NOT NULL, "
    "  tx_count INTEGER NOT NULL)",
    // A rowid table: rows are stored in append order (height, position), so a
    // block's rows fill a few pages at the end of the table and a full-chain
    // read is sequential; only the id index takes random inserts. (Stores
    // created before kept a WITHOUT ROWID table keyed by the random id,
    // 2.4x slower to append and 7x slower to read; the columns and queries
    // are the same, so both open.)
    "CREATE TABLE IF NOT EXISTS transactions( "
    "  id BLOB NOT NULL UNIQUE, "
    "  height INTEGER NOT NULL, "
    "  position INTEGER NOT NULL, "
    "  type INTEGER NOT NULL, "
    "  author BLOB NOT NULL, "
    "  sequence INTEGER NOT NULL, "
    "  data BLOB NOT NULL, "
    "  UNIQUE(height, position), "
    "  UNIQUE(author, sequence))",
    "CREATE INDEX IF NOT EXISTS transactions_by_type ON transactions(type, height)",
    "CREATE TRIGGER IF NOT EXISTS blocks_append_only_u BEFORE UPDATE ON blocks "
    "  BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS blocks_append_only_d BEFORE DELETE ON blocks "
    "  BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS transactions_append_only_u BEFORE UPDATE ON transactions "
    "  BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS transactions_append_only_d BEFORE DELETE ON transactions "
    "  BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS meta_append_only_u BEFORE UPDATE ON meta "
    "  BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS meta_append_only_d BEFORE DELETE ON meta "
    "  BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END",
    // REPLACE (INSERT OR REPLACE) deletes the conflicting row without firing
    // DELETE triggers (SQLite: only with recursive_triggers on), so an insert
    // that would replace a row is refused before it happens.
    "CREATE TRIGGER IF NOT EXISTS blocks_append_only_r BEFORE INSERT ON blocks "
    "  WHEN EXISTS(SELECT 1 FROM blocks WHERE height = NEW.height OR hash = NEW.hash) "
    "  BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS transactions_append_only_r BEFORE INSERT ON transactions "
    "  WHEN EXISTS(SELECT 1 FROM transactions WHERE id = NEW.id) "
    "    OR EXISTS(SELECT 1 FROM transactions WHERE height = NEW.height AND position = "
    "NEW.position) "
    "    OR EXISTS(SELECT 1 FROM transactions WHERE author = NEW.author AND sequence = "
    "NEW.sequence) "
    "  BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS meta_append_only_r BEFORE INSERT ON meta "
    "  WHEN EXISTS(SELECT 1 FROM meta WHERE key = NEW.key) "
    "  BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END",
};

QString witnessPath(const QString &dbPath)
{
    QFileInfo info(dbPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".head"));
}

QByteArray bytesOf(const QVariant &v)
{
    return v.toByteArray();
}
} // namespace

BlockStore::BlockStore() = default;
BlockStore::~BlockStore() = default;

core::Result<std::unique_ptr<BlockStore>> BlockStore::create(const QString &path,
                                                             const chain::Block &genesis)
{
    if (QFileInfo::exists(path))
        return fail(core::Error(ErrorCode::Conflict, QStringLiteral("a ledger already exists here"))
                        .inFile(path));
    GONGZHI_TRY(chain::readGenesis(genesis));
    auto created = createNew(path, genesis);
    if (!created) {
        // Nothing of a half-created store may remain to be mistaken for a ledger.
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(path + QString::fromLatin1(suffix));
        QFile::remove(witnessPath(path));
    }
    return created;
}

core::Result<std::unique_ptr<BlockStore>> BlockStore::createNew(const QString &path,
                                                                const chain::Block &genesis)
{
    std::unique_ptr<BlockStore> s(new BlockStore);
    GONGZHI_CHECK(s->m_db.open(path));
    GONGZHI_CHECK(s->initSchema());
    GONGZHI_CHECK(s->prepareReads());
    GONGZHI_CHECK(s->prepareWrites());
    s->m_consortium = genesis.header().consortium;
    s->m_genesisHash = genesis.hash();
    s->m_history = std::make_unique<merkle::CompactRange>();
    GONGZHI_CHECK(s->m_db.begin());
    auto meta
        = GONGZHI_TRY(s->m_db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)")));
    const std::pair<const char *, QVariant> rows[] = {
        { "format", FormatVersion },
        { "consortium", s->m_consortium.toByteArray() },
        { "genesis_hash", s->m_genesisHash.toByteArray() },
    };
    for (const auto &[key, value] : rows) {
        meta.bindValue(0, QString::fromLatin1(key));
        meta.bindValue(1, value);
        if (auto st = s->m_db.run(meta); !st) {
            s->m_db.rollback();
            return fail(st.error());
        }
    }
    if (auto st = s->writeBlock(genesis); !st) {
        s->m_db.rollback();
        return fail(st.error());
    }
    GONGZHI_CHECK(s->m_db.commit());
    s->m_head = { 0, genesis.hash() };
    GONGZHI_ENFORCE(s->m_history->append(merkle::leafHash(genesis.hash().view())),
                    "history tree overflow");
    s->writeWitness();
    return s;
}

core::Result<std::unique_ptr<BlockStore>> BlockStore::open(const QString &path, bool readOnly)
{
    if (!QFileInfo::exists(path))
        return fail(
            core::Error(ErrorCode::NotFound, QStringLiteral("no ledger database")).inFile(path));
    std::unique_ptr<BlockStore> s(new BlockStore);
    s->m_readOnly = readOnly;
    GONGZHI_CHECK(s->m_db.open(path, readOnly));
    GONGZHI_CHECK(s->prepareReads());
    if (!readOnly)
        GONGZHI_CHECK(s->prepareWrites());
    QSqlQuery q(s->m_db.db());
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return fail(s->m_db.sqlError(QStringLiteral("read meta"), &q));
    bool haveConsortium = false;
    bool haveGenesis = false;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == QLatin1String("format") && q.value(1).toInt() != FormatVersion)
            return fail(core::Error(ErrorCode::BadVersion, QStringLiteral("unknown store format"))
                            .inFile(path));
        if (key == QLatin1String("consortium")) {
            auto id = chain::ConsortiumId::fromBytes(bytesOf(q.value(1)));
            haveConsortium = id.has_value();
            if (id)
                s->m_consortium = *id;
        }
        if (key == QLatin1String("genesis_hash")) {
            auto h = chain::BlockHash::fromBytes(bytesOf(q.value(1)));
            haveGenesis = h.has_value();
            if (h)
                s->m_genesisHash = *h;
        }
    }
    if (!haveConsortium || !haveGenesis)
        return fail(
            core::Error(ErrorCode::Corrupt, QStringLiteral("the store's meta table is incomplete"))
                .inFile(path));
    GONGZHI_CHECK(s->loadHead());
    if (!readOnly)
        GONGZHI_CHECK(s->ensureHistory());
    return s;
}

core::Status BlockStore::initSchema()
{
    for (const char *statement : Schema)
        GONGZHI_CHECK(m_db.exec(QString::fromLatin1(statement)));
    return {};
}

core::Status BlockStore::prepareReads()
{
    m_readHead = GONGZHI_TRY(SqlStatement::prepare(
        m_db, "SELECT height, hash FROM blocks ORDER BY height DESC LIMIT 1"));
    m_readHashes = GONGZHI_TRY(SqlStatement::prepare(
        m_db, "SELECT height, hash FROM blocks WHERE height >= ? AND height <= ? ORDER BY height"));
    m_readBlocks = GONGZHI_TRY(
        SqlStatement::prepare(m_db,
                              "SELECT height, hash, header, signature, tx_count FROM blocks "
                              "WHERE height >= ? AND height < ? ORDER BY height"));
    m_readTxs = GONGZHI_TRY(SqlStatement::prepare(
        m_db,
        "SELECT height, position, id, type, author, sequence, data FROM transactions "
        "WHERE height >= ? AND height <= ? ORDER BY height, position"));
    m_txHeight
        = GONGZHI_TRY(SqlStatement::prepare(m_db, "SELECT height FROM transactions WHERE id = ?"));
    m_authorSequence = GONGZHI_TRY(SqlStatement::prepare(
        m_db, "SELECT 1 FROM transactions WHERE author = ? AND sequence = ?"));
    m_lastSequence = GONGZHI_TRY(SqlStatement::prepare(
        m_db, "SELECT COALESCE(MAX(sequence), 0) FROM transactions WHERE author = ?"));
    return {};
}

core::Status BlockStore::prepareWrites()
{
    // Performance only (issue 2 append benchmark): a 64 MiB page cache keeps
    // the id index's pages (random inserts) in memory, and checkpointing every
    // 16384 WAL pages instead of 1000 copies each hot page into the database
    // file once per many blocks instead of once per block or two. Durability
    // is unchanged (synchronous=FULL, one WAL fsync per commit).
    GONGZHI_CHECK(m_db.exec(QStringLiteral("PRAGMA cache_size=-65536")));
    GONGZHI_CHECK(m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=16384")));
    m_insertBlock = GONGZHI_TRY(SqlStatement::prepare(
        m_db,
        "INSERT INTO blocks(height, hash, header, signature, tx_count) VALUES(?, ?, ?, ?, ?)"));
    m_insertTx = GONGZHI_TRY(SqlStatement::prepare(
        m_db,
        "INSERT INTO transactions(id, height, position, type, author, sequence, data) "
        "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    return {};
}

core::Status BlockStore::loadHead()
{
    StatementReset done(m_readHead);
    if (!GONGZHI_TRY(m_readHead.step("read the head block")))
        return fail(
            core::Error(ErrorCode::Corrupt, QStringLiteral("the store holds no genesis block"))
                .inFile(m_db.path()));
    const auto height = std::uint64_t(m_readHead.integer(0));
    auto hash = chain::BlockHash::fromBytes(m_readHead.blobView(1));
    if (!hash)
        return fail(
            core::Error(ErrorCode::Corrupt, QStringLiteral("the head block's hash is not 32 bytes"))
                .atHeight(qint64(height))
                .inFile(m_db.path()));
    m_head = { height, *hash };
    if (!m_history || m_history->size() > height + 1)
        m_history = std::make_unique<merkle::CompactRange>();
    return {};
}

core::Status BlockStore::refresh()
{
    return loadHead();
}

core::Status BlockStore::ensureHistory() const
{
    const std::uint64_t from = m_history->size();
    if (from > m_head.height)
        return {};
    StatementReset done(m_readHashes);
    m_readHashes.bind(0, qint64(from));
    m_readHashes.bind(1, qint64(m_head.height));
    auto notContiguous = [&](std::uint64_t height) {
        return fail(core::Error(ErrorCode::Corrupt, QStringLiteral("block rows are not contiguous"))
                        .atHeight(qint64(height))
                        .inFile(m_db.path()));
    };
    // Built aside, so that a failure leaves the tree as it was.
    merkle::CompactRange history = *m_history;
    while (GONGZHI_TRY(m_readHashes.step("read block hashes"))) {
        const auto height = std::uint64_t(m_readHashes.integer(0));
        const QByteArrayView hash = m_readHashes.blobView(1);
        if (hash.size() != qsizetype(crypto::Digest::Size) || height != history.size())
            return notContiguous(height);
        GONGZHI_ENFORCE(history.append(merkle::leafHash(hash)), "history tree overflow");
    }
    if (history.size() != m_head.height + 1)
        return notContiguous(history.size());
    *m_history = std::move(history);
    return {};
}

const merkle::CompactRange &BlockStore::history() const
{
    // Only a read-only store builds it late; the block rows were readable at
    // open, so failing now means the file broke underneath (verify says where).
    const auto st = ensureHistory();
    GONGZHI_ENFORCE(st, qPrintable(st ? QString() : st.error().toString()));
    return *m_history;
}

crypto::Digest BlockStore::nextHistoryRoot() const
{
    return history().root();
}

core::Status BlockStore::writeBlock(const chain::Block &block)
{
    // Bound in place (no copies): the block outlives both statements' runs.
    const auto &h = block.header();
    {
        StatementReset done(m_insertBlock);
        m_insertBlock.bind(0, qint64(h.height));
        m_insertBlock.bindBlob(1, block.hash().view());
        m_insertBlock.bindBlob(2, block.headerBytes());
        m_insertBlock.bindBlob(3, block.signature().view());
        m_insertBlock.bind(4, qint64(h.txCount));
        GONGZHI_TRY(m_insertBlock.step("insert block"));
    }
    std::uint32_t position = 0;
    for (const auto &tx : block.transactions()) {
        StatementReset done(m_insertTx);
        m_insertTx.bindBlob(0, tx.id().view());
        m_insertTx.bind(1, qint64(h.height));
        m_insertTx.bind(2, qint64(position++));
        m_insertTx.bind(3, int(tx.type()));
        m_insertTx.bindBlob(4, tx.author().view());
        m_insertTx.bind(5, qint64(tx.sequence()));
        m_insertTx.bindBlob(6, tx.encoded());
        if (!m_insertTx.step("insert transaction")) {
            return fail(
                core::Error(ErrorCode::Conflict,
                            QStringLiteral("transaction already on the chain or its author's "
                                           "sequence number was used before"))
                    .atHeight(qint64(h.height))
                    .forTx(tx.id().toByteArray()));
        }
    }
    return {};
}

core::Status BlockStore::append(const chain::Block &block)
{
    GONGZHI_ENFORCE(!m_readOnly, "append on a read-only block store");
    const auto &h = block.header();
    auto refuse = [&](const QString &why) {
        return fail(core::Error(ErrorCode::Invalid, why).atHeight(qint64(h.height)));
    };
    if (h.height != m_head.height + 1)
        return refuse(QStringLiteral("expected height %1").arg(m_head.height + 1));
    if (h.prevHash != m_head.hash)
        return refuse(QStringLiteral("previous hash does not match the chain head"));
    if (h.consortium != m_consortium)
        return refuse(QStringLiteral("block of another consortium"));
    if (h.historyRoot != nextHistoryRoot())
        return refuse(QStringLiteral("history root does not match the chain"));
    GONGZHI_CHECK(m_db.begin());
    if (auto st = writeBlock(block); !st) {
        m_db.rollback();
        return st;
    }
    GONGZHI_CHECK(m_db.commit());
    m_head = { h.height, block.hash() };
    GONGZHI_ENFORCE(m_history->size() == h.height, "history tree behind the head");
    GONGZHI_ENFORCE(m_history->append(merkle::leafHash(block.hash().view())),
                    "history tree overflow");
    writeWitness();
    return {};
}

core::Status BlockStore::appendBatch(std::span<const chain::Block> blocks)
{
    GONGZHI_ENFORCE(!m_readOnly, "append on a read-only block store");
    if (blocks.empty())
        return {};
    GONGZHI_ENFORCE(m_history->size() == m_head.height + 1, "history tree behind the head");
    // Checked against a running head and history; the members change only after
    // the commit, so a refused batch leaves the store as it was.
    ChainHead head = m_head;
    merkle::CompactRange history = *m_history;
    GONGZHI_CHECK(m_db.begin());
    for (const auto &block : blocks) {
        const auto &h = block.header();
        auto refuse = [&](const QString &why) {
            m_db.rollback();
            return fail(core::Error(ErrorCode::Invalid, why).atHeight(qint64(h.height)));
        };
        if (h.height != head.height + 1)
            return refuse(QStringLiteral("expected height %1").arg(head.height + 1));
        if (h.prevHash != head.hash)
            return refuse(QStringLiteral("previous hash does not match the chain head"));
        if (h.consortium != m_consortium)
            return refuse(QStringLiteral("block of another consortium"));
        if (h.historyRoot != history.root())
            return refuse(QStringLiteral("history root does not match the chain"));
        if (auto st = writeBlock(block); !st) {
            m_db.rollback();
            return st;
        }
        head = { h.height, block.hash() };
        GONGZHI_ENFORCE(history.append(merkle::leafHash(block.hash().view())),
                        "history tree overflow");
    }
    GONGZHI_CHECK(m_db.commit());
    m_head = head;
    *m_history = std::move(history);
    writeWitness();
    return {};
}

core::Status BlockStore::relyOnRaftLogForDurability()
{
    GONGZHI_ENFORCE(!m_readOnly, "durability of a read-only block store");
    return m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

core::Status BlockStore::handOverCheckpoints(std::int64_t walSizeLimit)
{
    GONGZHI_CHECK(m_db.exec(QStringLiteral("PRAGMA journal_size_limit=%1").arg(walSizeLimit)));
    return m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
}

void BlockStore::writeWitness() const
{
    // Not fsynced: it only ever lags the database, and verify accepts a chain
    // at or beyond the witnessed head. Kept open and rewritten in place as a
    // record of fixed length (the line, then spaces that readers trim): one
    // pwrite per append instead of open, truncate, write and close (4% of a
    // follower's node thread under load).
    if (!m_witness) {
        m_witness = std::make_unique<QFile>(witnessPath(m_db.path()));
        if (!m_witness->open(QIODevice::ReadWrite)) {
            m_witness.reset();
            return;
        }
    }
    constexpr qsizetype RecordBytes = 96; // "HEIGHT HASH\n": at most 20 + 1 + 64 + 1
    QByteArray record = QByteArray::number(qulonglong(m_head.height)) + ' '
        + m_head.hash.toByteArray().toHex() + '\n';
    record.append(RecordBytes - record.size(), ' ');
    if (::pwrite(m_witness->handle(), record.constData(), std::size_t(record.size()), 0)
        != record.size())
        m_witness.reset(); // reopened on the next append
}

std::optional<ChainHead> BlockStore::witnessedHead() const
{
    QFile f(witnessPath(m_db.path()));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto parts = f.read(200).trimmed().split(' ');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok = false;
    const auto height = parts[0].toULongLong(&ok);
    auto hash = chain::BlockHash::fromHex(QString::fromLatin1(parts[1]));
    if (!ok || !hash)
        return std::nullopt;
    return ChainHead { height, *hash };
}

core::Result<std::vector<StoredBlock>> BlockStore::readRaw(std::uint64_t from,
                                                           std::uint32_t maxBlocks)
{
    std::vector<StoredBlock> out;
    {
        StatementReset done(m_readBlocks);
        m_readBlocks.bind(0, qint64(from));
        m_readBlocks.bind(1, qint64(from + maxBlocks));
        while (GONGZHI_TRY(m_readBlocks.step("read blocks"))) {
            StoredBlock b;
            b.height = std::uint64_t(m_readBlocks.integer(0));
            b.hash = m_readBlocks.blob(1);
            b.header = m_readBlocks.blob(2);
            b.signature = m_readBlocks.blob(3);
            b.txCount = m_readBlocks.integer(4);
            // Bounded: a tampered count must not make us over-allocate.
            b.transactions.reserve(
                std::size_t(std::clamp<qint64>(b.txCount, 0, chain::Block::MaxTransactions)));
            out.push_back(std::move(b));
        }
    }
    if (out.empty())
        return out;
    StatementReset done(m_readTxs);
    m_readTxs.bind(0, qint64(out.front().height));
    m_readTxs.bind(1, qint64(out.back().height));
    std::size_t bi = 0;
    while (GONGZHI_TRY(m_readTxs.step("read transactions"))) {
        const auto height = std::uint64_t(m_readTxs.integer(0));
        while (bi < out.size() && out[bi].height < height)
            ++bi;
        if (bi == out.size() || out[bi].height != height) {
            return fail(core::Error(ErrorCode::Corrupt,
                                    QStringLiteral("a transaction row belongs to no stored block"))
                            .atHeight(qint64(height)));
        }
        if (m_readTxs.integer(1) != qint64(out[bi].transactions.size())) {
            return fail(core::Error(ErrorCode::Corrupt,
                                    QStringLiteral("transaction positions are not contiguous"))
                            .atHeight(qint64(height)));
        }
        StoredTransaction &tx = out[bi].transactions.emplace_back();
        tx.id = m_readTxs.blob(2);
        tx.type = int(m_readTxs.integer(3));
        tx.author = m_readTxs.blob(4);
        tx.sequence = m_readTxs.integer(5);
        tx.data = m_readTxs.blob(6);
    }
    return out;
}

core::Result<chain::Block> BlockStore::block(std::uint64_t height)
{
    auto raw = GONGZHI_TRY(readRaw(height, 1));
    if (raw.empty() || raw.front().height != height)
        return fail(core::Error(ErrorCode::NotFound, QStringLiteral("no such block"))
                        .atHeight(qint64(height)));
    auto decoded = chain::Block::fromRaw(raw.front());
    if (!decoded)
        return fail(decoded.error().atHeight(qint64(height)));
    return decoded;
}

core::Result<chain::BlockHeader> BlockStore::header(std::uint64_t height)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT header FROM blocks WHERE height = ?"));
    q.bindValue(0, qint64(height));
    if (!q.exec())
        return fail(m_db.sqlError(QStringLiteral("read header"), &q));
    if (!q.next())
        return fail(core::Error(ErrorCode::NotFound, QStringLiteral("no such block"))
                        .atHeight(qint64(height)));
    auto h = chain::BlockHeader::decode(bytesOf(q.value(0)));
    if (!h)
        return fail(h.error().atHeight(qint64(height)));
    return h;
}

void BlockStore::batchReads(const std::function<void()> &reads)
{
    const bool inTransaction = bool(m_db.begin());
    reads();
    if (inTransaction && !m_db.commit())
        m_db.rollback(); // a read-only transaction: nothing to lose
}

core::Result<TxLocation> BlockStore::findTransaction(const chain::TxId &id)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT height, position, data FROM transactions WHERE id = ?"));
    q.bindValue(0, id.toByteArray());
    if (!q.exec())
        return fail(m_db.sqlError(QStringLiteral("find transaction"), &q));
    if (!q.next())
        return fail(core::Error(ErrorCode::NotFound, QStringLiteral("no such transaction"))
                        .forTx(id.toByteArray()));
    auto tx = chain::Transaction::decode(bytesOf(q.value(2)));
    if (!tx)
        return fail(tx.error().forTx(id.toByteArray()));
    return TxLocation { q.value(0).toULongLong(), std::uint32_t(q.value(1).toUInt()),
                        std::move(*tx) };
}

std::optional<std::uint64_t> BlockStore::transactionHeight(const chain::TxId &id)
{
    StatementReset done(m_txHeight);
    m_txHeight.bindBlob(0, id.view());
    auto row = m_txHeight.step("find a transaction");
    if (!row || !*row)
        return std::nullopt;
    return std::uint64_t(m_txHeight.integer(0));
}

bool BlockStore::containsAuthorSequence(const crypto::PublicKey &author, std::uint64_t sequence)
{
    StatementReset done(m_authorSequence);
    m_authorSequence.bindBlob(0, author.view());
    m_authorSequence.bind(1, std::int64_t(sequence));
    auto row = m_authorSequence.step("find an author's sequence number");
    return row && *row;
}

std::uint64_t BlockStore::lastSequence(const crypto::PublicKey &author)
{
    StatementReset done(m_lastSequence);
    m_lastSequence.bindBlob(0, author.view());
    auto row = m_lastSequence.step("find an author's last sequence number");
    return row && *row ? std::uint64_t(m_lastSequence.integer(0)) : 0;
}

core::Result<std::vector<chain::BlockHash>> BlockStore::blockHashes(std::uint64_t from,
                                                                    std::uint64_t to)
{
    std::vector<chain::BlockHash> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT height, hash FROM blocks WHERE height >= ? AND height < ? ORDER BY height"));
    q.bindValue(0, qint64(from));
    q.bindValue(1, qint64(to));
    if (!q.exec())
        return fail(m_db.sqlError(QStringLiteral("read block hashes"), &q));
    while (q.next()) {
        auto h = chain::BlockHash::fromBytes(bytesOf(q.value(1)));
        if (!h || q.value(0).toULongLong() != from + out.size())
            return fail(
                core::Error(ErrorCode::Corrupt, QStringLiteral("block rows are not contiguous"))
                    .atHeight(q.value(0).toLongLong()));
        out.push_back(*h);
    }
    return out;
}

core::Result<std::uint64_t> BlockStore::transactionCount()
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM transactions")) || !q.next())
        return fail(m_db.sqlError(QStringLiteral("count transactions"), &q));
    return q.value(0).toULongLong();
}

} // namespace ledger::store
