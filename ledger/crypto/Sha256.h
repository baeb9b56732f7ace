#pragma once

#include "ledger/crypto/Types.h"

#include <QByteArrayView>

#include <memory>

namespace ledger::crypto {

// SHA-256 through OpenSSL (uses the CPU's SHA extensions where present).
// Thread-safe: each Sha256 object is used by one thread at a time.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    Sha256 &update(QByteArrayView bytes);
    Sha256 &update(const std::uint8_t *data, std::size_t size);
    // Returns the digest and resets the object for reuse.
    Digest finish();

    static Digest hash(QByteArrayView bytes);
    // SHA-256(prefix || a || b) without copying: the Merkle tree's hot path.
    static Digest hash3(std::uint8_t prefix, QByteArrayView a, QByteArrayView b = {});

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace ledger::crypto
