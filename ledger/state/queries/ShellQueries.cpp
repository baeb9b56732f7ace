#include "ledger/state/queries/ShellQueries.h"

#include "ledger/state/Sql.h"
#include "ledger/state/StateMachine.h"

namespace ledger::state {

namespace {
core::Error ioError(const SqlFailure &e)
{
    return core::Error(core::ErrorCode::Io, QString::fromStdString(e.what()));
}
} // namespace

core::Result<std::vector<PersonEntry>> currentPeople(const StateMachine &state, std::uint32_t orgId)
{
    try {
        Stmt q(state.database(),
               QStringLiteral("SELECT key, display_name, org_id, roles FROM persons"
                              " WHERE org_id = ? AND until_height IS NULL ORDER BY person_no"));
        q.args(orgId);
        std::vector<PersonEntry> out;
        for (q.exec(); q.next();)
            out.push_back(
                { q.blob(0), q.text(1), std::uint32_t(q.integer(2)), std::uint8_t(q.integer(3)) });
        return out;
    } catch (const SqlFailure &e) {
        return core::fail(ioError(e));
    }
}

core::Result<std::vector<OrganizationEntry>> organizations(const StateMachine &state)
{
    try {
        Stmt q(state.database(),
               QStringLiteral("SELECT org_id, kind, name, active FROM orgs ORDER BY org_id"));
        std::vector<OrganizationEntry> out;
        for (q.exec(); q.next();)
            out.push_back(
                { std::uint32_t(q.integer(0)), int(q.integer(1)), q.text(2), q.integer(3) != 0 });
        return out;
    } catch (const SqlFailure &e) {
        return core::fail(ioError(e));
    }
}

core::Result<Attention> attention(const StateMachine &state, const QByteArray &personKey,
                                  std::uint32_t orgId, bool partyCommittee)
{
    try {
        const QSqlDatabase db = state.database();
        Attention a;
        // Nobody approves their own transaction (docs/permissions.md scope rule 2).
        Stmt pending(db,
                     partyCommittee ? QStringLiteral("SELECT COUNT(*) FROM pending WHERE status = 0"
                                                     " AND author <> ?")
                                    : QStringLiteral("SELECT COUNT(*) FROM pending WHERE status = 0"
                                                     " AND author <> ? AND org_id = ?"));
        if (partyCommittee)
            pending.args(personKey);
        else
            pending.args(personKey, orgId);
        a.pendingApprovals = pending.scalar();
        a.assignedFeedback = Stmt(db,
                                  QStringLiteral("SELECT COUNT(*) FROM feedback"
                                                 " WHERE assignee = ? AND status < 4"))
                                 .args(personKey)
                                 .scalar();
        return a;
    } catch (const SqlFailure &e) {
        return core::fail(ioError(e));
    }
}

} // namespace ledger::state
