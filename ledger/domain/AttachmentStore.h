#pragma once

#include "ledger/domain/Types.h"

#include <QString>

namespace ledger::domain {

// The local content-addressed store of attachment bytes (minutes, photos,
// receipts). The ledger holds only an AttachmentRef (SHA-256 + size); the
// bytes live here, under  <root>/<first two hex digits>/<64 hex digits>,
// so a file's name is its hash and anyone can check it. Replication between
// nodes comes later. Not thread-safe; one store per node.
class AttachmentStore
{
public:
    explicit AttachmentStore(QString root);

    // Stores `bytes` (atomically; storing the same bytes twice is a no-op)
    // and returns the reference to put on the ledger.
    core::Result<AttachmentRef> put(QByteArrayView bytes, const QString &name);
    // The bytes of `sha256`, checked: NotFound if absent, Corrupt if the file
    // no longer hashes to its name.
    core::Result<QByteArray> get(const crypto::Digest &sha256) const;
    // Checks that the referenced bytes are present with the right size and hash.
    core::Status check(const AttachmentRef &ref) const;
    bool contains(const crypto::Digest &sha256) const;
    QString pathOf(const crypto::Digest &sha256) const;

private:
    QString m_root;
};

} // namespace ledger::domain
