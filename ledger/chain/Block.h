#pragma once

#include "ledger/chain/RawBlock.h"
#include "ledger/chain/Transaction.h"
#include "ledger/chain/Types.h"
#include "ledger/core/Result.h"

#include <QByteArray>

#include <vector>

namespace ledger::chain {

// A block header (docs/ledger-format.md §Block header), 185 bytes:
//   "GZBH" | u8 version=1 | consortium[16] | u64 height | prevHash[32]
//   | merkleRoot[32] | u32 txCount | historyRoot[32] | i64 timestampMs
//   | proposer[32] | u64 raftTerm | u64 raftIndex
// merkleRoot: RFC 9162 root over the block's transactions (each leaf is a
// transaction's full encoding). historyRoot: RFC 9162 root over the hashes of
// all earlier blocks 0..height-1 (the empty-tree root for genesis), so that
// "block X is in the chain ending at Y" has a logarithmic proof.
// The block hash is SHA-256 over these bytes; the proposer signs these bytes.
struct BlockHeader {
    static constexpr std::uint8_t Version = 1;
    static constexpr qsizetype Size = 4 + 1 + 16 + 8 + 32 + 32 + 4 + 32 + 8 + 32 + 8 + 8;

    ConsortiumId consortium;
    std::uint64_t height = 0;
    BlockHash prevHash; // all zero for genesis
    crypto::Digest merkleRoot;
    std::uint32_t txCount = 0;
    crypto::Digest historyRoot;
    std::int64_t timestampMs = 0; // proposer's clock; the only time the state machine sees
    crypto::PublicKey proposer; // node key of the proposing organization's node
    std::uint64_t raftTerm = 0; // consensus position; zero in a single-node chain
    std::uint64_t raftIndex = 0;

    QByteArray encode() const;
    static core::Result<BlockHeader> decode(QByteArrayView bytes);
    BlockHash hash() const;

    friend bool operator==(const BlockHeader &, const BlockHeader &) = default;
};

// A block: header, the proposer's signature over the header bytes, and the
// transactions, encoded as
//   header[185] | signature[64] | txCount × (u32 length | transaction)
// (txCount is the header's). Decoding is strict and bounded and checks
// structure only: Merkle root, signatures and links are checked by
// BlockValidator / ChainVerifier.
class Block
{
public:
    static constexpr std::uint32_t MaxTransactions = 20000;
    static constexpr qsizetype MaxEncodedSize = 64 * 1024 * 1024;

    Block() = default;
    // Computes merkleRoot and txCount from `transactions`, then signs.
    static Block seal(BlockHeader header, std::vector<Transaction> transactions,
                      const crypto::KeyPair &proposerKey);
    static core::Result<Block> decode(QByteArrayView bytes);
    // The same block from its stored parts (RawBlock.h), with the same strict
    // checks as decode() of their concatenation but without building it; the
    // transactions keep the raw bytes (implicitly shared, no copy).
    static core::Result<Block> fromRaw(const RawBlock &raw);
    // From a header and signature and transactions already decoded (by the
    // verifier's workers): checks the header and that it counts them.
    static core::Result<Block> fromParts(const QByteArray &headerBytes, QByteArrayView signature,
                                         std::vector<Transaction> transactions);
    QByteArray encode() const;

    const BlockHeader &header() const { return m_header; }
    std::uint64_t height() const { return m_header.height; }
    const QByteArray &headerBytes() const { return m_headerBytes; }
    const BlockHash &hash() const { return m_hash; }
    const crypto::Signature &signature() const { return m_signature; }
    const std::vector<Transaction> &transactions() const { return m_transactions; }
    bool verifySignature() const;

    // RFC 9162 root over the transactions' encodings.
    static crypto::Digest merkleRootOf(const std::vector<Transaction> &transactions);

private:
    BlockHeader m_header;
    QByteArray m_headerBytes;
    BlockHash m_hash;
    crypto::Signature m_signature;
    std::vector<Transaction> m_transactions;
};

} // namespace ledger::chain
