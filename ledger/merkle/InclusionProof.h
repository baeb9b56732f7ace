#pragma once

#include "ledger/core/Result.h"
#include "ledger/merkle/TreeHash.h"

#include <vector>

namespace ledger::merkle {

// RFC 9162 §2.1.3 inclusion proofs ("audit paths"): the sibling hashes on the
// way from one leaf to the root, lowest first. A proof of leaf `leafIndex` in a
// tree of `treeSize` leaves has a length fixed by those two numbers (at most
// MaxProofLength); a verifier knowing only the leaf hash, the indices and the
// root can check it.

// RFC 9162 §2.1.3.1 PATH(m, D[n]) for m = leafIndex over all n leaf hashes.
// Errors: BadValue if leafIndex >= leafHashes.size(). Costs about n hashes.
core::Result<std::vector<Digest>> inclusionProof(std::span<const Digest> leafHashes,
                                                 std::uint64_t leafIndex);

// RFC 9162 §2.1.3.2: the root that `proof` leads to from `leafHash`.
// Errors (nothing is hashed on these): BadValue if leafIndex >= treeSize;
// TooLarge if treeSize > MaxTreeSize or the proof exceeds MaxProofLength;
// Invalid if the proof has the wrong number of hashes for (leafIndex, treeSize).
core::Result<Digest> rootFromInclusionProof(std::uint64_t leafIndex, std::uint64_t treeSize,
                                            const Digest &leafHash, std::span<const Digest> proof);

// RFC 9162 §2.1.3.2 verification: succeeds only if `proof` shows that the leaf
// with hash `leafHash` is leaf `leafIndex` of the tree of `treeSize` leaves
// whose root is `root`. Errors as above, plus BadHash if the computed root
// differs from `root`.
core::Status verifyInclusion(std::uint64_t leafIndex, std::uint64_t treeSize,
                             const Digest &leafHash, std::span<const Digest> proof,
                             const Digest &root);

} // namespace ledger::merkle
