#include "ledger/domain/BlockTime.h"
#include "ledger/domain/TrackingCode.h"
#include "ledger/state/Applier.h"
#include "ledger/state/ApplierCaches.h"

// Feedback inbox: intake, routing, handling, resident confirmation. Deadlines
// and auto-close run on block time in Applier::sweep.

namespace ledger::state {

using domain::FeedbackStatus;

namespace {
struct FeedbackRow {
    bool found = false;
    FeedbackStatus status = FeedbackStatus::Open;
    std::uint32_t orgId = 0;
    QString category;
    bool hidden = false;
};

QString statusName(FeedbackStatus s)
{
    return QString::fromLatin1(domain::feedbackStatusName(s));
}
} // namespace

#define GONGZHI_FEEDBACK(var, id) \
    FeedbackRow var; \
    { \
        Stmt &fq \
            = sql("SELECT status, org_id, category, hidden FROM feedback WHERE feedback_id = ?"); \
        fq.args((id).toByteArray()).exec(); \
        if (fq.next()) \
            var = FeedbackRow { true, FeedbackStatus(fq.integer(0)), std::uint32_t(fq.integer(1)), \
                                fq.text(2), fq.integer(3) != 0 }; \
        fq.finish(); \
    } \
    if (!var.found) \
    return Verdict::no(RejectReason::NotFound, QStringLiteral("no such feedback item"))

Applier::Verdict Applier::feedbackSubmitted(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::FeedbackSubmitted, p);
    const auto cat = m_c->categories.constFind(p.categoryCode);
    if (cat == m_c->categories.cend())
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no feedback category %1").arg(p.categoryCode));
    const std::uint32_t org = p.targetOrgId != 0 ? p.targetOrgId : cat->routeOrgId;
    if (!orgActive(org))
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no active organization %1").arg(org));
    if (!p.anonymous() && !m_c->residents.contains(p.pseudonym))
        return Verdict::no(RejectReason::NotFound, QStringLiteral("no such resident"));
    if (c.hold)
        return Verdict::held();
    const chain::TxId &id = c.tx->id();
    std::uint32_t code = domain::tracking::candidate(id, 0);
    Stmt &taken = sql("SELECT 1 FROM feedback WHERE tracking_code = ?");
    for (int attempt = 1; taken.args(std::int64_t(code)).exists(); ++attempt) {
        // Past the hashed attempts, probe linearly: still the same on every node.
        code = attempt < domain::tracking::Attempts ? domain::tracking::candidate(id, attempt)
                                                    : (code + 1) % 10'000'000;
    }
    Stmt &ins = sql("INSERT INTO feedback (feedback_id, feedback_no, tracking_code, kind, "
                    "category, text, org_id,"
                    " intake_org, pseudonym, status, assignee, submitted_ms, deadline_ms, "
                    "resolved_ms, closed_ms,"
                    " close_reason, overdue, escalated, hidden, hidden_reason, satisfaction, "
                    "replies, reopen_count,"
                    " updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, ?, ?, NULL, NULL, "
                    "NULL, 0, 0, 0, NULL,"
                    " 0, 0, 0, ?)");
    ins.args(c.txId(), m_c->nextFeedbackNo++, std::int64_t(code), int(p.kind), p.categoryCode,
             p.text, org, c.signer.orgId, p.pseudonym.toByteArray(), c.ts,
             c.ts + std::int64_t(cat->deadlineDays) * domain::DayMs, c.ts);
    if (p.anonymous())
        ins.bindNull(8);
    ins.exec();
    timeline(c, c.txId(), "submitted", domain::tracking::format(code));
    return Verdict::ok();
}

