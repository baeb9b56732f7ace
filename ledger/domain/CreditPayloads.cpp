#include "ledger/domain/CreditPayloads.h"

#include "ledger/domain/PayloadCodec.h"

#include <QSet>

namespace ledger::domain {

namespace {
constexpr std::int64_t MaxPoints = 1'000'000;

core::Status needText(const QString &s, const char *field)
{
    if (!isTidyText(s))
        return invalid(field, QStringLiteral("empty or untidy text"));
    return {};
}

core::Status needCode(const QString &s, const char *field)
{
    if (!isValidCode(s))
        return invalid(field, QStringLiteral("malformed code"));
    return {};
}
} // namespace

void ScoringHandbook::write(core::ByteWriter &w) const
{
    w.u32(version).string(title).u32(std::uint32_t(categories.size()));
    for (const auto &c : categories)
        w.string(c.code).string(c.name);
    w.u32(std::uint32_t(rules.size()));
    for (const auto &r : rules) {
        w.string(r.code)
            .string(r.categoryCode)
            .string(r.title)
            .i64(r.points)
            .i64(r.capPerPeriod)
            .boolean(r.evidenceRequired);
    }
    w.u32(std::uint32_t(levels.size()));
    for (const auto &l : levels)
        w.string(l.name).i64(l.minPoints);
}

core::Result<ScoringHandbook> ScoringHandbook::read(core::ByteReader &r)
{
    ScoringHandbook h;
    h.version = GONGZHI_TRY(r.u32("version"));
    h.title = GONGZHI_TRY(r.string(limits::NameBytes, "title"));
    const auto nc = GONGZHI_TRY(r.count(limits::Categories, 8, "categories"));
    for (std::uint32_t i = 0; i < nc; ++i) {
        ScoreCategory c;
        c.code = GONGZHI_TRY(r.string(limits::CodeBytes, "category.code"));
        c.name = GONGZHI_TRY(r.string(limits::NameBytes, "category.name"));
        h.categories.push_back(std::move(c));
    }
    const auto nr = GONGZHI_TRY(r.count(limits::Rules, 4 * 3 + 8 * 2 + 1, "rules"));
    for (std::uint32_t i = 0; i < nr; ++i) {
        ScoringRule x;
        x.code = GONGZHI_TRY(r.string(limits::CodeBytes, "rule.code"));
        x.categoryCode = GONGZHI_TRY(r.string(limits::CodeBytes, "rule.category_code"));
        x.title = GONGZHI_TRY(r.string(limits::NameBytes, "rule.title"));
        x.points = GONGZHI_TRY(r.i64("rule.points"));
        x.capPerPeriod = GONGZHI_TRY(r.i64("rule.cap_per_period"));
        x.evidenceRequired = GONGZHI_TRY(r.boolean("rule.evidence_required"));
        h.rules.push_back(std::move(x));
    }
    const auto nl = GONGZHI_TRY(r.count(limits::Levels, 4 + 8, "levels"));
    for (std::uint32_t i = 0; i < nl; ++i) {
        Level l;
        l.name = GONGZHI_TRY(r.string(limits::NameBytes, "level.name"));
        l.minPoints = GONGZHI_TRY(r.i64("level.min_points"));
        h.levels.push_back(std::move(l));
    }
    return h;
}

core::Status ScoringHandbook::validate() const
{
    if (version == 0)
        return invalid("version", QStringLiteral("handbook versions start at 1"));
    GONGZHI_CHECK(needText(title, "title"));
    QSet<QString> cats;
    for (const auto &c : categories) {
        GONGZHI_CHECK(needCode(c.code, "category.code"));
        GONGZHI_CHECK(needText(c.name, "category.name"));
        if (cats.contains(c.code))
            return invalid("category.code", QStringLiteral("category %1 listed twice").arg(c.code));
        cats.insert(c.code);
    }
    if (rules.empty())
        return invalid("rules", QStringLiteral("a handbook needs rules"));
    QSet<QString> codes;
    for (const auto &x : rules) {
        GONGZHI_CHECK(needCode(x.code, "rule.code"));
        GONGZHI_CHECK(needText(x.title, "rule.title"));
        if (codes.contains(x.code))
            return invalid("rule.code", QStringLiteral("rule %1 listed twice").arg(x.code));
        codes.insert(x.code);
        if (!cats.contains(x.categoryCode))
            return invalid("rule.category_code",
                           QStringLiteral("rule %1 names no listed category").arg(x.code));
        if (x.points == 0 || x.points > MaxPoints || x.points < -MaxPoints)
            return invalid("rule.points",
                           QStringLiteral("rule %1: points out of ±1..10^6").arg(x.code));
        if (x.capPerPeriod < 0 || (x.capPerPeriod != 0 && x.capPerPeriod < qAbs(x.points)))
            return invalid("rule.cap_per_period",
                           QStringLiteral("rule %1: cap below one event").arg(x.code));
    }
    for (std::size_t i = 0; i < levels.size(); ++i) {
        GONGZHI_CHECK(needText(levels[i].name, "level.name"));
        if (i > 0 && levels[i].minPoints <= levels[i - 1].minPoints)
            return invalid("level.min_points", QStringLiteral("levels must ascend strictly"));
    }
    return {};
}

const ScoringRule *ScoringHandbook::rule(const QString &code) const
{
    for (const auto &x : rules) {
        if (x.code == code)
            return &x;
    }
    return nullptr;
}

void ScoreEventRecorded::write(core::ByteWriter &w) const
{
    w.fixed(pseudonym).string(ruleCode).u32(handbookVersion).fixed(evidence).string(note);
}

core::Result<ScoreEventRecorded> ScoreEventRecorded::read(core::ByteReader &r)
{
    ScoreEventRecorded p;
    p.pseudonym = GONGZHI_TRY(r.fixed<16, PseudonymTag>("pseudonym"));
    p.ruleCode = GONGZHI_TRY(r.string(limits::CodeBytes, "rule_code"));
    p.handbookVersion = GONGZHI_TRY(r.u32("handbook_version"));
    p.evidence = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("evidence"));
    p.note = GONGZHI_TRY(r.string(limits::CommentBytes, "note"));
    return p;
}

