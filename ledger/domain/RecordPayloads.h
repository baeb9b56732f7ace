#pragma once

#include "ledger/domain/Types.h"

namespace ledger::domain {

// Governance records (治理记录), payloads of types 201-211 (docs/domain.md §Records).

// Values are part of the format.
enum class RecordKind : std::uint8_t {
    PartyAffairs = 1, // 党务公开
    ResidentsAffairs = 2, // 居务公开
    Financial = 3, // 财务公开: itemised lines
    Decision = 4, // 决策事项
    Task = 5, // 工作任务: assignee org + deadline
    Activity = 6, // 社区活动: sign-ups, attendance, points
};
bool isKnownRecordKind(std::uint8_t v);
const char *recordKindName(RecordKind k);

// Lifecycle (docs/domain.md §Record lifecycle). Stored in state, never on the wire.
enum class RecordStatus : std::uint8_t {
    Submitted = 1,
    Approved = 2,
    Rejected = 3,
    Published = 4,
    InProgress = 5,
    Completed = 6,
    Withdrawn = 7,
};
const char *recordStatusName(RecordStatus s);

enum class LineDirection : std::uint8_t { Income = 1, Expense = 2 };

// One itemised line of a financial disclosure:  u8 direction | string item | i64 amountFen
struct FinancialLine {
    LineDirection direction = LineDirection::Expense;
    QString item;
    std::int64_t amountFen = 0; // > 0, at most 10^13 fen (100 billion yuan)
    friend bool operator==(const FinancialLine &, const FinancialLine &) = default;
};

// The editable content of a record (submission and amendment):
//   string title | string body | u32 lineCount | lines | attachments
struct RecordContent {
    QString title;
    QString body;
    std::vector<FinancialLine> lines; // only for RecordKind::Financial (at least one)
    std::vector<AttachmentRef> attachments;
    void write(core::ByteWriter &w) const;
    static core::Result<RecordContent> read(core::ByteReader &r);
    core::Status validate(RecordKind kind) const;
    friend bool operator==(const RecordContent &, const RecordContent &) = default;
};

// RecordSubmitted:
//   u8 kind | content | u32 assigneeOrgId | i64 deadlineMs
//   | i64 activityStartMs | i64 activityEndMs | u32 capacity | string awardRuleCode
// Task fields are set only for tasks (assignee != 0, deadline > 0) and zero
// otherwise; activity fields only for activities (start < end, capacity 0 =
// unlimited, awardRuleCode empty = attendance earns no points).
// The record id is this transaction's id; its organization is the author's.
struct RecordSubmitted {
    RecordKind kind = RecordKind::PartyAffairs;
    RecordContent content;
    std::uint32_t assigneeOrgId = 0;
    std::int64_t deadlineMs = 0;
    std::int64_t activityStartMs = 0;
    std::int64_t activityEndMs = 0;
    std::uint32_t capacity = 0;
    QString awardRuleCode;
    void write(core::ByteWriter &w) const;
    static core::Result<RecordSubmitted> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const RecordSubmitted &, const RecordSubmitted &) = default;
};

// RecordApproved / RecordRejected / RecordWithdrawn: recordId[32] | string comment
// (the comment is the reason of a rejection or withdrawal and is then required).
struct RecordDecision {
    RecordId recordId;
    QString comment;
    void write(core::ByteWriter &w) const;
    static core::Result<RecordDecision> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const RecordDecision &, const RecordDecision &) = default;
};

// RecordPublished: recordId[32]
struct RecordRef {
    RecordId recordId;
    void write(core::ByteWriter &w) const;
    static core::Result<RecordRef> read(core::ByteReader &r);
    core::Status validate() const { return {}; }
    friend bool operator==(const RecordRef &, const RecordRef &) = default;
};

// RecordProgress / RecordCompleted: recordId[32] | u8 percent | string text | attachments
// (percent 0..100; a completion always says 100).
struct RecordProgress {
    RecordId recordId;
    std::uint8_t percent = 0;
    QString text;
    std::vector<AttachmentRef> attachments;
    void write(core::ByteWriter &w) const;
    static core::Result<RecordProgress> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const RecordProgress &, const RecordProgress &) = default;
};

// RecordAmended: recordId[32] | string reason | content
// The new content replaces the shown content; the old revision stays in the
// timeline and in state (revision numbers count up from 1).
struct RecordAmended {
    RecordId recordId;
    QString reason;
    RecordContent content;
    void write(core::ByteWriter &w) const;
    static core::Result<RecordAmended> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const RecordAmended &, const RecordAmended &) = default;
};

// ActivitySignedUp / ActivityAttended: recordId[32] | pseudonym[16]
struct ActivityParticipation {
    RecordId recordId;
    Pseudonym pseudonym;
    void write(core::ByteWriter &w) const;
    static core::Result<ActivityParticipation> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const ActivityParticipation &, const ActivityParticipation &) = default;
};

} // namespace ledger::domain
