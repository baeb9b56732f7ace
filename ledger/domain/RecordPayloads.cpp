#include "ledger/domain/RecordPayloads.h"

#include "ledger/domain/PayloadCodec.h"

namespace ledger::domain {

namespace {
constexpr std::int64_t MaxAmountFen = 10'000'000'000'000LL;

bool isKnownDirection(std::uint8_t v)
{
    return v == 1 || v == 2;
}

core::Status needText(const QString &s, const char *field)
{
    if (!isTidyText(s))
        return invalid(field, QStringLiteral("empty or untidy text"));
    return {};
}
} // namespace

bool isKnownRecordKind(std::uint8_t v)
{
    return v >= 1 && v <= 6;
}

const char *recordKindName(RecordKind k)
{
    switch (k) {
    case RecordKind::PartyAffairs: return "party_affairs";
    case RecordKind::ResidentsAffairs: return "residents_affairs";
    case RecordKind::Financial: return "financial";
    case RecordKind::Decision: return "decision";
    case RecordKind::Task: return "task";
    case RecordKind::Activity: return "activity";
    }
    return "unknown";
}

const char *recordStatusName(RecordStatus s)
{
    switch (s) {
    case RecordStatus::Submitted: return "submitted";
    case RecordStatus::Approved: return "approved";
    case RecordStatus::Rejected: return "rejected";
    case RecordStatus::Published: return "published";
    case RecordStatus::InProgress: return "in_progress";
    case RecordStatus::Completed: return "completed";
    case RecordStatus::Withdrawn: return "withdrawn";
    }
    return "unknown";
}

void RecordContent::write(core::ByteWriter &w) const
{
    w.string(title).string(body).u32(std::uint32_t(lines.size()));
    for (const auto &l : lines)
        w.u8(std::uint8_t(l.direction)).string(l.item).i64(l.amountFen);
    writeAttachments(w, attachments);
}

core::Result<RecordContent> RecordContent::read(core::ByteReader &r)
{
    RecordContent c;
    c.title = GONGZHI_TRY(r.string(limits::NameBytes, "title"));
    c.body = GONGZHI_TRY(r.string(limits::TextBytes, "body"));
    const auto n = GONGZHI_TRY(r.count(limits::Lines, 1 + 4 + 8, "lines"));
    c.lines.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        FinancialLine l;
        l.direction = GONGZHI_TRY(readEnum<LineDirection>(r, "line.direction", isKnownDirection));
        l.item = GONGZHI_TRY(r.string(limits::NameBytes, "line.item"));
        l.amountFen = GONGZHI_TRY(r.i64("line.amount_fen"));
        c.lines.push_back(std::move(l));
    }
    c.attachments = GONGZHI_TRY(readAttachments(r));
    return c;
}

core::Status RecordContent::validate(RecordKind kind) const
{
    GONGZHI_CHECK(needText(title, "title"));
    if (!body.isEmpty() && body.trimmed().isEmpty())
        return invalid("body", QStringLiteral("blank body"));
    if (kind == RecordKind::Financial && lines.empty())
        return invalid("lines", QStringLiteral("a financial disclosure needs itemised lines"));
    if (kind != RecordKind::Financial && !lines.empty())
        return invalid("lines", QStringLiteral("only financial disclosures have lines"));
    for (const auto &l : lines) {
        GONGZHI_CHECK(needText(l.item, "line.item"));
        if (l.amountFen <= 0 || l.amountFen > MaxAmountFen)
            return invalid("line.amount_fen", QStringLiteral("amount out of 1..10^13 fen"));
    }
    return validateAttachments(attachments);
}

void RecordSubmitted::write(core::ByteWriter &w) const
{
    w.u8(std::uint8_t(kind));
    content.write(w);
    w.u32(assigneeOrgId)
        .i64(deadlineMs)
        .i64(activityStartMs)
        .i64(activityEndMs)
        .u32(capacity)
        .string(awardRuleCode);
}

core::Result<RecordSubmitted> RecordSubmitted::read(core::ByteReader &r)
{
    RecordSubmitted p;
    p.kind = GONGZHI_TRY(readEnum<RecordKind>(r, "kind", isKnownRecordKind));
    p.content = GONGZHI_TRY(RecordContent::read(r));
    p.assigneeOrgId = GONGZHI_TRY(r.u32("assignee_org_id"));
    p.deadlineMs = GONGZHI_TRY(r.i64("deadline_ms"));
    p.activityStartMs = GONGZHI_TRY(r.i64("activity_start_ms"));
    p.activityEndMs = GONGZHI_TRY(r.i64("activity_end_ms"));
    p.capacity = GONGZHI_TRY(r.u32("capacity"));
    p.awardRuleCode = GONGZHI_TRY(r.string(limits::CodeBytes, "award_rule_code"));
    return p;
}

