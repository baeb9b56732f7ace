#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Types.h"

#include <QByteArray>

namespace ledger::crypto {

// Ed25519 (RFC 8032) through libsodium: the ledger's one signature scheme.
// Verification follows libsodium's rules: non-canonical S, small-order or
// non-canonical public keys and R values are rejected.

// A 32-byte private seed; the key pair is derived from it. The seed is the
// only secret: it is what KeyFile and the keychain store. Zeroed on destruction.
class SecretSeed
{
public:
    static constexpr std::size_t Size = 32;
    SecretSeed();
    ~SecretSeed();
    SecretSeed(const SecretSeed &other);
    SecretSeed &operator=(const SecretSeed &other);

    static SecretSeed random();
    static std::optional<SecretSeed> fromBytes(QByteArrayView bytes);
    const std::uint8_t *data() const { return m_seed; }
    QByteArray toByteArray() const; // caller must wipe it after use

private:
    std::uint8_t m_seed[Size];
};

class KeyPair
{
public:
    // A fresh key pair from the operating system's random source.
    static KeyPair generate();
    static KeyPair fromSeed(const SecretSeed &seed);

    const PublicKey &publicKey() const { return m_public; }
    const SecretSeed &seed() const { return m_seed; }
    Signature sign(QByteArrayView message) const;

    KeyPair(const KeyPair &) = default;
    KeyPair &operator=(const KeyPair &) = default;
    ~KeyPair();

private:
    KeyPair() = default;
    SecretSeed m_seed;
    PublicKey m_public;
    std::uint8_t m_expanded[64] = {}; // libsodium's secret key: seed || public
};

// True only if `signature` is a valid Ed25519 signature of `message` by `key`.
bool verify(const PublicKey &key, QByteArrayView message, const Signature &signature);

// A short, human-comparable fingerprint of a key: the first 8 bytes of
// SHA-256(key) as four groups of 4 hex digits ("3fa1-09bc-77de-12aa").
QString fingerprint(const PublicKey &key);

} // namespace ledger::crypto
