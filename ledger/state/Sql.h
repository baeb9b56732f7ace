#pragma once

#include "ledger/core/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <stdexcept>

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

// A prepared statement with positional binding; prepared once, executed
// many times (the apply path runs ~10 of these per transaction).
class Stmt
{
public:
    Stmt(const QSqlDatabase &db, const QString &sql);

    Stmt &bind(int pos, std::int64_t v) { m_q.bindValue(pos, qint64(v)); return *this; }
    // A null QString would bind as SQL NULL; text columns hold '' instead.
    Stmt &bind(int pos, const QString &v)
    {
        m_q.bindValue(pos, v.isNull() ? QStringLiteral("") : v);
        return *this;
    }
    Stmt &bind(int pos, const QByteArray &v) { m_q.bindValue(pos, v); return *this; }
    Stmt &bindNull(int pos) { m_q.bindValue(pos, QVariant()); return *this; }
    // Binds each argument in order from position 0.
    template<class... Args>
    Stmt &args(const Args &...a)
    {
        int i = 0;
        (bindOne(i++, a), ...);
        return *this;
    }

    // Executes; throws SqlFailure on error.
    Stmt &exec();
    bool next() { return m_q.next(); }
    QVariant value(int i) const { return m_q.value(i); }
    std::int64_t integer(int i) const { return m_q.value(i).toLongLong(); }
    QString text(int i) const { return m_q.value(i).toString(); }
    QByteArray blob(int i) const { return m_q.value(i).toByteArray(); }
    bool isNull(int i) const { return m_q.value(i).isNull(); }
    int rowsAffected() const { return m_q.numRowsAffected(); }
    void finish() { m_q.finish(); }
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

    QSqlQuery m_q;
    QString m_sql;
};

// Runs one statement (DDL, PRAGMA, BEGIN/COMMIT); throws SqlFailure.
void execSql(const QSqlDatabase &db, const QString &sql);

} // namespace ledger::state
