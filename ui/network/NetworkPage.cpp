#include "ui/network/NetworkPage.h"

#include "ledger/chain/Genesis.h"
#include "ledger/service/LedgerService.h"
#include "ledger/store/BlockStore.h"
#include "ui/common/HaltReason.h"
#include "ui/network/InvitationDialog.h"
#include "ui/network/JoinApprovalDialog.h"
#include "ui/network/MemberModel.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace ledger;

namespace ui {

namespace {
struct Snapshot {
    core::Result<state::AuditNames> names;
    QString community;
};

bool canInvite(const SignedInPerson *p)
{
    return p
        && (chain::hasRole(p->roles, chain::Role::Secretary)
            || chain::hasRole(p->roles, chain::Role::Admin));
}
} // namespace

NetworkPage::NetworkPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_members(new MemberModel(this))
{
    setObjectName(QStringLiteral("networkPage"));
    buildUi();
    connect(context.ledger, &service::LedgerService::statusChanged, this, &NetworkPage::onStatus);
    connect(context.ledger, &service::LedgerService::blockCommitted, this, [this] {
        if (m_loaded)
            reload();
    });
    onStatus(context.ledger->status());
}

QString NetworkPage::title() const
{
    return tr("Network");
}

QIcon NetworkPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/network.svg"));
}

void NetworkPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    activate({});
}

void NetworkPage::activate(const QVariantMap &)
{
    if (!m_loaded) {
        m_loaded = true;
        reload();
    }
}

void NetworkPage::reload()
{
    // Blocks may commit faster than the answer comes: one query at a time,
    // and one more afterwards if anything committed meanwhile.
    if (m_inFlight) {
        m_stale = true;
        return;
    }
    m_inFlight = true;
    context().ledger->query<Snapshot>(
        this,
        [](const service::QueryContext &c) {
            Snapshot s { state::auditNames(c.state), {} };
            if (auto genesis = c.blocks.block(0)) {
                if (auto payload = chain::readGenesis(*genesis))
                    s.community = payload->name;
            }
            return s;
        },
        [this](Snapshot s) {
            m_inFlight = false;
            if (std::exchange(m_stale, false))
                reload();
            if (!s.names) {
                m_message->setText(
                    tr("Cannot read the organizations: %1").arg(s.names.error().toString()));
                return;
            }
            m_names = std::move(*s.names);
            m_community = s.community;
            m_members->setOrganizations(m_names);
            const auto &config = context().ledger->config();
            m_thisNode->setText(tr("This computer is the node of <b>%1</b> in %2.")
                                    .arg(m_names.orgName(config.orgId).toHtmlEscaped(),
                                         m_community.toHtmlEscaped()));
            m_summary->setText(summaryText());
            updateButtons();
            Q_EMIT organizationsLoaded();
        });
}

void NetworkPage::onStatus(const node::NodeStatus &status)
{
    m_members->setStatus(status);
    m_summary->setText(summaryText());
    // The node's own words, for technical support.
    m_summary->setToolTip(status.halted ? HaltReason::details(context().ledger->haltReason())
                                        : QString());
    updateButtons();
}

QString NetworkPage::summaryText() const
{
    const node::NodeStatus &s = m_members->status();
    if (s.halted)
        return HaltReason::explanation(context().ledger->haltReason());
    const int online = m_members->votersOnline();
    const int voters = m_members->voters();
    QString role;
    if (s.role == raft::Role::Leader)
        role = tr("This computer leads the network: it puts new entries into blocks.");
    else if (s.leader != 0)
        role = tr("This computer follows the leader and keeps a full copy.");
    else
        role = tr("No leader at the moment; the members are electing one.");
    const QString members = tr("%1 of %n voting members online", nullptr, voters).arg(online);
    const QString quorum = online * 2 > voters
        ? tr("changes are recorded on the ledger.")
        : tr("too few are online: changes wait in the queue (queued) until more members are "
             "back.");
    return tr("%1 %2; %3 Block height %4.").arg(role, members, quorum).arg(s.appliedHeight);
}

void NetworkPage::updateButtons()
{
    const SignedInPerson *p = context().person;
    const bool inviter = canInvite(p);
    m_invite->setEnabled(inviter);
    m_approve->setEnabled(inviter);
    const QString notAllowed
        = tr("Only a party secretary or an administrator can invite and admit organizations.");
    m_invite->setToolTip(inviter ? QString() : notAllowed);
    m_approve->setToolTip(inviter ? QString() : notAllowed);

    const bool admin = p && chain::hasRole(p->roles, chain::Role::Admin);
    const MemberModel::Row *r = m_members->row(m_view->currentIndex().row());
    const bool leader = m_members->status().role == raft::Role::Leader;
    const bool target = r && r->inCluster && r->voter && r->connected && !r->thisNode;
    m_transfer->setVisible(admin);
    m_transfer->setEnabled(admin && leader && target);
    m_transfer->setToolTip(!leader ? tr("Only the leader's computer can hand leadership over.")
                               : !target
                               ? tr("Select an online voting member to hand leadership to.")
                               : tr("Let %1's computer lead the network, e.g. before this "
                                    "computer is shut down.")
                                     .arg(r->name));
}

void NetworkPage::confirmTransfer()
{
    const int row = m_view->currentIndex().row();
    const MemberModel::Row *r = m_members->row(row);
    if (!r)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Transfer leadership"),
        tr("Hand the leadership of the network to %1's computer? Nothing recorded is lost; "
           "the network pauses for a moment while the new leader takes over.")
            .arg(r->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        transferLeadershipTo(row);
}

void NetworkPage::transferLeadershipTo(int row)
{
    const MemberModel::Row *r = m_members->row(row);
    if (!r || r->thisNode || r->nodeId == 0)
        return;
    if (auto st = context().ledger->transferLeadership(r->nodeId); !st) {
        m_message->setText(tr("Leadership was not handed over: %1").arg(st.error().toString()));
        m_message->setStyleSheet(QStringLiteral("color: #c62828"));
        return;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Handing leadership to %1…").arg(r->name));
}

InvitationDialog *NetworkPage::createInvitationDialog()
{
    return new InvitationDialog(context(), m_names, m_community, this);
}

JoinApprovalDialog *NetworkPage::createJoinApprovalDialog()
{
    return new JoinApprovalDialog(context(), m_names, this);
}

QList<QPair<QString, QWidget *>> NetworkPage::createTourDialogs()
{
    return { { QStringLiteral("network-invitation"), createInvitationDialog() },
             { QStringLiteral("network-join-approval"), createJoinApprovalDialog() } };
}

} // namespace ui
