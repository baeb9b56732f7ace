#include "ledger/chain/Transaction.h"

#include "ledger/core/ByteReader.h"
#include "ledger/core/ByteWriter.h"
#include "ledger/crypto/Sha256.h"

namespace ledger::chain {

using core::ErrorCode;
using core::fail;

namespace {
constexpr char Magic[4] = { 'G', 'Z', 'T', 'X' };

QByteArray encodeBody(const TxBody &b)
{
    core::ByteWriter w(Transaction::MinSize + b.payload.size());
    w.raw(QByteArrayView(Magic, 4))
        .u8(Transaction::Version)
        .u16(static_cast<std::uint16_t>(b.type))
        .fixed(b.consortium)
        .fixed(b.author)
        .u64(b.sequence)
        .i64(b.timestampMs)
        .bytes(b.payload);
    return w.take();
}
} // namespace

Transaction Transaction::sign(TxBody body, const crypto::KeyPair &key)
{
    Transaction tx;
    body.author = key.publicKey();
    tx.m_encoded = encodeBody(body);
    tx.m_signature = key.sign(tx.m_encoded);
    tx.m_encoded.append(tx.m_signature.constData(), 64);
    tx.m_id = crypto::Sha256::hash(tx.m_encoded);
    tx.m_body = std::move(body);
    return tx;
}

core::Result<Transaction> Transaction::decode(QByteArrayView bytes)
{
    auto tx = GONGZHI_TRY(decodeFields(bytes));
    tx.m_encoded = bytes.toByteArray();
    tx.m_id = crypto::Sha256::hash(tx.m_encoded);
    return tx;
}

core::Result<Transaction> Transaction::decode(const QByteArray &bytes)
{
    auto tx = GONGZHI_TRY(decodeFields(bytes));
    tx.m_encoded = bytes;
    tx.m_id = crypto::Sha256::hash(tx.m_encoded);
    return tx;
}

core::Result<Transaction> Transaction::decodeFields(QByteArrayView bytes)
{
    if (bytes.size() > MaxSize)
        return fail(
            ErrorCode::TooLarge,
            QStringLiteral("transaction of %1 bytes exceeds %2").arg(bytes.size()).arg(MaxSize));
    core::ByteReader r(bytes);
    const auto magic = GONGZHI_TRY(r.raw(4, "magic"));
    if (magic != QByteArrayView(Magic, 4))
        return fail(ErrorCode::BadType, QStringLiteral("not a transaction (magic is not GZTX)"),
                    QStringLiteral("magic"));
    const auto version = GONGZHI_TRY(r.u8("version"));
    if (version != Version)
        return fail(ErrorCode::BadVersion,
                    QStringLiteral("unknown transaction version %1").arg(version),
                    QStringLiteral("version"));
    const auto type = GONGZHI_TRY(r.u16("type"));
    if (!isKnownTxType(type))
        return fail(ErrorCode::BadType, QStringLiteral("unknown transaction type %1").arg(type),
                    QStringLiteral("type"));
    Transaction tx;
    tx.m_body.type = static_cast<TxType>(type);
    tx.m_body.consortium = GONGZHI_TRY(r.fixed<16, ConsortiumIdTag>("consortium"));
    tx.m_body.author = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("author"));
    tx.m_body.sequence = GONGZHI_TRY(r.u64("sequence"));
    tx.m_body.timestampMs = GONGZHI_TRY(r.i64("timestamp"));
    tx.m_body.payload = GONGZHI_TRY(r.bytes(MaxPayload, "payload"));
    tx.m_signature = GONGZHI_TRY(r.fixed<64, crypto::SignatureTag>("signature"));
    GONGZHI_CHECK(r.expectEnd());
    return tx;
}

bool Transaction::verifySignature() const
{
    return crypto::verify(m_body.author, signedBytes(), m_signature);
}

} // namespace ledger::chain
