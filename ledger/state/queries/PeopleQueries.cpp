#include "ledger/state/queries/PeopleQueries.h"

#include "ledger/state/StateMachine.h"

#include <QSqlQuery>
#include <QVariant>

namespace ledger::state {

namespace {

core::Error ioError(const QSqlQuery &q, const QString &what)
{
    return core::Error(core::ErrorCode::Io, QStringLiteral("%1: query failed").arg(what))
        .inFile(q.lastQuery().left(60));
}

core::Result<QSqlQuery> run(const StateMachine &state, const QString &sql,
                            const QVariantList &values = {})
{
    QSqlQuery q(state.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return core::fail(ioError(q, QStringLiteral("prepare")));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return core::fail(ioError(q, QStringLiteral("exec")));
    return q;
}

std::optional<std::int64_t> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<std::int64_t>(v.toLongLong());
}

// A node key is current while its until_height is NULL (NodeKeyRotated and
// OrgRemoved set it).
const QString OrgSql = QStringLiteral(
    "SELECT o.org_id, o.kind, o.name, o.admitted_height, o.removed_height, "
    "  (SELECT k.key FROM node_keys k WHERE k.org_id = o.org_id AND k.until_height IS NULL "
    "   ORDER BY k.from_height DESC LIMIT 1) "
    "FROM orgs o");

OrganizationInfo readOrg(const QSqlQuery &q)
{
    OrganizationInfo o;
    o.orgId = std::uint32_t(q.value(0).toUInt());
    o.kind = chain::OrgKind(q.value(1).toInt());
    o.name = q.value(2).toString();
    o.admittedHeight = q.value(3).toLongLong();
    o.removedHeight = optionalInt(q.value(4));
    if (!q.value(5).isNull())
        o.nodeKey = crypto::PublicKey::fromBytes(q.value(5).toByteArray());
    return o;
}

const QString PersonSql = QStringLiteral(
    "SELECT key, person_no, org_id, display_name, roles, from_height, until_height FROM persons");

PersonInfo readPerson(const QSqlQuery &q)
{
    PersonInfo p;
    p.key = crypto::PublicKey::fromBytes(q.value(0).toByteArray()).value_or(crypto::PublicKey {});
    p.personNo = q.value(1).toLongLong();
    p.orgId = std::uint32_t(q.value(2).toUInt());
    p.displayName = q.value(3).toString();
    p.roles = std::uint8_t(q.value(4).toUInt());
    p.fromHeight = q.value(5).toLongLong();
    p.untilHeight = optionalInt(q.value(6));
    return p;
}

} // namespace

PeopleQueries::PeopleQueries(const StateMachine &state)
    : m_state(state)
{
}

core::Result<std::vector<OrganizationInfo>> PeopleQueries::organizations() const
{
    auto q = GONGZHI_TRY(run(m_state, OrgSql + QStringLiteral(" ORDER BY o.org_id")));
    std::vector<OrganizationInfo> out;
    while (q.next())
        out.push_back(readOrg(q));
    return out;
}

core::Result<std::optional<OrganizationInfo>> PeopleQueries::organization(std::uint32_t orgId) const
{
    auto q = GONGZHI_TRY(
        run(m_state, OrgSql + QStringLiteral(" WHERE o.org_id = ?"), { qint64(orgId) }));
    if (!q.next())
        return std::optional<OrganizationInfo>();
    return std::optional(readOrg(q));
}

core::Result<std::vector<PersonInfo>> PeopleQueries::persons(std::optional<std::uint32_t> orgId,
                                                             bool includeRemoved) const
{
    QStringList where;
    QVariantList values;
    if (orgId) {
        where << QStringLiteral("org_id = ?");
        values << qint64(*orgId);
    }
    if (!includeRemoved)
        where << QStringLiteral("until_height IS NULL");
    QString sql = PersonSql;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY person_no");
    auto q = GONGZHI_TRY(run(m_state, sql, values));
    std::vector<PersonInfo> out;
    while (q.next())
        out.push_back(readPerson(q));
    return out;
}

core::Result<std::optional<PersonInfo>> PeopleQueries::person(const crypto::PublicKey &key) const
{
    auto q = GONGZHI_TRY(
        run(m_state, PersonSql + QStringLiteral(" WHERE key = ?"), { key.toByteArray() }));
    if (!q.next())
        return std::optional<PersonInfo>();
    return std::optional(readPerson(q));
}

} // namespace ledger::state
