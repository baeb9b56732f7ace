#include "ledger/net/Handshake.h"

#include "ledger/core/ByteReader.h"
#include "ledger/core/ByteWriter.h"

namespace ledger::net {

namespace {
// Never reused by another Gongzhi signature (transactions and blocks have
// their own prefixes), so a handshake signature is never a valid ledger one.
constexpr char kTranscriptDomain[] = "gongzhi/net/handshake/v1";
} // namespace

QByteArray encodeHello(const Hello &hello)
{
    core::ByteWriter w(HelloSize);
    w.u16(hello.version)
        .fixed(hello.consortiumId)
        .fixed(hello.genesisHash)
        .fixed(hello.nodeKey)
        .fixed(hello.nonce);
    return w.take();
}

core::Result<Hello> decodeHello(QByteArrayView body)
{
    if (body.size() != HelloSize)
        return core::fail(
            core::ErrorCode::BadValue,
            QStringLiteral("hello of %1 bytes, expected %2").arg(body.size()).arg(HelloSize),
            QStringLiteral("hello"));
    core::ByteReader r(body);
    Hello h;
    h.version = GONGZHI_TRY(r.u16("version"));
    h.consortiumId = GONGZHI_TRY(r.fixed<16, chain::ConsortiumIdTag>("consortium_id"));
    h.genesisHash = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("genesis_hash"));
    h.nodeKey = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("node_key"));
    h.nonce = GONGZHI_TRY(r.fixed<32, NonceTag>("nonce"));
    GONGZHI_CHECK(r.expectEnd());
    return h;
}

bool isDeskHello(const Hello &hello)
{
    return hello.consortiumId.isZero() && hello.genesisHash.isZero();
}

core::Result<crypto::Signature> decodeAuth(QByteArrayView body)
{
    auto sig = crypto::Signature::fromBytes(body);
    if (!sig)
        return core::fail(core::ErrorCode::BadValue,
                          QStringLiteral("auth of %1 bytes, expected 64").arg(body.size()),
                          QStringLiteral("signature"));
    return *sig;
}

QByteArray transcriptBytes(const Transcript &t, Role signer)
{
    core::ByteWriter w(256);
    w.raw(QByteArrayView(kTranscriptDomain))
        .u8(0) // terminator: the domain is not a prefix of anything else
        .u8(std::uint8_t(signer))
        .u16(ProtocolVersion)
        .fixed(t.consortiumId)
        .fixed(t.genesisHash)
        .fixed(t.clientCertificate)
        .fixed(t.serverCertificate)
        .fixed(t.clientKey)
        .fixed(t.serverKey)
        .fixed(t.clientNonce)
        .fixed(t.serverNonce);
    return w.take();
}

} // namespace ledger::net
