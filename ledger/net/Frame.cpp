#include "ledger/net/Frame.h"

#include <QtEndian>

namespace ledger::net {

using core::Error;
using core::ErrorCode;

namespace {
bool knownType(std::uint8_t t)
{
    return t >= std::uint8_t(FrameType::Hello) && t <= std::uint8_t(FrameType::Data);
}
} // namespace

QByteArray frameHeader(FrameType type, qsizetype bodySize)
{
    QByteArray out(FrameHeaderSize, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(bodySize + 2), out.data());
    out[4] = char(FrameVersion);
    out[5] = char(type);
    return out;
}

QByteArray encodeFrame(FrameType type, QByteArrayView body)
{
    QByteArray out = frameHeader(type, body.size());
    out.append(body);
    return out;
}

QByteArray dataFramePrefix(std::uint8_t channel, qsizetype payloadSize)
{
    QByteArray out = frameHeader(FrameType::Data, payloadSize + 1);
    out.append(char(channel));
    return out;
}

void FrameDecoder::feed(QByteArrayView bytes)
{
    if (m_error)
        return;
    // Drop consumed bytes before growing, so the buffer holds at most one
    // partial frame plus the latest chunk.
    if (m_pos > 0 && (m_pos == m_buffer.size() || m_pos >= m_buffer.size() / 2)) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
}

core::Result<std::optional<Frame>> FrameDecoder::failWith(Error error)
{
    m_error = error;
    m_buffer.clear();
    m_pos = 0;
    return core::fail(std::move(error));
}

core::Result<std::optional<Frame>> FrameDecoder::next()
{
    if (m_error)
        return core::fail(*m_error);
    const qsizetype available = m_buffer.size() - m_pos;
    if (available < FrameLengthSize)
        return std::optional<Frame>();
    const char *p = m_buffer.constData() + m_pos;
    const quint32 length = qFromBigEndian<quint32>(p);
    // Checked from the four length bytes alone: an oversize frame is refused
    // before any of its body is read or allocated.
    if (length > m_maxFrameLength) {
        return failWith(Error(ErrorCode::TooLarge,
                              QStringLiteral("frame of %1 bytes exceeds the maximum of %2")
                                  .arg(length)
                                  .arg(m_maxFrameLength),
                              QStringLiteral("length")));
    }
    if (length < 2)
        return failWith(Error(ErrorCode::Truncated, QStringLiteral("frame shorter than its header"),
                              QStringLiteral("length")));
    if (available >= FrameHeaderSize) {
        const auto version = std::uint8_t(p[4]);
        if (version != FrameVersion)
            return failWith(Error(ErrorCode::BadVersion,
                                  QStringLiteral("unknown frame version %1").arg(version),
                                  QStringLiteral("version")));
        const auto type = std::uint8_t(p[5]);
        if (!knownType(type))
            return failWith(Error(ErrorCode::BadType,
                                  QStringLiteral("unknown frame type %1").arg(type),
                                  QStringLiteral("type")));
    }
    if (available < FrameLengthSize + qsizetype(length))
        return std::optional<Frame>();

    Frame frame;
    frame.type = FrameType(std::uint8_t(p[5]));
    const qsizetype bodySize = qsizetype(length) - 2;
    if ((frame.type == FrameType::Ping || frame.type == FrameType::Pong) && bodySize != 0)
        return failWith(Error(ErrorCode::Invalid, QStringLiteral("keep-alive frame with a body"),
                              QStringLiteral("body")));
    if (frame.type == FrameType::Data && bodySize < 1)
        return failWith(Error(ErrorCode::Truncated, QStringLiteral("data frame without a channel"),
                              QStringLiteral("channel")));
    // A frame that fills the whole buffer is taken without a copy.
    if (m_pos == 0 && bodySize + FrameHeaderSize == m_buffer.size()) {
        frame.body = std::move(m_buffer);
        frame.body.remove(0, FrameHeaderSize);
        m_buffer = QByteArray();
        m_pos = 0;
    } else {
        frame.body = m_buffer.mid(m_pos + FrameHeaderSize, bodySize);
        m_pos += FrameHeaderSize + bodySize;
    }
    return std::optional<Frame>(std::move(frame));
}

} // namespace ledger::net
