#include "ui/network/JoinApprovalDialog.h"

#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/domain/PayloadCodec.h"
#include "ledger/node/InvitationDesk.h"
#include "ui/common/DomainText.h"
#include "ui/network/Invitation.h"
#include "ui/network/OrgKindCombo.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace ledger;
using service::Submission;

namespace ui {

JoinApprovalDialog::JoinApprovalDialog(AppContext &context, const state::AuditNames &names,
                                       QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_names(names)
    , m_name(new QLineEdit)
    , m_kind(new OrgKindCombo)
    , m_nodeKey(new QLineEdit)
    , m_code(new QLabel)
    , m_summary(new QLabel)
    , m_stage(new QLabel)
    , m_admit(new QPushButton(tr("Admit the organization")))
{
    setObjectName(QStringLiteral("joinApprovalDialog"));
    setWindowTitle(tr("Approve a join"));
    setMinimumWidth(620);

    auto *intro = new QLabel(tr("Open the join request the new organization sent you, check that "
                                "it shows the code you gave them, then admit it. Its node "
                                "receives the whole ledger and keeps a copy like every member."));
    intro->setWordWrap(true);
    auto *load = new QPushButton(tr("Open join request…"));
    load->setObjectName(QStringLiteral("loadJoinRequestButton"));
    m_name->setObjectName(QStringLiteral("joinOrgNameEdit"));
    m_name->setMaxLength(100);
    m_kind->setObjectName(QStringLiteral("joinOrgKindCombo"));
    m_nodeKey->setObjectName(QStringLiteral("joinNodeKeyEdit"));
    m_nodeKey->setPlaceholderText(tr("64 hex digits, from the join request"));
    m_nodeKey->setFont(QFont(QStringLiteral("monospace")));
    m_code->setObjectName(QStringLiteral("joinCodeLabel"));
    auto *form = new QFormLayout;
    form->addRow(QString(), load);
    form->addRow(tr("Organization name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Node key:"), m_nodeKey);
    form->addRow(tr("Invitation code:"), m_code);

    m_summary->setObjectName(QStringLiteral("joinSummaryLabel"));
    m_summary->setWordWrap(true);
    m_stage->setObjectName(QStringLiteral("joinStageLabel"));
    m_stage->setWordWrap(true);
    m_admit->setObjectName(QStringLiteral("admitButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_admit, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_admit, &QPushButton::clicked, this, &JoinApprovalDialog::admit);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open join request"), QDir::homePath(), tr("Gongzhi join requests (*.json)"));
        if (!path.isEmpty())
            loadJoinRequest(path);
    });
    connect(m_name, &QLineEdit::textChanged, this, &JoinApprovalDialog::updateSummary);
    connect(m_nodeKey, &QLineEdit::textChanged, this, &JoinApprovalDialog::updateSummary);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &JoinApprovalDialog::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_stage);
    layout->addStretch();
    layout->addWidget(buttons);
    updateSummary();
}

bool JoinApprovalDialog::signerIsPartySecretary() const
{
    const SignedInPerson *p = m_context.person;
    return p && chain::hasRole(p->roles, chain::Role::Secretary)
        && m_names.orgs.value(p->orgId).kind == chain::OrgKind::PartyCommittee;
}

bool JoinApprovalDialog::loadJoinRequest(const QString &path)
{
    auto json = readJsonFile(path);
    auto request
        = json ? JoinRequest::fromJson(*json) : core::Result<JoinRequest>(core::fail(json.error()));
    if (!request) {
        m_stage->setText(
            tr("This is not a usable join request: %1").arg(request.error().toString()));
        return false;
    }
    if (request->consortium != m_context.ledger->config().consortium) {
        m_stage->setText(tr("This join request is for another consortium."));
        return false;
    }
    m_stage->clear();
    m_request = *request;
    m_name->setText(request->orgName);
    m_kind->setKind(request->orgKind);
    m_nodeKey->setText(request->nodeKey.toHex());
    m_code->setText(request->code);
    if (!request->isV2())
        m_stage->setText(tr("This request comes from an older version: it has no network "
                            "address, so the organization becomes a member but its PC cannot "
                            "join the network. Ask them for a new request."));
    const bool onlyEnrol = enrolOnly();
    m_name->setReadOnly(onlyEnrol || (request->isV2() && request->orgId != 0));
    m_nodeKey->setReadOnly(request->isV2());
    m_admit->setText(onlyEnrol ? tr("Enrol its administrator") : tr("Admit the organization"));
    updateSummary();
    return true;
}

