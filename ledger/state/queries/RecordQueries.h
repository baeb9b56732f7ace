#pragma once

#include "ledger/state/StateQueries.h"

#include <QHash>

#include <optional>
#include <vector>

namespace ledger::state {

// Read queries of the governance records screen (list with text search and
// sorting, a record's full detail). Same thread as the StateMachine; every
// list is paged. Errors: Io if SQLite fails.

enum class RecordSort : std::uint8_t { Number, Title, Kind, Status, Organization, Updated };

struct RecordListQuery {
    RecordFilter filter;
    QString text; // title or body contains it (LIKE, wildcards escaped); empty = all
    RecordSort sort = RecordSort::Number;
    bool ascending = false; // Number descending = newest first
};

core::Result<std::vector<RecordRow>> listRecords(const StateMachine &state,
                                                 const RecordListQuery &query, Page page);
core::Result<std::int64_t> countRecords(const StateMachine &state, const RecordListQuery &query);

struct RecordAttachment {
    domain::AttachmentRef ref;
    QByteArray ownerTx; // the submission, amendment or progress update that added it
};

struct RecordDetail {
    RecordRow row;
    QByteArray author; // the submitter's public key
    QString authorName;
    std::int64_t submittedHeight = 0;
    std::int64_t publishedMs = 0; // 0 = not published
    std::int64_t activityStartMs = 0;
    std::int64_t activityEndMs = 0;
    std::uint32_t capacity = 0;
    QString awardRuleCode;
    std::vector<domain::FinancialLine> lines; // of the current revision
    std::vector<RecordAttachment> attachments; // every revision's and progress update's
};

// NotFound if there is no such record.
core::Result<RecordDetail> recordDetail(const StateMachine &state, const QByteArray &recordId);

// Organization names by id, removed ones included (they still own records).
core::Result<QHash<std::uint32_t, QString>> organizationNames(const StateMachine &state);

} // namespace ledger::state
