#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace ledger::core {

// What went wrong, as a stable code. User-facing sentences are composed from
// the code and the context fields where they are shown (ui/, CLI); the ledger
// itself never produces translated text.
enum class ErrorCode : std::uint16_t {
    Truncated = 1, // input ended before a field was complete
    TrailingBytes, // input continued after the last field
    TooLarge, // a length or count exceeds its documented bound
    BadVersion, // unknown format version
    BadType, // unknown or unexpected type tag
    BadValue, // a field holds a value outside its domain
    BadEncoding, // bytes are not in canonical form (e.g. invalid UTF-8)
    BadSignature, // a signature does not verify
    BadHash, // a hash link or Merkle root does not match
    BadKey, // a key is malformed or of the wrong kind
    NotFound, // a requested item does not exist
    Conflict, // an item already exists or contradicts stored state
    Io, // the operating system or SQLite failed
    Corrupt, // stored data fails its own integrity checks
    Invalid, // a rule of the ledger was broken
    Unavailable, // a service (keychain, peer) could not be reached
    Cancelled, // the caller stopped the operation
};

// Stable, English, lowercase name of a code, e.g. "truncated" (for logs and JSON).
const char *errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Invalid;
    QString detail; // English, technical; safe for logs
    QString field; // the field or column concerned, if any
    QString file; // the file concerned, if any
    std::optional<std::int64_t> height; // block height concerned, if any
    QByteArray txId; // transaction id concerned (raw 32 bytes), if any

    Error() = default;
    Error(ErrorCode c, QString d, QString f = {})
        : code(c)
        , detail(std::move(d))
        , field(std::move(f))
    {
    }

    Error &atHeight(std::int64_t h)
    {
        height = h;
        return *this;
    }
    Error &inFile(const QString &path)
    {
        file = path;
        return *this;
    }
    Error &forTx(const QByteArray &id)
    {
        txId = id;
        return *this;
    }
    Error &inField(const QString &name)
    {
        field = field.isEmpty() ? name : name + QLatin1Char('.') + field;
        return *this;
    }

    // One English sentence naming every known piece of context.
    QString toString() const;
};

} // namespace ledger::core
