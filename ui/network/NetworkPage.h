#pragma once

#include "ledger/state/queries/AuditQueries.h"
#include "ui/common/Page.h"

class QLabel;
class QPushButton;
class QTableView;

namespace ledger::node {
struct NodeStatus;
}

namespace ui {

class InvitationDialog;
class JoinApprovalDialog;
class JoinRequestsWidget;
class MemberModel;

// 网络 Network: the member organizations with their node's status in plain
// words (online/offline, leader/voter/learner, blocks behind, last contact),
// this node's key fingerprint, inviting an organization, the join requests
// new PCs delivered with an invitation code, approving a join,
// and (administrators) handing leadership to another member.
class NetworkPage : public Page
{
    Q_OBJECT
public:
    explicit NetworkPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate(const QVariantMap &filter) override;
    QList<QPair<QString, QWidget *>> createTourDialogs() override;

    MemberModel *memberModel() const { return m_members; }
    InvitationDialog *createInvitationDialog();
    JoinApprovalDialog *createJoinApprovalDialog();
    // Join requests delivered to this node's invitation desk, not yet admitted.
    JoinRequestsWidget *joinRequestsWidget() const { return m_joinRequests; }
    // Hands leadership to the member in `row` (after the confirmation the
    // button asks for); the result is shown on the page.
    void transferLeadershipTo(int row);

Q_SIGNALS:
    void organizationsLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void reload();
    void onStatus(const ledger::node::NodeStatus &status);
    void updateButtons();
    void confirmTransfer();
    QString summaryText() const;

    MemberModel *m_members;
    ledger::state::AuditNames m_names;
    QString m_community;
    bool m_loaded = false;
    bool m_inFlight = false;
    bool m_stale = false;
    QLabel *m_thisNode = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_nodeKey = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_view = nullptr;
    JoinRequestsWidget *m_joinRequests = nullptr;
    QPushButton *m_invite = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_transfer = nullptr;
};

} // namespace ui