core::Status ScoreEventRecorded::validate() const
{
    if (pseudonym.isZero())
        return invalid("pseudonym", QStringLiteral("all-zero pseudonym"));
    GONGZHI_CHECK(needCode(ruleCode, "rule_code"));
    if (handbookVersion == 0)
        return invalid("handbook_version", QStringLiteral("handbook versions start at 1"));
    if (!note.isEmpty() && !isTidyText(note))
        return invalid("note", QStringLiteral("untidy note"));
    return {};
}

void ScoreReversed::write(core::ByteWriter &w) const
{
    w.fixed(eventId).string(reason);
}

core::Result<ScoreReversed> ScoreReversed::read(core::ByteReader &r)
{
    ScoreReversed p;
    p.eventId = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("event_id"));
    p.reason = GONGZHI_TRY(r.string(limits::CommentBytes, "reason"));
    return p;
}

core::Status ScoreReversed::validate() const
{
    return needText(reason, "reason");
}

void ScoreAppealed::write(core::ByteWriter &w) const
{
    w.fixed(eventId).fixed(feedbackId);
}

core::Result<ScoreAppealed> ScoreAppealed::read(core::ByteReader &r)
{
    ScoreAppealed p;
    p.eventId = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("event_id"));
    p.feedbackId = GONGZHI_TRY(r.fixed<32, crypto::DigestTag>("feedback_id"));
    return p;
}

void StoreItemListed::write(core::ByteWriter &w) const
{
    w.string(itemCode).string(name).i64(cost).boolean(active);
}

core::Result<StoreItemListed> StoreItemListed::read(core::ByteReader &r)
{
    StoreItemListed p;
    p.itemCode = GONGZHI_TRY(r.string(limits::CodeBytes, "item_code"));
    p.name = GONGZHI_TRY(r.string(limits::NameBytes, "name"));
    p.cost = GONGZHI_TRY(r.i64("cost"));
    p.active = GONGZHI_TRY(r.boolean("active"));
    return p;
}

core::Status StoreItemListed::validate() const
{
    GONGZHI_CHECK(needCode(itemCode, "item_code"));
    GONGZHI_CHECK(needText(name, "name"));
    if (cost <= 0 || cost > MaxPoints)
        return invalid("cost", QStringLiteral("cost out of 1..10^6"));
    return {};
}

void PointsRedeemed::write(core::ByteWriter &w) const
{
    w.fixed(pseudonym).string(itemCode).u32(quantity);
}

core::Result<PointsRedeemed> PointsRedeemed::read(core::ByteReader &r)
{
    PointsRedeemed p;
    p.pseudonym = GONGZHI_TRY(r.fixed<16, PseudonymTag>("pseudonym"));
    p.itemCode = GONGZHI_TRY(r.string(limits::CodeBytes, "item_code"));
    p.quantity = GONGZHI_TRY(r.u32("quantity"));
    return p;
}

core::Status PointsRedeemed::validate() const
{
    if (pseudonym.isZero())
        return invalid("pseudonym", QStringLiteral("all-zero pseudonym"));
    GONGZHI_CHECK(needCode(itemCode, "item_code"));
    if (quantity < 1 || quantity > 100)
        return invalid("quantity", QStringLiteral("quantity out of 1..100"));
    return {};
}

} // namespace ledger::domain
