#include "ledger/merkle/CompactRange.h"

#include "ledger/core/ByteReader.h"
#include "ledger/core/ByteWriter.h"

#include <bit>

namespace ledger::merkle {

using core::ErrorCode;
using core::fail;

core::Status CompactRange::append(const Digest &leafHash)
{
    if (m_size >= MaxTreeSize)
        return fail(ErrorCode::TooLarge, QStringLiteral("Merkle tree already holds 2^63 leaves"));
    // Each trailing one bit of the old size is a perfect subtree of the same
    // height as the new node: merge them (RFC 9162 §2.1.1 left-full splits).
    Digest h = leafHash;
    for (std::uint64_t s = m_size; s & 1; s >>= 1) {
        h = nodeHash(m_hashes.back(), h);
        m_hashes.pop_back();
    }
    m_hashes.push_back(h);
    ++m_size;
    return {};
}

Digest CompactRange::root() const
{
    if (m_hashes.empty())
        return emptyRoot();
    // RFC 9162 §2.1.1: the tree splits at the largest power of two, so the
    // root is the subtree roots folded from the right.
    auto it = m_hashes.rbegin();
    Digest r = *it;
    for (++it; it != m_hashes.rend(); ++it)
        r = nodeHash(*it, r);
    return r;
}

QByteArray CompactRange::encode() const
{
    core::ByteWriter w(qsizetype(9 + 32 * m_hashes.size()));
    w.u8(FormatVersion).u64(m_size);
    for (const Digest &h : m_hashes)
        w.fixed(h);
    return w.take();
}

core::Result<CompactRange> CompactRange::decode(QByteArrayView bytes)
{
    core::ByteReader r(bytes);
    const std::uint8_t version = GONGZHI_TRY(r.u8("version"));
    if (version != FormatVersion)
        return fail(ErrorCode::BadVersion,
                    QStringLiteral("unknown compact range version %1").arg(version),
                    QStringLiteral("version"));
    const std::uint64_t size = GONGZHI_TRY(r.u64("size"));
    if (size > MaxTreeSize)
        return fail(ErrorCode::TooLarge, QStringLiteral("tree size above 2^63"),
                    QStringLiteral("size"));
    CompactRange out;
    out.m_size = size;
    const int count = std::popcount(size);
    out.m_hashes.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        out.m_hashes.push_back(GONGZHI_TRY((r.fixed<32, crypto::DigestTag>("hashes"))));
    GONGZHI_CHECK(r.expectEnd());
    return out;
}

} // namespace ledger::merkle
