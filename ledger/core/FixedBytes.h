#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>

#include <array>
#include <compare>
#include <cstdint>
#include <cstring>
#include <optional>

namespace ledger::core {

// A value of exactly N bytes (hashes, keys, signatures, ids). The Tag keeps
// different kinds apart at compile time: a Digest is not a PublicKey.
template<std::size_t N, class Tag>
class FixedBytes
{
public:
    static constexpr std::size_t Size = N;

    constexpr FixedBytes() = default;
    explicit FixedBytes(const std::array<std::uint8_t, N> &bytes)
        : m_bytes(bytes)
    {
    }

    // nullopt unless `bytes` has exactly N bytes.
    static std::optional<FixedBytes> fromBytes(QByteArrayView bytes)
    {
        if (static_cast<std::size_t>(bytes.size()) != N)
            return std::nullopt;
        FixedBytes out;
        std::memcpy(out.m_bytes.data(), bytes.data(), N);
        return out;
    }

    // nullopt unless `hex` is exactly 2N hexadecimal digits.
    static std::optional<FixedBytes> fromHex(QStringView hex)
    {
        if (static_cast<std::size_t>(hex.size()) != 2 * N)
            return std::nullopt;
        for (QChar c : hex) {
            const char16_t u = c.unicode();
            const bool digit
                = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
            if (!digit)
                return std::nullopt;
        }
        return fromBytes(QByteArray::fromHex(hex.toLatin1()));
    }

    const std::uint8_t *data() const { return m_bytes.data(); }
    std::uint8_t *data() { return m_bytes.data(); }
    const char *constData() const { return reinterpret_cast<const char *>(m_bytes.data()); }
    QByteArrayView view() const { return QByteArrayView(constData(), qsizetype(N)); }
    QByteArray toByteArray() const { return QByteArray(constData(), qsizetype(N)); }
    QString toHex() const { return QString::fromLatin1(toByteArray().toHex()); }
    const std::array<std::uint8_t, N> &array() const { return m_bytes; }

    bool isZero() const
    {
        for (auto b : m_bytes) {
            if (b != 0)
                return false;
        }
        return true;
    }

    friend auto operator<=>(const FixedBytes &, const FixedBytes &) = default;
    friend bool operator==(const FixedBytes &, const FixedBytes &) = default;

    friend size_t qHash(const FixedBytes &v, size_t seed = 0) noexcept
    {
        return qHashBits(v.m_bytes.data(), N, seed);
    }

private:
    std::array<std::uint8_t, N> m_bytes {};
};

} // namespace ledger::core

template<std::size_t N, class Tag>
struct std::hash<ledger::core::FixedBytes<N, Tag>> {
    size_t operator()(const ledger::core::FixedBytes<N, Tag> &v) const noexcept
    {
        size_t h;
        static_assert(N >= sizeof(size_t));
        std::memcpy(&h, v.data(), sizeof(h));
        return h;
    }
};
