#pragma once

#include "ledger/domain/Types.h"

namespace ledger::domain {

// Credit scores (积分制), payloads of types 301-321 (docs/domain.md §Credit).
// Points are integers; a period is a calendar month in China Standard Time
// (UTC+8, fixed offset) of the block timestamp (see Period.h).

// category = string code | string name
struct ScoreCategory {
    QString code;
    QString name;
    friend bool operator==(const ScoreCategory &, const ScoreCategory &) = default;
};

// rule = string code | string categoryCode | string title | i64 points
//        | i64 capPerPeriod | bool evidenceRequired
// points != 0 (negative = deduction); capPerPeriod = the most |points| one
// resident may get from this rule in one month (0 = no cap).
struct ScoringRule {
    QString code;
    QString categoryCode;
    QString title;
    std::int64_t points = 0;
    std::int64_t capPerPeriod = 0;
    bool evidenceRequired = false;
    friend bool operator==(const ScoringRule &, const ScoringRule &) = default;
};

// level = string name | i64 minPoints   (ascending minPoints; the first is the floor)
struct Level {
    QString name;
    std::int64_t minPoints = 0;
    friend bool operator==(const Level &, const Level &) = default;
};

// HandbookProposed:
//   u32 version | string title | u32 n | categories | u32 n | rules | u32 n | levels
// Takes effect only once a secretary approves it (ApprovalGranted); version
// must be one more than the newest effective version.
struct ScoringHandbook {
    std::uint32_t version = 0;
    QString title;
    std::vector<ScoreCategory> categories;
    std::vector<ScoringRule> rules;
    std::vector<Level> levels;
    void write(core::ByteWriter &w) const;
    static core::Result<ScoringHandbook> read(core::ByteReader &r);
    core::Status validate() const;
    const ScoringRule *rule(const QString &code) const;
    friend bool operator==(const ScoringHandbook &, const ScoringHandbook &) = default;
};

// ScoreEventRecorded:
//   pseudonym[16] | string ruleCode | u32 handbookVersion | evidence[32] | string note
// The points come from the rule, never from the payload. handbookVersion must
// be the effective version when the block is applied (a stale client is told).
// evidence is the SHA-256 of an attachment, all zero for none.
struct ScoreEventRecorded {
    Pseudonym pseudonym;
    QString ruleCode;
    std::uint32_t handbookVersion = 0;
    crypto::Digest evidence;
    QString note;
    void write(core::ByteWriter &w) const;
    static core::Result<ScoreEventRecorded> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const ScoreEventRecorded &, const ScoreEventRecorded &) = default;
};

// ScoreReversed: eventId[32] | string reason
struct ScoreReversed {
    ScoreEventId eventId;
    QString reason;
    void write(core::ByteWriter &w) const;
    static core::Result<ScoreReversed> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const ScoreReversed &, const ScoreReversed &) = default;
};

// ScoreAppealed: eventId[32] | feedbackId[32]
// Links a score event to the feedback item in which the resident appeals it.
struct ScoreAppealed {
    ScoreEventId eventId;
    FeedbackId feedbackId;
    void write(core::ByteWriter &w) const;
    static core::Result<ScoreAppealed> read(core::ByteReader &r);
    core::Status validate() const { return {}; }
    friend bool operator==(const ScoreAppealed &, const ScoreAppealed &) = default;
};

// StoreItemListed: string itemCode | string name | i64 cost | bool active
// Lists, re-prices or delists (active=0) an item of the points store.
struct StoreItemListed {
    QString itemCode;
    QString name;
    std::int64_t cost = 0; // points, > 0
    bool active = true;
    void write(core::ByteWriter &w) const;
    static core::Result<StoreItemListed> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const StoreItemListed &, const StoreItemListed &) = default;
};

// PointsRedeemed: pseudonym[16] | string itemCode | u32 quantity
// Rejected if the balance would become negative.
struct PointsRedeemed {
    Pseudonym pseudonym;
    QString itemCode;
    std::uint32_t quantity = 1; // 1..100
    void write(core::ByteWriter &w) const;
    static core::Result<PointsRedeemed> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const PointsRedeemed &, const PointsRedeemed &) = default;
};

} // namespace ledger::domain
