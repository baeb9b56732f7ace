#pragma once

#include "ledger/chain/Types.h"
#include "ledger/core/Result.h"
#include "ledger/crypto/Types.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace ledger::net {

// The application-level handshake that binds a TLS connection to two ledger
// node keys (docs/transport.md has the threat model). Pure functions: the
// transport and the hostile-peer tests both build their messages here.
//
// Right after TLS completes each side sends Hello, and on receiving the
// peer's Hello sends Auth = Ed25519(node key, transcript). The transcript
// names both TLS certificates, so a signature made on one TLS connection is
// worthless on any other: a man in the middle holds neither certificate's key.

inline constexpr std::uint16_t ProtocolVersion = 1;

struct NonceTag;
// 32 random bytes chosen by each side for each connection.
using Nonce = core::FixedBytes<32, NonceTag>;

enum class Role : std::uint8_t {
    Client = 0, // dialed the connection (TLS client)
    Server = 1, // accepted it (TLS server)
};

struct Hello {
    std::uint16_t version = ProtocolVersion;
    chain::ConsortiumId consortiumId;
    chain::BlockHash genesisHash;
    crypto::PublicKey nodeKey;
    Nonce nonce;

    friend bool operator==(const Hello &, const Hello &) = default;
};

// Hello body: u16 version, 16-byte consortium id, 32-byte genesis hash,
// 32-byte node key, 32-byte nonce. Exactly 114 bytes.
inline constexpr qsizetype HelloSize = 2 + 16 + 32 + 32 + 32;
QByteArray encodeHello(const Hello &hello);
// Strict: exact size, nothing trailing. The version is returned, not judged,
// so that the caller can log "peer speaks version N".
core::Result<Hello> decodeHello(QByteArrayView body);

// The invitation desk (docs/transport.md §Invitation desk): a PC that is not
// a member yet dials with a Hello whose consortium id and genesis hash are all
// zero, from a throw-away key. Such a connection never authenticates and never
// carries a Raft frame: it carries one desk request and one desk answer as
// Data frames on DeskChannel, at most DeskMaxFrameLength, then it is closed.
inline constexpr std::uint8_t DeskChannel = 0xDE;
inline constexpr std::uint32_t DeskMaxFrameLength = 256 * 1024;
bool isDeskHello(const Hello &hello);

// Auth body: the 64-byte signature.
core::Result<crypto::Signature> decodeAuth(QByteArrayView body);

// Everything one side signs. Both sides compute it from what they saw on
// their own connection; the certificate digests are SHA-256 of the DER
// encodings, the client's (dialer's) first.
struct Transcript {
    chain::ConsortiumId consortiumId;
    chain::BlockHash genesisHash;
    crypto::Digest clientCertificate;
    crypto::Digest serverCertificate;
    crypto::PublicKey clientKey;
    crypto::PublicKey serverKey;
    Nonce clientNonce;
    Nonce serverNonce;
};

// Domain-separated bytes signed by `signer`: the role is included so that a
// signature cannot be reflected back to the side that made it.
QByteArray transcriptBytes(const Transcript &t, Role signer);

} // namespace ledger::net