Applier::Verdict Applier::feedbackAssigned(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::FeedbackAssigned, p);
    GONGZHI_FEEDBACK(f, p.feedbackId);
    if (f.status >= FeedbackStatus::Resolved)
        return Verdict::no(RejectReason::WrongStatus,
                           QStringLiteral("item is %1").arg(statusName(f.status)));
    if (f.orgId != c.signer.orgId && !isPartyCommitteeMember(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("item handled by another organization"));
    const auto who = m_c->signers.constFind(p.assignee);
    if (who == m_c->signers.cend() || who->node || who->orgId != f.orgId)
        return Verdict::no(
            RejectReason::InvalidValue,
            QStringLiteral("the assignee is no person of the handling organization"));
    if (c.hold)
        return Verdict::held();
    sql("UPDATE feedback SET status = 2, assignee = ?, updated_ms = ? WHERE feedback_id = ?")
        .args(p.assignee.toByteArray(), c.ts, p.feedbackId.toByteArray())
        .exec();
    timeline(c, p.feedbackId.toByteArray(), "assigned", p.assignee.toHex());
    return Verdict::ok();
}

Applier::Verdict Applier::feedbackTransfer(Ctx &c, bool refuse)
{
    GONGZHI_PAYLOAD(domain::FeedbackTransfer, p);
    GONGZHI_FEEDBACK(f, p.feedbackId);
    if (f.status >= FeedbackStatus::Resolved)
        return Verdict::no(RejectReason::WrongStatus,
                           QStringLiteral("item is %1").arg(statusName(f.status)));
    if (f.orgId != c.signer.orgId && !isPartyCommitteeMember(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("item handled by another organization"));
    // A refusal without a named organization goes to the party committee to route.
    const std::uint32_t to = p.toOrgId != 0 ? p.toOrgId : (refuse ? firstPartyCommittee() : 0);
    if (!orgActive(to))
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no active organization %1").arg(to));
    if (to == f.orgId)
        return Verdict::no(RejectReason::InvalidValue, QStringLiteral("the item is already there"));
    if (c.hold)
        return Verdict::held();
    sql("UPDATE feedback SET org_id = ?, status = 1, assignee = NULL, updated_ms = ? WHERE "
        "feedback_id = ?")
        .args(to, c.ts, p.feedbackId.toByteArray())
        .exec();
    timeline(c, p.feedbackId.toByteArray(), refuse ? "refused" : "forwarded",
             QStringLiteral("%1 -> %2: %3").arg(f.orgId).arg(to).arg(p.note));
    return Verdict::ok();
}

Applier::Verdict Applier::feedbackNote(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::FeedbackNote, p);
    GONGZHI_FEEDBACK(f, p.feedbackId);
    const QByteArray id = p.feedbackId.toByteArray();
    const bool handler
        = !c.signer.node && (f.orgId == c.signer.orgId || isPartyCommitteeMember(c.signer));
    switch (c.type) {
    case chain::TxType::FeedbackReplied:
    case chain::TxType::FeedbackResolved: {
        if (f.status >= FeedbackStatus::Resolved)
            return Verdict::no(RejectReason::WrongStatus,
                               QStringLiteral("item is %1").arg(statusName(f.status)));
        if (!handler)
            return Verdict::no(RejectReason::OutOfScope,
                               QStringLiteral("item handled by another organization"));
        if (c.hold)
            return Verdict::held();
        const bool resolve = c.type == chain::TxType::FeedbackResolved;
        Stmt &u = sql("UPDATE feedback SET status = ?, replies = replies + 1, resolved_ms = ?, "
                      "updated_ms = ? WHERE feedback_id = ?");
        u.args(int(resolve ? FeedbackStatus::Resolved : FeedbackStatus::Replied), c.ts, c.ts, id);
        if (!resolve)
            u.bindNull(1);
        u.exec();
        timeline(c, id, resolve ? "resolved" : "replied", p.text);
        return Verdict::ok();
    }
    case chain::TxType::FeedbackReopened: {
        if (f.status < FeedbackStatus::Resolved)
            return Verdict::no(RejectReason::WrongStatus,
                               QStringLiteral("item is %1").arg(statusName(f.status)));
        if (c.hold)
            return Verdict::held();
        const std::uint32_t days
            = m_c->categories.value(f.category, domain::FeedbackCategory()).deadlineDays;
        sql("UPDATE feedback SET status = 1, reopen_count = reopen_count + 1, resolved_ms = NULL, "
            "closed_ms = NULL,"
            " close_reason = NULL, overdue = 0, deadline_ms = ?, updated_ms = ? WHERE feedback_id "
            "= ?")
            .args(c.ts + std::int64_t(days) * domain::DayMs, c.ts, id)
            .exec();
        timeline(c, id, "reopened", p.text);
        return Verdict::ok();
    }
    case chain::TxType::FeedbackHidden: {
        if (f.hidden)
            return Verdict::no(RejectReason::WrongStatus, QStringLiteral("already hidden"));
        if (!handler)
            return Verdict::no(RejectReason::OutOfScope,
                               QStringLiteral("item handled by another organization"));
        if (c.hold)
            return Verdict::held();
        sql("UPDATE feedback SET hidden = 1, hidden_reason = ?, updated_ms = ? WHERE feedback_id = "
            "?")
            .args(p.text, c.ts, id)
            .exec();
        timeline(c, id, "hidden", p.text);
        return Verdict::ok();
    }
    default: break;
    }
    return Verdict::no(RejectReason::MalformedPayload, QStringLiteral("not a feedback note type"));
}

