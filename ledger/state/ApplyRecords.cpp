#include "ledger/state/Applier.h"
#include "ledger/state/ApplierCaches.h"

// Governance records: submitted -> approved/rejected -> published -> progress
// -> completed; amendments and withdrawals are new entries (docs/domain.md).

namespace ledger::state {

using domain::RecordKind;
using domain::RecordStatus;

namespace {
struct RecordRow {
    bool found = false;
    RecordKind kind = RecordKind::PartyAffairs;
    std::uint32_t orgId = 0;
    RecordStatus status = RecordStatus::Submitted;
    QByteArray author;
    std::uint32_t assigneeOrg = 0;
    std::int64_t capacity = 0;
    std::int64_t signups = 0;
    std::int64_t endMs = 0;
    QString awardRule;
    std::int64_t revision = 0;
};

RecordRow loadRecord(Stmt &q, const domain::RecordId &id)
{
    RecordRow r;
    q.args(id.toByteArray()).exec();
    if (q.next()) {
        r.found = true;
        r.kind = RecordKind(q.integer(0));
        r.orgId = std::uint32_t(q.integer(1));
        r.status = RecordStatus(q.integer(2));
        r.author = q.blob(3);
        r.assigneeOrg = std::uint32_t(q.integer(4));
        r.capacity = q.integer(5);
        r.signups = q.integer(6);
        r.endMs = q.integer(7);
        r.awardRule = q.text(8);
        r.revision = q.integer(9);
    }
    q.finish();
    return r;
}

std::pair<std::int64_t, std::int64_t> totals(const domain::RecordContent &content)
{
    std::int64_t income = 0;
    std::int64_t expense = 0;
    for (const auto &l : content.lines)
        (l.direction == domain::LineDirection::Income ? income : expense) += l.amountFen;
    return { income, expense };
}

QString statusName(RecordStatus s)
{
    return QString::fromLatin1(domain::recordStatusName(s));
}
} // namespace

#define GONGZHI_RECORD(var, id) \
    const RecordRow var \
        = loadRecord(sql("SELECT kind, org_id, status, author, assignee_org, capacity, signups," \
                         " end_ms, award_rule, revision FROM records WHERE record_id = ?"), \
                     id); \
    if (!var.found) \
    return Verdict::no(RejectReason::NotFound, QStringLiteral("no such record"))

void Applier::insertContent(const Ctx &c, const QByteArray &recordId, int revision,
                            const domain::RecordContent &content)
{
    int lineNo = 0;
    for (const auto &l : content.lines) {
        sql("INSERT INTO record_lines (record_id, revision, line_no, direction, item, amount_fen) "
            "VALUES (?, ?, ?, ?, ?, ?)")
            .args(recordId, revision, lineNo++, int(l.direction), l.item, l.amountFen)
            .exec();
    }
    insertAttachments(c, recordId, content.attachments);
}

void Applier::insertAttachments(const Ctx &c, const QByteArray &subject,
                                const std::vector<domain::AttachmentRef> &refs)
{
    int idx = 0;
    for (const auto &a : refs) {
        sql("INSERT INTO attachments (owner_tx, idx, subject, sha256, size, name) VALUES (?, ?, ?, "
            "?, ?, ?)")
            .args(c.txId(), idx++, subject, a.sha256.toByteArray(), std::int64_t(a.size), a.name)
            .exec();
    }
}

Applier::Verdict Applier::recordSubmitted(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::RecordSubmitted, p);
    if (p.kind == RecordKind::Task && !orgActive(p.assigneeOrgId))
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no active assignee organization"));
    if (p.kind == RecordKind::Task && p.deadlineMs <= c.ts)
        return Verdict::no(RejectReason::InvalidValue, QStringLiteral("the deadline has passed"));
    if (!p.awardRuleCode.isEmpty() && !m_c->rules.contains(p.awardRuleCode))
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no rule %1 in the handbook").arg(p.awardRuleCode));
    if (c.hold)
        return Verdict::held();
    // A secretary's own submission carries their approval (docs/permissions.md).
    const bool secretary = chain::hasRole(c.signer.roles, chain::Role::Secretary);
    const auto [income, expense] = totals(p.content);
    const QByteArray id = c.txId();
    sql("INSERT INTO records (record_id, record_no, kind, org_id, author, title, body, status, "
        "revision, assignee_org,"
        " deadline_ms, start_ms, end_ms, capacity, award_rule, signups, attended, percent, "
        "income_fen, expense_fen,"
        " overdue, submitted_height, submitted_ms, updated_ms, published_ms, completed_ms)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, 0, ?, ?, ?, NULL, "
        "NULL)")
        .args(id, m_c->nextRecordNo++, int(p.kind), c.signer.orgId, c.author(), p.content.title,
              p.content.body, int(secretary ? RecordStatus::Approved : RecordStatus::Submitted),
              p.assigneeOrgId, p.deadlineMs, p.activityStartMs, p.activityEndMs, p.capacity,
              p.awardRuleCode, income, expense, c.height, c.ts, c.ts)
        .exec();
    insertContent(c, id, 1, p.content);
    timeline(c, id, "submitted", p.content.title);
    if (secretary)
        timeline(c, id, "approved", QString());
    return Verdict::ok();
}

