#include "ledger/service/RegistryKeyStore.h"

#include "ledger/core/Hex.h"
#include "ledger/crypto/KeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace ledger::service {

using core::ErrorCode;
using core::fail;

namespace {

const auto NeedsPassphrase = QStringLiteral("passphrase required");

// As NodeKeyStore: `finished` exactly once, with the job or null on timeout.
void runBounded(QKeychain::Job *job, int timeoutMs, std::function<void(QKeychain::Job *)> finished)
{
    auto done = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    job->setAutoDelete(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [done, finished](QKeychain::Job *j) {
        if (!std::exchange(*done, true))
            finished(j);
        j->deleteLater();
    });
    QObject::connect(timer, &QTimer::timeout, job, [done, finished] {
        if (!std::exchange(*done, true))
            finished(nullptr);
    });
    timer->start(timeoutMs);
    job->start();
}

struct Unlocked {
    QMutex mutex;
    QHash<QString, QByteArray> keys; // by canonical data directory
};

Unlocked &unlocked()
{
    static Unlocked u;
    return u;
}

QString canonical(const QString &dataDir)
{
    const QString c = QFileInfo(dataDir).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(QDir(dataDir).absolutePath()) : c;
}

QByteArray rememberedKey(const QString &dataDir)
{
    QMutexLocker lock(&unlocked().mutex);
    return unlocked().keys.value(canonical(dataDir));
}

} // namespace

QString RegistryKeyStore::plainKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("keys/registry.key"));
}

QString RegistryKeyStore::protectedKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("keys/registry-key.json"));
}

QString RegistryKeyStore::keychainKey(const node::NodeConfig &config)
{
    return QStringLiteral("registry-key/%1/%2").arg(config.consortium.toHex()).arg(config.orgId);
}

QByteArray RegistryKeyStore::generate()
{
    return crypto::SecretSeed::random().toByteArray();
}

bool RegistryKeyStore::isNeedsPassphrase(const core::Error &error)
{
    return error.code == ErrorCode::BadKey && error.detail == NeedsPassphrase;
}

core::Result<QByteArray> RegistryKeyStore::readPlainFile(const QString &dataDir)
{
    const QString path = plainKeyPath(dataDir);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(core::Error(ErrorCode::NotFound, f.errorString()).inFile(path));
    const QByteArray key = QByteArray::fromHex(f.read(256).trimmed());
    if (key.size() != KeySize)
        return fail(
            core::Error(ErrorCode::BadEncoding, QStringLiteral("not 64 hex digits")).inFile(path));
    return key;
}

core::Status RegistryKeyStore::saveProtectedFile(const QString &dataDir, const QByteArray &key,
                                                 const QString &passphrase)
{
    if (passphrase.isEmpty())
        return fail(ErrorCode::BadValue, QStringLiteral("a passphrase is required"));
    const auto seed = crypto::SecretSeed::fromBytes(key);
    if (!seed || key.size() != KeySize)
        return fail(ErrorCode::BadValue, QStringLiteral("a registry key has 32 bytes"));
    const QString path = protectedKeyPath(dataDir);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(core::Error(ErrorCode::Io, QStringLiteral("cannot make keys/")).inFile(path));
    return crypto::KeyFile::save(path, crypto::KeyPair::fromSeed(*seed), passphrase);
}

core::Result<QByteArray> RegistryKeyStore::loadProtectedFile(const QString &dataDir,
                                                             const QString &passphrase)
{
    if (passphrase.isEmpty())
        return fail(ErrorCode::BadKey, NeedsPassphrase);
    auto pair = crypto::KeyFile::load(protectedKeyPath(dataDir), passphrase);
    if (!pair)
        return fail(pair.error());
    // The document's Ed25519 seed is the registry key: the same Argon2id
    // stretching and sealing as a person's key file.
    return pair->seed().toByteArray();
}

void RegistryKeyStore::rememberUnlocked(const QString &dataDir, const QByteArray &key)
{
    QMutexLocker lock(&unlocked().mutex);
    unlocked().keys.insert(canonical(dataDir), key);
}

void RegistryKeyStore::forgetUnlocked()
{
    QMutexLocker lock(&unlocked().mutex);
    for (QByteArray &k : unlocked().keys)
        k.fill('\0');
    unlocked().keys.clear();
}

void RegistryKeyStore::load(const QString &dataDir, const node::NodeConfig &config,
                            QObject *receiver, LoadDone done, int timeoutMs)
{
    QPointer<QObject> guard(receiver);
    auto answer = [guard, done, receiver](core::Result<QByteArray> key, Location where) {
        QTimer::singleShot(0, receiver, [guard, done, key, where] {
            if (guard)
                done(key, where);
        });
    };
    if (QFileInfo::exists(plainKeyPath(dataDir))) {
        answer(readPlainFile(dataDir), Location::PlainFile);
        return;
    }
    if (const QByteArray key = rememberedKey(dataDir); !key.isEmpty()) {
        answer(key, Location::Memory);
        return;
    }
    const bool hasProtected = QFileInfo::exists(protectedKeyPath(dataDir));
    auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("gongzhi"));
    job->setKey(keychainKey(config));
    runBounded(job, timeoutMs, [guard, done, hasProtected](QKeychain::Job *j) {
        if (!guard)
            return;
        if (j && j->error() == QKeychain::NoError) {
            const QByteArray key = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
            if (key.size() == KeySize) {
                done(key, Location::Keychain);
                return;
            }
        }
        if (hasProtected) {
            done(fail(ErrorCode::BadKey, NeedsPassphrase), Location::ProtectedFile);
            return;
        }
        if (!j)
            done(fail(ErrorCode::Unavailable,
                      QStringLiteral("the system keychain did not answer in time")),
                 Location::Keychain);
        else
            done(fail(ErrorCode::NotFound, QStringLiteral("no resident registry key on this PC")),
                 Location::Keychain);
    });
}

void RegistryKeyStore::saveToKeychain(const node::NodeConfig &config, const QByteArray &key,
                                      QObject *receiver, SaveDone done, int timeoutMs)
{
    QPointer<QObject> guard(receiver);
    auto *job = new QKeychain::WritePasswordJob(QStringLiteral("gongzhi"));
    job->setKey(keychainKey(config));
    job->setBinaryData(key);
    runBounded(job, timeoutMs, [guard, done](QKeychain::Job *j) {
        if (!guard)
            return;
        if (j && j->error() == QKeychain::NoError)
            done({});
        else if (!j)
            done(fail(ErrorCode::Unavailable,
                      QStringLiteral("the system keychain did not answer in time")));
        else
            done(fail(ErrorCode::Unavailable,
                      QStringLiteral("system keychain: ") + j->errorString()));
    });
}

} // namespace ledger::service
