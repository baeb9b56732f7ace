#pragma once

#include "ledger/chain/Block.h"
#include "ledger/chain/Transaction.h"
#include "ledger/core/ByteWriter.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QTest>

#include <functional>
#include <optional>

namespace tests::chain {

using ledger::core::ErrorCode;

// What a decode-error helper returns for input that was accepted.
constexpr ErrorCode Accepted = ErrorCode(0);

// The documented transaction layout (docs/ledger-format.md), written field by
// field from a decoded value, independently of the decoder's copy of the
// input: if a decoder accepted two encodings of one value, this catches it.
inline QByteArray encodeFields(const ledger::chain::Transaction &tx)
{
    const auto &b = tx.body();
    ledger::core::ByteWriter w;
    w.raw("GZTX")
        .u8(1)
        .u16(std::uint16_t(b.type))
        .fixed(b.consortium)
        .fixed(b.author)
        .u64(b.sequence)
        .i64(b.timestampMs)
        .bytes(b.payload)
        .fixed(tx.signature());
    return w.take();
}

inline QByteArray encodeFields(const ledger::chain::Block &block)
{
    ledger::core::ByteWriter w;
    w.raw(block.header().encode()).fixed(block.signature());
    for (const auto &tx : block.transactions())
        w.bytes(encodeFields(tx));
    return w.take();
}

inline QByteArray withByte(QByteArray bytes, qsizetype at, std::uint8_t xorMask)
{
    bytes[at] = char(std::uint8_t(bytes[at]) ^ xorMask);
    return bytes;
}

inline QByteArray withU32(QByteArray bytes, qsizetype at, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((v >> (24 - 8 * i)) & 0xff);
    return bytes;
}

// Decodes, then re-encodes an accepted value; nullopt if rejected.
using Reencode = std::function<std::optional<QByteArray>(const QByteArray &)>;
// Decodes and returns the error code (nullopt if accepted).
using DecodeError = std::function<std::optional<ErrorCode>(const QByteArray &)>;

// Every prefix shorter than `good` is rejected with Truncated.
inline void checkTruncations(const QByteArray &good, const DecodeError &decode,
                             ErrorCode expected = ErrorCode::Truncated)
{
    for (qsizetype n = 0; n < good.size(); ++n) {
        const auto code = decode(good.first(n));
        if (!code)
            QFAIL(qPrintable(QStringLiteral("prefix of %1 bytes accepted").arg(n)));
        if (*code != expected)
            QFAIL(qPrintable(QStringLiteral("prefix of %1 bytes: code %2")
                                 .arg(n)
                                 .arg(QLatin1String(ledger::core::errorCodeName(*code)))));
    }
}

// Every single-byte change is rejected or decodes to a value whose encoding
// is exactly the changed bytes (so no value has two encodings).
inline void checkFlips(const QByteArray &good, const Reencode &reencode, int *acceptedOut = nullptr,
                       quint64 seed = 1)
{
    QRandomGenerator rng(seed);
    int accepted = 0;
    for (qsizetype i = 0; i < good.size(); ++i) {
        const std::uint8_t masks[] = { 0x01, 0x80, 0xff, std::uint8_t(1 + rng.bounded(255u)) };
        for (std::uint8_t m : masks) {
            const QByteArray bad = withByte(good, i, m);
            const auto again = reencode(bad);
            if (!again)
                continue;
            ++accepted;
            if (*again != bad)
                QFAIL(qPrintable(
                    QStringLiteral("byte %1 ^ %2 decodes to another encoding").arg(i).arg(m)));
        }
    }
    if (acceptedOut)
        *acceptedOut = accepted;
}

} // namespace tests::chain
