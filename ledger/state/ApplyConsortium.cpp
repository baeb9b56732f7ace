#include "ledger/state/Applier.h"
#include "ledger/state/ApplierCaches.h"

// Consortium, people, roles and residents (docs/permissions.md §Scope rules).

namespace ledger::state {

void Applier::insertPerson(const crypto::PublicKey &key, std::int64_t personNo, std::uint32_t orgId,
                           const QString &name, std::uint8_t roles, std::int64_t height)
{
    sql("INSERT INTO persons (key, person_no, org_id, display_name, roles, from_height, "
        "until_height)"
        " VALUES (?, ?, ?, ?, ?, ?, NULL)")
        .args(key.toByteArray(), personNo, orgId, name, int(roles), height)
        .exec();
    m_c->signers.insert(key, Signer { false, orgId, roles, personNo });
    m_c->nextPersonNo = qMax(m_c->nextPersonNo, personNo + 1);
}

void Applier::retireKey(const crypto::PublicKey &key, std::int64_t height)
{
    const auto it = m_c->signers.constFind(key);
    if (it == m_c->signers.cend())
        return;
    if (it->node)
        sql("UPDATE node_keys SET until_height = ? WHERE key = ?")
            .args(height, key.toByteArray())
            .exec();
    else
        sql("UPDATE persons SET until_height = ? WHERE key = ?")
            .args(height, key.toByteArray())
            .exec();
    m_c->signers.remove(key);
}

// Keys are never reused: a key once seen as a node or person key stays taken.
static bool keyEverUsed(Stmt &nodes, Stmt &persons, const crypto::PublicKey &key)
{
    return nodes.args(key.toByteArray()).exists() || persons.args(key.toByteArray()).exists();
}

Applier::Verdict Applier::orgAdmitted(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::OrgAdmitted, p);
    if (!c.hold && !c.approving && !isPartyCommitteeSecretary(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("only a party committee secretary admits"));
    if (p.orgId != m_c->maxOrgId + 1)
        return Verdict::no(RejectReason::InvalidValue,
                           QStringLiteral("the next organization id is %1").arg(m_c->maxOrgId + 1));
    if (keyEverUsed(sql("SELECT 1 FROM node_keys WHERE key = ?"),
                    sql("SELECT 1 FROM persons WHERE key = ?"), p.nodeKey))
        return Verdict::no(RejectReason::Duplicate, QStringLiteral("node key already used"));
    if (c.hold)
        return Verdict::held();
    sql("INSERT INTO orgs (org_id, kind, name, active, admitted_height, removed_height) VALUES (?, "
        "?, ?, 1, ?, NULL)")
        .args(p.orgId, int(p.kind), p.name, c.height)
        .exec();
    insertNodeKey(p.nodeKey, p.orgId, p.endpoint ? &*p.endpoint : nullptr, c.height);
    m_c->orgs.insert(p.orgId, { p.kind, true });
    m_c->maxOrgId = p.orgId;
    timeline(c, QByteArray::number(p.orgId), "org_admitted", p.name);
    return Verdict::ok();
}

Applier::Verdict Applier::orgRemoved(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::OrgRemoved, p);
    if (!c.hold && !c.approving && !isPartyCommitteeSecretary(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("only a party committee secretary removes"));
    if (!orgActive(p.orgId))
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no active organization %1").arg(p.orgId));
    const auto kind = m_c->orgs.value(p.orgId).first;
    if (kind == chain::OrgKind::PartyCommittee && firstPartyCommittee() == p.orgId) {
        bool another = false;
        for (auto it = m_c->orgs.cbegin(); it != m_c->orgs.cend(); ++it)
            another = another
                || (it.key() != p.orgId && it->first == chain::OrgKind::PartyCommittee
                    && it->second);
        if (!another)
            return Verdict::no(RejectReason::InvalidValue,
                               QStringLiteral("the last party committee cannot leave"));
    }
    if (c.hold)
        return Verdict::held();
    sql("UPDATE orgs SET active = 0, removed_height = ? WHERE org_id = ?")
        .args(c.height, p.orgId)
        .exec();
    m_c->orgs[p.orgId].second = false;
    QList<crypto::PublicKey> keys;
    for (auto it = m_c->signers.cbegin(); it != m_c->signers.cend(); ++it) {
        if (it->orgId == p.orgId)
            keys.append(it.key());
    }
    std::sort(keys.begin(), keys.end());
    for (const auto &k : keys)
        retireKey(k, c.height);
    timeline(c, QByteArray::number(p.orgId), "org_removed", p.reason);
    return Verdict::ok();
}

Applier::Verdict Applier::nodeKeyRotated(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::NodeKeyRotated, p);
    if (c.signer.orgId != p.orgId && !isPartyCommitteeSecretary(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("only the organization or the party committee"));
    if (!orgActive(p.orgId))
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no active organization %1").arg(p.orgId));
    if (keyEverUsed(sql("SELECT 1 FROM node_keys WHERE key = ?"),
                    sql("SELECT 1 FROM persons WHERE key = ?"), p.newKey))
        return Verdict::no(RejectReason::Duplicate, QStringLiteral("key already used"));
    if (c.hold)
        return Verdict::held();
    QList<crypto::PublicKey> old;
    for (auto it = m_c->signers.cbegin(); it != m_c->signers.cend(); ++it) {
        if (it->node && it->orgId == p.orgId)
            old.append(it.key());
    }
    std::sort(old.begin(), old.end());
    for (const auto &k : old)
        retireKey(k, c.height);
    sql("INSERT INTO node_keys (key, org_id, from_height, until_height) VALUES (?, ?, ?, NULL)")
        .args(p.newKey.toByteArray(), p.orgId, c.height)
        .exec();
    m_c->signers.insert(p.newKey, Signer { true, p.orgId, 0, 0 });
    timeline(c, QByteArray::number(p.orgId), "node_key_rotated", p.reason);
    return Verdict::ok();
}

void Applier::insertNodeKey(const crypto::PublicKey &key, std::uint32_t orgId,
                            const domain::NodeEndpoint *endpoint, std::int64_t height)
{
    sql("INSERT INTO node_keys (key, org_id, from_height, until_height) VALUES (?, ?, ?, NULL)")
        .args(key.toByteArray(), orgId, height)
        .exec();
    if (endpoint)
        sql("INSERT INTO node_endpoints (key, address, incarnation, learner) VALUES (?, ?, ?, ?)")
            .args(key.toByteArray(), endpoint->address, endpoint->incarnation, endpoint->learner)
            .exec();
    m_c->signers.insert(key, Signer { true, orgId, 0, 0 });
}

Applier::Verdict Applier::nodeAdded(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::NodeAdded, p);
    if (!c.hold && !c.approving && !isPartyCommitteeSecretary(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("only a party committee secretary adds a node"));
    if (!orgActive(p.orgId))
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no active organization %1").arg(p.orgId));
    if (keyEverUsed(sql("SELECT 1 FROM node_keys WHERE key = ?"),
                    sql("SELECT 1 FROM persons WHERE key = ?"), p.nodeKey))
        return Verdict::no(RejectReason::Duplicate, QStringLiteral("node key already used"));
    if (c.hold)
        return Verdict::held();
    insertNodeKey(p.nodeKey, p.orgId, &p.endpoint, c.height);
    timeline(c, QByteArray::number(p.orgId), "node_added", p.endpoint.address);
    return Verdict::ok();
}

Applier::Verdict Applier::nodeRemoved(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::NodeRemoved, p);
    if (!c.hold && !c.approving && !isPartyCommitteeSecretary(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("only a party committee secretary removes a node"));
    const auto it = m_c->signers.constFind(p.nodeKey);
    if (it == m_c->signers.cend() || !it->node)
        return Verdict::no(RejectReason::NotFound, QStringLiteral("no current node with this key"));
    int nodes = 0;
    for (auto s = m_c->signers.cbegin(); s != m_c->signers.cend(); ++s)
        nodes += s->node ? 1 : 0;
    if (nodes < 2)
        return Verdict::no(RejectReason::InvalidValue,
                           QStringLiteral("the last node cannot leave"));
    if (c.hold)
        return Verdict::held();
    const std::uint32_t orgId = it->orgId;
    retireKey(p.nodeKey, c.height);
    timeline(c, QByteArray::number(orgId), "node_removed", p.reason);
    return Verdict::ok();
}

Applier::Verdict Applier::personEnrolled(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::PersonEnrolled, p);
    if (c.signer.orgId != p.orgId && !isPartyCommitteeSecretary(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("enrols only into the signer's organization"));
    if (!orgActive(p.orgId))
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no active organization %1").arg(p.orgId));
    if (keyEverUsed(sql("SELECT 1 FROM node_keys WHERE key = ?"),
                    sql("SELECT 1 FROM persons WHERE key = ?"), p.key))
        return Verdict::no(RejectReason::Duplicate, QStringLiteral("key already used"));
    if (c.hold)
        return Verdict::held();
    const std::int64_t no = m_c->nextPersonNo;
    insertPerson(p.key, no, p.orgId, p.displayName, p.roles, c.height);
    timeline(c, p.key.toByteArray(), "person_enrolled", p.displayName);
    return Verdict::ok();
}

Applier::Verdict Applier::personRemoved(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::PersonRemoved, p);
    const auto it = m_c->signers.constFind(p.key);
    if (it == m_c->signers.cend() || it->node)
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no current person with this key"));
    if (it->orgId != c.signer.orgId && !isPartyCommitteeSecretary(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("the person belongs to another organization"));
    if (c.hold)
        return Verdict::held();
    retireKey(p.key, c.height);
    timeline(c, p.key.toByteArray(), "person_removed", p.reason);
    return Verdict::ok();
}

Applier::Verdict Applier::personKeyRotated(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::PersonKeyRotated, p);
    const auto it = m_c->signers.constFind(p.oldKey);
    if (it == m_c->signers.cend() || it->node)
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no current person with the old key"));
    const Signer person = *it;
    const bool self = c.tx->author() == p.oldKey;
    const bool manager = !c.signer.node && c.signer.orgId == person.orgId
        && (chain::hasRole(c.signer.roles, chain::Role::Admin)
            || chain::hasRole(c.signer.roles, chain::Role::Secretary));
    if (!self && !manager)
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("only the person or their organization's admin"));
    if (keyEverUsed(sql("SELECT 1 FROM node_keys WHERE key = ?"),
                    sql("SELECT 1 FROM persons WHERE key = ?"), p.newKey))
        return Verdict::no(RejectReason::Duplicate, QStringLiteral("key already used"));
    if (c.hold)
        return Verdict::held();
    Stmt &q = sql("SELECT display_name FROM persons WHERE key = ?");
    q.args(p.oldKey.toByteArray()).exec();
    const QString name = q.next() ? q.text(0) : QString();
    q.finish();
    retireKey(p.oldKey, c.height);
    insertPerson(p.newKey, person.personNo, person.orgId, name, person.roles, c.height);
    timeline(c, p.oldKey.toByteArray(), "person_key_rotated", p.newKey.toHex());
    return Verdict::ok();
}

