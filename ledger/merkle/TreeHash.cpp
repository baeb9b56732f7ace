#include "ledger/merkle/TreeHash.h"

#include "ledger/core/Enforce.h"
#include "ledger/crypto/Sha256.h"

#include <array>

namespace ledger::merkle {

using crypto::Sha256;

Digest leafHash(QByteArrayView leaf)
{
    // RFC 9162 §2.1.1: leaf hash = SHA-256(0x00 || leaf); the prefix keeps a
    // leaf from being passed off as an interior node (second pre-image).
    return Sha256::hash3(0x00, leaf);
}

Digest nodeHash(const Digest &left, const Digest &right)
{
    // RFC 9162 §2.1.1: node hash = SHA-256(0x01 || left || right).
    return Sha256::hash3(0x01, left.view(), right.view());
}

const Digest &emptyRoot()
{
    static const Digest empty = Sha256::hash(QByteArrayView());
    return empty;
}

Digest rootOf(std::span<const Digest> leafHashes)
{
    if (leafHashes.empty())
        return emptyRoot();
    GONGZHI_ENFORCE(leafHashes.size() <= MaxTreeSize, "Merkle tree larger than 2^63 leaves");
    // The roots of the perfect subtrees covering the leaves seen so far, largest
    // first (one per set bit of the count). Merging pairs as leaf i arrives and
    // then folding right to left gives RFC 9162 §2.1.1's split at the largest
    // power of two below n, without recursion or a copy of the leaves.
    std::array<Digest, 64> stack;
    std::size_t depth = 0;
    for (std::uint64_t i = 0; i < leafHashes.size(); ++i) {
        Digest h = leafHashes[i];
        for (std::uint64_t c = i; c & 1; c >>= 1)
            h = nodeHash(stack[--depth], h);
        stack[depth++] = h;
    }
    Digest root = stack[--depth];
    while (depth > 0)
        root = nodeHash(stack[--depth], root);
    return root;
}

} // namespace ledger::merkle
