#include "ledger/merkle/InclusionProof.h"

#include "ledger/merkle/TreeMath.h"

#include <algorithm>

namespace ledger::merkle {

using core::ErrorCode;
using core::fail;

namespace {
QString number(std::uint64_t v)
{
    return QString::number(v);
}
} // namespace

core::Result<std::vector<Digest>> inclusionProof(std::span<const Digest> leafHashes,
                                                 std::uint64_t leafIndex)
{
    const std::uint64_t n = leafHashes.size();
    if (leafIndex >= n)
        return fail(ErrorCode::BadValue,
                    QStringLiteral("leaf index %1 is not below tree size %2")
                        .arg(number(leafIndex), number(n)),
                    QStringLiteral("leafIndex"));
    // RFC 9162 §2.1.3.1, unrolled: walking down from the root, each split at k
    // adds the root of the other half; PATH lists them from the bottom up.
    std::vector<Digest> path;
    path.reserve(detail::inclusionLength(leafIndex, n));
    std::uint64_t lo = 0, hi = n;
    while (hi - lo > 1) {
        const std::uint64_t k = detail::splitPoint(hi - lo);
        if (leafIndex < lo + k) {
            path.push_back(rootOf(leafHashes.subspan(lo + k, hi - lo - k)));
            hi = lo + k;
        } else {
            path.push_back(rootOf(leafHashes.subspan(lo, k)));
            lo += k;
        }
    }
    std::reverse(path.begin(), path.end());
    return path;
}

core::Result<Digest> rootFromInclusionProof(std::uint64_t leafIndex, std::uint64_t treeSize,
                                            const Digest &leafHash, std::span<const Digest> proof)
{
    if (treeSize > MaxTreeSize)
        return fail(ErrorCode::TooLarge, QStringLiteral("tree size above 2^63"),
                    QStringLiteral("treeSize"));
    if (proof.size() > MaxProofLength)
        return fail(ErrorCode::TooLarge, QStringLiteral("proof longer than 64 hashes"),
                    QStringLiteral("proof"));
    // RFC 9162 §2.1.3.2 step 1.
    if (leafIndex >= treeSize)
        return fail(ErrorCode::BadValue,
                    QStringLiteral("leaf index %1 is not below tree size %2")
                        .arg(number(leafIndex), number(treeSize)),
                    QStringLiteral("leafIndex"));
    // The algorithm below would also fail on a wrong length (sn != 0 at the end,
    // or sn reaching 0 early); checking first gives the clearer error.
    const std::size_t want = detail::inclusionLength(leafIndex, treeSize);
    if (proof.size() != want)
        return fail(ErrorCode::Invalid,
                    QStringLiteral("inclusion proof has %1 hashes, expected %2")
                        .arg(proof.size())
                        .arg(want),
                    QStringLiteral("proof"));
    // RFC 9162 §2.1.3.2 steps 2-5.
    std::uint64_t fn = leafIndex, sn = treeSize - 1;
    Digest r = leafHash;
    for (const Digest &p : proof) {
        if (sn == 0)
            return fail(ErrorCode::Invalid, QStringLiteral("inclusion proof too long"),
                        QStringLiteral("proof"));
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            if (!(fn & 1)) {
                while (fn != 0 && !(fn & 1)) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return fail(ErrorCode::Invalid, QStringLiteral("inclusion proof too short"),
                    QStringLiteral("proof"));
    return r;
}

core::Status verifyInclusion(std::uint64_t leafIndex, std::uint64_t treeSize,
                             const Digest &leafHash, std::span<const Digest> proof,
                             const Digest &root)
{
    const Digest computed
        = GONGZHI_TRY(rootFromInclusionProof(leafIndex, treeSize, leafHash, proof));
    if (computed != root)
        return fail(ErrorCode::BadHash,
                    QStringLiteral("inclusion proof leads to root %1, not %2")
                        .arg(computed.toHex(), root.toHex()),
                    QStringLiteral("root"));
    return {};
}

} // namespace ledger::merkle
