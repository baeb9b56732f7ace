#include "ui/people/PersonChangeDialog.h"

#include "ledger/domain/ConsortiumPayloads.h"
#include "ui/common/DomainText.h"
#include "ui/people/SubmissionStage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace ledger;
using service::Submission;

namespace ui {

namespace {
constexpr chain::Role AllRoleBits[]
    = { chain::Role::Staff, chain::Role::Secretary, chain::Role::Auditor, chain::Role::Admin };
}

PersonChangeDialog::PersonChangeDialog(Kind kind, AppContext &context,
                                       const state::AuditNames &names,
                                       const state::PersonRecord &person, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_context(context)
    , m_names(names)
    , m_person(person)
    , m_hint(new QLabel)
    , m_stage(new QLabel)
    , m_ok(new QPushButton)
{
    setMinimumWidth(520);
    auto *intro = new QLabel;
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    const QString who = tr("%1 (%2, %3)")
                            .arg(person.displayName, m_names.orgName(person.orgId),
                                 DomainText::roles(person.roles));
    if (kind == Kind::Roles) {
        setObjectName(QStringLiteral("roleChangeDialog"));
        setWindowTitle(tr("Change roles"));
        intro->setText(tr("Roles decide what %1 may sign (docs: permission matrix). A person "
                          "keeps at least one role; to take all, remove the person.")
                           .arg(who));
        m_change = new QComboBox;
        m_change->setObjectName(QStringLiteral("roleChangeCombo"));
        for (chain::Role role : AllRoleBits) {
            const int bit = int(role);
            if (chain::hasRole(person.roles, role)) {
                if (person.roles != bit)
                    m_change->addItem(tr("Revoke: %1").arg(DomainText::roles(bit)), -bit);
            } else {
                m_change->addItem(tr("Grant: %1").arg(DomainText::roles(bit)), bit);
            }
        }
        form->addRow(tr("Change:"), m_change);
        m_ok->setText(tr("Submit the change"));
        connect(m_change, &QComboBox::currentIndexChanged, this, &PersonChangeDialog::updateState);
    } else {
        setObjectName(QStringLiteral("removePersonDialog"));
        setWindowTitle(tr("Remove a person"));
        intro->setText(tr("Remove %1? Afterwards their key can sign nothing: they cannot sign "
                          "in to work any more. What they signed stays on the ledger. This "
                          "cannot be undone; to work again they must be enrolled anew.")
                           .arg(who));
        intro->setStyleSheet(QStringLiteral("color: #c62828"));
        m_reason = new QLineEdit;
        m_reason->setObjectName(QStringLiteral("removeReasonEdit"));
        m_reason->setMaxLength(200);
        m_reason->setPlaceholderText(tr("e.g. left the community office"));
        form->addRow(tr("Reason:"), m_reason);
        m_ok->setText(tr("Remove %1").arg(person.displayName));
        connect(m_reason, &QLineEdit::textChanged, this, &PersonChangeDialog::updateState);
    }
    m_ok->setObjectName(QStringLiteral("personChangeOkButton"));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("personChangeHintLabel"));
    m_stage->setWordWrap(true);
    m_stage->setObjectName(QStringLiteral("personChangeStageLabel"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &PersonChangeDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_stage);
    layout->addStretch();
    layout->addWidget(buttons);
    updateState();
}

bool PersonChangeDialog::signerIsPartySecretary() const
{
    const SignedInPerson *p = m_context.person;
    return p && chain::hasRole(p->roles, chain::Role::Secretary)
        && m_names.orgs.value(p->orgId).kind == chain::OrgKind::PartyCommittee;
}

bool PersonChangeDialog::chooseRoleChange(bool grant, chain::Role role)
{
    const int index = m_change ? m_change->findData(grant ? int(role) : -int(role)) : -1;
    if (index < 0)
        return false;
    m_change->setCurrentIndex(index);
    return true;
}

void PersonChangeDialog::setReason(const QString &reason)
{
    if (m_reason)
        m_reason->setText(reason);
}

QString PersonChangeDialog::problem() const
{
    const SignedInPerson *p = m_context.person;
    if (!p
        || !(chain::hasRole(p->roles, chain::Role::Admin)
             || chain::hasRole(p->roles, chain::Role::Secretary)))
        return tr("Only an administrator or a secretary can do this.");
    if (p->orgId != m_person.orgId && !signerIsPartySecretary())
        return tr("This person belongs to another organization.");
    if (!m_person.current())
        return tr("This person is no longer enrolled.");
    if (m_change && m_change->currentIndex() < 0)
        return tr("There is no role change to make.");
    if (m_reason && m_reason->text().trimmed().isEmpty())
        return tr("Enter the reason; it is kept on the ledger.");
    if (m_reason && p->key.publicKey() == m_person.key)
        return tr("You cannot remove yourself; ask another administrator or secretary.");
    return {};
}

void PersonChangeDialog::updateState()
{
    const QString why = problem();
    m_ok->setEnabled(why.isEmpty() && !m_submission);
    if (!why.isEmpty()) {
        m_hint->setText(why);
        return;
    }
    // Role changes signed by an administrator are held (docs/permissions.md).
    const bool held
        = m_kind == Kind::Roles && !chain::hasRole(m_context.person->roles, chain::Role::Secretary);
    m_hint->setText(held ? tr("As an administrator, your role change takes effect once a party "
                              "committee secretary approves it.")
                         : tr("Signed by you (%1).").arg(m_context.person->displayName));
}

bool PersonChangeDialog::submit()
{
    if (!problem().isEmpty() || m_submission)
        return false;
    chain::TxType type;
    QByteArray payload;
    if (m_kind == Kind::Roles) {
        const int choice = m_change->currentData().toInt();
        domain::RoleChange p;
        p.key = m_person.key;
        p.role = chain::Role(std::abs(choice));
        type = choice > 0 ? chain::TxType::RoleGranted : chain::TxType::RoleRevoked;
        payload = domain::encodePayload(p);
    } else {
        domain::PersonRemoved p;
        p.key = m_person.key;
        p.reason = m_reason->text().trimmed();
        type = chain::TxType::PersonRemoved;
        payload = domain::encodePayload(p);
    }
    m_ok->setEnabled(false);
    const chain::TxId id = m_context.ledger->submit(type, payload, m_context.person->key, this,
                                                    [this](const Submission &s) { onStage(s); });
    onStage(SubmissionStage::queued(id, type));
    return true;
}

void PersonChangeDialog::onStage(const Submission &s)
{
    m_submission = s;
    m_ok->setEnabled(false);
    SubmissionStage::show(m_stage, s,
                          m_kind == Kind::Roles ? tr("✓ Roles changed in block %1.")
                                                : tr("✓ Removed in block %1."));
    Q_EMIT submissionChanged(s);
}

} // namespace ui
