#pragma once

#include "ledger/crypto/Types.h"

#include <QByteArrayView>

#include <cstdint>
#include <span>

namespace ledger::merkle {

// RFC 9162 (Certificate Transparency v2) §2.1.1 Merkle Tree Hash with SHA-256,
// the tree behind every block's transaction root and the history tree over
// block hashes. Hashes are always the 32-byte digests of crypto::Digest; the
// tree is defined over *leaf hashes*, so callers hash each leaf once with
// leafHash() and pass the results around.
//
// Bounds: a tree has at most MaxTreeSize leaves, so every audit or
// consistency path has at most MaxProofLength hashes. Functions here are pure
// and thread-safe (SHA-256 state is per thread).

using crypto::Digest;

inline constexpr std::uint64_t MaxTreeSize = std::uint64_t(1) << 63;
inline constexpr std::size_t MaxProofLength = 64;

// RFC 9162 §2.1.1: MTH({d(0)}) = SHA-256(0x00 || d(0)).
Digest leafHash(QByteArrayView leaf);
// RFC 9162 §2.1.1: SHA-256(0x01 || left || right).
Digest nodeHash(const Digest &left, const Digest &right);
// RFC 9162 §2.1.1: MTH({}) = SHA-256() (the hash of the empty string).
const Digest &emptyRoot();

// MTH of the tree whose leaves hash to `leafHashes` (emptyRoot() for none).
// Exactly n-1 node hashes, no heap allocation: safe on the block hot path.
Digest rootOf(std::span<const Digest> leafHashes);

} // namespace ledger::merkle
