#include "ledger/service/Outbox.h"

#include <QSqlQuery>
#include <QVariant>

namespace ledger::service {

using core::ErrorCode;
using core::fail;

namespace {
constexpr int FormatVersion = 1;

// SQLite integers are signed 64-bit; sequences are stored bit for bit.
qint64 toSql(std::uint64_t v)
{
    return static_cast<qint64>(v);
}
} // namespace

core::Result<std::unique_ptr<Outbox>> Outbox::open(const QString &path)
{
    std::unique_ptr<Outbox> o(new Outbox);
    GONGZHI_CHECK(o->m_db.open(path));
    GONGZHI_CHECK(o->initSchema());
    return o;
}

core::Status Outbox::initSchema()
{
    QSqlQuery v(m_db.db());
    if (!v.exec(QStringLiteral("PRAGMA user_version")) || !v.next())
        return fail(m_db.sqlError(QStringLiteral("read the format version"), &v));
    const int version = v.value(0).toInt();
    v.finish();
    if (version == FormatVersion)
        return {};
    if (version != 0)
        return fail(core::Error(ErrorCode::BadVersion,
                                QStringLiteral("unknown outbox format %1").arg(version))
                        .inFile(m_db.path()));
    GONGZHI_CHECK(m_db.begin());
    const QString statements[] = {
        QStringLiteral("CREATE TABLE submissions(no INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "tx_id BLOB NOT NULL UNIQUE, created_ms INTEGER NOT NULL, "
                       "data BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE authors(author BLOB PRIMARY KEY, last_seq INTEGER NOT NULL)"),
        QStringLiteral("PRAGMA user_version=%1").arg(FormatVersion),
    };
    for (const QString &s : statements) {
        if (auto st = m_db.exec(s); !st) {
            m_db.rollback();
            return st;
        }
    }
    return m_db.commit();
}

core::Status Outbox::add(const chain::Transaction &tx, std::int64_t createdMs)
{
    GONGZHI_CHECK(m_db.begin());
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO submissions(tx_id, created_ms, data) VALUES(?, ?, ?)"));
    auto author = m_db.prepare(
        QStringLiteral("INSERT INTO authors(author, last_seq) VALUES(?, ?) ON CONFLICT(author) "
                       "DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)"));
    core::Status st = insert ? core::Status {} : core::Status(tl::unexpected(insert.error()));
    if (st && !author)
        st = tl::unexpected(author.error());
    if (st) {
        insert->addBindValue(tx.id().toByteArray());
        insert->addBindValue(qint64(createdMs));
        insert->addBindValue(tx.encoded());
        st = m_db.run(*insert);
    }
    if (st) {
        author->addBindValue(tx.author().toByteArray());
        author->addBindValue(toSql(tx.sequence()));
        st = m_db.run(*author);
    }
    if (!st) {
        m_db.rollback();
        return st;
    }
    return m_db.commit();
}

core::Status Outbox::remove(const chain::TxId &id)
{
    auto q = GONGZHI_TRY(m_db.prepare(QStringLiteral("DELETE FROM submissions WHERE tx_id = ?")));
    q.addBindValue(id.toByteArray());
    return m_db.run(q);
}

core::Result<std::vector<Outbox::Entry>> Outbox::pending()
{
    auto q = GONGZHI_TRY(
        m_db.prepare(QStringLiteral("SELECT data, created_ms FROM submissions ORDER BY no")));
    q.setForwardOnly(true);
    GONGZHI_CHECK(m_db.run(q));
    std::vector<Entry> out;
    while (q.next()) {
        auto tx = chain::Transaction::decode(q.value(0).toByteArray());
        if (!tx)
            return fail(core::Error(ErrorCode::Corrupt,
                                    QStringLiteral("a stored submission does not decode: ")
                                        + tx.error().toString())
                            .inFile(m_db.path()));
        out.push_back(Entry { *tx, q.value(1).toLongLong() });
    }
    return out;
}

core::Result<QHash<crypto::PublicKey, std::uint64_t>> Outbox::lastSequences()
{
    auto q = GONGZHI_TRY(m_db.prepare(QStringLiteral("SELECT author, last_seq FROM authors")));
    q.setForwardOnly(true);
    GONGZHI_CHECK(m_db.run(q));
    QHash<crypto::PublicKey, std::uint64_t> out;
    while (q.next()) {
        if (auto key = crypto::PublicKey::fromBytes(q.value(0).toByteArray()))
            out.insert(*key, static_cast<std::uint64_t>(q.value(1).toLongLong()));
    }
    return out;
}

} // namespace ledger::service
