#include "ledger/crypto/Sha256.h"

#include "ledger/core/Enforce.h"

#include <openssl/evp.h>

namespace ledger::crypto {

namespace {
// Fetched once: EVP_MD_fetch per call would dominate the cost of small hashes.
const EVP_MD *sha256Md()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    GONGZHI_ENFORCE(md != nullptr, "OpenSSL has no SHA256");
    return md;
}
} // namespace

struct Sha256::Impl {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Impl() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_impl(std::make_unique<Impl>())
{
    GONGZHI_ENFORCE(m_impl->ctx && EVP_DigestInit_ex2(m_impl->ctx, sha256Md(), nullptr) == 1,
                    "SHA-256 init failed");
}

Sha256::~Sha256() = default;

Sha256 &Sha256::update(QByteArrayView bytes)
{
    return update(reinterpret_cast<const std::uint8_t *>(bytes.data()), std::size_t(bytes.size()));
}

Sha256 &Sha256::update(const std::uint8_t *data, std::size_t size)
{
    if (size > 0)
        GONGZHI_ENFORCE(EVP_DigestUpdate(m_impl->ctx, data, size) == 1, "SHA-256 update failed");
    return *this;
}

Digest Sha256::finish()
{
    Digest out;
    unsigned int len = 0;
    GONGZHI_ENFORCE(EVP_DigestFinal_ex(m_impl->ctx, out.data(), &len) == 1 && len == 32,
                    "SHA-256 final failed");
    GONGZHI_ENFORCE(EVP_DigestInit_ex2(m_impl->ctx, sha256Md(), nullptr) == 1,
                    "SHA-256 reinit failed");
    return out;
}

Digest Sha256::hash(QByteArrayView bytes)
{
    thread_local Sha256 h;
    return h.update(bytes).finish();
}

Digest Sha256::hash3(std::uint8_t prefix, QByteArrayView a, QByteArrayView b)
{
    thread_local Sha256 h;
    h.update(&prefix, 1);
    h.update(a);
    h.update(b);
    return h.finish();
}

} // namespace ledger::crypto
