// The first-run wizard's join page: read an invitation (a file, or fetched
// with a code: SetupWizardJoinCode.cpp), prepare this PC's node from it
// (ledger with the consortium's first block, a fresh Raft log, the node key)
// and write the signed join request that goes back to the inviting
// organization (as a file, or delivered over the network). The node then waits to be admitted
// (JoinProgressDialog); docs/raft.md §Joining has the whole flow.
#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/node/DeskProtocol.h"
#include "ledger/node/Invitation.h"
#include "ledger/service/JoinPreparation.h"
#include "ledger/service/NodeKeyStore.h"
#include "ledger/service/PersonKeys.h"
#include "ui/common/DomainText.h"
#include "ui/shell/SetupWizard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace ledger;

namespace ui {

namespace {
constexpr int MinPasswordLength = 8; // as for the founders (SetupWizard.cpp)
constexpr quint16 DefaultPort = 7400;

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #52606d;"));
    return label;
}

QLineEdit *passwordEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

// Complete once this PC is prepared: Finish then opens the waiting node.
class InvitationPage : public QWizardPage
{
public:
    std::function<bool()> complete = [] { return false; };
    bool isComplete() const override { return complete(); }
};
} // namespace

QString SetupWizard::pendingJoinFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("join-request.json"));
}

QWizardPage *SetupWizard::makeJoinPage()
{
    auto *page = new InvitationPage;
    page->setTitle(tr("Join a consortium"));
    page->setSubTitle(tr("Enter the inviting PC's address and the code read to you on the "
                         "phone, or open an invitation file."));
    page->setFinalPage(true);
    page->complete = [this] { return m_joined; };
    auto *open = new QPushButton(tr("Open invitation file…"), page);
    open->setObjectName(QStringLiteral("invitationFileButton"));
    m_invitationDetails = note(QString(), page);
    m_invitationDetails->setObjectName(QStringLiteral("invitationDetailsLabel"));
    m_invitationDetails->setTextFormat(Qt::RichText);

    m_joinForm = new QWidget(page);
    auto *form = new QFormLayout(m_joinForm);
    form->setContentsMargins(0, 0, 0, 0);
    m_joinAddress = new QLineEdit(m_joinForm);
    m_joinAddress->setObjectName(QStringLiteral("joinAddressEdit"));
    m_joinAddress->setText(QStringLiteral("%1:%2")
                               .arg(service::advertisedHost(QStringLiteral("0.0.0.0")))
                               .arg(DefaultPort));
    form->addRow(tr("This PC's address:"), m_joinAddress);
    form->addRow(QString(),
                 note(tr("The other members connect to this address (IP address "
                         "and port). Keep the port open in the firewall."),
                      m_joinForm));
    m_joinAdminBox = new QWidget(m_joinForm);
    auto *admin = new QFormLayout(m_joinAdminBox);
    admin->setContentsMargins(0, 0, 0, 0);
    m_joinAdminName = new QLineEdit(m_joinAdminBox);
    m_joinAdminName->setObjectName(QStringLiteral("joinAdminNameEdit"));
    m_joinAdminName->setMaxLength(40);
    m_joinAdminPassword = passwordEdit(QStringLiteral("joinAdminPasswordEdit"), m_joinAdminBox);
    m_joinAdminConfirm = passwordEdit(QStringLiteral("joinAdminConfirmEdit"), m_joinAdminBox);
    admin->addRow(tr("Your administrator:"), m_joinAdminName);
    admin->addRow(tr("Their password:"), m_joinAdminPassword);
    admin->addRow(tr("Password again:"), m_joinAdminConfirm);
    admin->addRow(QString(),
                  note(tr("The administrator signs in on this PC with this password once the "
                          "party secretary has enrolled them."),
                       m_joinAdminBox));
    form->addRow(m_joinAdminBox);
    m_joinForm->hide();

    m_joinStatus = note(QString(), page);
    m_joinStatus->setObjectName(QStringLiteral("joinStatusLabel"));
    m_joinRequestButton = new QPushButton(tr("Prepare this PC and save the join request…"), page);
    m_joinRequestButton->setObjectName(QStringLiteral("joinRequestButton"));
    m_joinRequestButton->setEnabled(false);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(12);
    layout->addWidget(makeFetchBox(page));
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addWidget(m_invitationDetails);
    layout->addWidget(m_joinForm);
    layout->addWidget(m_joinRequestButton, 0, Qt::AlignLeft);
    layout->addWidget(m_joinStatus);
    layout->addWidget(m_deliveryStatus);
    auto *fallback = new QHBoxLayout;
    fallback->addWidget(m_retryDelivery);
    fallback->addWidget(m_saveRequestFile);
    fallback->addStretch();
    layout->addLayout(fallback);
    layout->addStretch();
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open invitation"), QString(),
                                                          tr("Invitations (*.json)"));
        if (!path.isEmpty())
            openInvitation(path);
    });
    auto recheck = [this] {
        const QString why = joinProblem();
        m_joinRequestButton->setEnabled(why.isEmpty() && !m_joining && !m_joined);
        if (!m_joining && !m_joined)
            m_joinStatus->setText(why);
    };
    for (QLineEdit *edit :
         { m_joinAddress, m_joinAdminName, m_joinAdminPassword, m_joinAdminConfirm })
        connect(edit, &QLineEdit::textChanged, this, recheck);
    connect(m_joinRequestButton, &QPushButton::clicked, this, [this] {
        if (!m_deskCode.isEmpty()) { // fetched with a code: delivered, not saved
            saveJoinRequest(QString());
            return;
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Save join request"),
                                                          QStringLiteral("join-request.json"),
                                                          tr("Join requests (*.json)"));
        if (!path.isEmpty())
            saveJoinRequest(path);
    });
    return page;
}

