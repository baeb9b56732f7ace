#pragma once

#include "ledger/chain/Block.h"
#include "ledger/core/Result.h"

#include <vector>

namespace ledger::node {

// chain::validateBlockContents for several blocks at once (all the blocks of
// one Append): the proposers' signatures, the Merkle roots and every
// transaction's signature of all of them are checked in ONE parallel pass
// (core::parallelFor), instead of block by block with a join after each.
// Result i is exactly what validateBlockContents(*blocks[i], consortium) returns
// (same checks, same order, same error for the lowest failing transaction).
// Thread affinity: any; the blocks must not change during the call.
std::vector<core::Status> validateBlocksContents(const std::vector<const chain::Block *> &blocks,
                                                 const chain::ConsortiumId &consortium);

} // namespace ledger::node
