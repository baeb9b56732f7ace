#pragma once

#include "ledger/chain/Types.h"
#include "ledger/crypto/Types.h"
#include "ledger/net/Frame.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <functional>

namespace ledger::net {

// Where to dial a peer. `host` is an IP address or a name.
struct PeerAddress {
    QString host;
    quint16 port = 0;

    friend bool operator==(const PeerAddress &, const PeerAddress &) = default;
};

// Everything PeerTransport needs besides the node key. The defaults suit an
// office LAN; tests shorten the timers.
struct TransportConfig {
    // A peer must present exactly these, or it is refused.
    chain::ConsortiumId consortiumId;
    chain::BlockHash genesisHash;
    // True if `key` may talk to this node now: a current member or an
    // approved pending joiner of the on-ledger membership. Called on the
    // transport's thread, at every handshake and at every keep-alive tick
    // (a removed member is dropped within one ping interval), so it must be
    // cheap and must not block. Required.
    std::function<bool(const crypto::PublicKey &key)> isMember;

    // Largest accepted value of a frame's length field (payload + 3 bytes).
    std::uint32_t maxFrameLength = DefaultMaxFrameLength;
    // Per peer: frames waiting beyond what the socket buffers. On overflow the
    // oldest queued data frames are dropped (Raft retransmits; a slow peer
    // must not grow memory). At least maxFrameLength.
    qsizetype maxQueuedBytes = 64 * 1024 * 1024;
    // Inbound connections that have not finished the handshake. When full, a
    // new inbound connection evicts the oldest pending one, so a flood of
    // silent connections delays but never locks out a real peer. (Outbound
    // ones are bounded by the number of configured peers.)
    int maxPendingConnections = 32;
    // From TCP accept/connect to an authenticated peer (TLS included).
    std::chrono::milliseconds handshakeTimeout = std::chrono::seconds(5);
    // A ping is sent after this long without sending anything.
    std::chrono::milliseconds pingInterval = std::chrono::seconds(2);
    // A connection with nothing received for this long is closed.
    std::chrono::milliseconds silenceTimeout = std::chrono::seconds(10);
    // Reconnect delay: base * 2^attempt, capped, then drawn uniformly from
    // [delay/2, delay] so that restarted nodes do not dial in lockstep.
    std::chrono::milliseconds reconnectBase = std::chrono::milliseconds(200);
    std::chrono::milliseconds reconnectMax = std::chrono::seconds(10);
};

} // namespace ledger::net
