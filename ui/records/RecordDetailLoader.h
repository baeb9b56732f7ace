#pragma once

#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/RecordQueries.h"

#include <QHash>

namespace ui {

// One step of a record's history with the result of checking its signature
// against the block store.
struct VerifiedStep {
    enum class Signature : std::uint8_t {
        Verified, // the transaction is in the block store and its Ed25519 signature holds
        Invalid, // found, but the signature or the author does not match
        Missing, // not found in the block store
        BlockTime, // no signature: an effect of block time (e.g. overdue)
    };
    ledger::state::TimelineEntry entry;
    Signature signature = Signature::Missing;
};

struct RecordDetailData {
    ledger::core::Result<ledger::state::RecordDetail> detail
        = ledger::core::fail(ledger::core::ErrorCode::NotFound, QString());
    std::vector<VerifiedStep> steps;
    QHash<std::uint32_t, QString> organizations;
    QString error; // English, technical: why the timeline could not be read
};

// Runs on the facade's reader thread: the record, its timeline and each
// step's signature checked from the block store.
RecordDetailData loadRecordDetail(const ledger::service::QueryContext &context,
                                  const QByteArray &recordId);

} // namespace ui
