#include "ledger/domain/FeedbackPayloads.h"

#include "ledger/domain/PayloadCodec.h"

#include <QSet>

namespace ledger::domain {

namespace {
core::Status needText(const QString &s, const char *field)
{
    if (!isTidyText(s))
        return invalid(field, QStringLiteral("empty or untidy text"));
    return {};
}
} // namespace

bool isKnownFeedbackKind(std::uint8_t v)
{
    return v >= 1 && v <= 3;
}

const char *feedbackKindName(FeedbackKind k)
{
    switch (k) {
    case FeedbackKind::Suggestion: return "suggestion";
    case FeedbackKind::Complaint: return "complaint";
    case FeedbackKind::HelpRequest: return "help_request";
    }
    return "unknown";
}

const char *feedbackStatusName(FeedbackStatus s)
{
    switch (s) {
    case FeedbackStatus::Open: return "open";
    case FeedbackStatus::Assigned: return "assigned";
    case FeedbackStatus::Replied: return "replied";
    case FeedbackStatus::Resolved: return "resolved";
    case FeedbackStatus::Closed: return "closed";
    }
    return "unknown";
}

void FeedbackSubmitted::write(core::ByteWriter &w) const
{
    w.u8(std::uint8_t(kind)).string(categoryCode).string(text).u32(targetOrgId).fixed(pseudonym);
}

core::Result<FeedbackSubmitted> FeedbackSubmitted::read(core::ByteReader &r)
{
    FeedbackSubmitted p;
    p.kind = GONGZHI_TRY(readEnum<FeedbackKind>(r, "kind", isKnownFeedbackKind));
    p.categoryCode = GONGZHI_TRY(r.string(limits::CodeBytes, "category_code"));
    p.text = GONGZHI_TRY(r.string(limits::TextBytes, "text"));
    p.targetOrgId = GONGZHI_TRY(r.u32("target_org_id"));
    p.pseudonym = GONGZHI_TRY(r.fixed<16, PseudonymTag>("pseudonym"));
    return p;
}

core::Status FeedbackSubmitted::validate() const
{
    if (!isValidCode(categoryCode))
        return invalid("category_code", QStringLiteral("malformed code"));
    return needText(text, "text");
}

void FeedbackAssigned::write(core::ByteWriter &w) const
{
    w.fixed(feedbackId).fixed(assignee);
}

core::Result<FeedbackAssigned> FeedbackAssigned::read(core::ByteReader &r)
{
    FeedbackAssigned p;
    p.feedbackId = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("feedback_id"));
    p.assignee = GONGZHI_TRY(r.fixed<32, crypto::PublicKeyTag>("assignee"));
    return p;
}

void FeedbackTransfer::write(core::ByteWriter &w) const
{
    w.fixed(feedbackId).u32(toOrgId).string(note);
}

core::Result<FeedbackTransfer> FeedbackTransfer::read(core::ByteReader &r)
{
    FeedbackTransfer p;
    p.feedbackId = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("feedback_id"));
    p.toOrgId = GONGZHI_TRY(r.u32("to_org_id"));
    p.note = GONGZHI_TRY(r.string(limits::CommentBytes, "note"));
    return p;
}

core::Status FeedbackTransfer::validate() const
{
    return needText(note, "note");
}

void FeedbackNote::write(core::ByteWriter &w) const
{
    w.fixed(feedbackId).string(text);
}

core::Result<FeedbackNote> FeedbackNote::read(core::ByteReader &r)
{
    FeedbackNote p;
    p.feedbackId = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("feedback_id"));
    p.text = GONGZHI_TRY(r.string(limits::TextBytes, "text"));
    return p;
}

core::Status FeedbackNote::validate() const
{
    return needText(text, "text");
}

void FeedbackConfirmed::write(core::ByteWriter &w) const
{
    w.fixed(feedbackId).boolean(solved).u8(satisfaction);
}

core::Result<FeedbackConfirmed> FeedbackConfirmed::read(core::ByteReader &r)
{
    FeedbackConfirmed p;
    p.feedbackId = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("feedback_id"));
    p.solved = GONGZHI_TRY(r.boolean("solved"));
    p.satisfaction = GONGZHI_TRY(r.u8("satisfaction"));
    return p;
}

core::Status FeedbackConfirmed::validate() const
{
    if (satisfaction > 5)
        return invalid("satisfaction", QStringLiteral("satisfaction out of 0..5"));
    return {};
}

void FeedbackCategoriesSet::write(core::ByteWriter &w) const
{
    w.u32(std::uint32_t(categories.size()));
    for (const auto &c : categories)
        w.string(c.code).string(c.name).u32(c.routeOrgId).u32(c.deadlineDays);
}

core::Result<FeedbackCategoriesSet> FeedbackCategoriesSet::read(core::ByteReader &r)
{
    FeedbackCategoriesSet p;
    const auto n = GONGZHI_TRY(r.count(limits::Categories, 4 + 4 + 4 + 4, "categories"));
    for (std::uint32_t i = 0; i < n; ++i) {
        FeedbackCategory c;
        c.code = GONGZHI_TRY(r.string(limits::CodeBytes, "category.code"));
        c.name = GONGZHI_TRY(r.string(limits::NameBytes, "category.name"));
        c.routeOrgId = GONGZHI_TRY(r.u32("category.route_org_id"));
        c.deadlineDays = GONGZHI_TRY(r.u32("category.deadline_days"));
        p.categories.push_back(std::move(c));
    }
    return p;
}

core::Status FeedbackCategoriesSet::validate() const
{
    if (categories.empty())
        return invalid("categories", QStringLiteral("at least one category"));
    QSet<QString> codes;
    for (const auto &c : categories) {
        if (!isValidCode(c.code) || codes.contains(c.code))
            return invalid("category.code", QStringLiteral("malformed or repeated code"));
        codes.insert(c.code);
        GONGZHI_CHECK(needText(c.name, "category.name"));
        if (c.routeOrgId == 0)
            return invalid("category.route_org_id",
                           QStringLiteral("a category routes to an organization"));
        if (c.deadlineDays < 1 || c.deadlineDays > 365)
            return invalid("category.deadline_days", QStringLiteral("out of 1..365"));
    }
    return {};
}

} // namespace ledger::domain
