#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"

#include <QByteArray>
#include <QString>

namespace ledger::crypto {

// Import and export of a private key as a small JSON document:
//   {"format":"gongzhi-key-v1","public_key":HEX,"protection":"argon2id13+xsalsa20poly1305",
//    "salt":HEX,"opslimit":N,"memlimit":N,"nonce":HEX,"ciphertext":HEX}
// or, for an unattended node key that must load without a person present,
//   {"format":"gongzhi-key-v1","public_key":HEX,"protection":"none","seed":HEX}
// (then the file's permissions are what protects it: written 0600).
// The passphrase is stretched with Argon2id (libsodium crypto_pwhash, the
// "moderate" limits) so a stolen file resists guessing.
namespace KeyFile {

// Encrypts when `passphrase` is non-empty.
QByteArray encode(const KeyPair &key, const QString &passphrase);
// Fails with BadKey on a wrong passphrase or a file whose public key does not
// match its seed; with BadEncoding/TooLarge on malformed input.
core::Result<KeyPair> decode(QByteArrayView document, const QString &passphrase);
bool isEncrypted(QByteArrayView document);

// Writes atomically with permissions 0600.
core::Status save(const QString &path, const KeyPair &key, const QString &passphrase);
core::Result<KeyPair> load(const QString &path, const QString &passphrase);

} // namespace KeyFile

} // namespace ledger::crypto
