#include "ledger/service/PersonKeys.h"

#include "ledger/crypto/KeyFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThreadPool>

namespace ledger::service {

using core::ErrorCode;
using core::fail;

namespace {
// A key file is a small JSON document; anything larger is not one.
constexpr qint64 MaxKeyFileBytes = 16 * 1024;

std::optional<PersonKeys::Entry> readEntry(const QString &path)
{
    QFile f(path);
    if (f.size() > MaxKeyFileBytes || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray document = f.readAll();
    const auto json = QJsonDocument::fromJson(document).object();
    const auto key = crypto::PublicKey::fromHex(json.value(QLatin1String("public_key")).toString());
    if (!key)
        return std::nullopt;
    return PersonKeys::Entry { *key, path, crypto::KeyFile::isEncrypted(document) };
}

bool isPersonKeyFile(const QString &name)
{
    return name != QLatin1String("registry.key") && name != QLatin1String("node.key");
}
} // namespace

PersonKeys::PersonKeys(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

QString PersonKeys::keysDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("keys"));
}

QString PersonKeys::fileNameFor(const crypto::PublicKey &key)
{
    return QStringLiteral("person-%1.key").arg(key.toHex().left(16));
}

std::vector<PersonKeys::Entry> PersonKeys::list() const
{
    std::vector<Entry> out;
    const QDir dir(keysDir());
    const auto names = dir.entryList({ QStringLiteral("*.key") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (!isPersonKeyFile(name))
            continue;
        if (auto e = readEntry(dir.filePath(name)))
            out.push_back(*e);
    }
    return out;
}

std::optional<PersonKeys::Entry> PersonKeys::find(const crypto::PublicKey &key) const
{
    // The usual name first; founders' files are admin.key / secretary.key.
    if (auto e = readEntry(QDir(keysDir()).filePath(fileNameFor(key))); e && e->key == key)
        return e;
    for (const auto &e : list()) {
        if (e.key == key)
            return e;
    }
    return std::nullopt;
}

bool PersonKeys::has(const crypto::PublicKey &key) const
{
    return find(key).has_value();
}

core::Result<crypto::KeyPair> PersonKeys::unlock(const crypto::PublicKey &key,
                                                 const QString &password) const
{
    const auto entry = find(key);
    if (!entry)
        return fail(core::Error(ErrorCode::NotFound, QStringLiteral("no key file for this person"))
                        .inFile(keysDir()));
    auto pair = crypto::KeyFile::load(entry->path, entry->encrypted ? password : QString());
    if (!pair && pair.error().code == ErrorCode::BadKey && entry->encrypted)
        return fail(
            core::Error(ErrorCode::BadKey, QStringLiteral("wrong password")).inFile(entry->path));
    if (!pair)
        return tl::unexpected(pair.error());
    if (pair->publicKey() != key)
        return fail(
            core::Error(ErrorCode::Corrupt, QStringLiteral("the key file holds another key"))
                .inFile(entry->path));
    return pair;
}

void PersonKeys::unlockAsync(const crypto::PublicKey &key, const QString &password,
                             QObject *receiver,
                             std::function<void(core::Result<crypto::KeyPair>)> done) const
{
    QPointer<QObject> guard(receiver);
    const PersonKeys self = *this;
    QThreadPool::globalInstance()->start([self, key, password, guard, done = std::move(done)] {
        auto result = std::make_shared<core::Result<crypto::KeyPair>>(self.unlock(key, password));
        if (!guard)
            return;
        QMetaObject::invokeMethod(guard.data(), [guard, result, done] {
            if (guard)
                done(std::move(*result));
        });
    });
}

core::Status PersonKeys::save(const crypto::KeyPair &key, const QString &password) const
{
    if (!QDir().mkpath(keysDir()))
        return fail(core::Error(ErrorCode::Io, QStringLiteral("cannot create the keys folder"))
                        .inFile(keysDir()));
    QString path = QDir(keysDir()).filePath(fileNameFor(key.publicKey()));
    if (auto existing = find(key.publicKey()))
        path = existing->path; // a founder's admin.key stays admin.key
    return crypto::KeyFile::save(path, key, password);
}

core::Status PersonKeys::changePassword(const crypto::PublicKey &key, const QString &oldPassword,
                                        const QString &newPassword) const
{
    const auto pair = GONGZHI_TRY(unlock(key, oldPassword));
    return save(pair, newPassword);
}

} // namespace ledger::service