bool JoinApprovalDialog::enrolOnly() const
{
    if (!m_request || !m_request->adminKey || m_admittedOrg != 0)
        return false;
    return m_names.nodeKeyOrg.contains(m_request->nodeKey)
        && !m_names.persons.contains(*m_request->adminKey);
}

QString JoinApprovalDialog::problem() const
{
    const SignedInPerson *p = m_context.person;
    if (!p || !(chain::hasRole(p->roles, chain::Role::Admin) || signerIsPartySecretary()))
        return tr("Only a party committee secretary or an administrator can admit an "
                  "organization.");
    if (enrolOnly())
        return signerIsPartySecretary()
            ? QString()
            : tr("Only the party committee's secretary can enrol another organization's "
                 "administrator.");
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Enter the organization's name.");
    const bool extraNode = m_request && m_request->isV2() && m_request->orgId != 0;
    if (extraNode && !m_names.orgs.value(m_request->orgId).active)
        return tr("Organization no. %1 is not an active member.").arg(m_request->orgId);
    for (const auto &org : m_names.orgs) {
        if (!extraNode && org.active && org.name == name)
            return tr("%1 is already a member.").arg(name);
    }
    const auto key = crypto::PublicKey::fromHex(m_nodeKey->text().trimmed());
    if (!key)
        return tr("The node key is 64 hex digits (0-9, a-f); copy it from the join request.");
    if (m_names.nodeKeyOrg.contains(*key))
        return tr("This node key is already used by %1.")
            .arg(m_names.orgName(m_names.orgOfNodeKey(*key)));
    return {};
}

void JoinApprovalDialog::updateSummary()
{
    const QString why = problem();
    m_admit->setEnabled(why.isEmpty() && !m_submission);
    if (!why.isEmpty()) {
        m_summary->setText(why);
        return;
    }
    if (enrolOnly()) {
        m_summary->setText(tr("%1 is a member already. %2 will be enrolled as its administrator, "
                              "signed by you (%3).")
                               .arg(m_names.orgName(m_names.orgOfNodeKey(m_request->nodeKey)),
                                    m_request->adminName, m_context.person->displayName));
        return;
    }
    const auto key = *crypto::PublicKey::fromHex(m_nodeKey->text().trimmed());
    QString text;
    if (m_request && m_request->isV2() && m_request->orgId != 0)
        text = tr("Node %1 of %2 will be added as %3, signed by you (%4).")
                   .arg(crypto::fingerprint(key), m_names.orgName(m_request->orgId),
                        m_request->learner ? tr("a kiosk that never votes") : tr("a voting node"),
                        m_context.person->displayName);
    else
        text = tr("Organization no. %1, %2 (%3), with node %4, will be admitted, signed by "
                  "you (%5).")
                   .arg(m_names.nextOrgId())
                   .arg(m_name->text().trimmed(), DomainText::orgKind(m_kind->kind()),
                        crypto::fingerprint(key), m_context.person->displayName);
    if (m_request && m_request->adminKey)
        text += QLatin1Char(' ')
            + (signerIsPartySecretary()
                   ? tr("Then %1 is enrolled as its administrator.").arg(m_request->adminName)
                   : tr("Its administrator %1 is enrolled afterwards by the party committee's "
                        "secretary (opening this request again).")
                         .arg(m_request->adminName));
    if (!signerIsPartySecretary())
        text += QLatin1Char(' ')
            + tr("As an administrator, your admission waits for a party committee secretary's "
                 "approval.");
    m_summary->setText(text);
}

