#include "ledger/store/SqliteDatabase.h"

#include "ledger/store/WalWriteBatching.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace ledger::store {

using core::ErrorCode;
using core::fail;

namespace {
QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("gongzhi-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

SqliteDatabase::~SqliteDatabase()
{
    close();
}

core::Status SqliteDatabase::open(const QString &path, bool readOnly)
{
    close();
    m_path = path;
    m_connection = uniqueConnectionName();
    installWalWriteBatching(); // before the first connection (WalWriteBatching.h)
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return fail(core::Error(ErrorCode::Io, m_db.lastError().text()).inFile(path));
    if (!readOnly) {
        GONGZHI_CHECK(exec(QStringLiteral("PRAGMA journal_mode=WAL")));
    }
    GONGZHI_CHECK(exec(QStringLiteral("PRAGMA synchronous=FULL")));
    GONGZHI_CHECK(exec(QStringLiteral("PRAGMA foreign_keys=ON")));
    return {};
}

sqlite3 *SqliteDatabase::handle() const
{
    // Qt documents QSqlDriver::handle() as the way to reach the native handle.
    const QVariant v = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

void SqliteDatabase::close()
{
    if (m_connection.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

core::Error SqliteDatabase::sqlError(const QString &what, const QSqlQuery *query) const
{
    const QString text = query ? query->lastError().text() : m_db.lastError().text();
    return core::Error(ErrorCode::Io, what + QStringLiteral(": ") + text).inFile(m_path);
}

core::Status SqliteDatabase::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return fail(sqlError(sql.left(60), &q));
    return {};
}

core::Result<QSqlQuery> SqliteDatabase::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return fail(sqlError(QStringLiteral("prepare ") + sql.left(60), &q));
    return q;
}

core::Status SqliteDatabase::run(QSqlQuery &query)
{
    if (!query.exec())
        return fail(sqlError(query.lastQuery().left(60), &query));
    return {};
}

core::Status SqliteDatabase::begin()
{
    if (!m_db.transaction())
        return fail(sqlError(QStringLiteral("begin")));
    return {};
}

core::Status SqliteDatabase::commit()
{
    if (!m_db.commit())
        return fail(sqlError(QStringLiteral("commit")));
    return {};
}

void SqliteDatabase::rollback()
{
    m_db.rollback();
}

core::Result<QString> SqliteDatabase::integrityCheck()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return fail(sqlError(QStringLiteral("integrity_check"), &q));
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    return problems.join(QLatin1Char('\n'));
}

} // namespace ledger::store
