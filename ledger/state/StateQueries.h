#pragma once

#include "ledger/core/Result.h"
#include "ledger/domain/FeedbackPayloads.h"
#include "ledger/domain/RecordPayloads.h"
#include "ledger/domain/Rejection.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace ledger::state {

class StateMachine;

// Read-only queries for the UI and the CLI over a StateMachine's tables.
// Every list is paginated (newest first unless stated) and every filter a
// screen uses is served by an index (Schema.cpp). Same thread as the
// StateMachine. Errors: Io if SQLite fails.
struct Page {
    int offset = 0;
    int limit = 50; // 1..500
};

struct TxOutcome {
    std::int64_t height = 0;
    int txIndex = 0;
    std::uint16_t type = 0;
    enum Kind : std::uint8_t { Applied = 1, Pending = 2, Rejected = 3 } outcome = Applied;
    domain::RejectReason reason = domain::RejectReason::None;
    QString detail;
};

struct RecordFilter {
    std::optional<domain::RecordKind> kind;
    std::optional<domain::RecordStatus> status;
    std::optional<std::uint32_t> orgId; // the record's organization
    std::optional<std::uint32_t> assigneeOrg; // tasks assigned to this organization
    bool publicOnly = false; // published, in progress or completed (what residents see)
};

struct RecordRow {
    QByteArray recordId;
    std::int64_t recordNo = 0;
    domain::RecordKind kind = domain::RecordKind::PartyAffairs;
    std::uint32_t orgId = 0;
    QString title;
    QString body;
    domain::RecordStatus status = domain::RecordStatus::Submitted;
    int revision = 1;
    std::uint32_t assigneeOrg = 0;
    std::int64_t deadlineMs = 0;
    int percent = 0;
    std::int64_t incomeFen = 0;
    std::int64_t expenseFen = 0;
    std::int64_t signups = 0;
    std::int64_t attended = 0;
    bool overdue = false;
    std::int64_t submittedMs = 0;
    std::int64_t updatedMs = 0;
};

struct TimelineEntry {
    std::int64_t height = 0;
    QByteArray txId;
    std::int64_t tsMs = 0;
    QByteArray actor; // public key, all zero for block-time events (overdue, auto-close)
    QString actorName; // staff display name, empty for nodes and block-time events
    std::uint32_t actorOrg = 0;
    QString action; // "submitted", "approved", "published", "overdue", ...
    QString detail;
};

struct InboxFilter {
    std::optional<std::uint32_t> orgId;
    std::optional<domain::FeedbackStatus> status;
    bool overdueOnly = false; // unresolved and past the deadline
    bool escalatedOnly = false; // the party committee's view
    bool includeHidden = true; // false for public views
};

struct FeedbackRow {
    QByteArray feedbackId;
    std::int64_t feedbackNo = 0;
    QString trackingCode;
    domain::FeedbackKind kind = domain::FeedbackKind::Suggestion;
    QString category;
    QString text;
    std::uint32_t orgId = 0;
    QByteArray pseudonym; // empty when anonymous
    domain::FeedbackStatus status = domain::FeedbackStatus::Open;
    std::int64_t submittedMs = 0;
    std::int64_t deadlineMs = 0;
    bool overdue = false;
    bool escalated = false;
    bool hidden = false;
    QString hiddenReason;
    int satisfaction = 0;
    int replies = 0;
};

struct ScoreFilter {
    QByteArray pseudonym; // empty = all
    QString ruleCode; // empty = all
    std::optional<int> period; // yyyymm
};

struct ScoreEventRow {
    QByteArray eventId;
    std::int64_t eventNo = 0;
    QByteArray pseudonym;
    QString ruleCode;
    QString ruleTitle;
    std::int64_t points = 0;
    int period = 0;
    std::int64_t tsMs = 0;
    std::int64_t height = 0;
    std::uint32_t orgId = 0;
    QString note;
    bool reversed = false;
};

struct Statement {
    QByteArray pseudonym;
    std::int64_t earned = 0; // net points from score events
    std::int64_t redeemed = 0;
    std::int64_t balance = 0;
    QString level; // from the handbook in effect, empty below the first level
    QString maskedName; // only with consent
    std::vector<ScoreEventRow> events; // newest first, page
};

struct RankingRow {
    int rank = 0; // 1-based, ties share a rank
    QByteArray pseudonym;
    QString maskedName; // empty without consent
    std::int64_t points = 0;
};

struct Dashboard {
    std::int64_t appliedHeight = -1;
    std::int64_t recordsSubmitted = 0; // waiting for a secretary
    std::int64_t recordsPublished = 0;
    std::int64_t tasksOverdue = 0;
    std::int64_t feedbackOpen = 0;
    std::int64_t feedbackOverdue = 0;
    std::int64_t feedbackEscalated = 0;
    std::int64_t pendingApprovals = 0;
    std::int64_t residents = 0;
    std::int64_t scoreEventsThisMonth = 0;
    std::int64_t rejectedTransactions = 0;
};

struct PendingRow {
    QByteArray txId;
    std::uint16_t type = 0;
    QByteArray author;
    std::uint32_t orgId = 0;
    std::int64_t height = 0;
};

class StateQueries
{
public:
    explicit StateQueries(const StateMachine &state);

    // The outcome of a committed transaction. `height` is its block, from the
    // block store's id index (BlockStore::transactionHeight): tx_results is keyed
    // by position.
    std::optional<TxOutcome> txOutcome(const chain::TxId &txId, std::uint64_t height) const;
    core::Result<std::vector<RecordRow>> records(const RecordFilter &f, Page page) const;
    std::optional<RecordRow> record(const QByteArray &recordId) const;
    core::Result<std::vector<TimelineEntry>> timeline(const QByteArray &subject) const;
    core::Result<std::vector<FeedbackRow>> inbox(const InboxFilter &f, Page page) const;
    std::optional<FeedbackRow> feedbackByTrackingCode(QStringView typed) const;
    core::Result<std::vector<ScoreEventRow>> scoreEvents(const ScoreFilter &f, Page page) const;
    core::Result<Statement> statement(const QByteArray &pseudonym, Page page) const;
    // period: yyyymm (month), yyyy (year) or 0 (all time).
    core::Result<std::vector<RankingRow>> ranking(int period, Page page) const;
    core::Result<Dashboard> dashboard(std::int64_t nowBlockMs) const;
    core::Result<std::vector<PendingRow>> pendingApprovals(Page page) const;

private:
    const StateMachine &m_state;
};

} // namespace ledger::state
