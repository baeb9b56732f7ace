#include "ledger/chain/Block.h"

#include "ledger/core/ByteReader.h"
#include "ledger/core/ByteWriter.h"
#include "ledger/crypto/Sha256.h"
#include "ledger/merkle/TreeHash.h"

#include <algorithm>

namespace ledger::chain {

using core::ErrorCode;
using core::fail;

namespace {
constexpr char Magic[4] = { 'G', 'Z', 'B', 'H' };
}

QByteArray BlockHeader::encode() const
{
    core::ByteWriter w(Size);
    w.raw(QByteArrayView(Magic, 4))
        .u8(Version)
        .fixed(consortium)
        .u64(height)
        .fixed(prevHash)
        .fixed(merkleRoot)
        .u32(txCount)
        .fixed(historyRoot)
        .i64(timestampMs)
        .fixed(proposer)
        .u64(raftTerm)
        .u64(raftIndex);
    return w.take();
}

core::Result<BlockHeader> BlockHeader::decode(QByteArrayView bytes)
{
    if (bytes.size() != Size) {
        return fail(
            bytes.size() < Size ? ErrorCode::Truncated : ErrorCode::TrailingBytes,
            QStringLiteral("a block header is %1 bytes, got %2").arg(Size).arg(bytes.size()));
    }
    core::ByteReader r(bytes);
    const auto magic = GONGZHI_TRY(r.raw(4, "magic"));
    if (magic != QByteArrayView(Magic, 4))
        return fail(ErrorCode::BadType, QStringLiteral("not a block header (magic is not GZBH)"),
                    QStringLiteral("magic"));
    const auto version = GONGZHI_TRY(r.u8("version"));
    if (version != Version)
        return fail(ErrorCode::BadVersion, QStringLiteral("unknown block version %1").arg(version),
                    QStringLiteral("version"));
    BlockHeader h;
    h.consortium = GONGZHI_TRY(r.fixed<16, ConsortiumIdTag>("consortium"));
    h.height = GONGZHI_TRY(r.u64("height"));
    h.prevHash = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("prev_hash"));
    h.merkleRoot = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("merkle_root"));
    h.txCount = GONGZHI_TRY(r.u32("tx_count"));
    h.historyRoot = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("history_root"));
    h.timestampMs = GONGZHI_TRY(r.i64("timestamp"));
    h.proposer = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("proposer"));
    h.raftTerm = GONGZHI_TRY(r.u64("raft_term"));
    h.raftIndex = GONGZHI_TRY(r.u64("raft_index"));
    GONGZHI_CHECK(r.expectEnd());
    if (h.txCount > Block::MaxTransactions)
        return fail(ErrorCode::TooLarge,
                    QStringLiteral("%1 transactions exceed the maximum %2")
                        .arg(h.txCount)
                        .arg(Block::MaxTransactions),
                    QStringLiteral("tx_count"));
    return h;
}

BlockHash BlockHeader::hash() const
{
    return crypto::Sha256::hash(encode());
}

crypto::Digest Block::merkleRootOf(const std::vector<Transaction> &transactions)
{
    std::vector<crypto::Digest> leaves;
    leaves.reserve(transactions.size());
    for (const auto &tx : transactions)
        leaves.push_back(merkle::leafHash(tx.encoded()));
    return merkle::rootOf(leaves);
}

Block Block::seal(BlockHeader header, std::vector<Transaction> transactions,
                  const crypto::KeyPair &proposerKey)
{
    Block b;
    header.txCount = static_cast<std::uint32_t>(transactions.size());
    header.merkleRoot = merkleRootOf(transactions);
    header.proposer = proposerKey.publicKey();
    b.m_header = header;
    b.m_headerBytes = header.encode();
    b.m_hash = crypto::Sha256::hash(b.m_headerBytes);
    b.m_signature = proposerKey.sign(b.m_headerBytes);
    b.m_transactions = std::move(transactions);
    return b;
}

