#pragma once

#include "ledger/chain/Block.h"
#include "ledger/core/Hex.h"
#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"
#include "ledger/crypto/Sha256.h"
#include "ledger/crypto/Types.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

namespace app::cli {

// The JSON documents of `proof`, `consistency` and `export`
// (docs/ledger-format.md §JSON formats): byte strings are lowercase hex,
// integers are JSON numbers (exact up to 2^53, far beyond any height or tree
// size the ledger reaches). Readers are strict: a missing field, a value of the
// wrong JSON type, odd-length or non-hex digits, or a hash of the wrong length
// is an error naming the field, so the verifiers never guess.

QJsonValue hexValue(QByteArrayView bytes);
QJsonArray hexList(const std::vector<ledger::crypto::Digest> &digests);

// Reads one JSON object from `source`: a file name, or "-" / empty for stdin.
// Io if the file cannot be read, TooLarge above 16 MiB, BadEncoding if it is
// not a JSON object.
ledger::core::Result<QJsonObject> readJsonObject(const QString &source);

class JsonFields
{
public:
    explicit JsonFields(const QJsonObject &object)
        : m_object(object)
    {
    }
    ledger::core::Result<std::uint64_t> number(const char *key) const;
    ledger::core::Result<QByteArray> bytes(const char *key) const;
    ledger::core::Result<ledger::crypto::Digest> digest(const char *key) const;
    ledger::core::Result<ledger::crypto::Signature> signature(const char *key) const;
    ledger::core::Result<std::vector<ledger::crypto::Digest>> digests(const char *key) const;

private:
    ledger::core::Result<QJsonValue> value(const char *key) const;
    QJsonObject m_object;
};

// What a verifier is told to trust beyond the proof itself:
//   --header HEX     the exact header bytes of the anchoring block
//   --node-key HEX   a member node key (repeatable); the proposer must be one
struct TrustAnchors {
    std::optional<QByteArray> header;
    std::vector<ledger::crypto::PublicKey> nodeKeys;
};
void addTrustOptions(QCommandLineParser &parser);
ledger::core::Result<TrustAnchors> trustAnchorsFrom(const QCommandLineParser &parser);

// The checks every proof's anchoring header passes, in this order; on failure
// a translated sentence saying which:
// SHA-256(headerBytes) == hash; the bytes decode as a block header; the
// proposer's Ed25519 signature over them verifies; they equal the trusted
// header, if one was given; the proposer is a trusted node key, if any were given.
ledger::core::Result<ledger::chain::BlockHeader>
checkAnchorHeader(const QByteArray &headerBytes, const ledger::crypto::Digest &hash,
                  const ledger::crypto::Signature &signature, const TrustAnchors &trust);

// Header-only, because the commands are compiled straight into gongzhi-cli.
namespace proof_json_detail {
using ledger::core::Error;
using ledger::core::ErrorCode;
using ledger::core::fail;
using ledger::core::Result;
namespace crypto = ledger::crypto;

inline constexpr qint64 MaxDocumentBytes = 16 * 1024 * 1024;
// JSON numbers are IEEE doubles in most readers: integers are exact up to 2^53.
inline constexpr double MaxExactInteger = 9007199254740992.0;

template<class Fixed>
inline Result<Fixed> fixedField(const JsonFields &fields, const char *key)
{
    const auto bytes = GONGZHI_TRY(fields.bytes(key));
    auto value = Fixed::fromBytes(bytes);
    if (!value)
        return fail(ErrorCode::BadValue,
                    QStringLiteral("expected %1 bytes, got %2").arg(Fixed::Size).arg(bytes.size()),
                    QString::fromLatin1(key));
    return *value;
}
} // namespace proof_json_detail

inline QJsonValue hexValue(QByteArrayView bytes)
{
    return ledger::core::toHex(bytes);
}

inline QJsonArray hexList(const std::vector<ledger::crypto::Digest> &digests)
{
    QJsonArray out;
    for (const auto &d : digests)
        out.append(d.toHex());
    return out;
}

inline ledger::core::Result<QJsonObject> readJsonObject(const QString &source)
{
    QFile file;
    const bool fromStdin = source.isEmpty() || source == QLatin1String("-");
    const QString name = fromStdin ? QStringLiteral("<stdin>") : source;
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly)
                  : (file.setFileName(source), !file.open(QIODevice::ReadOnly)))
        return ledger::core::fail(
            ledger::core::Error(ledger::core::ErrorCode::Io, file.errorString()).inFile(name));
    const QByteArray data = file.read(proof_json_detail::MaxDocumentBytes + 1);
    if (data.size() > proof_json_detail::MaxDocumentBytes)
        return ledger::core::fail(ledger::core::Error(ledger::core::ErrorCode::TooLarge,
                                                      QStringLiteral("more than 16 MiB"))
                                      .inFile(name));
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ledger::core::fail(ledger::core::Error(ledger::core::ErrorCode::BadEncoding,
                                                      QStringLiteral("not JSON (%1 at offset %2)")
                                                          .arg(parseError.errorString())
                                                          .arg(parseError.offset))
                                      .inFile(name));
    if (!doc.isObject())
        return ledger::core::fail(ledger::core::Error(ledger::core::ErrorCode::BadEncoding,
                                                      QStringLiteral("not a JSON object"))
                                      .inFile(name));
    return doc.object();
}

inline ledger::core::Result<QJsonValue> JsonFields::value(const char *key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined())
        return ledger::core::fail(ledger::core::ErrorCode::NotFound, QStringLiteral("missing"),
                                  QString::fromLatin1(key));
    return v;
}

