#pragma once

#include "ledger/node/NodeStatus.h"

namespace ui {

// The cluster-health tile's figures from a node status snapshot.
struct ClusterHealth {
    int membersOnline = 1; // this node and the peers heard from recently
    int members = 1; // this node and every peer
    int votersOnline = 1;
    int voters = 1;
    bool quorum = true; // a majority of voters reachable, counting this node
    std::int64_t lag = 0; // entries this node holds that are not yet committed
    bool halted = false;

    static ClusterHealth from(const ledger::node::NodeStatus &status);
};

} // namespace ui