void SetupWizard::openInvitation(const QString &path)
{
    if (m_joined || m_joining)
        return;
    m_invitation = {};
    m_deskFrom.clear();
    m_deskCode.clear();
    m_joinForm->hide();
    m_joinRequestButton->setEnabled(false);
    const auto json = node::readJsonFile(path);
    auto inv = json ? node::Invitation::fromJson(*json)
                    : core::Result<node::Invitation>(core::fail(json.error()));
    QString invalid;
    if (!inv) {
        const auto &e = inv.error();
        invalid = e.field.isEmpty() ? e.detail : e.field + QStringLiteral(": ") + e.detail;
    } else if (!inv->isV2()) {
        invalid = tr("it was made by an older version; ask for a new invitation");
    }
    if (!invalid.isEmpty()) {
        m_invitationDetails->setText(
            tr("<span style='color:#c0392b'>This is not a valid invitation: %1</span>")
                .arg(invalid.toHtmlEscaped()));
        return;
    }
    showInvitation(*inv, *json);
}

void SetupWizard::showInvitation(const node::Invitation &inv, const QJsonObject &json)
{
    QStringList members;
    for (const auto &p : inv.peers)
        members << QStringLiteral("%1:%2").arg(p.host).arg(p.port);
    const QString what = inv.orgId == 0
        ? tr("invites <b>%1</b> (%2) to join")
              .arg(inv.orgName.toHtmlEscaped(), DomainText::orgKind(inv.orgKind))
        : tr("adds this PC as a node of <b>%1</b>%2")
              .arg(inv.orgName.toHtmlEscaped(),
                   inv.learner ? tr(" (a kiosk: it keeps a copy of the ledger and never votes)")
                               : QString());
    m_invitationDetails->setText(
        tr("The consortium of <b>%1</b> %2.<br>Members to contact: %3<br>Confirmation code: "
           "<b>%4</b> (compare it with the inviting administrator on the phone).")
            .arg(inv.community.toHtmlEscaped(), what, members.join(QStringLiteral(", ")),
                 inv.code.toHtmlEscaped())
        + QStringLiteral("<br>")
        + tr("Consortium fingerprint: <b>%1</b> (the inviting PC shows the same; compare it "
             "too).")
              .arg(node::consortiumFingerprint(inv.genesisHash)));
    m_invitation = json;
    m_joinRequestButton->setText(m_deskCode.isEmpty()
                                     ? tr("Prepare this PC and save the join request…")
                                     : tr("Prepare this PC and send the join request"));
    // A new organization brings its first administrator; another node of an
    // existing organization (a kiosk) uses that organization's people.
    m_joinAdminBox->setVisible(inv.orgId == 0);
    m_joinForm->show();
    Q_EMIT m_joinAddress->textChanged(m_joinAddress->text());
}

QString SetupWizard::joinProblem() const
{
    if (m_invitation.isEmpty())
        return {};
    if (!domain::isNodeAddress(m_joinAddress->text().trimmed()))
        return tr("Enter this PC's address as IP:port, for example 192.168.1.20:7400.");
    if (m_joinAdminBox->isHidden())
        return {};
    if (m_joinAdminName->text().trimmed().isEmpty())
        return tr("Enter your organization's administrator.");
    if (m_joinAdminPassword->text().size() < MinPasswordLength)
        return tr("Passwords need at least %1 characters.").arg(MinPasswordLength);
    if (m_joinAdminPassword->text() != m_joinAdminConfirm->text())
        return tr("The passwords typed twice do not match.");
    return {};
}

