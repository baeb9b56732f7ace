#include "ledger/domain/ConsortiumPayloads.h"

#include "ledger/domain/PayloadCodec.h"

namespace ledger::domain {

namespace {
bool isSingleRole(std::uint8_t v)
{
    return v == 1 || v == 2 || v == 4 || v == 8;
}

core::Status needText(const QString &s, const char *field)
{
    if (!isTidyText(s))
        return invalid(field, QStringLiteral("empty or untidy text"));
    return {};
}
} // namespace

bool isNodeAddress(const QString &address)
{
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || address.size() > 255)
        return false;
    for (const QChar ch : address.left(colon)) {
        if (ch.isSpace() || ch.unicode() < 0x21 || ch.unicode() > 0x7e)
            return false;
    }
    bool ok = false;
    const uint port = address.mid(colon + 1).toUInt(&ok);
    return ok && port >= 1 && port <= 65535
        && address.mid(colon + 1) == QString::number(port); // one spelling only
}

void NodeEndpoint::write(core::ByteWriter &w) const
{
    w.u64(incarnation).string(address).boolean(learner);
}

core::Result<NodeEndpoint> NodeEndpoint::read(core::ByteReader &r)
{
    NodeEndpoint e;
    e.incarnation = GONGZHI_TRY(r.u64("incarnation"));
    e.address = GONGZHI_TRY(r.string(255, "address"));
    e.learner = GONGZHI_TRY(r.boolean("learner"));
    return e;
}

core::Status NodeEndpoint::validate() const
{
    if (incarnation == 0)
        return invalid("incarnation", QStringLiteral("a joining node's incarnation is never 0"));
    if (!isNodeAddress(address))
        return invalid("address", QStringLiteral("not HOST:PORT"));
    return {};
}

void OrgAdmitted::write(core::ByteWriter &w) const
{
    w.u32(orgId).u8(std::uint8_t(kind)).string(name).fixed(nodeKey);
    if (endpoint)
        endpoint->write(w);
}

template<>
QByteArray encodePayload<OrgAdmitted>(const OrgAdmitted &payload)
{
    core::ByteWriter w(96);
    w.u8(payload.endpoint ? 2 : 1);
    payload.write(w);
    return w.take();
}

template<>
core::Result<OrgAdmitted> decodePayload<OrgAdmitted>(QByteArrayView bytes)
{
    core::ByteReader r(bytes);
    const auto version = GONGZHI_TRY(r.u8("version"));
    if (version != 1 && version != 2)
        return core::fail(core::ErrorCode::BadVersion,
                          QStringLiteral("unknown payload version %1").arg(version),
                          QStringLiteral("version"));
    OrgAdmitted p = GONGZHI_TRY(OrgAdmitted::read(r));
    if (version == 2)
        p.endpoint = GONGZHI_TRY(NodeEndpoint::read(r));
    GONGZHI_CHECK(r.expectEnd());
    GONGZHI_CHECK(p.validate());
    return p;
}

core::Result<OrgAdmitted> OrgAdmitted::read(core::ByteReader &r)
{
    OrgAdmitted p;
    p.orgId = GONGZHI_TRY(r.u32("org_id"));
    p.kind = GONGZHI_TRY(readEnum<chain::OrgKind>(r, "kind", chain::isKnownOrgKind));
    p.name = GONGZHI_TRY(r.string(limits::NameBytes, "name"));
    p.nodeKey = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("node_key"));
    return p;
}

core::Status OrgAdmitted::validate() const
{
    if (orgId == 0)
        return invalid("org_id", QStringLiteral("organization id 0 is reserved"));
    if (nodeKey.isZero())
        return invalid("node_key", QStringLiteral("all-zero node key"));
    if (endpoint)
        GONGZHI_CHECK(endpoint->validate());
    return needText(name, "name");
}

void NodeAdded::write(core::ByteWriter &w) const
{
    w.u32(orgId).fixed(nodeKey);
    endpoint.write(w);
}

core::Result<NodeAdded> NodeAdded::read(core::ByteReader &r)
{
    NodeAdded p;
    p.orgId = GONGZHI_TRY(r.u32("org_id"));
    p.nodeKey = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("node_key"));
    p.endpoint = GONGZHI_TRY(NodeEndpoint::read(r));
    return p;
}

