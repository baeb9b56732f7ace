#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"
#include "ledger/node/Invitation.h"
#include "ledger/node/NodeConfig.h"

#include <QString>

namespace ledger::service {

// A new PC's node, made from an invitation before anyone has admitted it
// (docs/raft.md §Joining): what `gongzhi-cli join` and the desktop's first-run
// wizard both do.
struct PreparedJoin {
    crypto::KeyPair nodeKey; // new; the caller stores it (node.key or the keychain)
    node::NodeConfig config; // not yet saved: the caller saves it after the key
    node::JoinRequest request; // signed by nodeKey; the caller adds an administrator
};

// Creates in `dataDir` the ledger (the invitation's genesis block, checked
// against its hash) and a fresh Raft log (a new incarnation and no
// configuration: the node learns its membership from the log the leader sends
// once the cluster has admitted it). `listen` is "HOST:PORT", the address the
// members dial. The request is signed; re-sign it (request.sign(nodeKey))
// after changing it.
// Errors: BadValue (a v1 invitation, a bad address), Conflict (a ledger
// already exists there), Io. On error nothing is left behind.
// The host other PCs should dial for a node listening on `listenHost`: the
// host itself, unless it is a wildcard (0.0.0.0, ::, empty), then this PC's
// first IPv4 address on an interface that is up and not loopback (127.0.0.1
// when there is none). For invitations and join requests.
QString advertisedHost(const QString &listenHost);

core::Result<PreparedJoin> prepareJoin(const QString &dataDir, const node::Invitation &invitation,
                                       const QString &listen);

} // namespace ledger::service
