#include "ledger/domain/BlockTime.h"
#include "ledger/state/Applier.h"
#include "ledger/state/ApplierCaches.h"

// Credit scores: handbook versions, score events, reversals, appeals, the
// points store. Points come only from the rule in effect; every total is
// kept per month, per year and all time (period 0) for rankings.

namespace ledger::state {

void Applier::loadHandbook()
{
    m_c->rules.clear();
    m_c->handbookVersion
        = std::uint32_t(Stmt(m_db, QStringLiteral("SELECT MAX(version) FROM handbooks")).scalar(0));
    Stmt q(m_db,
           QStringLiteral("SELECT code, category, title, points, cap_per_period, evidence_required"
                          " FROM score_rules WHERE version = ?"));
    for (q.args(m_c->handbookVersion).exec(); q.next();) {
        domain::ScoringRule r { q.text(0),    q.text(1),    q.text(2),
                                q.integer(3), q.integer(4), q.integer(5) != 0 };
        m_c->rules.insert(r.code, r);
    }
}

Applier::Verdict Applier::handbookProposed(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::ScoringHandbook, p);
    if (p.version != m_c->handbookVersion + 1)
        return Verdict::no(
            RejectReason::InvalidValue,
            QStringLiteral("the next handbook version is %1").arg(m_c->handbookVersion + 1));
    if (c.hold)
        return Verdict::held();
    sql("INSERT INTO handbooks (version, title, proposed_tx, effective_height, effective_ms) "
        "VALUES (?, ?, ?, ?, ?)")
        .args(p.version, p.title, c.txId(), c.height, c.ts)
        .exec();
    for (const auto &cat : p.categories) {
        sql("INSERT INTO score_categories (version, code, name) VALUES (?, ?, ?)")
            .args(p.version, cat.code, cat.name)
            .exec();
    }
    for (const auto &r : p.rules) {
        sql("INSERT INTO score_rules (version, code, category, title, points, cap_per_period, "
            "evidence_required)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)")
            .args(p.version, r.code, r.categoryCode, r.title, r.points, r.capPerPeriod,
                  r.evidenceRequired)
            .exec();
    }
    for (const auto &l : p.levels) {
        sql("INSERT INTO score_levels (version, min_points, name) VALUES (?, ?, ?)")
            .args(p.version, l.minPoints, l.name)
            .exec();
    }
    loadHandbook();
    timeline(c, QByteArrayLiteral("handbook"), "handbook_effective", QString::number(p.version));
    return Verdict::ok();
}

void Applier::addCategoryTotals(int period, const QString &category, std::int64_t awarded,
                                int events)
{
    sql("INSERT INTO category_totals (period, category, awarded, events) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (period, category) DO UPDATE SET awarded = awarded + excluded.awarded,"
        " events = events + excluded.events")
        .args(period, category, awarded, events)
        .exec();
}

void Applier::addTotals(const QByteArray &pseudonym, const QString &ruleCode, std::int64_t points,
                        std::int64_t eventTs, bool capped)
{
    const int periods[] = { domain::monthPeriod(eventTs), domain::yearPeriod(eventTs), 0 };
    // One statement for the month, year and all-time rows (the hot path).
    sql("INSERT INTO period_totals (period, pseudonym, points) VALUES (?, ?, ?), (?, ?, ?), (?, ?, "
        "?)"
        " ON CONFLICT (period, pseudonym) DO UPDATE SET points = points + excluded.points")
        .args(periods[0], pseudonym, points, periods[1], pseudonym, points, periods[2], pseudonym,
              points)
        .exec();
    if (capped) {
        sql("INSERT INTO rule_period_totals (pseudonym, rule_code, period, points) VALUES (?, ?, "
            "?, ?)"
            " ON CONFLICT (pseudonym, rule_code, period) DO UPDATE SET points = points + "
            "excluded.points")
            .args(pseudonym, ruleCode, periods[0], points < 0 ? -points : points)
            .exec();
    }
    sql("INSERT INTO balances (pseudonym, earned, redeemed, balance) VALUES (?, ?, 0, ?)"
        " ON CONFLICT (pseudonym) DO UPDATE SET earned = earned + excluded.earned, balance = "
        "balance + excluded.balance")
        .args(pseudonym, points, points)
        .exec();
}

