#include "ledger/state/queries/MembershipQueries.h"

#include "ledger/state/StateMachine.h"

#include <QSqlQuery>
#include <QVariant>

namespace ledger::state {

core::Result<std::vector<LedgerNodeInfo>> ledgerNodes(const StateMachine &state)
{
    QSqlQuery q(state.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT k.key, k.org_id, k.until_height IS NULL, e.address, e.incarnation, e.learner,"
            " k.from_height, k.until_height"
            " FROM node_keys k LEFT JOIN node_endpoints e ON e.key = k.key ORDER BY k.key")))
        return core::fail(core::ErrorCode::Io, QStringLiteral("node keys: query failed"));
    std::vector<LedgerNodeInfo> nodes;
    while (q.next()) {
        LedgerNodeInfo n;
        const auto key = crypto::PublicKey::fromBytes(q.value(0).toByteArray());
        if (!key)
            return core::fail(core::ErrorCode::Corrupt,
                              QStringLiteral("node_keys holds a malformed key"));
        n.key = *key;
        n.orgId = q.value(1).toUInt();
        n.current = q.value(2).toInt() != 0;
        n.fromHeight = q.value(6).toULongLong();
        if (!n.current)
            n.untilHeight = q.value(7).toULongLong();
        n.hasEndpoint = !q.value(3).isNull();
        if (n.hasEndpoint) {
            n.address = q.value(3).toString();
            n.incarnation = q.value(4).toULongLong();
            n.learner = q.value(5).toInt() != 0;
        }
        nodes.push_back(std::move(n));
    }
    return nodes;
}

std::uint64_t lastSequence(const StateMachine &state, const crypto::PublicKey &author)
{
    QSqlQuery q(state.database());
    q.prepare(QStringLiteral("SELECT last_seq FROM author_seq WHERE author = ?"));
    q.addBindValue(author.toByteArray());
    return q.exec() && q.next() ? q.value(0).toULongLong() : 0;
}

std::uint32_t nextOrgId(const StateMachine &state)
{
    QSqlQuery q(state.database());
    return q.exec(QStringLiteral("SELECT COALESCE(MAX(org_id), 0) + 1 FROM orgs")) && q.next()
        ? q.value(0).toUInt()
        : 1;
}

} // namespace ledger::state
