#include "ledger/state/Sql.h"

#include <QSqlError>

namespace ledger::state {

Stmt::Stmt(const QSqlDatabase &db, const QString &sql)
    : m_q(db)
    , m_sql(sql)
{
    if (!m_q.prepare(sql))
        throw SqlFailure(QStringLiteral("prepare failed: %1: %2").arg(m_q.lastError().text(), sql));
}

Stmt &Stmt::exec()
{
    if (!m_q.exec())
        throw SqlFailure(QStringLiteral("%1: %2").arg(m_q.lastError().text(), m_sql));
    return *this;
}

std::int64_t Stmt::scalar(std::int64_t fallback)
{
    exec();
    const std::int64_t v = next() ? integer(0) : fallback;
    m_q.finish();
    return v;
}

bool Stmt::exists()
{
    exec();
    const bool found = next();
    m_q.finish();
    return found;
}

void execSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw SqlFailure(QStringLiteral("%1: %2").arg(q.lastError().text(), sql));
}

} // namespace ledger::state
