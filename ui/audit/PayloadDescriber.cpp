#include "ui/audit/PayloadDescriber.h"

#include "ledger/chain/Genesis.h"
#include "ledger/core/Hex.h"
#include "ledger/domain/ConsortiumPayloads.h"
#include "ui/common/DomainText.h"

using namespace ledger;
using chain::TxType;

namespace ui {

QList<PayloadField> PayloadDescriber::describe(const chain::Transaction &tx) const
{
    const auto type = std::uint16_t(tx.type());
    if (tx.type() == TxType::Genesis)
        return genesis(tx.payload());
    if (!chain::isKnownTxType(type))
        return undecodable(tx.payload(), tr("the type %1 is unknown to this version").arg(type));
    if (type < 200)
        return consortium(tx);
    if (type < 300)
        return records(tx);
    if (type < 400)
        return credit(tx);
    return feedback(tx);
}

QString PayloadDescriber::person(const crypto::PublicKey &key) const
{
    const auto it = m_names.persons.constFind(key);
    if (it == m_names.persons.cend())
        return crypto::fingerprint(key);
    const QString org = m_names.orgName(it->orgId);
    return org.isEmpty() ? it->displayName : tr("%1 (%2)").arg(it->displayName, org);
}

QString PayloadDescriber::signer(const crypto::PublicKey &key) const
{
    if (const std::uint32_t org = m_names.orgOfNodeKey(key))
        return tr("%1 (node)").arg(organization(org));
    return person(key);
}

QString PayloadDescriber::organization(std::uint32_t orgId) const
{
    const QString name = m_names.orgName(orgId);
    return name.isEmpty() ? tr("Organization %1").arg(orgId) : name;
}

QString PayloadDescriber::hexPreview(const QByteArray &bytes)
{
    constexpr qsizetype Shown = 256;
    const QString hex = core::toHex(QByteArrayView(bytes).first(std::min(Shown, bytes.size())));
    return bytes.size() > Shown ? hex + QStringLiteral("…") : hex;
}

QString PayloadDescriber::id(const crypto::Digest &digest)
{
    return digest.toHex();
}

QString PayloadDescriber::resident(const domain::Pseudonym &pseudonym)
{
    // Residents are known on the ledger by pseudonym only (docs/privacy.md).
    return pseudonym.toHex();
}

PayloadDescriber::Fields PayloadDescriber::undecodable(const QByteArray &payload,
                                                       const QString &why) const
{
    return { { tr("Not decoded"), why },
             { tr("Payload (%n bytes, hex)", nullptr, int(payload.size())), hexPreview(payload) } };
}

PayloadDescriber::Fields PayloadDescriber::genesis(const QByteArray &payload) const
{
    auto g = chain::GenesisPayload::decode(payload);
    if (!g)
        return undecodable(payload, g.error().toString());
    Fields f { { tr("Community"), g->name } };
    for (const auto &o : g->organizations) {
        f.append({ tr("Organization %1").arg(o.orgId),
                   tr("%1 (%2), node %3")
                       .arg(o.name, DomainText::orgKind(o.kind), crypto::fingerprint(o.nodeKey)) });
    }
    for (const auto &p : g->persons) {
        f.append({ tr("Person"),
                   tr("%1, %2 of %3, key %4")
                       .arg(p.displayName, DomainText::roles(p.roles), organization(p.orgId),
                            crypto::fingerprint(p.key)) });
    }
    return f;
}

PayloadDescriber::Fields PayloadDescriber::consortium(const chain::Transaction &tx) const
{
    using namespace domain;
    const QByteArray &bytes = tx.payload();
    switch (tx.type()) {
    case TxType::OrgAdmitted:
        return decoded<OrgAdmitted>(bytes, [&](Fields &f, const OrgAdmitted &p) {
            f = { { tr("Organization number"), QString::number(p.orgId) },
                  { tr("Name"), p.name },
                  { tr("Kind"), DomainText::orgKind(p.kind) },
                  { tr("Node key"), p.nodeKey.toHex() } };
        });
    case TxType::OrgRemoved:
        return decoded<OrgRemoved>(bytes, [&](Fields &f, const OrgRemoved &p) {
            f = { { tr("Organization"), organization(p.orgId) }, { tr("Reason"), p.reason } };
        });
    case TxType::NodeKeyRotated:
        return decoded<NodeKeyRotated>(bytes, [&](Fields &f, const NodeKeyRotated &p) {
            f = { { tr("Organization"), organization(p.orgId) },
                  { tr("New node key"), p.newKey.toHex() },
                  { tr("Reason"), p.reason } };
        });
    case TxType::PersonEnrolled:
        return decoded<PersonEnrolled>(bytes, [&](Fields &f, const PersonEnrolled &p) {
            f = { { tr("Name"), p.displayName },
                  { tr("Organization"), organization(p.orgId) },
                  { tr("Roles"), DomainText::roles(p.roles) },
                  { tr("Key"), p.key.toHex() } };
        });
    case TxType::PersonRemoved:
        return decoded<PersonRemoved>(bytes, [&](Fields &f, const PersonRemoved &p) {
            f = { { tr("Person"), person(p.key) }, { tr("Reason"), p.reason } };
        });
    case TxType::PersonKeyRotated:
        return decoded<PersonKeyRotated>(bytes, [&](Fields &f, const PersonKeyRotated &p) {
            f = { { tr("Person"), person(p.oldKey) },
                  { tr("New key"), p.newKey.toHex() },
                  { tr("Reason"), p.reason } };
        });
    case TxType::RoleGranted:
    case TxType::RoleRevoked:
        return decoded<RoleChange>(bytes, [&](Fields &f, const RoleChange &p) {
            f = { { tr("Person"), person(p.key) },
                  { tr("Role"), DomainText::roles(std::uint8_t(p.role)) } };
        });
    case TxType::ApprovalGranted:
    case TxType::ApprovalRefused:
        return decoded<ApprovalDecision>(bytes, [&](Fields &f, const ApprovalDecision &p) {
            f = { { tr("Transaction decided"), id(p.pendingTx) }, { tr("Comment"), p.comment } };
        });
    case TxType::PolicySet:
        return decoded<PolicySet>(bytes, [&](Fields &f, const PolicySet &p) {
            f = { { tr("Deductions needing approval"),
                    tr("more than %n points", nullptr, int(p.deductionApprovalThreshold)) },
                  { tr("Resolved feedback closes after"),
                    tr("%n days", nullptr, int(p.feedbackAutoCloseDays)) } };
        });
    case TxType::ResidentEnrolled:
    case TxType::ResidentPinChanged:
        return decoded<ResidentPin>(bytes, [&](Fields &f, const ResidentPin &p) {
            f = { { tr("Resident (pseudonym)"), resident(p.pseudonym) },
                  { tr("PIN check value"), p.pinVerifier.toHex() } };
        });
    case TxType::ResidentConsentSet:
        return decoded<ResidentConsentSet>(bytes, [&](Fields &f, const ResidentConsentSet &p) {
            f = { { tr("Resident (pseudonym)"), resident(p.pseudonym) },
                  { tr("Consents to a masked name"), p.consent ? tr("Yes") : tr("No") } };
            if (p.consent)
                f.append({ tr("Masked name"), p.maskedName });
        });
    default: break;
    }
    return undecodable(bytes, tr("no decoder for this type"));
}

} // namespace ui
