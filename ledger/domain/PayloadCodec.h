#pragma once

#include "ledger/chain/Transaction.h"
#include "ledger/chain/TxType.h"
#include "ledger/core/ByteReader.h"
#include "ledger/core/ByteWriter.h"

#include <QByteArray>

namespace ledger::domain {

// Every domain payload is  u8 version=1 | fields  (docs/domain.md). A payload
// struct P provides
//   void write(core::ByteWriter &) const;
//   static core::Result<P> read(core::ByteReader &);
//   core::Status validate() const;   // stateless rules: ranges, tidy text, kinds
// and these two functions add the version byte, the end-of-input check and
// validation, so a decoded payload always has exactly one encoding.
constexpr std::uint8_t PayloadVersion = 1;

template<class P>
QByteArray encodePayload(const P &payload)
{
    core::ByteWriter w(64);
    w.u8(PayloadVersion);
    payload.write(w);
    return w.take();
}

template<class P>
core::Result<P> decodePayload(QByteArrayView bytes)
{
    core::ByteReader r(bytes);
    const auto version = GONGZHI_TRY(r.u8("version"));
    if (version != PayloadVersion)
        return core::fail(core::ErrorCode::BadVersion,
                          QStringLiteral("unknown payload version %1").arg(version),
                          QStringLiteral("version"));
    P p = GONGZHI_TRY(P::read(r));
    GONGZHI_CHECK(r.expectEnd());
    GONGZHI_CHECK(p.validate());
    return p;
}

// Reads a u8 enum, rejecting values `known` does not accept.
template<class E>
core::Result<E> readEnum(core::ByteReader &r, const char *field, bool (*known)(std::uint8_t))
{
    const auto v = GONGZHI_TRY(r.u8(field));
    if (!known(v))
        return core::fail(core::ErrorCode::BadValue, QStringLiteral("unknown value %1").arg(v),
                          QString::fromLatin1(field));
    return E(v);
}

// Decodes and validates the payload of a transaction of type `type` (any
// domain type): the check a node makes before anything else. Genesis is
// checked by chain::readGenesis instead and fails here.
core::Status checkPayload(chain::TxType type, QByteArrayView bytes);

// Signs a transaction carrying `payload` (tests, the demo generator, the CLI).
template<class P>
chain::Transaction signPayload(chain::TxType type, const P &payload,
                               const chain::ConsortiumId &consortium, std::uint64_t sequence,
                               std::int64_t timestampMs, const crypto::KeyPair &author)
{
    chain::TxBody body;
    body.type = type;
    body.consortium = consortium;
    body.sequence = sequence;
    body.timestampMs = timestampMs;
    body.payload = encodePayload(payload);
    return chain::Transaction::sign(std::move(body), author);
}

} // namespace ledger::domain