Applier::Verdict Applier::feedbackConfirmed(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::FeedbackConfirmed, p);
    GONGZHI_FEEDBACK(f, p.feedbackId);
    if (f.status != FeedbackStatus::Resolved)
        return Verdict::no(RejectReason::WrongStatus,
                           QStringLiteral("item is %1").arg(statusName(f.status)));
    if (c.hold)
        return Verdict::held();
    const QByteArray id = p.feedbackId.toByteArray();
    if (p.satisfaction > 0)
        sql("UPDATE feedback SET satisfaction = ? WHERE feedback_id = ?")
            .args(int(p.satisfaction), id)
            .exec();
    if (p.solved) {
        sql("UPDATE feedback SET status = 5, closed_ms = ?, close_reason = 'confirmed', updated_ms "
            "= ? WHERE feedback_id = ?")
            .args(c.ts, c.ts, id)
            .exec();
        timeline(c, id, "confirmed", QString::number(p.satisfaction));
    } else {
        const std::uint32_t days
            = m_c->categories.value(f.category, domain::FeedbackCategory()).deadlineDays;
        sql("UPDATE feedback SET status = 1, reopen_count = reopen_count + 1, resolved_ms = NULL, "
            "overdue = 0,"
            " deadline_ms = ?, updated_ms = ? WHERE feedback_id = ?")
            .args(c.ts + std::int64_t(days) * domain::DayMs, c.ts, id)
            .exec();
        timeline(c, id, "not_solved", QString::number(p.satisfaction));
    }
    return Verdict::ok();
}

Applier::Verdict Applier::categoriesSet(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::FeedbackCategoriesSet, p);
    if (!c.hold && !c.approving && !isPartyCommitteeSecretary(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("only a party committee secretary"));
    for (const auto &cat : p.categories) {
        if (!orgActive(cat.routeOrgId))
            return Verdict::no(
                RejectReason::NotFound,
                QStringLiteral("category %1 routes to no active organization").arg(cat.code));
    }
    if (c.hold)
        return Verdict::held();
    sql("UPDATE feedback_categories SET active = 0").exec();
    m_c->categories.clear();
    for (const auto &cat : p.categories) {
        sql("INSERT INTO feedback_categories (code, name, route_org, deadline_days, active) VALUES "
            "(?, ?, ?, ?, 1)"
            " ON CONFLICT (code) DO UPDATE SET name = excluded.name, route_org = "
            "excluded.route_org,"
            " deadline_days = excluded.deadline_days, active = 1")
            .args(cat.code, cat.name, cat.routeOrgId, cat.deadlineDays)
            .exec();
        m_c->categories.insert(cat.code, cat);
    }
    timeline(c, QByteArrayLiteral("feedback_categories"), "categories_set",
             QString::number(p.categories.size()));
    return Verdict::ok();
}

} // namespace ledger::state
