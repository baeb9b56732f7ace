#include "ledger/state/Sql.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace ledger::state {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    // Qt documents this way to reach the driver's native handle.
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        throw SqlFailure(QStringLiteral("not a QSQLITE connection"));
    sqlite3 *handle = *static_cast<sqlite3 *const *>(v.constData());
    if (!handle)
        throw SqlFailure(QStringLiteral("the SQLite connection is not open"));
    return handle;
}

Stmt::Stmt(const QSqlDatabase &db, const QString &sql)
    : m_db(sqliteHandle(db))
    , m_sql(sql)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr)
        != SQLITE_OK)
        failed("prepare failed");
}

Stmt::~Stmt()
{
    sqlite3_finalize(m_stmt);
}

void Stmt::failed(const char *what) const
{
    throw SqlFailure(QStringLiteral("%1: %2: %3")
                         .arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db)), m_sql));
}

Stmt &Stmt::bind(int pos, std::int64_t v)
{
    if (pos == 0)
        finish();
    if (sqlite3_bind_int64(m_stmt, pos + 1, v) != SQLITE_OK)
        failed("bind");
    return *this;
}

Stmt &Stmt::bind(int pos, const QString &v)
{
    if (pos == 0)
        finish();
    const QByteArray utf8 = v.toUtf8();
    if (sqlite3_bind_text(m_stmt, pos + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT)
        != SQLITE_OK)
        failed("bind");
    return *this;
}

Stmt &Stmt::bind(int pos, const QByteArray &v)
{
    if (pos == 0)
        finish();
    const int rc = v.isNull()
        ? sqlite3_bind_null(m_stmt, pos + 1)
        : sqlite3_bind_blob(m_stmt, pos + 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        failed("bind");
    return *this;
}

Stmt &Stmt::bindNull(int pos)
{
    if (sqlite3_bind_null(m_stmt, pos + 1) != SQLITE_OK)
        failed("bind");
    return *this;
}

Stmt &Stmt::exec()
{
    sqlite3_reset(m_stmt);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_pendingRow = true;
        m_done = false;
    } else if (rc == SQLITE_DONE) {
        m_pendingRow = false;
        m_done = true;
        m_changes = sqlite3_changes(m_db);
    } else {
        m_done = true;
        sqlite3_reset(m_stmt);
        failed("step");
    }
    return *this;
}

bool Stmt::next()
{
    if (m_pendingRow) {
        m_pendingRow = false;
        return true;
    }
    if (m_done)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_done = true;
    if (rc != SQLITE_DONE)
        failed("step");
    return false;
}

std::int64_t Stmt::integer(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
}

QString Stmt::text(int i) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i)) : QString();
}

QByteArray Stmt::blob(int i) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, i));
    const int n = sqlite3_column_bytes(m_stmt, i);
    return p ? QByteArray(p, n) : QByteArray();
}

bool Stmt::isNull(int i) const
{
    return sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
}

void Stmt::finish()
{
    sqlite3_reset(m_stmt);
    m_pendingRow = false;
    m_done = true;
}

std::int64_t Stmt::scalar(std::int64_t fallback)
{
    exec();
    const std::int64_t v = next() && !isNull(0) ? integer(0) : fallback;
    finish();
    return v;
}

bool Stmt::exists()
{
    exec();
    const bool found = next();
    finish();
    return found;
}

void execSql(const QSqlDatabase &db, const QString &sql)
{
    sqlite3 *handle = sqliteHandle(db);
    char *error = nullptr;
    if (sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errmsg(handle));
        sqlite3_free(error);
        throw SqlFailure(QStringLiteral("%1: %2").arg(message, sql));
    }
}

} // namespace ledger::state
