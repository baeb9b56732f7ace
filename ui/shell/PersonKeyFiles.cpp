#include "ui/shell/PersonKeyFiles.h"

#include "ledger/crypto/KeyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThreadPool>

namespace ui {

PersonKeyFiles::PersonKeyFiles(const QString &dataDir)
    : m_folder(QDir(dataDir).filePath(QStringLiteral("keys")))
{
}

std::vector<PersonKeyFiles::Entry> PersonKeyFiles::entries() const
{
    std::vector<Entry> out;
    const QDir dir(m_folder);
    for (const QString &name :
         dir.entryList({ QStringLiteral("*.key") }, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray document = f.read(64 * 1024);
        const QJsonObject o = QJsonDocument::fromJson(document).object();
        if (o.value(QStringLiteral("format")).toString() != QLatin1String("gongzhi-key-v1"))
            continue;
        const QByteArray key
            = QByteArray::fromHex(o.value(QStringLiteral("public_key")).toString().toLatin1());
        if (key.size() != 32)
            continue;
        out.push_back({ f.fileName(), key, ledger::crypto::KeyFile::isEncrypted(document) });
    }
    return out;
}

void PersonKeyFiles::unlock(const Entry &entry, const QString &password, QObject *receiver,
                            std::function<void(ledger::core::Result<ledger::crypto::KeyPair>)> done)
{
    QPointer<QObject> guard(receiver);
    const QString path = entry.path;
    QThreadPool::globalInstance()->start([path, password, guard, done = std::move(done)] {
        auto result = ledger::crypto::KeyFile::load(path, password);
        // Back to the application's thread (the receiver's: a widget), where
        // the guard may be read safely.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace ui
