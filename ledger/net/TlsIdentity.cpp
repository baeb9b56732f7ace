#include "ledger/net/TlsIdentity.h"

#include "ledger/crypto/Sha256.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <memory>

namespace ledger::net {

namespace {
template<auto Free>
struct Deleter {
    template<class T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;

core::Error opensslError(const char *what)
{
    return core::Error(core::ErrorCode::Unavailable,
                       QStringLiteral("OpenSSL failed to %1").arg(QLatin1String(what)),
                       QStringLiteral("tls_identity"));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}
} // namespace

QString TlsIdentity::commonName()
{
    return QStringLiteral("gongzhi-node");
}

crypto::Digest certificateDigest(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return crypto::Sha256::hash(certificate.toDer());
}

core::Result<TlsIdentity> TlsIdentity::generate()
{
    PkeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return core::fail(opensslError("generate a P-256 key"));

    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return core::fail(opensslError("create a certificate"));
    // A random 64-bit serial (RFC 5280 §4.1.2.2: positive, unique per issuer).
    unsigned char serial[8];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return core::fail(opensslError("draw a serial number"));
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialSet = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    if (!serialSet)
        return core::fail(opensslError("set the serial number"));
    // Validity carries no meaning here (the binding handshake is the check),
    // so the window is wide enough that office PCs with skewed clocks never
    // see "not yet valid" or "expired".
    constexpr long kDay = 24L * 60 * 60;
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -365 * kDay)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), 20 * 365 * kDay))
        return core::fail(opensslError("set the validity"));
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName().toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()),
                                   int(cn.size()), -1, 0)
            != 1
        || X509_set_issuer_name(cert.get(), name) != 1
        || X509_set_pubkey(cert.get(), key.get()) != 1
        || X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return core::fail(opensslError("sign the certificate"));

    BioPtr keyBio(BIO_new(BIO_s_mem()));
    BioPtr certBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certBio
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1
        || PEM_write_bio_X509(certBio.get(), cert.get()) != 1)
        return core::fail(opensslError("encode the identity as PEM"));

    TlsIdentity id;
    QByteArray keyPem = bioContents(keyBio.get());
    id.m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    keyPem.fill('\0');
    id.m_certificate = QSslCertificate(bioContents(certBio.get()), QSsl::Pem);
    if (id.m_key.isNull() || id.m_certificate.isNull())
        return core::fail(opensslError("load the identity into Qt"));
    id.m_digest = net::certificateDigest(id.m_certificate);
    return id;
}

} // namespace ledger::net
