#include "ledger/domain/AttachmentStore.h"

#include "ledger/crypto/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ledger::domain {

using core::ErrorCode;
using core::fail;

AttachmentStore::AttachmentStore(QString root)
    : m_root(std::move(root))
{
}

QString AttachmentStore::pathOf(const crypto::Digest &sha256) const
{
    const QString hex = sha256.toHex();
    return m_root + QLatin1Char('/') + hex.left(2) + QLatin1Char('/') + hex;
}

bool AttachmentStore::contains(const crypto::Digest &sha256) const
{
    return QFileInfo::exists(pathOf(sha256));
}

core::Result<AttachmentRef> AttachmentStore::put(QByteArrayView bytes, const QString &name)
{
    AttachmentRef ref;
    ref.sha256 = crypto::Sha256::hash(bytes);
    ref.size = std::uint64_t(bytes.size());
    ref.name = name;
    const QString path = pathOf(ref.sha256);
    if (check(ref))
        return ref;
    if (!QDir().mkpath(QFileInfo(path).path()))
        return fail(
            core::Error(ErrorCode::Io, QStringLiteral("cannot create the attachment folder"))
                .inFile(path));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes.data(), bytes.size()) != bytes.size()
        || !f.commit())
        return fail(core::Error(ErrorCode::Io, f.errorString()).inFile(path));
    return ref;
}

core::Result<QByteArray> AttachmentStore::get(const crypto::Digest &sha256) const
{
    const QString path = pathOf(sha256);
    QFile f(path);
    if (!f.exists())
        return fail(core::Error(ErrorCode::NotFound, QStringLiteral("attachment not in the store"))
                        .inFile(path));
    if (!f.open(QIODevice::ReadOnly))
        return fail(core::Error(ErrorCode::Io, f.errorString()).inFile(path));
    QByteArray bytes = f.readAll();
    if (crypto::Sha256::hash(bytes) != sha256)
        return fail(
            core::Error(ErrorCode::Corrupt, QStringLiteral("attachment does not match its hash"))
                .inFile(path));
    return bytes;
}

core::Status AttachmentStore::check(const AttachmentRef &ref) const
{
    auto bytes = get(ref.sha256);
    if (!bytes)
        return fail(bytes.error());
    if (std::uint64_t(bytes->size()) != ref.size)
        return fail(core::Error(ErrorCode::Corrupt,
                                QStringLiteral("attachment size differs from the ledger"))
                        .inFile(pathOf(ref.sha256)));
    return {};
}

} // namespace ledger::domain
