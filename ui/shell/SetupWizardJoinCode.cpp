// The join page's network path (docs/transport.md §Invitation desk): fetch
// the invitation from the inviting PC with its address and the code read out
// on the phone, and later deliver the signed join request to it. All network
// waiting is on a DeskClient's socket: the UI thread never blocks. If the
// delivery fails, the request (kept in the data folder) can be saved to a
// file and carried over as before.
#include "ledger/net/DeskClient.h"
#include "ledger/node/DeskProtocol.h"
#include "ledger/node/Invitation.h"
#include "ui/shell/SetupWizard.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace ledger;

namespace ui {

namespace {
QString errorHtml(const QString &text)
{
    return QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(text.toHtmlEscaped());
}
} // namespace

QWidget *SetupWizard::makeFetchBox(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Fetch the invitation from the inviting PC"), parent);
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(12);
    m_inviterAddress = new QLineEdit(box);
    m_inviterAddress->setObjectName(QStringLiteral("inviterAddressEdit"));
    m_inviterAddress->setPlaceholderText(tr("e.g. 192.168.1.10:7400"));
    m_inviteCode = new QLineEdit(box);
    m_inviteCode->setObjectName(QStringLiteral("invitationCodeEdit"));
    m_inviteCode->setPlaceholderText(QStringLiteral("ABCD-EFGH"));
    m_inviteCode->setMaxLength(12);
    m_fetchButton = new QPushButton(tr("Fetch invitation"), box);
    m_fetchButton->setObjectName(QStringLiteral("fetchInvitationButton"));
    m_fetchStatus = new QLabel(box);
    m_fetchStatus->setObjectName(QStringLiteral("fetchStatusLabel"));
    m_fetchStatus->setWordWrap(true);
    m_fetchStatus->setTextFormat(Qt::RichText);
    grid->addWidget(new QLabel(tr("Inviting PC's address:"), box), 0, 0);
    grid->addWidget(m_inviterAddress, 0, 1);
    grid->addWidget(new QLabel(tr("Code:"), box), 0, 2);
    grid->addWidget(m_inviteCode, 0, 3);
    grid->addWidget(m_fetchButton, 0, 4);
    grid->addWidget(m_fetchStatus, 1, 0, 1, 5);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);

    m_desk = new net::DeskClient(this);
    connect(m_desk, &net::DeskClient::finished, this, [this] {
        if (!m_deskAsking.isEmpty())
            onFetched();
        else
            onDelivered();
    });
    connect(m_fetchButton, &QPushButton::clicked, this, &SetupWizard::fetchInvitation);
    connect(m_inviteCode, &QLineEdit::returnPressed, this, &SetupWizard::fetchInvitation);

    // Shown only when delivering the join request failed.
    m_deliveryStatus = new QLabel(parent);
    m_deliveryStatus->setObjectName(QStringLiteral("deliveryStatusLabel"));
    m_deliveryStatus->setWordWrap(true);
    m_deliveryStatus->setTextFormat(Qt::RichText);
    m_retryDelivery = new QPushButton(tr("Send again"), parent);
    m_retryDelivery->setObjectName(QStringLiteral("retryDeliveryButton"));
    m_saveRequestFile = new QPushButton(tr("Save the join request to a file…"), parent);
    m_saveRequestFile->setObjectName(QStringLiteral("saveRequestFileButton"));
    m_retryDelivery->hide();
    m_saveRequestFile->hide();
    connect(m_retryDelivery, &QPushButton::clicked, this, &SetupWizard::deliverJoinRequest);
    connect(m_saveRequestFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save join request"),
                                                          QStringLiteral("join-request.json"),
                                                          tr("Join requests (*.json)"));
        if (!path.isEmpty())
            saveRequestCopy(path);
    });
    auto *container = m_fetchBox = new QWidget(parent);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    return container;
}

void SetupWizard::setFetchStatus(const QString &html)
{
    m_fetchStatus->setText(html);
}

void SetupWizard::fetchInvitation()
{
    if (m_joined || m_joining || m_desk->isRunning())
        return;
    const auto address = node::parseDeskAddress(m_inviterAddress->text());
    if (!address) {
        setFetchStatus(errorHtml(tr("Enter the inviting PC's address as IP:port, for example "
                                    "192.168.1.10:7400 (their Network page shows it).")));
        return;
    }
    const auto code = node::normalizeInvitationCode(m_inviteCode->text());
    if (!code) {
        setFetchStatus(errorHtml(tr("Enter the 8-character code, for example ABCD-EFGH.")));
        return;
    }
    m_deskAsking = *code;
    m_fetchButton->setEnabled(false);
    setFetchStatus(tr("Asking %1 for the invitation…").arg(m_inviterAddress->text().trimmed()));
    m_desk->exchange(*address,
                     node::encodeDeskRequest({ node::DeskKind::FetchInvitation, *code, {} }));
}