core::Status NodeAdded::validate() const
{
    if (orgId == 0)
        return invalid("org_id", QStringLiteral("organization id 0 is reserved"));
    if (nodeKey.isZero())
        return invalid("node_key", QStringLiteral("all-zero node key"));
    return endpoint.validate();
}

void NodeRemoved::write(core::ByteWriter &w) const
{
    w.fixed(nodeKey).string(reason);
}

core::Result<NodeRemoved> NodeRemoved::read(core::ByteReader &r)
{
    NodeRemoved p;
    p.nodeKey = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("node_key"));
    p.reason = GONGZHI_TRY(r.string(limits::CommentBytes, "reason"));
    return p;
}

core::Status NodeRemoved::validate() const
{
    if (nodeKey.isZero())
        return invalid("node_key", QStringLiteral("all-zero node key"));
    return needText(reason, "reason");
}

void OrgRemoved::write(core::ByteWriter &w) const
{
    w.u32(orgId).string(reason);
}

core::Result<OrgRemoved> OrgRemoved::read(core::ByteReader &r)
{
    OrgRemoved p;
    p.orgId = GONGZHI_TRY(r.u32("org_id"));
    p.reason = GONGZHI_TRY(r.string(limits::CommentBytes, "reason"));
    return p;
}

core::Status OrgRemoved::validate() const
{
    if (orgId == 0)
        return invalid("org_id", QStringLiteral("organization id 0 is reserved"));
    return needText(reason, "reason");
}

void NodeKeyRotated::write(core::ByteWriter &w) const
{
    w.u32(orgId).fixed(newKey).string(reason);
}

core::Result<NodeKeyRotated> NodeKeyRotated::read(core::ByteReader &r)
{
    NodeKeyRotated p;
    p.orgId = GONGZHI_TRY(r.u32("org_id"));
    p.newKey = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("new_key"));
    p.reason = GONGZHI_TRY(r.string(limits::CommentBytes, "reason"));
    return p;
}

core::Status NodeKeyRotated::validate() const
{
    if (orgId == 0 || newKey.isZero())
        return invalid("new_key", QStringLiteral("no organization or all-zero key"));
    return needText(reason, "reason");
}

void PersonEnrolled::write(core::ByteWriter &w) const
{
    w.fixed(key).u32(orgId).string(displayName).u8(roles);
}

core::Result<PersonEnrolled> PersonEnrolled::read(core::ByteReader &r)
{
    PersonEnrolled p;
    p.key = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("key"));
    p.orgId = GONGZHI_TRY(r.u32("org_id"));
    p.displayName = GONGZHI_TRY(r.string(limits::NameBytes, "display_name"));
    p.roles = GONGZHI_TRY(r.u8("roles"));
    return p;
}

core::Status PersonEnrolled::validate() const
{
    if (roles == 0 || (roles & ~chain::AllRoles) != 0)
        return invalid("roles", QStringLiteral("no role or an unknown role bit"));
    if (key.isZero() || orgId == 0)
        return invalid("key", QStringLiteral("all-zero key or no organization"));
    return needText(displayName, "display_name");
}

void PersonRemoved::write(core::ByteWriter &w) const
{
    w.fixed(key).string(reason);
}

core::Result<PersonRemoved> PersonRemoved::read(core::ByteReader &r)
{
    PersonRemoved p;
    p.key = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("key"));
    p.reason = GONGZHI_TRY(r.string(limits::CommentBytes, "reason"));
    return p;
}

core::Status PersonRemoved::validate() const
{
    return needText(reason, "reason");
}

void PersonKeyRotated::write(core::ByteWriter &w) const
{
    w.fixed(oldKey).fixed(newKey).string(reason);
}

core::Result<PersonKeyRotated> PersonKeyRotated::read(core::ByteReader &r)
{
    PersonKeyRotated p;
    p.oldKey = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("old_key"));
    p.newKey = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("new_key"));
    p.reason = GONGZHI_TRY(r.string(limits::CommentBytes, "reason"));
    return p;
}

core::Status PersonKeyRotated::validate() const
{
    if (newKey.isZero() || newKey == oldKey)
        return invalid("new_key", QStringLiteral("the new key is zero or equals the old one"));
    return needText(reason, "reason");
}

void RoleChange::write(core::ByteWriter &w) const
{
    w.fixed(key).u8(std::uint8_t(role));
}

