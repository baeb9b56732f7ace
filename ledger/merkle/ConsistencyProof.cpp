#include "ledger/merkle/ConsistencyProof.h"

#include "ledger/merkle/TreeMath.h"

#include <algorithm>

namespace ledger::merkle {

using core::ErrorCode;
using core::fail;

namespace {
core::Status checkSizes(std::uint64_t size1, std::uint64_t size2)
{
    if (size2 > MaxTreeSize)
        return fail(ErrorCode::TooLarge, QStringLiteral("tree size above 2^63"),
                    QStringLiteral("size2"));
    if (size1 == 0)
        return fail(ErrorCode::BadValue,
                    QStringLiteral("consistency with the empty tree proves nothing"),
                    QStringLiteral("size1"));
    if (size1 > size2)
        return fail(ErrorCode::BadValue,
                    QStringLiteral("old tree size %1 is larger than new tree size %2")
                        .arg(size1)
                        .arg(size2),
                    QStringLiteral("size1"));
    return {};
}
} // namespace

core::Result<std::vector<Digest>> consistencyProof(std::span<const Digest> leafHashes,
                                                   std::uint64_t size1)
{
    GONGZHI_CHECK(checkSizes(size1, leafHashes.size()));
    // RFC 9162 §2.1.4.1 SUBPROOF(m, D[n], b), unrolled. Walking down, every
    // split contributes the root of the half that does not contain leaf m-1's
    // boundary; those come last in the proof, innermost first.
    std::vector<Digest> outer;
    std::vector<Digest> proof;
    std::uint64_t lo = 0, hi = leafHashes.size();
    bool b = true; // still on the old tree's right edge: its root is known
    while (true) {
        const std::uint64_t n = hi - lo, m = size1 - lo;
        if (m == n) {
            if (!b)
                proof.push_back(rootOf(leafHashes.subspan(lo, n)));
            break;
        }
        const std::uint64_t k = detail::splitPoint(n);
        if (m <= k) {
            outer.push_back(rootOf(leafHashes.subspan(lo + k, n - k)));
            hi = lo + k;
        } else {
            outer.push_back(rootOf(leafHashes.subspan(lo, k)));
            lo += k;
            b = false;
        }
    }
    proof.insert(proof.end(), outer.rbegin(), outer.rend());
    return proof;
}

core::Status verifyConsistency(std::uint64_t size1, std::uint64_t size2,
                               std::span<const Digest> proof, const Digest &root1,
                               const Digest &root2)
{
    if (proof.size() > MaxProofLength)
        return fail(ErrorCode::TooLarge, QStringLiteral("proof longer than 64 hashes"),
                    QStringLiteral("proof"));
    GONGZHI_CHECK(checkSizes(size1, size2));
    const std::size_t want = size1 == size2 ? 0 : detail::consistencyLength(size1, size2);
    if (proof.size() != want)
        return fail(ErrorCode::Invalid,
                    QStringLiteral("consistency proof has %1 hashes, expected %2")
                        .arg(proof.size())
                        .arg(want),
                    QStringLiteral("proof"));
    if (size1 == size2) {
        if (root1 != root2)
            return fail(ErrorCode::BadHash, QStringLiteral("equal tree sizes but different roots"),
                        QStringLiteral("root2"));
        return {};
    }
    // RFC 9162 §2.1.4.2. Step 1 (empty path fails) is covered by the length
    // check: 0 < size1 < size2 always needs at least one hash.
    // Step 2: a power-of-two old tree is a subtree of the new one; its root
    // starts the path.
    std::uint64_t fn = size1 - 1, sn = size2 - 1;
    const bool prepend = std::has_single_bit(size1);
    std::size_t i = 0;
    const Digest first = prepend ? root1 : proof[i++];
    // Step 4.
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    // Step 5.
    Digest fr = first, sr = first;
    // Step 6.
    for (; i < proof.size(); ++i) {
        const Digest &c = proof[i];
        if (sn == 0)
            return fail(ErrorCode::Invalid, QStringLiteral("consistency proof too long"),
                        QStringLiteral("proof"));
        if ((fn & 1) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            while (fn != 0 && !(fn & 1)) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    // Step 7.
    if (sn != 0)
        return fail(ErrorCode::Invalid, QStringLiteral("consistency proof too short"),
                    QStringLiteral("proof"));
    if (fr != root1)
        return fail(ErrorCode::BadHash,
                    QStringLiteral("consistency proof does not lead to the old root"),
                    QStringLiteral("root1"));
    if (sr != root2)
        return fail(ErrorCode::BadHash,
                    QStringLiteral("consistency proof does not lead to the new root"),
                    QStringLiteral("root2"));
    return {};
}

} // namespace ledger::merkle
