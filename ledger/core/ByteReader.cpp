#include "ledger/core/ByteReader.h"

#include <QStringDecoder>
#include <QtEndian>

namespace ledger::core {

namespace {
QString fieldName(const char *field)
{
    return QString::fromLatin1(field);
}
} // namespace

Result<QByteArrayView> ByteReader::take(qsizetype n, const char *field)
{
    if (n < 0 || n > remaining()) {
        return fail(ErrorCode::Truncated,
                    QStringLiteral("needs %1 bytes at offset %2, only %3 left")
                        .arg(n)
                        .arg(m_pos)
                        .arg(remaining()),
                    fieldName(field));
    }
    QByteArrayView out = m_data.sliced(m_pos, n);
    m_pos += n;
    return out;
}

Result<std::uint8_t> ByteReader::u8(const char *field)
{
    auto b = GONGZHI_TRY(take(1, field));
    return static_cast<std::uint8_t>(b[0]);
}

Result<std::uint16_t> ByteReader::u16(const char *field)
{
    auto b = GONGZHI_TRY(take(2, field));
    return qFromBigEndian<std::uint16_t>(b.data());
}

Result<std::uint32_t> ByteReader::u32(const char *field)
{
    auto b = GONGZHI_TRY(take(4, field));
    return qFromBigEndian<std::uint32_t>(b.data());
}

Result<std::uint64_t> ByteReader::u64(const char *field)
{
    auto b = GONGZHI_TRY(take(8, field));
    return qFromBigEndian<std::uint64_t>(b.data());
}

Result<std::int64_t> ByteReader::i64(const char *field)
{
    return static_cast<std::int64_t>(GONGZHI_TRY(u64(field)));
}

Result<bool> ByteReader::boolean(const char *field)
{
    const auto v = GONGZHI_TRY(u8(field));
    if (v > 1)
        return fail(ErrorCode::BadEncoding, QStringLiteral("boolean must be 0 or 1, got %1").arg(v),
                    fieldName(field));
    return v == 1;
}

Result<QByteArrayView> ByteReader::raw(qsizetype n, const char *field)
{
    return take(n, field);
}

Result<QByteArray> ByteReader::bytes(std::uint32_t maxLength, const char *field)
{
    const auto length = GONGZHI_TRY(u32(field));
    if (length > maxLength) {
        return fail(ErrorCode::TooLarge,
                    QStringLiteral("length %1 exceeds the maximum %2").arg(length).arg(maxLength),
                    fieldName(field));
    }
    auto b = GONGZHI_TRY(take(qsizetype(length), field));
    return b.toByteArray();
}

Result<QString> ByteReader::string(std::uint32_t maxBytes, const char *field)
{
    const QByteArray utf8 = GONGZHI_TRY(bytes(maxBytes, field));
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(utf8);
    // Re-encoding must give the same bytes: this rejects every malformed,
    // overlong or surrogate sequence that the decoder replaced.
    if (decoder.hasError() || text.toUtf8() != utf8)
        return fail(ErrorCode::BadEncoding, QStringLiteral("not valid UTF-8"), fieldName(field));
    if (text.startsWith(QChar(0xFEFF)) || text.contains(QChar(0)))
        return fail(ErrorCode::BadEncoding, QStringLiteral("byte-order mark or NUL in text"),
                    fieldName(field));
    return text;
}

Result<std::uint32_t> ByteReader::count(std::uint32_t maxCount, qsizetype minElementSize,
                                        const char *field)
{
    const auto n = GONGZHI_TRY(u32(field));
    if (n > maxCount) {
        return fail(ErrorCode::TooLarge,
                    QStringLiteral("count %1 exceeds the maximum %2").arg(n).arg(maxCount),
                    fieldName(field));
    }
    if (minElementSize > 0 && qsizetype(n) > remaining() / minElementSize) {
        return fail(
            ErrorCode::Truncated,
            QStringLiteral("count %1 cannot fit in the %2 bytes left").arg(n).arg(remaining()),
            fieldName(field));
    }
    return n;
}

Status ByteReader::expectEnd() const
{
    if (!atEnd()) {
        return fail(ErrorCode::TrailingBytes,
                    QStringLiteral("%1 unexpected bytes after the last field").arg(remaining()));
    }
    return {};
}

} // namespace ledger::core