core::Result<RoleChange> RoleChange::read(core::ByteReader &r)
{
    RoleChange p;
    p.key = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("key"));
    p.role = GONGZHI_TRY(readEnum<chain::Role>(r, "role", isSingleRole));
    return p;
}

core::Status RoleChange::validate() const
{
    return {};
}

void ApprovalDecision::write(core::ByteWriter &w) const
{
    w.fixed(pendingTx).string(comment);
}

core::Result<ApprovalDecision> ApprovalDecision::read(core::ByteReader &r)
{
    ApprovalDecision p;
    p.pendingTx = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("pending_tx"));
    p.comment = GONGZHI_TRY(r.string(limits::CommentBytes, "comment"));
    return p;
}

core::Status ApprovalDecision::validate() const
{
    if (!comment.isEmpty() && !isTidyText(comment))
        return invalid("comment", QStringLiteral("untidy comment"));
    return {};
}

void PolicySet::write(core::ByteWriter &w) const
{
    w.i64(deductionApprovalThreshold).u32(feedbackAutoCloseDays);
}

core::Result<PolicySet> PolicySet::read(core::ByteReader &r)
{
    PolicySet p;
    p.deductionApprovalThreshold = GONGZHI_TRY(r.i64("deduction_approval_threshold"));
    p.feedbackAutoCloseDays = GONGZHI_TRY(r.u32("feedback_auto_close_days"));
    return p;
}

core::Status PolicySet::validate() const
{
    if (deductionApprovalThreshold < 0 || deductionApprovalThreshold > 1000000)
        return invalid("deduction_approval_threshold", QStringLiteral("out of 0..1000000"));
    if (feedbackAutoCloseDays < 1 || feedbackAutoCloseDays > 365)
        return invalid("feedback_auto_close_days", QStringLiteral("out of 1..365"));
    return {};
}

void ResidentPin::write(core::ByteWriter &w) const
{
    w.fixed(pseudonym).fixed(pinVerifier);
}

core::Result<ResidentPin> ResidentPin::read(core::ByteReader &r)
{
    ResidentPin p;
    p.pseudonym = GONGZHI_TRY(r.fixed<16, PseudonymTag>("pseudonym"));
    p.pinVerifier = GONGZHI_TRY(r.fixed<32, PinVerifierTag>("pin_verifier"));
    return p;
}

core::Status ResidentPin::validate() const
{
    if (pseudonym.isZero())
        return invalid("pseudonym", QStringLiteral("the all-zero pseudonym means anonymous"));
    return {};
}

void ResidentConsentSet::write(core::ByteWriter &w) const
{
    w.fixed(pseudonym).boolean(consent).string(maskedName);
}

core::Result<ResidentConsentSet> ResidentConsentSet::read(core::ByteReader &r)
{
    ResidentConsentSet p;
    p.pseudonym = GONGZHI_TRY(r.fixed<16, PseudonymTag>("pseudonym"));
    p.consent = GONGZHI_TRY(r.boolean("consent"));
    p.maskedName = GONGZHI_TRY(r.string(limits::MaskedNameBytes, "masked_name"));
    return p;
}

core::Status ResidentConsentSet::validate() const
{
    if (pseudonym.isZero())
        return invalid("pseudonym", QStringLiteral("all-zero pseudonym"));
    if (consent != isMaskedName(maskedName))
        return invalid("masked_name",
                       QStringLiteral("consent needs a masked name, withdrawal none"));
    return {};
}

bool isMaskedName(const QString &name)
{
    const qsizetype n = name.size();
    if (n < 2 || n > 6 || name.front() == u'*' || name.front().isSpace())
        return false;
    const qsizetype lastMasked = n == 2 ? 1 : n - 2;
    for (qsizetype i = 1; i <= lastMasked; ++i) {
        if (name[i] != u'*')
            return false;
    }
    return n == 2 || (name.back() != u'*' && !name.back().isSpace());
}

QString maskName(const QString &fullName)
{
    const QString s = fullName.trimmed();
    if (s.isEmpty())
        return {};
    if (s.size() <= 2)
        return s.left(1) + QLatin1Char('*');
    const qsizetype n = qMin<qsizetype>(s.size(), 6);
    return s.left(1) + QString(n - 2, u'*') + s.right(1);
}

} // namespace ledger::domain
