#include "ui/network/InvitationDialog.h"

#include "ledger/service/LedgerService.h"
#include "ui/network/Invitation.h"
#include "ui/network/OrgKindCombo.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace ledger;

namespace ui {

InvitationDialog::InvitationDialog(AppContext &context, const state::AuditNames &names,
                                   QString community, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_names(names)
    , m_community(std::move(community))
    , m_name(new QLineEdit)
    , m_kind(new OrgKindCombo)
    , m_create(new QPushButton(tr("Create invitation…")))
    , m_codeLabel(new QLabel)
    , m_result(new QLabel)
{
    setObjectName(QStringLiteral("invitationDialog"));
    setWindowTitle(tr("Invite an organization"));
    setMinimumWidth(560);

    auto *intro = new QLabel(
        tr("The invited organization installs Gongzhi on its office PC and opens this invitation "
           "there. Its PC then sends back a join request, which a party secretary approves "
           "under \"Approve a join\"."));
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("orgNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Xingfuli Seniors' Association"));
    m_name->setMaxLength(100);
    m_kind->setObjectName(QStringLiteral("orgKindCombo"));
    auto *form = new QFormLayout;
    form->addRow(tr("Organization name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);

    m_codeLabel->setObjectName(QStringLiteral("invitationCodeLabel"));
    QFont big = m_codeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_codeLabel->setFont(big);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->hide();
    m_result->setObjectName(QStringLiteral("invitationResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_create->setObjectName(QStringLiteral("createInvitationButton"));
    m_create->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &InvitationDialog::askAndCreate);
    connect(m_name, &QLineEdit::textChanged, this, &InvitationDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    updateButton();
}

void InvitationDialog::updateButton()
{
    m_create->setEnabled(!m_name->text().trimmed().isEmpty());
}

void InvitationDialog::askAndCreate()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save invitation"),
        QDir::home().filePath(tr("invitation-%1.json").arg(m_name->text().trimmed())),
        tr("Gongzhi invitations (*.json)"));
    if (!path.isEmpty())
        createInvitation(path);
}

bool InvitationDialog::createInvitation(const QString &path)
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return false;
    for (const auto &org : m_names.orgs) {
        if (org.active && org.name == name) {
            m_result->setText(tr("%1 is already a member.").arg(name));
            return false;
        }
    }
    const node::NodeConfig &config = m_context.ledger->config();
    Invitation inv;
    inv.community = m_community;
    inv.consortium = config.consortium;
    inv.genesisHash = config.genesisHash;
    inv.orgId = m_names.nextOrgId();
    inv.orgName = name;
    inv.orgKind = m_kind->kind();
    inv.code = Invitation::randomCode();
    inv.inviterOrg = config.orgId;
    inv.peers.push_back({ config.nodeKey, config.listenHost, config.listenPort });
    for (const auto &peer : config.peers)
        inv.peers.push_back(peer);
    inv.createdMs = QDateTime::currentMSecsSinceEpoch();
    if (auto st = writeJsonFile(path, inv.toJson()); !st) {
        m_result->setText(tr("Cannot save the invitation: %1").arg(st.error().toString()));
        m_result->setStyleSheet(QStringLiteral("color: #c62828"));
        return false;
    }
    m_code = inv.code;
    m_codeLabel->setText(m_code);
    m_codeLabel->show();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Saved the invitation for %1 to %2. Give them the file and read them "
                         "the code above on the phone; their join request will show the same "
                         "code.")
                          .arg(name, QDir::toNativeSeparators(path)));
    return true;
}

} // namespace ui