inline ledger::core::Result<std::uint64_t> JsonFields::number(const char *key) const
{
    const QJsonValue v = GONGZHI_TRY(value(key));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > proof_json_detail::MaxExactInteger || std::floor(d) != d)
        return ledger::core::fail(ledger::core::ErrorCode::BadValue,
                                  QStringLiteral("not a non-negative integer"),
                                  QString::fromLatin1(key));
    return std::uint64_t(d);
}

inline ledger::core::Result<QByteArray> JsonFields::bytes(const char *key) const
{
    const QJsonValue v = GONGZHI_TRY(value(key));
    auto decoded = v.isString() ? ledger::core::fromHex(v.toString()) : std::nullopt;
    if (!decoded)
        return ledger::core::fail(ledger::core::ErrorCode::BadEncoding,
                                  QStringLiteral("not a hex string"), QString::fromLatin1(key));
    return *decoded;
}

inline ledger::core::Result<ledger::crypto::Digest> JsonFields::digest(const char *key) const
{
    return proof_json_detail::fixedField<ledger::crypto::Digest>(*this, key);
}

inline ledger::core::Result<ledger::crypto::Signature> JsonFields::signature(const char *key) const
{
    return proof_json_detail::fixedField<ledger::crypto::Signature>(*this, key);
}

inline ledger::core::Result<std::vector<ledger::crypto::Digest>>
JsonFields::digests(const char *key) const
{
    const QJsonValue v = GONGZHI_TRY(value(key));
    if (!v.isArray())
        return ledger::core::fail(ledger::core::ErrorCode::BadEncoding,
                                  QStringLiteral("not a list"), QString::fromLatin1(key));
    const QJsonArray list = v.toArray();
    // RFC 9162 paths have at most 64 hashes; a longer list fails verification
    // anyway, this only bounds the work.
    if (list.size() > 64)
        return ledger::core::fail(ledger::core::ErrorCode::TooLarge,
                                  QStringLiteral("more than 64 hashes"), QString::fromLatin1(key));
    std::vector<ledger::crypto::Digest> out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("%1[%2]").arg(QString::fromLatin1(key)).arg(i);
        auto d = list[i].isString() ? ledger::crypto::Digest::fromHex(list[i].toString())
                                    : std::nullopt;
        if (!d)
            return ledger::core::fail(ledger::core::ErrorCode::BadEncoding,
                                      QStringLiteral("not 64 hex digits"), field);
        out.push_back(*d);
    }
    return out;
}

inline void addTrustOptions(QCommandLineParser &parser)
{
    parser.addOption(
        { QStringLiteral("header"),
          QCoreApplication::translate(
              "ProofJson",
              "Hex of a block header you already trust; the proof must be anchored to exactly it."),
          QStringLiteral("HEX") });
    parser.addOption({ QStringLiteral("node-key"),
                       QCoreApplication::translate("ProofJson",
                                                   "A member node's public key (hex, repeatable); "
                                                   "the anchoring block must be proposed by one."),
                       QStringLiteral("HEX") });
}

inline ledger::core::Result<TrustAnchors> trustAnchorsFrom(const QCommandLineParser &parser)
{
    TrustAnchors trust;
    if (parser.isSet(QStringLiteral("header"))) {
        auto header = ledger::core::fromHex(parser.value(QStringLiteral("header")).trimmed());
        if (!header)
            return ledger::core::fail(ledger::core::ErrorCode::BadEncoding,
                                      QStringLiteral("not a hex string"),
                                      QStringLiteral("--header"));
        trust.header = *header;
    }
    for (const QString &hex : parser.values(QStringLiteral("node-key"))) {
        auto key = ledger::crypto::PublicKey::fromHex(hex.trimmed());
        if (!key)
            return ledger::core::fail(ledger::core::ErrorCode::BadKey,
                                      QStringLiteral("not 64 hex digits"),
                                      QStringLiteral("--node-key"));
        trust.nodeKeys.push_back(*key);
    }
    return trust;
}

inline ledger::core::Result<ledger::chain::BlockHeader>
checkAnchorHeader(const QByteArray &headerBytes, const ledger::crypto::Digest &hash,
                  const ledger::crypto::Signature &signature, const TrustAnchors &trust)
{
    auto bad = [](const QString &sentence) {
        return ledger::core::fail(ledger::core::ErrorCode::BadHash, sentence);
    };
    if (ledger::crypto::Sha256::hash(headerBytes) != hash)
        return bad(QCoreApplication::translate("ProofJson",
                                               "the SHA-256 of the header is not the block hash %1")
                       .arg(hash.toHex()));
    auto header = ledger::chain::BlockHeader::decode(headerBytes);
    if (!header)
        return bad(
            QCoreApplication::translate("ProofJson", "the header is not a valid block header: %1")
                .arg(header.error().toString()));
    if (!ledger::crypto::verify(header->proposer, headerBytes, signature))
        return bad(QCoreApplication::translate(
            "ProofJson", "the proposer's signature over the header does not verify"));
    if (trust.header && *trust.header != headerBytes)
        return bad(QCoreApplication::translate(
            "ProofJson", "the header differs from the trusted header given with --header"));
    if (!trust.nodeKeys.empty()
        && std::find(trust.nodeKeys.begin(), trust.nodeKeys.end(), header->proposer)
            == trust.nodeKeys.end())
        return bad(QCoreApplication::translate(
                       "ProofJson",
                       "the block was proposed by %1, which is not one of the trusted node keys")
                       .arg(ledger::crypto::fingerprint(header->proposer)));
    return header;
}

} // namespace app::cli
