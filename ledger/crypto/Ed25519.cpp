#include "ledger/crypto/Ed25519.h"

#include "ledger/core/Enforce.h"
#include "ledger/crypto/Sha256.h"

#include <sodium.h>

#include <cstring>

namespace ledger::crypto {

namespace {
void ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    GONGZHI_ENFORCE(ok, "libsodium failed to initialise");
}
} // namespace

SecretSeed::SecretSeed()
{
    std::memset(m_seed, 0, Size);
}

SecretSeed::~SecretSeed()
{
    sodium_memzero(m_seed, Size);
}

SecretSeed::SecretSeed(const SecretSeed &other)
{
    std::memcpy(m_seed, other.m_seed, Size);
}

SecretSeed &SecretSeed::operator=(const SecretSeed &other)
{
    std::memcpy(m_seed, other.m_seed, Size);
    return *this;
}

SecretSeed SecretSeed::random()
{
    ensureSodium();
    SecretSeed s;
    randombytes_buf(s.m_seed, Size);
    return s;
}

std::optional<SecretSeed> SecretSeed::fromBytes(QByteArrayView bytes)
{
    if (std::size_t(bytes.size()) != Size)
        return std::nullopt;
    SecretSeed s;
    std::memcpy(s.m_seed, bytes.data(), Size);
    return s;
}

QByteArray SecretSeed::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(m_seed), qsizetype(Size));
}

KeyPair KeyPair::generate()
{
    return fromSeed(SecretSeed::random());
}

KeyPair KeyPair::fromSeed(const SecretSeed &seed)
{
    ensureSodium();
    KeyPair kp;
    kp.m_seed = seed;
    GONGZHI_ENFORCE(crypto_sign_seed_keypair(kp.m_public.data(), kp.m_expanded, seed.data()) == 0,
                    "Ed25519 key derivation failed");
    return kp;
}

KeyPair::~KeyPair()
{
    sodium_memzero(m_expanded, sizeof m_expanded);
}

Signature KeyPair::sign(QByteArrayView message) const
{
    Signature sig;
    crypto_sign_detached(sig.data(), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         static_cast<unsigned long long>(message.size()), m_expanded);
    return sig;
}

bool verify(const PublicKey &key, QByteArrayView message, const Signature &signature)
{
    ensureSodium();
    return crypto_sign_verify_detached(signature.data(),
                                       reinterpret_cast<const unsigned char *>(message.data()),
                                       static_cast<unsigned long long>(message.size()), key.data())
        == 0;
}

QString fingerprint(const PublicKey &key)
{
    const QString hex = Sha256::hash(key.view()).toHex().left(16);
    return hex.mid(0, 4) + QLatin1Char('-') + hex.mid(4, 4) + QLatin1Char('-') + hex.mid(8, 4)
        + QLatin1Char('-') + hex.mid(12, 4);
}

} // namespace ledger::crypto
