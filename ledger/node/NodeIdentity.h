#pragma once

#include "ledger/crypto/Types.h"
#include "ledger/raft/Types.h"

namespace ledger::node {

// A node's Raft id is derived from its node key: the first 8 bytes of
// SHA-256(key), big-endian, never 0. Every node computes the same id for the
// same key, so configurations can name nodes by key alone.
raft::NodeId nodeIdFor(const crypto::PublicKey &nodeKey);

} // namespace ledger::node
