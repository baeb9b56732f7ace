#pragma once

#include "ledger/chain/Block.h"
#include "ledger/core/Result.h"

namespace ledger::chain {

// Checks of one block that need no other block: the proposer's signature over
// the header, the Merkle root, the transaction count, and that every
// transaction names `consortium` and carries a valid author signature.
// Signatures are verified in parallel (core::parallelFor). Used by a follower
// before it acknowledges a block and by the leader for blocks it assembles.
core::Status validateBlockContents(const Block &block, const ConsortiumId &consortium);

// The block's place after `previous` (hash `previousHash`): height + 1, the
// previous hash, a timestamp not earlier than the previous block's, and the
// history root the chain before it implies.
core::Status validateLink(const Block &block, const BlockHeader &previous,
                          const BlockHash &previousHash, const crypto::Digest &expectedHistoryRoot);

} // namespace ledger::chain
