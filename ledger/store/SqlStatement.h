#pragma once

#include "ledger/core/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

namespace ledger::store {

class SqliteDatabase;

// A prepared statement on SQLite's C API, under a SqliteDatabase's Qt
// connection: the block store's hot paths (append, full-chain reads) run it
// once per transaction, where QSqlQuery's QVariant binding and row caching
// cost more than SQLite itself. Prepared once and reused; positions from 0.
// Must be destroyed before its database is closed.
class SqlStatement
{
public:
    SqlStatement() = default;
    ~SqlStatement();
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&other) noexcept;
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    static core::Result<SqlStatement> prepare(SqliteDatabase &db, const char *sql);
    bool isValid() const { return m_stmt != nullptr; }

    void bind(int pos, std::int64_t value);
    // Bound without a copy: `bytes` must stay alive and unchanged until reset().
    void bindBlob(int pos, QByteArrayView bytes);

    // Steps once: true on a row, false when done; an Io error naming `what` otherwise.
    core::Result<bool> step(const char *what);
    // Ready to run again, bindings cleared (also releases the read snapshot).
    void reset();

    std::int64_t integer(int column) const;
    QByteArray blob(int column) const;
    // Valid until the next step() or reset().
    QByteArrayView blobView(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_path;
};

// Resets a statement when it goes out of scope (early returns included), so
// that a read statement never holds its WAL snapshot between calls.
class StatementReset
{
public:
    explicit StatementReset(SqlStatement &s)
        : m_s(s)
    {
    }
    ~StatementReset() { m_s.reset(); }
    StatementReset(const StatementReset &) = delete;
    StatementReset &operator=(const StatementReset &) = delete;

private:
    SqlStatement &m_s;
};

} // namespace ledger::store
