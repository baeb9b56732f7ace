#pragma once

#include "ledger/core/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace ledger::state {

// Thrown by Stmt when SQLite fails. It never leaves ledger/state: the
// StateMachine catches it around each block, rolls the block back and
// returns an Io error (STYLE.md: no exception crosses a module boundary).
class SqlFailure : public std::runtime_error
{
public:
    explicit SqlFailure(const QString &what)
        : std::runtime_error(what.toStdString())
    {
    }
};

// The SQLite handle behind a Qt Sql connection (QSQLITE driver).
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A prepared statement on the SQLite C API, under the Qt connection that owns
// the file: the apply path runs ~10 of these per transaction, and QSqlQuery's
// QVariant binding and result caching cost more than SQLite itself there.
// Prepared once, executed many times; positional parameters from 0.
// Reading: exec() runs to the first row; next() returns true for each row.
class Stmt
{
public:
    Stmt(const QSqlDatabase &db, const QString &sql);
    ~Stmt();
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    Stmt &bind(int pos, std::int64_t v);
    // A null QString binds as '' (text columns never hold NULL by accident).
    Stmt &bind(int pos, const QString &v);
    // A null QByteArray binds as NULL, any other (even empty) as a BLOB.
    Stmt &bind(int pos, const QByteArray &v);
    Stmt &bindNull(int pos);
    template<class... Args>
    Stmt &args(const Args &...a)
    {
        int i = 0;
        (bindOne(i++, a), ...);
        return *this;
    }

    // Executes; throws SqlFailure on error.
    Stmt &exec();
    bool next();
    std::int64_t integer(int i) const;
    QString text(int i) const;
    QByteArray blob(int i) const;
    bool isNull(int i) const;
    int rowsAffected() const { return m_changes; }
    void finish();
    // exec() then the first column of the first row, or `fallback` if no row.
    std::int64_t scalar(std::int64_t fallback = 0);
    bool exists();

private:
    void bindOne(int i, std::int64_t v) { bind(i, v); }
    void bindOne(int i, int v) { bind(i, std::int64_t(v)); }
    void bindOne(int i, std::uint32_t v) { bind(i, std::int64_t(v)); }
    void bindOne(int i, std::uint64_t v) { bind(i, std::int64_t(v)); }
    void bindOne(int i, bool v) { bind(i, std::int64_t(v ? 1 : 0)); }
    void bindOne(int i, const QString &v) { bind(i, v); }
    void bindOne(int i, const QByteArray &v) { bind(i, v); }
    void bindOne(int i, std::nullptr_t) { bindNull(i); }
    [[noreturn]] void failed(const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    bool m_pendingRow = false; // exec() stepped onto a row next() has not returned yet
    bool m_done = true;
    int m_changes = 0;
};

// Runs one statement (DDL, PRAGMA, BEGIN/COMMIT); throws SqlFailure.
void execSql(const QSqlDatabase &db, const QString &sql);

} // namespace ledger::state
