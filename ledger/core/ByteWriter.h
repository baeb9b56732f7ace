#pragma once

#include "ledger/core/FixedBytes.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace ledger::core {

// Appends fields in Gongzhi's canonical encoding (docs/ledger-format.md):
// integers big-endian with fixed width, byte strings and UTF-8 strings with a
// u32 length prefix, fixed-size values verbatim. Identical content gives
// identical bytes on every platform.
class ByteWriter
{
public:
    ByteWriter() = default;
    explicit ByteWriter(qsizetype reserve) { m_out.reserve(reserve); }

    ByteWriter &u8(std::uint8_t v);
    ByteWriter &u16(std::uint16_t v);
    ByteWriter &u32(std::uint32_t v);
    ByteWriter &u64(std::uint64_t v);
    ByteWriter &i64(std::int64_t v);
    ByteWriter &boolean(bool v) { return u8(v ? 1 : 0); }
    ByteWriter &raw(QByteArrayView bytes);
    ByteWriter &bytes(QByteArrayView bytes); // u32 length + bytes
    ByteWriter &string(const QString &s); // u32 length + UTF-8

    template<std::size_t N, class Tag>
    ByteWriter &fixed(const FixedBytes<N, Tag> &v)
    {
        return raw(v.view());
    }

    const QByteArray &data() const & { return m_out; }
    QByteArray take() { return std::move(m_out); }
    qsizetype size() const { return m_out.size(); }

private:
    QByteArray m_out;
};

} // namespace ledger::core
