// Joining and leaving (docs/raft.md §Joining): the leader keeps Raft's
// configuration in line with the node keys on the ledger, one change at a time.
#include "ledger/node/LedgerNode.h"
#include "ledger/node/NodeIdentity.h"
#include "ledger/state/StateMachine.h"

namespace ledger::node {

namespace {
// A voter-to-be learner is promoted once its log is within this many entries
// of the leader's: promoting a far-behind learner would add a voter that
// cannot acknowledge anything yet, and a 4-voter cluster with one such voter
// has no fault tolerance until it catches up.
constexpr raft::Index PromoteMargin = 16;

QString idText(raft::NodeId id)
{
    return QString::number(id);
}
} // namespace

bool LedgerNode::changesMembership(const chain::Block &block)
{
    for (const auto &tx : block.transactions()) {
        switch (tx.type()) {
        case chain::TxType::OrgAdmitted:
        case chain::TxType::OrgRemoved:
        case chain::TxType::NodeKeyRotated:
        case chain::TxType::NodeAdded:
        case chain::TxType::NodeRemoved:
        case chain::TxType::ApprovalGranted: // may apply a held one of the above
            return true;
        default: break;
        }
    }
    return false;
}

// Called every tick. Cheap: a handful of node keys. Idempotent across leader
// changes and restarts because it compares two committed/persisted sets and
// proposes the next step, never remembering what it did: a change already in
// the log is in membership() at once (a configuration takes effect when
// appended, ConfChange.h), and while one is uncommitted the core refuses the
// next (PendingConfChange).
void LedgerNode::reconcileMembership()
{
    if (!m_applier || m_halted || m_raft->role() != raft::Role::Leader)
        return;
    const raft::Membership &members = m_raft->membership();
    for (const auto &n : m_ledgerNodes) {
        const raft::NodeId nid = nodeIdFor(n.key);
        raft::ConfChange change;
        change.node = nid;
        if (!n.current) {
            if (!members.isMember(nid))
                continue;
            if (nid == id()) {
                // A leader does not remove itself: it hands over, and the next
                // leader removes it.
                if (m_raft->leadTransferee() == raft::NoNode) {
                    for (raft::NodeId v : members.voters()) {
                        const raft::Progress *pr = m_raft->progress(v);
                        if (v != nid && pr && pr->match() + PromoteMargin >= m_raft->lastIndex()) {
                            qCInfo(lcNode) << "removed from the ledger: handing leadership to" << v;
                            (void)m_raft->transferLeadership(v);
                            break;
                        }
                    }
                }
                continue;
            }
            change.type = raft::ConfChangeType::RemoveNode;
        } else if (!n.hasEndpoint) {
            continue; // a founder: a voter since the bootstrap entry
        } else if (!members.isMember(nid)) {
            change.type = raft::ConfChangeType::AddLearner;
            change.incarnation = n.incarnation;
        } else if (!n.learner && members.isLearner(nid)) {
            const raft::Progress *pr = m_raft->progress(nid);
            if (!pr || pr->match() + PromoteMargin < m_raft->lastIndex())
                continue; // still catching up
            change.type = raft::ConfChangeType::PromoteLearner;
        } else {
            continue;
        }
        if (!members.validate(change))
            continue; // e.g. the last voter: never proposed, nothing to log each tick
        const auto r = m_raft->proposeConfChange(change);
        if (!r) {
            if (r.error().reason == raft::Rejection::InvalidConfChange)
                continue;
            return; // an earlier change pending, no commit in this term yet, a transfer
        }
        const char *what = change.type == raft::ConfChangeType::AddLearner ? "adding learner"
            : change.type == raft::ConfChangeType::PromoteLearner          ? "promoting learner"
                                                                           : "removing node";
        qCInfo(lcNode).noquote() << what << idText(nid) << "at index" << r->index;
        return; // one change at a time
    }
}

} // namespace ledger::node
