#include "ledger/core/ByteWriter.h"

#include <QtEndian>

namespace ledger::core {

ByteWriter &ByteWriter::u8(std::uint8_t v)
{
    m_out.append(static_cast<char>(v));
    return *this;
}

ByteWriter &ByteWriter::u16(std::uint16_t v)
{
    char b[2];
    qToBigEndian(v, b);
    m_out.append(b, 2);
    return *this;
}

ByteWriter &ByteWriter::u32(std::uint32_t v)
{
    char b[4];
    qToBigEndian(v, b);
    m_out.append(b, 4);
    return *this;
}

ByteWriter &ByteWriter::u64(std::uint64_t v)
{
    char b[8];
    qToBigEndian(v, b);
    m_out.append(b, 8);
    return *this;
}

ByteWriter &ByteWriter::i64(std::int64_t v)
{
    // Two's complement, the same bytes as u64 of the same bit pattern.
    return u64(static_cast<std::uint64_t>(v));
}

ByteWriter &ByteWriter::raw(QByteArrayView bytes)
{
    m_out.append(bytes.data(), bytes.size());
    return *this;
}

ByteWriter &ByteWriter::bytes(QByteArrayView b)
{
    u32(static_cast<std::uint32_t>(b.size()));
    return raw(b);
}

ByteWriter &ByteWriter::string(const QString &s)
{
    return bytes(s.toUtf8());
}

} // namespace ledger::core
