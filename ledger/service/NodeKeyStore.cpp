#include "ledger/service/NodeKeyStore.h"

#include "ledger/crypto/KeyFile.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace ledger::service {

using core::ErrorCode;
using core::fail;

namespace {

// One keychain job bounded by a timeout: `finished` is called exactly once,
// with the job (null on timeout). A job that answers after the timeout is
// ignored and deleted when it does.
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
    // The timer must not die with the job before firing: it is the job's
    // child, and the job lives until it finishes.
    QObject::connect(timer, &QTimer::timeout, job, [done, finished] {
        if (!std::exchange(*done, true))
            finished(nullptr);
    });
    timer->start(timeoutMs);
    job->start();
}

QString nodeKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("node.key"));
}

core::Error keychainError(QKeychain::Job *job)
{
    if (!job)
        return core::Error(ErrorCode::Unavailable,
                           QStringLiteral("the system keychain did not answer in time"));
    if (job->error() == QKeychain::EntryNotFound)
        return core::Error(ErrorCode::NotFound,
                           QStringLiteral("no node key in node.key or the system keychain"));
    return core::Error(ErrorCode::Unavailable,
                       QStringLiteral("system keychain: ") + job->errorString());
}

} // namespace

QString NodeKeyStore::keychainKey(const node::NodeConfig &config)
{
    return QStringLiteral("node-key/%1/%2").arg(config.consortium.toHex(), config.nodeKey.toHex());
}

void NodeKeyStore::save(const QString &dataDir, const node::NodeConfig &config,
                        const crypto::KeyPair &key, QObject *receiver, SaveDone done, int timeoutMs,
                        bool forceFile)
{
    QPointer<QObject> guard(receiver);
    auto toFile = [dataDir, key, guard, done] {
        if (!guard)
            return;
        if (auto st = crypto::KeyFile::save(nodeKeyPath(dataDir), key, QString()); !st)
            done(tl::unexpected(st.error()));
        else
            done(Location::File);
    };
    if (forceFile || config.nodeKey != key.publicKey()) {
        if (config.nodeKey != key.publicKey()) {
            done(fail(ErrorCode::Conflict,
                      QStringLiteral("the key is not the one node.json names")));
            return;
        }
        QTimer::singleShot(0, receiver, toFile);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(keychainService());
    job->setKey(keychainKey(config));
    job->setBinaryData(crypto::KeyFile::encode(key, QString()));
    runBounded(job, timeoutMs, [guard, done, toFile](QKeychain::Job *j) {
        if (!guard)
            return;
        if (j && j->error() == QKeychain::NoError)
            done(Location::Keychain);
        else
            toFile(); // no keychain here: the file, and the UI warns
    });
}

void NodeKeyStore::load(const QString &dataDir, const node::NodeConfig &config, QObject *receiver,
                        LoadDone done, int timeoutMs)
{
    QPointer<QObject> guard(receiver);
    auto check = [config](core::Result<crypto::KeyPair> key,
                          const QString &where) -> core::Result<crypto::KeyPair> {
        if (key && key->publicKey() != config.nodeKey)
            return fail(core::Error(ErrorCode::Conflict,
                                    QStringLiteral("the node key does not match node.json"))
                            .inFile(where));
        return key;
    };
    const QString path = nodeKeyPath(dataDir);
    if (QFileInfo::exists(path)) {
        auto key = check(crypto::KeyFile::load(path, QString()), path);
        QTimer::singleShot(0, receiver, [guard, done, key] {
            if (guard)
                done(key, Location::File);
        });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(keychainService());
    job->setKey(keychainKey(config));
    runBounded(job, timeoutMs, [guard, done, check](QKeychain::Job *j) {
        if (!guard)
            return;
        if (!j || j->error() != QKeychain::NoError) {
            done(tl::unexpected(keychainError(j)), Location::Keychain);
            return;
        }
        const auto data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        done(check(crypto::KeyFile::decode(data, QString()), keychainService()),
             Location::Keychain);
    });
}

} // namespace ledger::service