core::Status RecordSubmitted::validate() const
{
    GONGZHI_CHECK(content.validate(kind));
    const bool task = kind == RecordKind::Task;
    if (task != (assigneeOrgId != 0) || task != (deadlineMs > 0) || deadlineMs < 0)
        return invalid("deadline_ms",
                       QStringLiteral("tasks, and only tasks, have an assignee and a deadline"));
    const bool activity = kind == RecordKind::Activity;
    if (activity) {
        if (activityStartMs <= 0 || activityEndMs <= activityStartMs)
            return invalid("activity_end_ms", QStringLiteral("an activity needs start < end"));
        if (!awardRuleCode.isEmpty() && !isValidCode(awardRuleCode))
            return invalid("award_rule_code", QStringLiteral("malformed rule code"));
    } else if (activityStartMs != 0 || activityEndMs != 0 || capacity != 0
               || !awardRuleCode.isEmpty()) {
        return invalid("activity_start_ms", QStringLiteral("only activities have activity fields"));
    }
    return {};
}

void RecordDecision::write(core::ByteWriter &w) const
{
    w.fixed(recordId).string(comment);
}

core::Result<RecordDecision> RecordDecision::read(core::ByteReader &r)
{
    RecordDecision p;
    p.recordId = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("record_id"));
    p.comment = GONGZHI_TRY(r.string(limits::CommentBytes, "comment"));
    return p;
}

core::Status RecordDecision::validate() const
{
    if (!comment.isEmpty() && !isTidyText(comment))
        return invalid("comment", QStringLiteral("untidy comment"));
    return {};
}

void RecordRef::write(core::ByteWriter &w) const
{
    w.fixed(recordId);
}

core::Result<RecordRef> RecordRef::read(core::ByteReader &r)
{
    RecordRef p;
    p.recordId = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("record_id"));
    return p;
}

void RecordProgress::write(core::ByteWriter &w) const
{
    w.fixed(recordId).u8(percent).string(text);
    writeAttachments(w, attachments);
}

core::Result<RecordProgress> RecordProgress::read(core::ByteReader &r)
{
    RecordProgress p;
    p.recordId = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("record_id"));
    p.percent = GONGZHI_TRY(r.u8("percent"));
    p.text = GONGZHI_TRY(r.string(limits::TextBytes, "text"));
    p.attachments = GONGZHI_TRY(readAttachments(r));
    return p;
}

core::Status RecordProgress::validate() const
{
    if (percent > 100)
        return invalid("percent", QStringLiteral("percent out of 0..100"));
    GONGZHI_CHECK(needText(text, "text"));
    return validateAttachments(attachments);
}

void RecordAmended::write(core::ByteWriter &w) const
{
    w.fixed(recordId).string(reason);
    content.write(w);
}

core::Result<RecordAmended> RecordAmended::read(core::ByteReader &r)
{
    RecordAmended p;
    p.recordId = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("record_id"));
    p.reason = GONGZHI_TRY(r.string(limits::CommentBytes, "reason"));
    p.content = GONGZHI_TRY(RecordContent::read(r));
    return p;
}

core::Status RecordAmended::validate() const
{
    GONGZHI_CHECK(needText(reason, "reason"));
    // The kind is the record's, known only in state: check what holds for all kinds.
    GONGZHI_CHECK(needText(content.title, "title"));
    for (const auto &l : content.lines) {
        GONGZHI_CHECK(needText(l.item, "line.item"));
        if (l.amountFen <= 0 || l.amountFen > MaxAmountFen)
            return invalid("line.amount_fen", QStringLiteral("amount out of 1..10^13 fen"));
    }
    return validateAttachments(content.attachments);
}

void ActivityParticipation::write(core::ByteWriter &w) const
{
    w.fixed(recordId).fixed(pseudonym);
}

core::Result<ActivityParticipation> ActivityParticipation::read(core::ByteReader &r)
{
    ActivityParticipation p;
    p.recordId = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("record_id"));
    p.pseudonym = GONGZHI_TRY(r.fixed<16, PseudonymTag>("pseudonym"));
    return p;
}

core::Status ActivityParticipation::validate() const
{
    if (pseudonym.isZero())
        return invalid("pseudonym", QStringLiteral("all-zero pseudonym"));
    return {};
}

} // namespace ledger::domain