QByteArray Block::encode() const
{
    qsizetype size = BlockHeader::Size + 64;
    for (const auto &tx : m_transactions)
        size += 4 + tx.encoded().size();
    core::ByteWriter w(size);
    w.raw(m_headerBytes).fixed(m_signature);
    for (const auto &tx : m_transactions)
        w.bytes(tx.encoded());
    return w.take();
}

core::Result<Block> Block::decode(QByteArrayView bytes)
{
    if (bytes.size() > MaxEncodedSize)
        return fail(ErrorCode::TooLarge,
                    QStringLiteral("block of %1 bytes exceeds the maximum %2")
                        .arg(bytes.size())
                        .arg(MaxEncodedSize));
    core::ByteReader r(bytes);
    Block b;
    const auto headerBytes = GONGZHI_TRY(r.raw(BlockHeader::Size, "header"));
    auto header = BlockHeader::decode(headerBytes);
    if (!header)
        return fail(header.error().inField(QStringLiteral("header")));
    b.m_header = *header;
    b.m_headerBytes = headerBytes.toByteArray();
    b.m_hash = crypto::Sha256::hash(b.m_headerBytes);
    b.m_signature = GONGZHI_TRY(r.fixed<64, crypto::SignatureTag>("signature"));
    if (qsizetype(b.m_header.txCount) > r.remaining() / (4 + Transaction::MinSize))
        return fail(ErrorCode::Truncated,
                    QStringLiteral("%1 transactions cannot fit in the %2 bytes left")
                        .arg(b.m_header.txCount)
                        .arg(r.remaining()),
                    QStringLiteral("transactions"));
    b.m_transactions.reserve(b.m_header.txCount);
    for (std::uint32_t i = 0; i < b.m_header.txCount; ++i) {
        const QByteArray txBytes
            = GONGZHI_TRY(r.bytes(std::uint32_t(Transaction::MaxSize), "transaction"));
        auto tx = Transaction::decode(txBytes);
        if (!tx)
            return fail(tx.error().inField(QStringLiteral("transactions[%1]").arg(i)));
        b.m_transactions.push_back(std::move(*tx));
    }
    GONGZHI_CHECK(r.expectEnd());
    return b;
}

core::Result<Block> Block::fromParts(const QByteArray &headerBytes, QByteArrayView signature,
                                     std::vector<Transaction> transactions)
{
    auto header = BlockHeader::decode(headerBytes);
    if (!header)
        return fail(header.error().inField(QStringLiteral("header")));
    auto sig = crypto::Signature::fromBytes(signature);
    if (!sig)
        return fail(ErrorCode::Truncated,
                    QStringLiteral("a block signature is 64 bytes, got %1").arg(signature.size()),
                    QStringLiteral("signature"));
    if (transactions.size() != header->txCount)
        return fail(ErrorCode::Corrupt,
                    QStringLiteral("the header counts %1 transactions, %2 are stored")
                        .arg(header->txCount)
                        .arg(transactions.size()),
                    QStringLiteral("transactions"));
    Block b;
    b.m_header = *header;
    b.m_headerBytes = headerBytes;
    b.m_hash = crypto::Sha256::hash(b.m_headerBytes);
    b.m_signature = *sig;
    b.m_transactions = std::move(transactions);
    return b;
}

core::Result<Block> Block::fromRaw(const RawBlock &raw)
{
    std::vector<Transaction> transactions;
    transactions.reserve(std::min<std::size_t>(raw.transactions.size(), MaxTransactions));
    for (std::size_t i = 0; i < raw.transactions.size(); ++i) {
        auto tx = Transaction::decode(raw.transactions[i].data);
        if (!tx)
            return fail(tx.error().inField(QStringLiteral("transactions[%1]").arg(i)));
        transactions.push_back(std::move(*tx));
    }
    return fromParts(raw.header, raw.signature, std::move(transactions));
}

bool Block::verifySignature() const
{
    return crypto::verify(m_header.proposer, m_headerBytes, m_signature);
}

} // namespace ledger::chain