Applier::Verdict Applier::recordDecided(Ctx &c, bool approve)
{
    GONGZHI_PAYLOAD(domain::RecordDecision, p);
    GONGZHI_RECORD(r, p.recordId);
    if (r.status != RecordStatus::Submitted)
        return Verdict::no(RejectReason::WrongStatus,
                           QStringLiteral("record is %1").arg(statusName(r.status)));
    if (r.orgId != c.signer.orgId && !isPartyCommitteeSecretary(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("a secretary of another organization"));
    const std::int64_t authorNo
        = sql("SELECT person_no FROM persons WHERE key = ?").args(r.author).scalar(-1);
    if (authorNo == c.signer.personNo)
        return Verdict::no(RejectReason::SelfApproval,
                           QStringLiteral("the submitter cannot decide"));
    if (!approve && p.comment.isEmpty())
        return Verdict::no(RejectReason::InvalidValue,
                           QStringLiteral("a rejection needs a comment"));
    if (c.hold)
        return Verdict::held();
    sql("UPDATE records SET status = ?, updated_ms = ? WHERE record_id = ?")
        .args(int(approve ? RecordStatus::Approved : RecordStatus::Rejected), c.ts,
              p.recordId.toByteArray())
        .exec();
    timeline(c, p.recordId.toByteArray(), approve ? "approved" : "rejected", p.comment);
    return Verdict::ok();
}

Applier::Verdict Applier::recordPublished(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::RecordRef, p);
    GONGZHI_RECORD(r, p.recordId);
    if (r.status != RecordStatus::Approved)
        return Verdict::no(RejectReason::WrongStatus,
                           QStringLiteral("record is %1").arg(statusName(r.status)));
    if (r.orgId != c.signer.orgId && !isPartyCommitteeMember(c.signer))
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("record of another organization"));
    if (c.hold)
        return Verdict::held();
    sql("UPDATE records SET status = ?, published_ms = ?, updated_ms = ? WHERE record_id = ?")
        .args(int(RecordStatus::Published), c.ts, c.ts, p.recordId.toByteArray())
        .exec();
    timeline(c, p.recordId.toByteArray(), "published", QString());
    return Verdict::ok();
}

Applier::Verdict Applier::recordProgress(Ctx &c, bool complete)
{
    GONGZHI_PAYLOAD(domain::RecordProgress, p);
    GONGZHI_RECORD(r, p.recordId);
    if (r.status != RecordStatus::Published && r.status != RecordStatus::InProgress)
        return Verdict::no(RejectReason::WrongStatus,
                           QStringLiteral("record is %1").arg(statusName(r.status)));
    if (r.orgId != c.signer.orgId && r.assigneeOrg != c.signer.orgId)
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("neither the record's nor the assignee organization"));
    if (complete && p.percent != 100)
        return Verdict::no(RejectReason::InvalidValue,
                           QStringLiteral("a completion reports 100 percent"));
    if (c.hold)
        return Verdict::held();
    const auto status = complete ? RecordStatus::Completed : RecordStatus::InProgress;
    Stmt &u = sql("UPDATE records SET status = ?, percent = ?, updated_ms = ?, completed_ms = ? "
                  "WHERE record_id = ?");
    u.args(int(status), int(p.percent), c.ts, c.ts, p.recordId.toByteArray());
    if (!complete)
        u.bindNull(3);
    u.exec();
    insertAttachments(c, p.recordId.toByteArray(), p.attachments);
    timeline(c, p.recordId.toByteArray(), complete ? "completed" : "progress",
             QStringLiteral("%1% %2").arg(p.percent).arg(p.text));
    return Verdict::ok();
}

Applier::Verdict Applier::recordAmended(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::RecordAmended, p);
    GONGZHI_RECORD(r, p.recordId);
    if (r.status == RecordStatus::Withdrawn || r.status == RecordStatus::Rejected)
        return Verdict::no(RejectReason::WrongStatus,
                           QStringLiteral("record is %1").arg(statusName(r.status)));
    if (r.orgId != c.signer.orgId)
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("record of another organization"));
    if (auto ok = p.content.validate(r.kind); !ok)
        return Verdict::no(RejectReason::InvalidValue, ok.error().toString());
    if (c.hold)
        return Verdict::held();
    const int revision = int(r.revision + 1);
    const auto [income, expense] = totals(p.content);
    sql("UPDATE records SET title = ?, body = ?, revision = ?, income_fen = ?, expense_fen = ?, "
        "updated_ms = ?"
        " WHERE record_id = ?")
        .args(p.content.title, p.content.body, revision, income, expense, c.ts,
              p.recordId.toByteArray())
        .exec();
    insertContent(c, p.recordId.toByteArray(), revision, p.content);
    timeline(c, p.recordId.toByteArray(), "amended", p.reason);
    return Verdict::ok();
}

