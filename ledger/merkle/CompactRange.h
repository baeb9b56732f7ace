#pragma once

#include "ledger/core/Result.h"
#include "ledger/merkle/TreeHash.h"

#include <QByteArray>

#include <vector>

namespace ledger::merkle {

// The right frontier ("compact range" over [0, size)) of an append-only
// RFC 9162 tree: one root per perfect subtree in the binary decomposition of
// size, largest (leftmost) first, so at most 64 hashes. Appending a leaf hash
// costs O(log n) node hashes and root() is RFC 9162 §2.1.1's MTH of all leaves
// appended so far, without keeping the leaves.
//
// The chain keeps one over all earlier block hashes (the history tree, whose
// root goes into each block header) and persists it with encode(). It can
// compute roots only; inclusion and consistency proofs need the leaf hashes
// (see InclusionProof.h, ConsistencyProof.h). Not thread-safe; a value type.
class CompactRange
{
public:
    static constexpr std::uint8_t FormatVersion = 1;

    CompactRange() = default;

    std::uint64_t size() const { return m_size; }
    // The subtree roots, largest first; popcount(size()) of them.
    const std::vector<Digest> &hashes() const { return m_hashes; }

    // Appends one leaf hash (leafHash() of the leaf). TooLarge, and the range is
    // unchanged, if it already holds MaxTreeSize leaves.
    [[nodiscard]] core::Status append(const Digest &leafHash);
    // MTH of the leaves appended so far; emptyRoot() when there are none.
    Digest root() const;

    // Canonical bytes: u8 FormatVersion, u64 size (big-endian), then the
    // popcount(size) hashes of 32 bytes, largest subtree first.
    QByteArray encode() const;
    // Strict inverse of encode(): BadVersion, TooLarge (size > MaxTreeSize),
    // Truncated or TrailingBytes otherwise. Every byte string it accepts is
    // re-encoded identically.
    static core::Result<CompactRange> decode(QByteArrayView bytes);

    friend bool operator==(const CompactRange &, const CompactRange &) = default;

private:
    std::uint64_t m_size = 0;
    std::vector<Digest> m_hashes;
};

} // namespace ledger::merkle
