#include "ui/overview/ClusterHealth.h"

namespace ui {

ClusterHealth ClusterHealth::from(const ledger::node::NodeStatus &status)
{
    ClusterHealth h;
    for (const auto &peer : status.peers) {
        // Raft contact, or (a follower's only news of another follower) a live
        // connection of this computer's transport to it.
        const bool online = peer.connected || peer.linked;
        ++h.members;
        h.membersOnline += online ? 1 : 0;
        if (peer.voter) {
            ++h.voters;
            h.votersOnline += online ? 1 : 0;
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
