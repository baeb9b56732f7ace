// The network page's widgets and their wiring (the behaviour is in NetworkPage.cpp).
#include "ledger/service/LedgerService.h"
#include "ui/network/InvitationDialog.h"
#include "ui/network/JoinApprovalDialog.h"
#include "ui/network/JoinRequestsWidget.h"
#include "ui/network/MemberModel.h"
#include "ui/network/NetworkPage.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace ledger;

namespace ui {

void NetworkPage::buildUi()
{
    auto *heading = new QLabel(tr("Network"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Each member organization keeps a full copy of the ledger on its "
                                "office PC. The copies stay identical as long as more than half "
                                "of the voting members are online."));
    intro->setWordWrap(true);

    const crypto::PublicKey &key = context().ledger->config().nodeKey;
    m_thisNode = new QLabel;
    m_thisNode->setObjectName(QStringLiteral("thisNodeLabel"));
    m_fingerprint = new QLabel(crypto::fingerprint(key));
    m_fingerprint->setObjectName(QStringLiteral("nodeFingerprintLabel"));
    QFont fingerprintFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fingerprintFont.setPointSizeF(fingerprintFont.pointSizeF() * 1.6);
    fingerprintFont.setBold(true);
    m_fingerprint->setFont(fingerprintFont);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nodeKey = new QLabel(key.toHex());
    m_nodeKey->setObjectName(QStringLiteral("nodeKeyLabel"));
    m_nodeKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_nodeKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new QPushButton(tr("Copy key"));
    copy->setObjectName(QStringLiteral("copyNodeKeyButton"));
    copy->setToolTip(tr("Copy this node's full key, e.g. to compare it on the phone"));
    connect(copy, &QPushButton::clicked, this,
            [key] { QApplication::clipboard()->setText(key.toHex()); });
    auto *keyHelp = new QLabel(tr("Key fingerprint — compare it with what other members see for "
                                  "this computer:"));
    keyHelp->setWordWrap(true);

    auto *nodeBox = new QGroupBox(tr("This computer"));
    auto *nodeLayout = new QVBoxLayout(nodeBox);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_fingerprint);
    keyRow->addSpacing(16);
    keyRow->addWidget(m_nodeKey, 1);
    keyRow->addWidget(copy);
    nodeLayout->addWidget(m_thisNode);
    nodeLayout->addWidget(keyHelp);
    nodeLayout->addLayout(keyRow);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("networkSummaryLabel"));
    m_summary->setWordWrap(true);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("memberTableView"));
    m_view->setModel(m_members);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(MemberModel::Organization,
                                                     QHeaderView::Stretch);

    m_invite = new QPushButton(tr("Invite an organization…"));
    m_invite->setObjectName(QStringLiteral("inviteButton"));
    m_approve = new QPushButton(tr("Approve a join…"));
    m_approve->setObjectName(QStringLiteral("approveJoinButton"));
    m_transfer = new QPushButton(tr("Transfer leadership…"));
    m_transfer->setObjectName(QStringLiteral("transferLeadershipButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_invite);
    buttons->addWidget(m_approve);
    buttons->addStretch();
    buttons->addWidget(m_transfer);

    m_joinRequests = new JoinRequestsWidget(context(), this);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("networkMessageLabel"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(nodeBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_joinRequests);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    auto open = [](QDialog *dialog) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    };
    connect(m_invite, &QPushButton::clicked, this,
            [this, open] { open(createInvitationDialog()); });
    connect(m_approve, &QPushButton::clicked, this,
            [this, open] { open(createJoinApprovalDialog()); });
    connect(m_joinRequests, &JoinRequestsWidget::reviewRequested, this,
            [this, open](const QString &path) {
                JoinApprovalDialog *dialog = createJoinApprovalDialog();
                dialog->loadJoinRequest(path);
                open(dialog);
            });
    connect(m_transfer, &QPushButton::clicked, this, &NetworkPage::confirmTransfer);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NetworkPage::updateButtons);
}

} // namespace ui