Applier::Verdict Applier::recordWithdrawn(Ctx &c)
{
    GONGZHI_PAYLOAD(domain::RecordDecision, p);
    GONGZHI_RECORD(r, p.recordId);
    if (r.status == RecordStatus::Withdrawn || r.status == RecordStatus::Rejected
        || r.status == RecordStatus::Completed)
        return Verdict::no(RejectReason::WrongStatus,
                           QStringLiteral("record is %1").arg(statusName(r.status)));
    if (r.orgId != c.signer.orgId)
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("record of another organization"));
    if (p.comment.isEmpty())
        return Verdict::no(RejectReason::InvalidValue,
                           QStringLiteral("a withdrawal needs a reason"));
    if (c.hold)
        return Verdict::held();
    sql("UPDATE records SET status = ?, updated_ms = ? WHERE record_id = ?")
        .args(int(RecordStatus::Withdrawn), c.ts, p.recordId.toByteArray())
        .exec();
    timeline(c, p.recordId.toByteArray(), "withdrawn", p.comment);
    return Verdict::ok();
}

Applier::Verdict Applier::activity(Ctx &c, bool attend)
{
    GONGZHI_PAYLOAD(domain::ActivityParticipation, p);
    GONGZHI_RECORD(r, p.recordId);
    if (r.kind != RecordKind::Activity)
        return Verdict::no(RejectReason::InvalidValue, QStringLiteral("not an activity"));
    if (r.status != RecordStatus::Published && r.status != RecordStatus::InProgress)
        return Verdict::no(RejectReason::WrongStatus,
                           QStringLiteral("activity is %1").arg(statusName(r.status)));
    if (!m_c->residents.contains(p.pseudonym))
        return Verdict::no(RejectReason::NotFound, QStringLiteral("no such resident"));
    if (attend && r.orgId != c.signer.orgId)
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("attendance is taken by the organizer"));
    Stmt &q = sql("SELECT attended FROM signups WHERE record_id = ? AND pseudonym = ?");
    q.args(p.recordId.toByteArray(), p.pseudonym.toByteArray()).exec();
    const bool signedUp = q.next();
    const bool attended = signedUp && q.integer(0) != 0;
    q.finish();
    if (!attend) {
        if (signedUp)
            return Verdict::no(RejectReason::Duplicate, QStringLiteral("already signed up"));
        if (c.ts >= r.endMs)
            return Verdict::no(RejectReason::WrongStatus, QStringLiteral("the activity is over"));
        if (r.capacity > 0 && r.signups >= r.capacity)
            return Verdict::no(RejectReason::ActivityFull,
                               QStringLiteral("capacity %1 reached").arg(r.capacity));
    } else if (attended) {
        return Verdict::no(RejectReason::Duplicate, QStringLiteral("attendance already recorded"));
    }
    const domain::ScoringRule *rule = nullptr;
    if (attend && !r.awardRule.isEmpty()) {
        const auto it = m_c->rules.constFind(r.awardRule);
        if (it == m_c->rules.cend())
            return Verdict::no(RejectReason::StaleHandbook,
                               QStringLiteral("award rule no longer in the handbook"));
        rule = &*it;
    }
    if (c.hold)
        return Verdict::held();
    const QByteArray rid = p.recordId.toByteArray();
    if (!attend) {
        sql("INSERT INTO signups (record_id, pseudonym, signed_height, attended, attended_height) "
            "VALUES (?, ?, ?, 0, NULL)")
            .args(rid, p.pseudonym.toByteArray(), c.height)
            .exec();
        sql("UPDATE records SET signups = signups + 1 WHERE record_id = ?").args(rid).exec();
        return Verdict::ok();
    }
    // Walk-ins (no sign-up) are recorded too; they do not count against capacity.
    if (signedUp) {
        sql("UPDATE signups SET attended = 1, attended_height = ? WHERE record_id = ? AND "
            "pseudonym = ?")
            .args(c.height, rid, p.pseudonym.toByteArray())
            .exec();
    } else {
        sql("INSERT INTO signups (record_id, pseudonym, signed_height, attended, attended_height) "
            "VALUES (?, ?, ?, 1, ?)")
            .args(rid, p.pseudonym.toByteArray(), c.height, c.height)
            .exec();
    }
    sql("UPDATE records SET attended = attended + 1 WHERE record_id = ?").args(rid).exec();
    // Attendance beyond the rule's monthly cap is recorded without points.
    if (rule)
        awardPoints(c, p.pseudonym, *rule, crypto::Digest(), QString(), rid, true);
    return Verdict::ok();
}

} // namespace ledger::state
