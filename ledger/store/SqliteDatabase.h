#pragma once

#include "ledger/core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

struct sqlite3;

namespace ledger::store {

// One SQLite connection with Gongzhi's durability rules (PLATFORM.md,
// RELIABILITY.md): WAL journal, synchronous=FULL (NORMAL can lose committed
// transactions on power loss in WAL mode), foreign keys on. A connection
// belongs to the thread that opened it.
class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    core::Status open(const QString &path, bool readOnly = false);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    // The SQLite handle behind the Qt connection (for SqlStatement); null if closed.
    sqlite3 *handle() const;

    core::Status exec(const QString &sql);
    core::Result<QSqlQuery> prepare(const QString &sql);
    // Executes a prepared query; on failure returns an Io error naming the database.
    core::Status run(QSqlQuery &query);

    core::Status begin();
    core::Status commit();
    void rollback();

    // PRAGMA integrity_check: "ok" or the first problems found.
    core::Result<QString> integrityCheck();

    core::Error sqlError(const QString &what, const QSqlQuery *query = nullptr) const;

private:
    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
};

} // namespace ledger::store
