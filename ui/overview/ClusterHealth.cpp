#include "ui/overview/ClusterHealth.h"

namespace ui {

ClusterHealth ClusterHealth::from(const ledger::node::NodeStatus &status)
{
    ClusterHealth h;
    for (const auto &peer : status.peers) {
        ++h.members;
        h.membersOnline += peer.connected ? 1 : 0;
        if (peer.voter) {
            ++h.voters;
            h.votersOnline += peer.connected ? 1 : 0;
        }
    }
    // Raft §5.2: a leader needs votes from a majority of the voters.
    h.quorum = h.votersOnline * 2 > h.voters;
    h.lag = std::max<std::int64_t>(
        0, std::int64_t(status.lastIndex) - std::int64_t(status.commitIndex));
    h.halted = status.halted;
    return h;
}

} // namespace ui
