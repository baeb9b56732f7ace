#include "ledger/store/SqlStatement.h"

#include "ledger/store/SqliteDatabase.h"

#include <sqlite3.h>
#include <utility>

namespace ledger::store {

using core::ErrorCode;
using core::fail;

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_path(std::move(other.m_path))
{
}

SqlStatement &SqlStatement::operator=(SqlStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

core::Result<SqlStatement> SqlStatement::prepare(SqliteDatabase &db, const char *sql)
{
    SqlStatement s;
    s.m_db = db.handle();
    s.m_path = db.path();
    if (!s.m_db)
        return fail(core::Error(ErrorCode::Io, QStringLiteral("the database is not open"))
                        .inFile(db.path()));
    if (sqlite3_prepare_v3(s.m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s.m_stmt, nullptr)
        != SQLITE_OK)
        return fail(
            core::Error(
                ErrorCode::Io,
                QStringLiteral("prepare: %1").arg(QString::fromUtf8(sqlite3_errmsg(s.m_db))))
                .inFile(db.path()));
    return s;
}

void SqlStatement::bind(int pos, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, pos + 1, value);
}

void SqlStatement::bindBlob(int pos, QByteArrayView bytes)
{
    // A zero-length blob is still a BLOB, never NULL (the columns are NOT NULL).
    static const char empty = 0;
    sqlite3_bind_blob(m_stmt, pos + 1, bytes.isEmpty() ? &empty : bytes.data(), int(bytes.size()),
                      SQLITE_STATIC);
}

core::Result<bool> SqlStatement::step(const char *what)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return fail(core::Error(ErrorCode::Io,
                            QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                         QString::fromUtf8(sqlite3_errmsg(m_db))))
                    .inFile(m_path));
}

void SqlStatement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t SqlStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView SqlStatement::blobView(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QByteArrayView(static_cast<const char *>(data), size);
}

QByteArray SqlStatement::blob(int column) const
{
    return blobView(column).toByteArray();
}

} // namespace ledger::store
