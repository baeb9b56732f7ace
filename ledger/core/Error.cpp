#include "ledger/core/Error.h"

namespace ledger::core {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Truncated: return "truncated";
    case ErrorCode::TrailingBytes: return "trailing_bytes";
    case ErrorCode::TooLarge: return "too_large";
    case ErrorCode::BadVersion: return "bad_version";
    case ErrorCode::BadType: return "bad_type";
    case ErrorCode::BadValue: return "bad_value";
    case ErrorCode::BadEncoding: return "bad_encoding";
    case ErrorCode::BadSignature: return "bad_signature";
    case ErrorCode::BadHash: return "bad_hash";
    case ErrorCode::BadKey: return "bad_key";
    case ErrorCode::NotFound: return "not_found";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::Io: return "io";
    case ErrorCode::Corrupt: return "corrupt";
    case ErrorCode::Invalid: return "invalid";
    case ErrorCode::Unavailable: return "unavailable";
    case ErrorCode::Cancelled: return "cancelled";
    }
    return "unknown";
}

QString Error::toString() const
{
    QString s;
    if (height)
        s += QStringLiteral("block %1: ").arg(*height);
    if (!txId.isEmpty())
        s += QStringLiteral("transaction %1: ").arg(QString::fromLatin1(txId.toHex()));
    if (!file.isEmpty())
        s += file + QStringLiteral(": ");
    if (!field.isEmpty())
        s += QStringLiteral("field '%1': ").arg(field);
    s += detail.isEmpty() ? QString::fromLatin1(errorCodeName(code)) : detail;
    return s;
}

} // namespace ledger::core
