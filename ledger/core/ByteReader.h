#pragma once

#include "ledger/core/FixedBytes.h"
#include "ledger/core/Result.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace ledger::core {

// Reads Gongzhi's canonical encoding (see ByteWriter) from untrusted bytes.
// Every read is bounds-checked and names its field in the error; a length
// prefix is checked against both its documented maximum and the bytes that
// are actually left, so a hostile length can never cause a large allocation.
// The reader does not own the bytes: they must outlive it.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView data)
        : m_data(data)
    {
    }

    Result<std::uint8_t> u8(const char *field);
    Result<std::uint16_t> u16(const char *field);
    Result<std::uint32_t> u32(const char *field);
    Result<std::uint64_t> u64(const char *field);
    Result<std::int64_t> i64(const char *field);
    // Only 0 and 1 are accepted, so a boolean has one encoding.
    Result<bool> boolean(const char *field);
    // The next n bytes, without a length prefix.
    Result<QByteArrayView> raw(qsizetype n, const char *field);
    // u32 length (at most maxLength) + bytes.
    Result<QByteArray> bytes(std::uint32_t maxLength, const char *field);
    // u32 length (at most maxBytes) + strict UTF-8; overlong forms, surrogates,
    // a byte-order mark and NUL characters are rejected (one encoding per string).
    Result<QString> string(std::uint32_t maxBytes, const char *field);
    // A u32 element count, at most maxCount, and small enough that `count`
    // elements of at least minElementSize bytes fit in what is left.
    Result<std::uint32_t> count(std::uint32_t maxCount, qsizetype minElementSize,
                                const char *field);

    template<std::size_t N, class Tag>
    Result<FixedBytes<N, Tag>> fixed(const char *field)
    {
        auto view = raw(qsizetype(N), field);
        if (!view)
            return fail(view.error());
        return *FixedBytes<N, Tag>::fromBytes(*view);
    }

    // Error unless every byte was consumed.
    Status expectEnd() const;

    qsizetype position() const { return m_pos; }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    Result<QByteArrayView> take(qsizetype n, const char *field);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

} // namespace ledger::core
