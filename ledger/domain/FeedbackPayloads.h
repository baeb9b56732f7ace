#pragma once

#include "ledger/domain/Types.h"

namespace ledger::domain {

// Feedback inbox (意见箱), payloads of types 401-490 (docs/domain.md §Feedback).

enum class FeedbackKind : std::uint8_t { Suggestion = 1, Complaint = 2, HelpRequest = 3 };
bool isKnownFeedbackKind(std::uint8_t v);
const char *feedbackKindName(FeedbackKind k);

// Stored in state only.
enum class FeedbackStatus : std::uint8_t {
    Open = 1, // waiting at an organization
    Assigned = 2, // a person handles it
    Replied = 3, // answered, still open
    Resolved = 4, // the organization says it is solved; the resident may confirm or reopen
    Closed = 5, // confirmed by the resident or auto-closed after the policy's days
};
const char *feedbackStatusName(FeedbackStatus s);

// FeedbackSubmitted:
//   u8 kind | string categoryCode | string text | u32 targetOrgId | pseudonym[16]
// targetOrgId 0 = route by the category table; pseudonym all zero = anonymous.
// Signed by the staff member or kiosk node that took it in.
struct FeedbackSubmitted {
    FeedbackKind kind = FeedbackKind::Suggestion;
    QString categoryCode;
    QString text;
    std::uint32_t targetOrgId = 0;
    Pseudonym pseudonym;
    bool anonymous() const { return pseudonym.isZero(); }
    void write(core::ByteWriter &w) const;
    static core::Result<FeedbackSubmitted> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const FeedbackSubmitted &, const FeedbackSubmitted &) = default;
};

// FeedbackAssigned: feedbackId[32] | assignee[32] (a person key of the handling org)
struct FeedbackAssigned {
    FeedbackId feedbackId;
    crypto::PublicKey assignee;
    void write(core::ByteWriter &w) const;
    static core::Result<FeedbackAssigned> read(core::ByteReader &r);
    core::Status validate() const { return {}; }
    friend bool operator==(const FeedbackAssigned &, const FeedbackAssigned &) = default;
};

// FeedbackForwarded: feedbackId[32] | u32 toOrgId | string note
// FeedbackRefused:   feedbackId[32] | u32 toOrgId | string note
// A refusal ("not our responsibility") records the refusing org and person
// (the author) and sends the item to toOrgId, or to the party committee when 0;
// its note (the reason) is required.
struct FeedbackTransfer {
    FeedbackId feedbackId;
    std::uint32_t toOrgId = 0;
    QString note;
    void write(core::ByteWriter &w) const;
    static core::Result<FeedbackTransfer> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const FeedbackTransfer &, const FeedbackTransfer &) = default;
};

// FeedbackReplied / FeedbackResolved / FeedbackReopened / FeedbackHidden:
//   feedbackId[32] | string text   (reply, resolution note, reason, hiding reason)
struct FeedbackNote {
    FeedbackId feedbackId;
    QString text;
    void write(core::ByteWriter &w) const;
    static core::Result<FeedbackNote> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const FeedbackNote &, const FeedbackNote &) = default;
};

// FeedbackConfirmed: feedbackId[32] | bool solved | u8 satisfaction
// The resident's answer to a resolution (at the kiosk by tracking code):
// solved=0 reopens the item; satisfaction 1..5, or 0 for no rating.
struct FeedbackConfirmed {
    FeedbackId feedbackId;
    bool solved = true;
    std::uint8_t satisfaction = 0;
    void write(core::ByteWriter &w) const;
    static core::Result<FeedbackConfirmed> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const FeedbackConfirmed &, const FeedbackConfirmed &) = default;
};

// category = string code | string name | u32 routeOrgId | u32 deadlineDays
struct FeedbackCategory {
    QString code;
    QString name;
    std::uint32_t routeOrgId = 0; // where untargeted items go
    std::uint32_t deadlineDays = 7; // response deadline, 1..365 days of block time
    friend bool operator==(const FeedbackCategory &, const FeedbackCategory &) = default;
};

// FeedbackCategoriesSet: u32 n | categories
// Replaces the whole category → organization table; categories left out are
// retired (items already filed keep their deadline).
struct FeedbackCategoriesSet {
    std::vector<FeedbackCategory> categories;
    void write(core::ByteWriter &w) const;
    static core::Result<FeedbackCategoriesSet> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const FeedbackCategoriesSet &, const FeedbackCategoriesSet &) = default;
};

} // namespace ledger::domain