bool JoinApprovalDialog::admit()
{
    if (!problem().isEmpty() || m_submission)
        return false;
    if (enrolOnly()) {
        enrolAdministrator(m_names.orgOfNodeKey(m_request->nodeKey));
        return true;
    }
    const auto nodeKey = *crypto::PublicKey::fromHex(m_nodeKey->text().trimmed());
    std::optional<domain::NodeEndpoint> endpoint;
    if (m_request && m_request->isV2() && m_request->nodeKey == nodeKey)
        endpoint = domain::NodeEndpoint { m_request->incarnation, m_request->address,
                                          m_request->learner };
    chain::TxType type = chain::TxType::OrgAdmitted;
    QByteArray encoded;
    core::Status valid;
    if (endpoint && m_request->orgId != 0) {
        const domain::NodeAdded payload { m_request->orgId, nodeKey, *endpoint };
        valid = payload.validate();
        type = chain::TxType::NodeAdded;
        encoded = domain::encodePayload(payload);
        m_admittedOrg = m_request->orgId;
    } else {
        domain::OrgAdmitted payload;
        payload.orgId = m_names.nextOrgId();
        payload.kind = m_kind->kind();
        payload.name = m_name->text().trimmed();
        payload.nodeKey = nodeKey;
        payload.endpoint = endpoint;
        valid = payload.validate();
        encoded = domain::encodePayload(payload);
        m_admittedOrg = payload.orgId;
    }
    if (!valid) {
        m_admittedOrg = 0;
        m_stage->setText(tr("Cannot admit: %1").arg(valid.error().toString()));
        return false;
    }
    m_admit->setEnabled(false);
    const chain::TxId id = m_context.ledger->submit(type, encoded, m_context.person->key, this,
                                                    [this](const Submission &s) { showStage(s); });
    // Signed and stored in the outbox at once; later stages arrive from the service.
    Submission queued;
    queued.txId = id;
    queued.type = type;
    queued.stage = Submission::Stage::Queued;
    showStage(queued);
    return true;
}

void JoinApprovalDialog::showStage(const Submission &s)
{
    m_submission = s;
    QString text;
    QString style;
    switch (s.stage) {
    case Submission::Stage::Queued:
        text = tr("Queued: signed and saved on this PC; it is sent when enough members "
                  "are online.");
        style = QStringLiteral("color: #8a6d00");
        break;
    case Submission::Stage::Sent: text = tr("Sent: waiting for the members to record it."); break;
    case Submission::Stage::Applied:
        text = m_enrolling
            ? tr("✓ %1 enrolled as the organization's administrator in block %2. They can sign "
                 "in on their PC once it has caught up.")
                  .arg(m_request->adminName)
                  .arg(s.height)
            : tr("✓ Admitted in block %1. The new node now copies the ledger and takes part.")
                  .arg(s.height);
        style = QStringLiteral("color: #1b7f3b; font-weight: bold");
        break;
    case Submission::Stage::HeldForApproval:
        text = tr("Recorded in block %1; waiting for a party committee secretary's approval.")
                   .arg(s.height);
        break;
    case Submission::Stage::Rejected:
        text = tr("✗ Not admitted: %1").arg(s.reason);
        style = QStringLiteral("color: #c62828");
        break;
    }
    m_stage->setText(text);
    m_stage->setStyleSheet(style);
    Q_EMIT submissionChanged(s);
    // One-time, as `gongzhi-cli admit`: the invitation desk then refuses its
    // code, and the Network page no longer lists the request as waiting.
    if (!m_enrolling && m_request
        && (s.stage == Submission::Stage::Applied
            || s.stage == Submission::Stage::HeldForApproval)) {
        const QString kept = QDir(node::InvitationDesk::invitationsDir(m_context.ledger->dataDir()))
                                 .filePath(m_request->code + QStringLiteral(".json"));
        if (QFile::exists(kept))
            QFile::rename(kept, kept + QStringLiteral(".used"));
    }
    // The admission is in: now its administrator, if the request names one
    // and the signer may enrol into another organization.
    if (s.stage == Submission::Stage::Applied && !m_enrolling && m_request && m_request->adminKey
        && m_admittedOrg != 0 && signerIsPartySecretary())
        enrolAdministrator(m_admittedOrg);
}

void JoinApprovalDialog::enrolAdministrator(std::uint32_t orgId)
{
    domain::PersonEnrolled payload;
    payload.key = *m_request->adminKey;
    payload.orgId = orgId;
    payload.displayName = m_request->adminName;
    payload.roles = std::uint8_t(chain::Role::Admin) | std::uint8_t(chain::Role::Staff);
    if (auto st = payload.validate(); !st) {
        m_stage->setText(tr("Cannot enrol the administrator: %1").arg(st.error().toString()));
        return;
    }
    m_enrolling = true;
    m_admit->setEnabled(false);
    const chain::TxId id = m_context.ledger->submit(
        chain::TxType::PersonEnrolled, domain::encodePayload(payload), m_context.person->key, this,
        [this](const Submission &s) { showStage(s); });
    Submission queued;
    queued.txId = id;
    queued.type = chain::TxType::PersonEnrolled;
    queued.stage = Submission::Stage::Queued;
    showStage(queued);
}

} // namespace ui