// The desk's refusals in the words of the person at the new PC.
static QString refusalText(node::DeskStatus status)
{
    switch (status) {
    case node::DeskStatus::Ok: break;
    case node::DeskStatus::NoSuchInvitation:
        return SetupWizard::tr("The inviting PC has no invitation with this code. Check the code "
                               "and the address.");
    case node::DeskStatus::Expired:
        return SetupWizard::tr("This invitation has expired (after 7 days). Ask for a new one.");
    case node::DeskStatus::AlreadyUsed:
        return SetupWizard::tr("This invitation was already used. Ask for a new one.");
    case node::DeskStatus::TooManyWrongCodes:
        return SetupWizard::tr("The inviting PC received too many wrong codes and refuses "
                               "requests for a few minutes. Try again later.");
    case node::DeskStatus::BadRequest:
    case node::DeskStatus::RequestRefused: break;
    }
    return SetupWizard::tr("The inviting PC refused the request.");
}

void SetupWizard::onFetched()
{
    const QString code = std::exchange(m_deskAsking, QString());
    const QString from = m_inviterAddress->text().trimmed();
    m_fetchButton->setEnabled(!m_joined);
    const auto &response = m_desk->result();
    if (!response) {
        setFetchStatus(errorHtml(tr("Cannot reach %1 (%2). Check the address, and that Gongzhi "
                                    "is running on the inviting PC.")
                                     .arg(from, response.error().detail)));
        return;
    }
    const auto reply = node::decodeDeskReply(response->body);
    if (!reply) {
        setFetchStatus(errorHtml(tr("%1 answered something else than an invitation.").arg(from)));
        return;
    }
    if (reply->status != node::DeskStatus::Ok) {
        setFetchStatus(errorHtml(refusalText(reply->status)));
        return;
    }
    const auto inv = node::checkFetchedInvitation(*reply, response->server, code);
    if (!inv) {
        setFetchStatus(errorHtml(tr("The answer from %1 is not a valid invitation for this code: "
                                    "%2")
                                     .arg(from, inv.error().detail)));
        return;
    }
    m_deskFrom = from;
    m_deskCode = code;
    m_inviteCode->setText(code);
    setFetchStatus(tr("Invitation received from %1.").arg(from.toHtmlEscaped()));
    showInvitation(*inv, inv->toJson());
}

void SetupWizard::deliverJoinRequest()
{
    const auto address = node::parseDeskAddress(m_deskFrom);
    const auto json = node::readJsonFile(pendingJoinFile(m_dataDir));
    if (!address || !json || m_desk->isRunning())
        return;
    m_retryDelivery->hide();
    m_saveRequestFile->hide();
    m_deliveryStatus->setText(tr("Sending the join request to %1…").arg(m_deskFrom));
    m_desk->exchange(
        *address,
        node::encodeDeskRequest({ node::DeskKind::DeliverJoinRequest, m_deskCode,
                                  QJsonDocument(*json).toJson(QJsonDocument::Compact) }));
}

void SetupWizard::onDelivered()
{
    const auto &response = m_desk->result();
    const auto reply = response ? node::decodeDeskReply(response->body)
                                : core::Result<node::DeskReply>(core::fail(response.error()));
    if (reply && reply->status == node::DeskStatus::Ok) {
        m_delivered = true;
        m_deliveryStatus->setText(
            tr("Join request delivered to %1. Confirm the code and the fingerprints on the "
               "phone, then press Finish: Gongzhi opens and waits for the members to admit this "
               "PC, then copies the ledger.")
                .arg(m_deskFrom.toHtmlEscaped()));
        return;
    }
    QString why;
    if (!response)
        why = tr("cannot reach %1 (%2)").arg(m_deskFrom, response.error().detail);
    else if (!reply)
        why = tr("%1 answered something unexpected").arg(m_deskFrom);
    else if (reply->status == node::DeskStatus::RequestRefused
             || reply->status == node::DeskStatus::BadRequest)
        why = tr("refused: %1").arg(QString::fromUtf8(reply->body));
    else
        why = refusalText(reply->status);
    m_deliveryStatus->setText(
        errorHtml(tr("The join request could not be delivered: %1. Send it again, or save it "
                     "to a file and give it to the inviting organization.")
                      .arg(why)));
    m_retryDelivery->show();
    m_saveRequestFile->show();
}

void SetupWizard::saveRequestCopy(const QString &path)
{
    const auto json = node::readJsonFile(pendingJoinFile(m_dataDir));
    const core::Status saved
        = json ? node::writeJsonFile(path, *json) : core::Status(core::fail(json.error()));
    m_deliveryStatus->setText(
        saved ? tr("Join request saved to %1. Give the file to the inviting organization.")
                    .arg(QDir::toNativeSeparators(path).toHtmlEscaped())
              : errorHtml(tr("Cannot save the join request: %1").arg(saved.error().toString())));
}

} // namespace ui