bool Applier::awardPoints(const Ctx &c, const domain::Pseudonym &who,
                          const domain::ScoringRule &rule, const crypto::Digest &evidence,
                          const QString &note, const QByteArray &sourceRecord, bool checkCap)
{
    const QByteArray pseudonym = who.toByteArray();
    const int period = domain::monthPeriod(c.ts);
    if (checkCap && rule.capPerPeriod > 0) {
        const std::int64_t used = sql("SELECT points FROM rule_period_totals WHERE pseudonym = ? "
                                      "AND rule_code = ? AND period = ?")
                                      .args(pseudonym, rule.code, period)
                                      .scalar(0);
        if (used + qAbs(rule.points) > rule.capPerPeriod)
            return false;
    }
    Stmt &ins = sql("INSERT INTO score_events (event_id, event_no, pseudonym, rule_code, "
                    "handbook_version, points, period,"
                    " ts_ms, height, org_id, author, evidence, note, source_record, reversed, "
                    "reversed_tx, reverse_reason)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, NULL)");
    ins.args(c.txId(), m_c->nextEventNo++, pseudonym, rule.code, m_c->handbookVersion, rule.points,
             period, c.ts, c.height, c.signer.orgId, c.author(), evidence.toByteArray(), note,
             sourceRecord);
    if (evidence.isZero())
        ins.bindNull(11);
    if (sourceRecord.isEmpty())
        ins.bindNull(13);
    ins.exec();
    addTotals(pseudonym, rule.code, rule.points, c.ts, rule.capPerPeriod > 0);
    addCategoryTotals(period, rule.categoryCode, qMax<std::int64_t>(rule.points, 0), 1);
    return true;
}

Applier::Verdict Applier::scoreEvent(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::ScoreEventRecorded, p);
    if (p.handbookVersion != m_c->handbookVersion)
        return Verdict::no(RejectReason::StaleHandbook,
                           QStringLiteral("handbook %1 is in effect").arg(m_c->handbookVersion));
    const auto rule = m_c->rules.constFind(p.ruleCode);
    if (rule == m_c->rules.cend())
        return Verdict::no(RejectReason::NotFound, QStringLiteral("no rule %1").arg(p.ruleCode));
    if (!m_c->residents.contains(p.pseudonym))
        return Verdict::no(RejectReason::NotFound, QStringLiteral("no such resident"));
    if (rule->evidenceRequired && p.evidence.isZero())
        return Verdict::no(RejectReason::EvidenceRequired,
                           QStringLiteral("rule %1 requires evidence").arg(p.ruleCode));
    if (rule->capPerPeriod > 0) {
        const std::int64_t used
            = sql("SELECT points FROM rule_period_totals WHERE pseudonym = ? AND rule_code = ? AND "
                  "period = ?")
                  .args(p.pseudonym.toByteArray(), p.ruleCode, domain::monthPeriod(c.ts))
                  .scalar(0);
        if (used + qAbs(rule->points) > rule->capPerPeriod)
            return Verdict::no(
                RejectReason::CapExceeded,
                QStringLiteral("%1 of %2 used this month").arg(used).arg(rule->capPerPeriod));
    }
    // Policy: large deductions wait for a secretary (docs/permissions.md, note 3).
    if (!c.approving && rule->points < 0 && -rule->points > m_c->policy.deductionApprovalThreshold)
        c.hold = true;
    if (c.hold)
        return Verdict::held();
    awardPoints(c, p.pseudonym, *rule, p.evidence, p.note, QByteArray(), false);
    return Verdict::ok();
}

Applier::Verdict Applier::scoreReversed(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::ScoreReversed, p);
    Stmt &q = sql("SELECT pseudonym, rule_code, points, ts_ms, org_id, reversed, period,"
                  " handbook_version FROM score_events WHERE event_id = ?");
    q.args(p.eventId.toByteArray()).exec();
    if (!q.next()) {
        q.finish();
        return Verdict::no(RejectReason::NotFound, QStringLiteral("no such score event"));
    }
    const QByteArray pseudonym = q.blob(0);
    const QString ruleCode = q.text(1);
    const std::int64_t points = q.integer(2);
    const std::int64_t eventTs = q.integer(3);
    const auto orgId = std::uint32_t(q.integer(4));
    const bool reversed = q.integer(5) != 0;
    const int eventPeriod = int(q.integer(6));
    const std::int64_t eventHandbook = q.integer(7);
    q.finish();
    if (reversed)
        return Verdict::no(RejectReason::WrongStatus, QStringLiteral("already reversed"));
    const bool auditor = chain::hasRole(c.signer.roles, chain::Role::Auditor);
    if (orgId != c.signer.orgId && !isPartyCommitteeMember(c.signer) && !auditor)
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("score event of another organization"));
    if (c.hold)
        return Verdict::held();
    sql("UPDATE score_events SET reversed = 1, reversed_tx = ?, reverse_reason = ? WHERE event_id "
        "= ?")
        .args(c.txId(), p.reason, p.eventId.toByteArray())
        .exec();
    // Reversal corrects the totals of the event's own month, and frees its cap room.
    const bool capped = sql("SELECT 1 FROM rule_period_totals WHERE pseudonym = ? AND rule_code = "
                            "? AND period = ?")
                            .args(pseudonym, ruleCode, domain::monthPeriod(eventTs))
                            .exists();
    if (capped) {
        sql("UPDATE rule_period_totals SET points = points - ? WHERE pseudonym = ? AND rule_code = "
            "? AND period = ?")
            .args(points < 0 ? -points : points, pseudonym, ruleCode, domain::monthPeriod(eventTs))
            .exec();
    }
    addTotals(pseudonym, ruleCode, -points, eventTs, false);
    if (points > 0) {
        // The award leaves its month's category total (its rule as of its handbook).
        Stmt &r = sql("SELECT category FROM score_rules WHERE version = ? AND code = ?");
        r.args(eventHandbook, ruleCode).exec();
        const QString category = r.next() ? r.text(0) : ruleCode;
        r.finish();
        addCategoryTotals(eventPeriod, category, -points, 0);
    }
    timeline(c, p.eventId.toByteArray(), "reversed", p.reason);
    return Verdict::ok();
}

