#pragma once

#include "ledger/core/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace ledger::net {

// Wire format of every message between two nodes (docs/transport.md):
//
//   u32 length   number of bytes that follow this field (2 + body size)
//   u8  version  FrameVersion; anything else closes the connection
//   u8  type     FrameType
//   body         type-specific; Data = u8 channel + opaque payload
//
// Integers are big-endian. The length is checked against the receiver's
// maximum before a single body byte is buffered, so a hostile length can never
// make the receiver allocate it.
inline constexpr std::uint8_t FrameVersion = 1;
inline constexpr qsizetype FrameLengthSize = 4;
inline constexpr qsizetype FrameHeaderSize = FrameLengthSize + 2;
// Default maximum of the length field: 16 MiB.
inline constexpr std::uint32_t DefaultMaxFrameLength = 16u * 1024u * 1024u;
// Before authentication only handshake frames (about 120 bytes) are allowed.
inline constexpr std::uint32_t HandshakeMaxFrameLength = 1024;

enum class FrameType : std::uint8_t {
    Hello = 1, // handshake: version, consortium, genesis, node key, nonce
    Auth = 2, // handshake: Ed25519 signature over the transcript
    Ping = 3, // keep-alive request, empty body
    Pong = 4, // keep-alive answer, empty body
    Data = 5, // u8 channel + payload, only after authentication
};

struct Frame {
    FrameType type = FrameType::Ping;
    QByteArray body;
};

// The largest payload a Data frame can carry under a given maximum length.
constexpr qsizetype maxPayloadFor(std::uint32_t maxFrameLength)
{
    return qsizetype(maxFrameLength) - 3;
}

// The 6-byte header of a frame whose body has `bodySize` bytes.
QByteArray frameHeader(FrameType type, qsizetype bodySize);
// Header + body in one buffer (handshake and keep-alive frames).
QByteArray encodeFrame(FrameType type, QByteArrayView body = {});
// The 7-byte prefix of a Data frame: header + channel. The payload follows it
// on the wire without being copied into a frame buffer.
QByteArray dataFramePrefix(std::uint8_t channel, qsizetype payloadSize);

// Splits a byte stream into frames. Pure (no I/O, no Qt event loop) so that it
// can be fuzzed directly. After the first error the decoder stays failed: the
// caller must close the connection, since the stream has lost its framing.
class FrameDecoder
{
public:
    explicit FrameDecoder(std::uint32_t maxFrameLength = DefaultMaxFrameLength)
        : m_maxFrameLength(maxFrameLength)
    {
    }

    // Takes effect for the next frame header (raised after authentication).
    void setMaxFrameLength(std::uint32_t maxFrameLength) { m_maxFrameLength = maxFrameLength; }
    std::uint32_t maxFrameLength() const { return m_maxFrameLength; }

    // Appends bytes. The caller should feed in bounded chunks and drain with
    // next() after each, so at most one chunk beyond a frame is buffered.
    void feed(QByteArrayView bytes);
    // The next complete frame, nullopt if more bytes are needed, or an error
    // (TooLarge, BadVersion, BadType, Invalid) once the stream is unusable.
    core::Result<std::optional<Frame>> next();

    // Bytes buffered but not yet returned as a frame.
    qsizetype buffered() const { return m_buffer.size() - m_pos; }
    bool failed() const { return m_error.has_value(); }

private:
    core::Result<std::optional<Frame>> failWith(core::Error error);

    QByteArray m_buffer;
    qsizetype m_pos = 0; // start of the first unconsumed byte in m_buffer
    std::uint32_t m_maxFrameLength;
    std::optional<core::Error> m_error;
};

} // namespace ledger::net
