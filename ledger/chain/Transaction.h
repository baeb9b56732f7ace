#pragma once

#include "ledger/chain/TxType.h"
#include "ledger/chain/Types.h"
#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"

#include <QByteArray>

namespace ledger::chain {

// The content of a transaction, before it is signed.
struct TxBody {
    TxType type = TxType::Genesis;
    ConsortiumId consortium;
    crypto::PublicKey author;
    std::uint64_t sequence = 0; // per author, strictly increasing: replay protection
    std::int64_t timestampMs = 0; // author's clock, informational only (never used for rules)
    QByteArray payload; // canonical encoding of the type's payload
};

// A signed transaction (docs/ledger-format.md §Transaction):
//   "GZTX" | u8 version=1 | u16 type | consortium[16] | author[32] | u64 sequence
//   | i64 timestampMs | u32 payloadLength | payload   -- the signed bytes
//   | signature[64]                                    -- Ed25519 over the signed bytes
// The full encoding is the block's Merkle leaf; its SHA-256 is the transaction id.
// Immutable; cheap to copy (implicitly shared bytes).
class Transaction
{
public:
    static constexpr std::uint8_t Version = 1;
    static constexpr std::uint32_t MaxPayload = 256 * 1024;
    static constexpr qsizetype HeaderSize = 4 + 1 + 2 + 16 + 32 + 8 + 8 + 4;
    static constexpr qsizetype MinSize = HeaderSize + 64;
    static constexpr qsizetype MaxSize = MinSize + MaxPayload;

    // Signs `body` with `key`; body.author is set to key's public key.
    static Transaction sign(TxBody body, const crypto::KeyPair &key);
    // Strict decoding of untrusted bytes: structure only, not the signature
    // (call verifySignature(), or let the ChainVerifier do it in parallel).
    static core::Result<Transaction> decode(QByteArrayView bytes);
    // The same, keeping `bytes` as encoded() without a copy (implicitly shared).
    static core::Result<Transaction> decode(const QByteArray &bytes);

    const TxBody &body() const { return m_body; }
    TxType type() const { return m_body.type; }
    const crypto::PublicKey &author() const { return m_body.author; }
    std::uint64_t sequence() const { return m_body.sequence; }
    const QByteArray &payload() const { return m_body.payload; }
    const crypto::Signature &signature() const { return m_signature; }

    // The full encoding (the Merkle leaf).
    const QByteArray &encoded() const { return m_encoded; }
    // The bytes the author signed: the encoding without its last 64 bytes.
    QByteArrayView signedBytes() const { return QByteArrayView(m_encoded).chopped(64); }
    const TxId &id() const { return m_id; }
    bool verifySignature() const;

    friend bool operator==(const Transaction &a, const Transaction &b)
    {
        return a.m_encoded == b.m_encoded;
    }

private:
    Transaction() = default;
    static core::Result<Transaction> decodeFields(QByteArrayView bytes);
    TxBody m_body;
    crypto::Signature m_signature;
    QByteArray m_encoded;
    TxId m_id;
};

} // namespace ledger::chain
