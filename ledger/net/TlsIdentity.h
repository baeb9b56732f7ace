#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Types.h"

#include <QSslCertificate>
#include <QSslKey>

namespace ledger::net {

// A per-process TLS identity: a fresh ECDSA P-256 key and a self-signed
// X.509 certificate, generated with OpenSSL when the transport starts.
//
// Why not the node key itself: Qt 6.4's QSslKey cannot hold an Ed25519 key.
// The certificate carries no trust on its own (nobody signs it); it is bound
// to the node's Ed25519 ledger key by the handshake (Handshake.h), which signs
// the SHA-256 of this certificate's DER encoding. A new identity per process
// means a stolen TLS key is worthless after a restart.
class TlsIdentity
{
public:
    // The common name every Gongzhi TLS certificate carries. Clients verify
    // the peer against it instead of a host name (peers are dialed by IP).
    static QString commonName();

    // Unavailable if OpenSSL fails (e.g. no random source).
    static core::Result<TlsIdentity> generate();

    const QSslKey &privateKey() const { return m_key; }
    const QSslCertificate &certificate() const { return m_certificate; }
    // SHA-256 of the certificate's DER encoding, as signed in the handshake.
    const crypto::Digest &certificateDigest() const { return m_digest; }

private:
    QSslKey m_key;
    QSslCertificate m_certificate;
    crypto::Digest m_digest;
};

// SHA-256 of a certificate's DER encoding (zero for a null certificate).
crypto::Digest certificateDigest(const QSslCertificate &certificate);

} // namespace ledger::net
