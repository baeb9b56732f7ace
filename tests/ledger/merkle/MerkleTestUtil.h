#pragma once

#include "ledger/crypto/Sha256.h"
#include "ledger/merkle/TreeHash.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>

#include <optional>
#include <span>
#include <vector>

// Helpers shared by the Merkle tests: an independent, literal transcription of
// RFC 9162 §2.1 (recursive, slow, obviously right) to compare the library with.
namespace tests::merkle {

using ledger::crypto::Digest;
using ledger::crypto::Sha256;

inline Digest refLeaf(QByteArrayView leaf)
{
    return Sha256::hash(QByteArray(QByteArray(1, '\x00') + leaf.toByteArray()));
}

inline Digest refNode(const Digest &l, const Digest &r)
{
    return Sha256::hash(QByteArray(QByteArray(1, '\x01') + l.toByteArray() + r.toByteArray()));
}

inline std::size_t refSplit(std::size_t n)
{
    std::size_t k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}

// RFC 9162 §2.1.1 MTH(D[n]) over leaf hashes.
inline Digest refRoot(std::span<const Digest> d)
{
    if (d.empty())
        return Sha256::hash(QByteArrayView());
    if (d.size() == 1)
        return d[0];
    const std::size_t k = refSplit(d.size());
    return refNode(refRoot(d.first(k)), refRoot(d.subspan(k)));
}

// RFC 9162 §2.1.3.1 PATH(m, D[n]), recursive.
inline std::vector<Digest> refPath(std::size_t m, std::span<const Digest> d)
{
    if (d.size() <= 1)
        return {};
    const std::size_t k = refSplit(d.size());
    std::vector<Digest> out = m < k ? refPath(m, d.first(k)) : refPath(m - k, d.subspan(k));
    out.push_back(m < k ? refRoot(d.subspan(k)) : refRoot(d.first(k)));
    return out;
}

// RFC 9162 §2.1.4.1 SUBPROOF(m, D[n], b), recursive.
inline std::vector<Digest> refSubproof(std::size_t m, std::span<const Digest> d, bool b)
{
    if (m == d.size())
        return b ? std::vector<Digest> {} : std::vector<Digest> { refRoot(d) };
    const std::size_t k = refSplit(d.size());
    std::vector<Digest> out
        = m <= k ? refSubproof(m, d.first(k), b) : refSubproof(m - k, d.subspan(k), false);
    out.push_back(m <= k ? refRoot(d.subspan(k)) : refRoot(d.first(k)));
    return out;
}

// The left/right pattern of PATH(m, D[n]) from the bottom: 'L' when the proof
// hash is the left sibling. Two (m, n) with the same pattern are
// indistinguishable to an RFC 9162 verifier given the same hashes and root.
inline QByteArray refPathPattern(std::size_t m, std::size_t n)
{
    if (n <= 1)
        return {};
    const std::size_t k = refSplit(n);
    return m < k ? QByteArray(refPathPattern(m, k) + 'R')
                 : QByteArray(refPathPattern(m - k, n - k) + 'L');
}

// The same for SUBPROOF(m, D[n], b): 's' when the old root seeds the
// verifier, 'p' when the first proof hash does, then per proof hash 'R' (a
// right sibling, new root only) or 'L' (a left sibling, both roots).
inline QByteArray refConsistencyPattern(std::size_t m, std::size_t n, bool b = true)
{
    if (m == n)
        return b ? QByteArray("s") : QByteArray("p");
    const std::size_t k = refSplit(n);
    return m <= k ? QByteArray(refConsistencyPattern(m, k, b) + 'R')
                  : QByteArray(refConsistencyPattern(m - k, n - k, false) + 'L');
}

// Distinct leaf hashes 0..n-1 (leaf i is the 4-byte big-endian i).
inline std::vector<Digest> makeLeafHashes(std::size_t n)
{
    std::vector<Digest> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const char b[4] = { char(i >> 24), char(i >> 16), char(i >> 8), char(i) };
        out.push_back(refLeaf(QByteArrayView(b, 4)));
    }
    return out;
}

inline Digest flipped(Digest d, std::size_t byte, std::uint8_t mask = 0x01)
{
    d.data()[byte] ^= mask;
    return d;
}

// A base64 hash from a transparency-dev vector; nullopt unless it is exactly
// 32 bytes (Gongzhi's hashes are SHA-256 digests; anything else is refused
// where proofs enter the system).
inline std::optional<Digest> digestFromBase64(const QJsonValue &v)
{
    const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return Digest::fromBytes(*decoded);
}

inline std::optional<std::vector<Digest>> proofFromJson(const QJsonValue &v)
{
    std::vector<Digest> out;
    if (v.isNull())
        return out;
    if (!v.isArray())
        return std::nullopt;
    for (const QJsonValue &e : v.toArray()) {
        auto d = digestFromBase64(e);
        if (!d)
            return std::nullopt;
        out.push_back(*d);
    }
    return out;
}

} // namespace tests::merkle