Applier::Verdict Applier::scoreAppealed(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::ScoreAppealed, p);
    Stmt &e = sql("SELECT pseudonym FROM score_events WHERE event_id = ?");
    e.args(p.eventId.toByteArray()).exec();
    const QByteArray eventResident = e.next() ? e.blob(0) : QByteArray();
    e.finish();
    if (eventResident.isEmpty())
        return Verdict::no(RejectReason::NotFound, QStringLiteral("no such score event"));
    Stmt &f = sql("SELECT pseudonym FROM feedback WHERE feedback_id = ?");
    f.args(p.feedbackId.toByteArray()).exec();
    const bool feedbackFound = f.next();
    const QByteArray feedbackResident = feedbackFound ? f.blob(0) : QByteArray();
    f.finish();
    if (!feedbackFound)
        return Verdict::no(RejectReason::NotFound, QStringLiteral("no such feedback item"));
    if (feedbackResident != eventResident)
        return Verdict::no(RejectReason::InvalidValue,
                           QStringLiteral("the appeal is not filed by the scored resident"));
    if (sql("SELECT 1 FROM appeals WHERE event_id = ? AND feedback_id = ?")
            .args(p.eventId.toByteArray(), p.feedbackId.toByteArray())
            .exists())
        return Verdict::no(RejectReason::Duplicate, QStringLiteral("already linked"));
    if (c.hold)
        return Verdict::held();
    sql("INSERT INTO appeals (tx_id, event_id, feedback_id, height) VALUES (?, ?, ?, ?)")
        .args(c.txId(), p.eventId.toByteArray(), p.feedbackId.toByteArray(), c.height)
        .exec();
    timeline(c, p.feedbackId.toByteArray(), "appeal", p.eventId.toHex());
    timeline(c, p.eventId.toByteArray(), "appealed", p.feedbackId.toHex());
    return Verdict::ok();
}

Applier::Verdict Applier::storeItem(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::StoreItemListed, p);
    if (c.hold)
        return Verdict::held();
    sql("INSERT INTO store_items (item_code, name, cost, active, org_id) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (item_code) DO UPDATE SET name = excluded.name, cost = excluded.cost, active "
        "= excluded.active,"
        " org_id = excluded.org_id")
        .args(p.itemCode, p.name, p.cost, p.active, c.signer.orgId)
        .exec();
    m_c->items.insert(p.itemCode, { p.cost, p.active });
    return Verdict::ok();
}

Applier::Verdict Applier::redeemed(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::PointsRedeemed, p);
    const auto item = m_c->items.constFind(p.itemCode);
    if (item == m_c->items.cend() || !item->second)
        return Verdict::no(RejectReason::NotFound, QStringLiteral("no such item on offer"));
    if (!m_c->residents.contains(p.pseudonym))
        return Verdict::no(RejectReason::NotFound, QStringLiteral("no such resident"));
    const std::int64_t cost = item->first * std::int64_t(p.quantity);
    const std::int64_t balance = sql("SELECT balance FROM balances WHERE pseudonym = ?")
                                     .args(p.pseudonym.toByteArray())
                                     .scalar(0);
    if (balance < cost)
        return Verdict::no(RejectReason::InsufficientBalance,
                           QStringLiteral("balance %1, cost %2").arg(balance).arg(cost));
    if (c.hold)
        return Verdict::held();
    sql("INSERT INTO redemptions (tx_id, redemption_no, pseudonym, item_code, quantity, points, "
        "height, ts_ms, org_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .args(c.txId(), m_c->nextRedemptionNo++, p.pseudonym.toByteArray(), p.itemCode, p.quantity,
              cost, c.height, c.ts, c.signer.orgId)
        .exec();
    sql("INSERT INTO balances (pseudonym, earned, redeemed, balance) VALUES (?, 0, ?, ?)"
        " ON CONFLICT (pseudonym) DO UPDATE SET redeemed = redeemed + excluded.redeemed, balance = "
        "balance + excluded.balance")
        .args(p.pseudonym.toByteArray(), cost, -cost)
        .exec();
    return Verdict::ok();
}

} // namespace ledger::state