Applier::Verdict Applier::roleChanged(Ctx &c, bool grant)
{
    GONGZHI_PAYLOAD(domain::RoleChange, p);
    const auto it = m_c->signers.constFind(p.key);
    if (it == m_c->signers.cend() || it->node)
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no current person with this key"));
    if (it->orgId != c.signer.orgId && !isPartyCommitteeSecretary(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("the person belongs to another organization"));
    const std::uint8_t bit = std::uint8_t(p.role);
    const bool has = (it->roles & bit) != 0;
    if (grant == has)
        return Verdict::no(RejectReason::WrongStatus,
                           grant ? QStringLiteral("role already held")
                                 : QStringLiteral("role not held"));
    if (!grant && it->roles == bit)
        return Verdict::no(
            RejectReason::InvalidValue,
            QStringLiteral("a person keeps at least one role; remove the person instead"));
    if (c.hold)
        return Verdict::held();
    const std::uint8_t roles
        = grant ? std::uint8_t(it->roles | bit) : std::uint8_t(it->roles & ~bit);
    m_c->signers[p.key].roles = roles;
    sql("UPDATE persons SET roles = ? WHERE key = ?").args(int(roles), p.key.toByteArray()).exec();
    timeline(c, p.key.toByteArray(), grant ? "role_granted" : "role_revoked",
             QString::fromLatin1(domain::actorName(domain::Actor(bit == 1       ? 0
                                                                     : bit == 2 ? 1
                                                                     : bit == 4 ? 2
                                                                                : 3))));
    return Verdict::ok();
}

Applier::Verdict Applier::policySet(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::PolicySet, p);
    if (!c.hold && !c.approving && !isPartyCommitteeSecretary(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("only a party committee secretary sets policy"));
    if (c.hold)
        return Verdict::held();
    sql("UPDATE policy SET deduction_threshold = ?, auto_close_days = ? WHERE id = 1")
        .args(p.deductionApprovalThreshold, p.feedbackAutoCloseDays)
        .exec();
    m_c->policy = p;
    timeline(
        c, QByteArrayLiteral("policy"), "policy_set",
        QStringLiteral("%1/%2").arg(p.deductionApprovalThreshold).arg(p.feedbackAutoCloseDays));
    return Verdict::ok();
}

Applier::Verdict Applier::residentPin(Ctx &c, bool enrol)
{
    GONGZHI_PAYLOAD(domain::ResidentPin, p);
    const auto it = m_c->residents.constFind(p.pseudonym);
    if (enrol && it != m_c->residents.cend())
        return Verdict::no(RejectReason::Duplicate, QStringLiteral("pseudonym already enrolled"));
    if (!enrol && it == m_c->residents.cend())
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no resident with this pseudonym"));
    if (!enrol && *it != c.signer.orgId)
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("only the registering organization"));
    if (c.hold)
        return Verdict::held();
    if (enrol) {
        sql("INSERT INTO residents (pseudonym, resident_no, org_id, pin_verifier, enrolled_height, "
            "consent, masked_name)"
            " VALUES (?, ?, ?, ?, ?, 0, NULL)")
            .args(p.pseudonym.toByteArray(), m_c->nextResidentNo++, c.signer.orgId,
                  p.pinVerifier.toByteArray(), c.height)
            .exec();
        m_c->residents.insert(p.pseudonym, c.signer.orgId);
    } else {
        sql("UPDATE residents SET pin_verifier = ? WHERE pseudonym = ?")
            .args(p.pinVerifier.toByteArray(), p.pseudonym.toByteArray())
            .exec();
    }
    return Verdict::ok();
}

Applier::Verdict Applier::residentConsent(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::ResidentConsentSet, p);
    const auto it = m_c->residents.constFind(p.pseudonym);
    if (it == m_c->residents.cend())
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no resident with this pseudonym"));
    if (*it != c.signer.orgId)
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("only the registering organization"));
    if (c.hold)
        return Verdict::held();
    Stmt &u = sql("UPDATE residents SET consent = ?, masked_name = ? WHERE pseudonym = ?");
    u.args(p.consent, p.maskedName, p.pseudonym.toByteArray());
    if (!p.consent)
        u.bindNull(1);
    u.exec();
    return Verdict::ok();
}

} // namespace ledger::state
