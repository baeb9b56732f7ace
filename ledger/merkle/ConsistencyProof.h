#pragma once

#include "ledger/core/Result.h"
#include "ledger/merkle/TreeHash.h"

#include <vector>

namespace ledger::merkle {

// RFC 9162 §2.1.4 consistency proofs: that the tree of size2 leaves extends
// the tree of size1 leaves (the first size1 leaves are unchanged). Used to
// show that today's chain extends a head someone wrote down earlier.
//
// As in RFC 9162 the old size must be positive (every tree extends the empty
// one, so such a proof proves nothing and is refused). For size1 == size2 the
// proof is empty and the two roots must be equal.

// RFC 9162 §2.1.4.1 PROOF(m, D[n]) with m = size1 and n = leafHashes.size().
// Errors: BadValue unless 0 < size1 <= n. Costs about n hashes.
core::Result<std::vector<Digest>> consistencyProof(std::span<const Digest> leafHashes,
                                                   std::uint64_t size1);

// RFC 9162 §2.1.4.2 verification. Errors, checked before any hashing:
// TooLarge if size2 > MaxTreeSize or the proof exceeds MaxProofLength;
// BadValue unless 0 < size1 <= size2; Invalid if the proof has the wrong number
// of hashes for (size1, size2). Then BadHash if the proof does not lead to
// both root1 and root2.
core::Status verifyConsistency(std::uint64_t size1, std::uint64_t size2,
                               std::span<const Digest> proof, const Digest &root1,
                               const Digest &root2);

} // namespace ledger::merkle
