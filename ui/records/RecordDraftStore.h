#pragma once

#include "ledger/core/Result.h"
#include "ledger/domain/RecordPayloads.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

namespace ui {

// A record being written: local to this PC until it is submitted (drafts are
// not on the ledger). May be incomplete, so it is kept as fields, not as an
// encoded payload.
struct RecordDraft {
    qint64 id = 0; // 0 = not stored yet
    ledger::domain::RecordSubmitted record;
    std::int64_t updatedMs = 0;
    QByteArray submittedTx; // set once submitted; kept until the ledger has it
};

// The drafts of the people who sign in at this PC: one small SQLite file in
// the data directory (DIR/drafts.db), one row per draft, per author key.
// Used on the UI thread: a few rows, written when someone presses Save.
class RecordDraftStore
{
public:
    ~RecordDraftStore();
    static ledger::core::Result<std::unique_ptr<RecordDraftStore>> open(const QString &path);

    // Inserts (id 0) or updates the draft; returns its id.
    ledger::core::Result<qint64> save(const QByteArray &author, const RecordDraft &draft);
    ledger::core::Status remove(qint64 id);
    ledger::core::Status markSubmitted(qint64 id, const QByteArray &txId);
    // The author's drafts, most recently changed first.
    ledger::core::Result<std::vector<RecordDraft>> drafts(const QByteArray &author) const;

    static QByteArray toJson(const ledger::domain::RecordSubmitted &record);
    static ledger::domain::RecordSubmitted fromJson(const QByteArray &json);

private:
    RecordDraftStore() = default;
    QString m_connection;
};

} // namespace ui
