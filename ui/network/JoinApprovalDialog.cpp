#include "ui/network/JoinApprovalDialog.h"

#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/domain/PayloadCodec.h"
#include "ui/common/DomainText.h"
#include "ui/network/Invitation.h"
#include "ui/network/OrgKindCombo.h"

#include <QDialogButtonBox>
#include <QDir>
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
    m_name->setText(request->orgName);
    m_kind->setKind(request->orgKind);
    m_nodeKey->setText(request->nodeKey.toHex());
    m_code->setText(request->code);
    return true;
}

QString JoinApprovalDialog::problem() const
{
    const SignedInPerson *p = m_context.person;
    if (!p || !(chain::hasRole(p->roles, chain::Role::Admin) || signerIsPartySecretary()))
        return tr("Only a party committee secretary or an administrator can admit an "
                  "organization.");
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Enter the organization's name.");
    for (const auto &org : m_names.orgs) {
        if (org.active && org.name == name)
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
    const auto key = *crypto::PublicKey::fromHex(m_nodeKey->text().trimmed());
    QString text = tr("Organization no. %1, %2 (%3), with node %4, will be admitted, signed by "
                      "you (%5).")
                       .arg(m_names.nextOrgId())
                       .arg(m_name->text().trimmed(), DomainText::orgKind(m_kind->kind()),
                            crypto::fingerprint(key), m_context.person->displayName);
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
    domain::OrgAdmitted payload;
    payload.orgId = m_names.nextOrgId();
    payload.kind = m_kind->kind();
    payload.name = m_name->text().trimmed();
    payload.nodeKey = *crypto::PublicKey::fromHex(m_nodeKey->text().trimmed());
    if (auto st = payload.validate(); !st) {
        m_stage->setText(tr("Cannot admit: %1").arg(st.error().toString()));
        return false;
    }
    m_admit->setEnabled(false);
    const chain::TxId id = m_context.ledger->submit(
        chain::TxType::OrgAdmitted, domain::encodePayload(payload), m_context.person->key, this,
        [this](const Submission &s) { showStage(s); });
    // Signed and stored in the outbox at once; later stages arrive from the service.
    Submission queued;
    queued.txId = id;
    queued.type = chain::TxType::OrgAdmitted;
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
        text = tr("✓ Admitted in block %1. The new organization's node can now catch up.")
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
}

} // namespace ui
