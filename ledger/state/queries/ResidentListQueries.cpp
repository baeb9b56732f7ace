#include "ledger/state/queries/ResidentListQueries.h"

#include "ledger/state/StateMachine.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ledger::state {

core::Result<std::vector<ResidentListRow>> residentList(const StateMachine &state,
                                                        std::uint32_t orgId)
{
    const QString sql = QStringLiteral(
        "SELECT r.pseudonym, r.resident_no, r.consent, r.masked_name, COALESCE(b.balance, 0),"
        " r.enrolled_height FROM residents r LEFT JOIN balances b ON b.pseudonym = r.pseudonym"
        " WHERE r.org_id = ? ORDER BY r.resident_no DESC");
    QSqlQuery q(state.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return core::fail(core::ErrorCode::Io, q.lastError().text(), sql);
    q.bindValue(0, orgId);
    if (!q.exec())
        return core::fail(core::ErrorCode::Io, q.lastError().text(), sql);
    std::vector<ResidentListRow> out;
    while (q.next()) {
        ResidentListRow r;
        r.pseudonym = q.value(0).toByteArray();
        r.residentNo = q.value(1).toLongLong();
        r.consent = q.value(2).toInt() == 1;
        r.maskedName = r.consent ? q.value(3).toString() : QString();
        r.balance = q.value(4).toLongLong();
        r.enrolledHeight = q.value(5).toULongLong();
        out.push_back(std::move(r));
    }
    return out;
}

core::Result<QString> organizationName(const StateMachine &state, std::uint32_t orgId)
{
    QSqlQuery q(state.database());
    if (!q.prepare(QStringLiteral("SELECT name FROM orgs WHERE org_id = ?")))
        return core::fail(core::ErrorCode::Io, q.lastError().text());
    q.bindValue(0, orgId);
    if (!q.exec())
        return core::fail(core::ErrorCode::Io, q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace ledger::state
