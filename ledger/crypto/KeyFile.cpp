#include "ledger/crypto/KeyFile.h"

#include "ledger/core/Hex.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace ledger::crypto::KeyFile {

using core::ErrorCode;
using core::fail;

namespace {
constexpr auto Format = "gongzhi-key-v1";
constexpr auto Encrypted = "argon2id13+xsalsa20poly1305";
constexpr qsizetype MaxDocument = 16 * 1024;

QString hex(const unsigned char *p, std::size_t n)
{
    return core::toHex(QByteArrayView(reinterpret_cast<const char *>(p), qsizetype(n)));
}

core::Result<QByteArray> hexField(const QJsonObject &o, const char *name, qsizetype size)
{
    const auto bytes = core::fromHex(o.value(QLatin1String(name)).toString());
    if (!bytes || (size >= 0 && bytes->size() != size))
        return fail(ErrorCode::BadEncoding, QStringLiteral("missing or malformed"),
                    QString::fromLatin1(name));
    return *bytes;
}

bool deriveKey(unsigned char *out, const QString &passphrase, const unsigned char *salt,
               unsigned long long ops, std::size_t mem)
{
    QByteArray pw = passphrase.toUtf8();
    const int rc = crypto_pwhash(out, crypto_secretbox_KEYBYTES, pw.constData(),
                                 static_cast<unsigned long long>(pw.size()), salt, ops, mem,
                                 crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(pw.data(), std::size_t(pw.size()));
    return rc == 0;
}
} // namespace

QByteArray encode(const KeyPair &key, const QString &passphrase)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(Format));
    o.insert(QStringLiteral("public_key"), key.publicKey().toHex());
    if (passphrase.isEmpty()) {
        o.insert(QStringLiteral("protection"), QStringLiteral("none"));
        o.insert(QStringLiteral("seed"), hex(key.seed().data(), SecretSeed::Size));
    } else {
        unsigned char salt[crypto_pwhash_SALTBYTES];
        unsigned char nonce[crypto_secretbox_NONCEBYTES];
        unsigned char k[crypto_secretbox_KEYBYTES];
        unsigned char box[crypto_secretbox_MACBYTES + SecretSeed::Size];
        randombytes_buf(salt, sizeof salt);
        randombytes_buf(nonce, sizeof nonce);
        const auto ops = crypto_pwhash_OPSLIMIT_MODERATE;
        const auto mem = crypto_pwhash_MEMLIMIT_MODERATE;
        if (!deriveKey(k, passphrase, salt, ops, mem))
            qFatal("Argon2id key derivation ran out of memory");
        crypto_secretbox_easy(box, key.seed().data(), SecretSeed::Size, nonce, k);
        sodium_memzero(k, sizeof k);
        o.insert(QStringLiteral("protection"), QLatin1String(Encrypted));
        o.insert(QStringLiteral("salt"), hex(salt, sizeof salt));
        o.insert(QStringLiteral("opslimit"), double(ops));
        o.insert(QStringLiteral("memlimit"), double(mem));
        o.insert(QStringLiteral("nonce"), hex(nonce, sizeof nonce));
        o.insert(QStringLiteral("ciphertext"), hex(box, sizeof box));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool isEncrypted(QByteArrayView document)
{
    const auto o = QJsonDocument::fromJson(document.toByteArray()).object();
    return o.value(QStringLiteral("protection")).toString() == QLatin1String(Encrypted);
}

core::Result<KeyPair> decode(QByteArrayView document, const QString &passphrase)
{
    if (document.size() > MaxDocument)
        return fail(ErrorCode::TooLarge, QStringLiteral("key file larger than 16 KiB"));
    QJsonParseError err {};
    const auto doc = QJsonDocument::fromJson(document.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::BadEncoding, QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        return fail(ErrorCode::BadVersion, QStringLiteral("not a gongzhi-key-v1 file"),
                    QStringLiteral("format"));
    const QByteArray pub = GONGZHI_TRY(hexField(o, "public_key", 32));
    const QString protection = o.value(QStringLiteral("protection")).toString();

    SecretSeed seed;
    if (protection == QLatin1String("none")) {
        const QByteArray s = GONGZHI_TRY(hexField(o, "seed", SecretSeed::Size));
        seed = *SecretSeed::fromBytes(s);
    } else if (protection == QLatin1String(Encrypted)) {
        if (passphrase.isEmpty())
            return fail(ErrorCode::BadKey, QStringLiteral("the key is protected by a passphrase"));
        const QByteArray salt = GONGZHI_TRY(hexField(o, "salt", crypto_pwhash_SALTBYTES));
        const QByteArray nonce = GONGZHI_TRY(hexField(o, "nonce", crypto_secretbox_NONCEBYTES));
        const QByteArray box
            = GONGZHI_TRY(hexField(o, "ciphertext", crypto_secretbox_MACBYTES + SecretSeed::Size));
        const double ops = o.value(QStringLiteral("opslimit")).toDouble(-1);
        const double mem = o.value(QStringLiteral("memlimit")).toDouble(-1);
        // Bounded so a hostile file cannot make us allocate gigabytes.
        if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > 16 || mem < crypto_pwhash_MEMLIMIT_MIN
            || mem > 1024.0 * 1024 * 1024)
            return fail(ErrorCode::BadValue, QStringLiteral("key-derivation limits out of range"));
        unsigned char k[crypto_secretbox_KEYBYTES];
        unsigned char plain[SecretSeed::Size];
        const auto *saltp = reinterpret_cast<const unsigned char *>(salt.constData());
        if (!deriveKey(k, passphrase, saltp, static_cast<unsigned long long>(ops),
                       std::size_t(mem)))
            return fail(ErrorCode::Io, QStringLiteral("key derivation ran out of memory"));
        const int rc = crypto_secretbox_open_easy(
            plain, reinterpret_cast<const unsigned char *>(box.constData()),
            static_cast<unsigned long long>(box.size()),
            reinterpret_cast<const unsigned char *>(nonce.constData()), k);
        sodium_memzero(k, sizeof k);
        if (rc != 0)
            return fail(ErrorCode::BadKey, QStringLiteral("wrong passphrase"));
        seed
            = *SecretSeed::fromBytes(QByteArrayView(reinterpret_cast<char *>(plain), sizeof plain));
        sodium_memzero(plain, sizeof plain);
    } else {
        return fail(ErrorCode::BadValue, QStringLiteral("unknown protection"),
                    QStringLiteral("protection"));
    }
    KeyPair kp = KeyPair::fromSeed(seed);
    if (kp.publicKey().view() != QByteArrayView(pub))
        return fail(ErrorCode::BadKey, QStringLiteral("public key does not match the private key"));
    return kp;
}

core::Status save(const QString &path, const KeyPair &key, const QString &passphrase)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(core::Error(ErrorCode::Io, f.errorString()).inFile(path));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(encode(key, passphrase));
    if (!f.commit())
        return fail(core::Error(ErrorCode::Io, f.errorString()).inFile(path));
    return {};
}

core::Result<KeyPair> load(const QString &path, const QString &passphrase)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(core::Error(ErrorCode::NotFound, f.errorString()).inFile(path));
    auto r = decode(f.read(MaxDocument + 1), passphrase);
    if (!r)
        r.error().inFile(path);
    return r;
}

} // namespace ledger::crypto::KeyFile