void SetupWizard::joinFailed(const QString &why)
{
    m_joining = false;
    m_joinStatus->setText(
        tr("<span style='color:#c0392b'>The join request could not be saved: %1</span>")
            .arg(why.toHtmlEscaped()));
    m_joinRequestButton->setEnabled(joinProblem().isEmpty());
}

void SetupWizard::saveJoinRequest(const QString &path)
{
    const auto inv = node::Invitation::fromJson(m_invitation);
    if (!inv || !joinProblem().isEmpty() || m_joining || m_joined)
        return;
    m_joining = true;
    m_joinRequestButton->setEnabled(false);
    m_joinStatus->setText(tr("Making this PC's keys. Protecting the administrator's key with "
                             "the password takes a few seconds…"));

    // Off the UI thread: creating the ledger and the Raft log syncs them to the
    // disk, and Argon2id takes about a second.
    std::optional<crypto::KeyPair> admin;
    if (!m_joinAdminBox->isHidden())
        admin = crypto::KeyPair::generate();
    const QString password = m_joinAdminPassword->text();
    const QString adminName = m_joinAdminName->text().trimmed();
    QPointer<SetupWizard> self(this);
    QThreadPool::globalInstance()->start([self, dataDir = m_dataDir, inv = *inv,
                                          listen = m_joinAddress->text().trimmed(), admin, password,
                                          adminName, path]() mutable {
        auto made = service::prepareJoin(dataDir, inv, listen);
        if (!made) {
            QMetaObject::invokeMethod(QCoreApplication::instance(),
                                      [self, why = made.error().toString()] {
                                          if (self)
                                              self->joinFailed(why);
                                      });
            return;
        }
        service::PreparedJoin prepared = std::move(*made);
        // Listen on every interface; the request tells the members which address to dial.
        prepared.config.listenHost = QStringLiteral("0.0.0.0");
        core::Status saved;
        if (admin) {
            saved = service::PersonKeys(dataDir).save(*admin, password);
            prepared.request.adminName = adminName;
            prepared.request.adminKey = admin->publicKey();
            prepared.request.sign(prepared.nodeKey);
        }
        const QJsonObject json = prepared.request.toJson();
        if (saved && !path.isEmpty())
            saved = node::writeJsonFile(path, json);
        if (saved)
            saved = node::writeJsonFile(pendingJoinFile(dataDir), json);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, saved, prepared, dataDir] {
                if (!self)
                    return;
                if (!saved) {
                    self->joinFailed(saved.error().toString());
                    return;
                }
                service::NodeKeyStore::save(
                    dataDir, prepared.config, prepared.nodeKey, self,
                    [self, prepared, dataDir](core::Result<service::NodeKeyStore::Location> where) {
                        if (!self)
                            return;
                        // node.json last: its presence makes the app open the node.
                        const core::Status st = where ? prepared.config.save(QDir(dataDir).filePath(
                                                    QStringLiteral("node.json")))
                                                      : core::Status(core::fail(where.error()));
                        if (!st) {
                            self->joinFailed(st.error().toString());
                            return;
                        }
                        self->m_joining = false;
                        self->m_joined = true;
                        self->m_fetchBox->hide(); // the details and the outcome matter now
                        const bool keychain = *where == service::NodeKeyStore::Location::Keychain;
                        const bool deliver = !self->m_deskCode.isEmpty();
                        self->m_joinStatus->setText(
                            (deliver ? tr("This PC is prepared; its node key fingerprint is "
                                          "<b>%1</b> (read it to the inviting administrator).")
                                     : tr("Join request saved. Give the file back to the inviting "
                                          "organization and confirm the code on the phone; this "
                                          "PC's node key fingerprint is <b>%1</b>. Press Finish: "
                                          "Gongzhi opens and waits for the members to admit this "
                                          "PC, then copies the ledger."))
                                .arg(crypto::fingerprint(prepared.nodeKey.publicKey()))
                            + (keychain
                                   ? QString()
                                   : QStringLiteral("<br><span style='color:#c0392b'>%1</span>")
                                         .arg(tr("Warning: this PC has no system keychain. "
                                                 "The node key is stored in a file in the "
                                                 "data folder, protected only by file "
                                                 "permissions."))));
                        if (deliver)
                            self->deliverJoinRequest();
                        Q_EMIT self->page(JoinPage)->completeChanged();
                    });
            },
            Qt::QueuedConnection);
    });
}

} // namespace ui
