#pragma once

#include "ledger/raft/Types.h"

#include <QByteArray>

namespace ledger::node {

// What the node needs from the network: best-effort delivery of a frame to a
// peer node. Raft tolerates loss, duplication and reordering, so send() never
// blocks and may drop. Frames arriving from the network go to
// LedgerNode::receive(from, frame), where `from` is the peer the transport
// authenticated (never a value read from the frame).
class Transport
{
public:
    virtual ~Transport() = default;
    virtual void send(raft::NodeId to, const QByteArray &frame) = 0;
    // A live connection to that peer right now (the transport's keep-alives),
    // whether or not Raft talks over it: a follower hears Raft only from the
    // leader, but is linked to every member it can reach. False if unknown.
    virtual bool isLinked(raft::NodeId) const { return false; }
};

} // namespace ledger::node
