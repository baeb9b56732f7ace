// The first-run wizard's join page: read an invitation (ui/network's
// format), make this PC's node key and write the join request.
#include "ledger/crypto/KeyFile.h"
#include "ui/common/DomainText.h"
#include "ui/shell/SetupWizard.h"
#ifdef GONGZHI_HAVE_UI_NETWORK
#include "ui/network/Invitation.h"
#endif

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace ledger;

namespace ui {

namespace {
// Same look as the other pages' notes (SetupWizard.cpp).
QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #52606d;"));
    return label;
}

// The join page is never complete: joining ends with the members' approval.
class InvitationPage : public QWizardPage
{
public:
    bool isComplete() const override { return false; }
};
} // namespace

QWizardPage *SetupWizard::makeJoinPage()
{
    auto *page = new InvitationPage;
    page->setTitle(tr("Join a consortium"));
    page->setSubTitle(tr("Open the invitation file a member organization gave you (on a USB "
                         "stick or by e-mail)."));
    page->setFinalPage(true);
    auto *open = new QPushButton(tr("Open invitation file…"), page);
    open->setObjectName(QStringLiteral("invitationFileButton"));
    m_invitationDetails = note(QString(), page);
    m_invitationDetails->setObjectName(QStringLiteral("invitationDetailsLabel"));
    m_invitationDetails->setTextFormat(Qt::RichText);
    m_joinRequestButton = new QPushButton(tr("Save join request…"), page);
    m_joinRequestButton->setObjectName(QStringLiteral("joinRequestButton"));
    m_joinRequestButton->setEnabled(false);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(12);
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addWidget(m_invitationDetails);
    layout->addWidget(m_joinRequestButton, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open invitation"), QString(),
                                                          tr("Invitations (*.json)"));
        if (!path.isEmpty())
            openInvitation(path);
    });
    connect(m_joinRequestButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save join request"),
                                                          QStringLiteral("join-request.json"),
                                                          tr("Join requests (*.json)"));
        if (!path.isEmpty())
            saveJoinRequest(path);
    });
    return page;
}

#ifdef GONGZHI_HAVE_UI_NETWORK
void SetupWizard::openInvitation(const QString &path)
{
    m_invitation = {};
    m_joinRequestButton->setEnabled(false);
    const auto json = readJsonFile(path);
    const auto inv
        = json ? Invitation::fromJson(*json) : core::Result<Invitation>(core::fail(json.error()));
    if (!inv) {
        const auto &e = inv.error();
        m_invitationDetails->setText(
            tr("<span style='color:#c0392b'>This is not a valid invitation: %1</span>")
                .arg((e.field.isEmpty() ? e.detail : e.field + QStringLiteral(": ") + e.detail)
                         .toHtmlEscaped()));
        return;
    }
    QStringList members;
    for (const auto &p : inv->peers)
        members << QStringLiteral("%1:%2").arg(p.host).arg(p.port);
    m_invitationDetails->setText(
        tr("The consortium of <b>%1</b> invites <b>%2</b> (%3).<br>Members to contact: %4<br>"
           "Confirmation code: <b>%5</b> (compare it with the inviting administrator on the "
           "phone).")
            .arg(inv->community.toHtmlEscaped(), inv->orgName.toHtmlEscaped(),
                 DomainText::orgKind(inv->orgKind), members.join(QStringLiteral(", ")),
                 inv->code.toHtmlEscaped()));
    m_invitation = *json;
    m_joinRequestButton->setEnabled(true);
}

void SetupWizard::saveJoinRequest(const QString &path)
{
    const auto inv = Invitation::fromJson(m_invitation);
    if (!inv)
        return;
    // This PC's node key: made once, kept in the data folder (0600) for the
    // node that starts when the members have admitted the organization.
    const QString keyPath = QDir(m_dataDir).filePath(QStringLiteral("node.key"));
    auto nodeKey = QFile::exists(keyPath)
        ? crypto::KeyFile::load(keyPath, QString())
        : core::Result<crypto::KeyPair>(crypto::KeyPair::generate());
    core::Status saved;
    if (nodeKey && !QFile::exists(keyPath)) {
        QDir().mkpath(m_dataDir);
        saved = crypto::KeyFile::save(keyPath, *nodeKey, QString());
    }
    if (nodeKey && saved) {
        saved = writeJsonFile(QDir(m_dataDir).filePath(QStringLiteral("invitation.json")),
                              m_invitation);
    }
    if (nodeKey && saved) {
        JoinRequest request;
        request.consortium = inv->consortium;
        request.orgName = inv->orgName;
        request.orgKind = inv->orgKind;
        request.nodeKey = nodeKey->publicKey();
        request.code = inv->code;
        saved = writeJsonFile(path, request.toJson());
    }
    if (!nodeKey || !saved) {
        const auto &e = !nodeKey ? nodeKey.error() : saved.error();
        m_invitationDetails->setText(tr("<span style='color:#c0392b'>The join request could not "
                                        "be saved: %1</span>")
                                         .arg(e.detail.toHtmlEscaped()));
        return;
    }
    m_invitationDetails->setText(
        m_invitationDetails->text()
        + tr("<br><br>Join request saved. Give the file back to the inviting organization; "
             "this PC's node key fingerprint is <b>%1</b>. An administrator or secretary there "
             "approves it on the Network page. Waiting for approval: this version cannot yet "
             "download the ledger after the approval, so the inviting administrator sets up "
             "this PC's data folder with gongzhi-cli.")
              .arg(crypto::fingerprint(nodeKey->publicKey())));
}
#else
void SetupWizard::openInvitation(const QString &path)
{
    Q_UNUSED(path);
    m_invitationDetails->setText(tr("This build of Gongzhi cannot read invitations."));
}

void SetupWizard::saveJoinRequest(const QString &path)
{
    Q_UNUSED(path);
}
#endif

} // namespace ui
