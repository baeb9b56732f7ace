#include "ledger/state/StateQueries.h"

#include "ledger/domain/BlockTime.h"
#include "ledger/domain/TrackingCode.h"
#include "ledger/state/Sql.h"
#include "ledger/state/StateMachine.h"

#include <QSqlQuery>
#include <QVariant>

namespace ledger::state {

namespace {
core::Error ioError(const SqlFailure &e)
{
    return core::Error(core::ErrorCode::Io, QString::fromStdString(e.what()));
}

int clampLimit(int limit)
{
    return qBound(1, limit, 500);
}

// WHERE clause builder: conditions joined by AND, values bound in order.
struct Where {
    QStringList conditions;
    QVariantList values;
    void add(const QString &cond, const QVariant &v)
    {
        conditions << cond;
        values << v;
    }
    void add(const QString &cond) { conditions << cond; }
    QString sql() const
    {
        return conditions.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw SqlFailure(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        throw SqlFailure(sql);
    return q;
}

const QString RecordColumns = QStringLiteral(
    "record_id, record_no, kind, org_id, title, body, status, revision, assignee_org, deadline_ms, "
    "percent,"
    " income_fen, expense_fen, signups, attended, overdue, submitted_ms, updated_ms");

RecordRow readRecord(const QSqlQuery &q)
{
    RecordRow r;
    r.recordId = q.value(0).toByteArray();
    r.recordNo = q.value(1).toLongLong();
    r.kind = domain::RecordKind(q.value(2).toInt());
    r.orgId = q.value(3).toUInt();
    r.title = q.value(4).toString();
    r.body = q.value(5).toString();
    r.status = domain::RecordStatus(q.value(6).toInt());
    r.revision = q.value(7).toInt();
    r.assigneeOrg = q.value(8).toUInt();
    r.deadlineMs = q.value(9).toLongLong();
    r.percent = q.value(10).toInt();
    r.incomeFen = q.value(11).toLongLong();
    r.expenseFen = q.value(12).toLongLong();
    r.signups = q.value(13).toLongLong();
    r.attended = q.value(14).toLongLong();
    r.overdue = q.value(15).toBool();
    r.submittedMs = q.value(16).toLongLong();
    r.updatedMs = q.value(17).toLongLong();
    return r;
}

const QString FeedbackColumns = QStringLiteral(
    "feedback_id, feedback_no, tracking_code, kind, category, text, org_id, pseudonym, status, "
    "submitted_ms,"
    " deadline_ms, overdue, escalated, hidden, hidden_reason, satisfaction, replies");

FeedbackRow readFeedback(const QSqlQuery &q)
{
    FeedbackRow f;
    f.feedbackId = q.value(0).toByteArray();
    f.feedbackNo = q.value(1).toLongLong();
    f.trackingCode = domain::tracking::format(q.value(2).toUInt());
    f.kind = domain::FeedbackKind(q.value(3).toInt());
    f.category = q.value(4).toString();
    f.text = q.value(5).toString();
    f.orgId = q.value(6).toUInt();
    f.pseudonym = q.value(7).toByteArray();
    f.status = domain::FeedbackStatus(q.value(8).toInt());
    f.submittedMs = q.value(9).toLongLong();
    f.deadlineMs = q.value(10).toLongLong();
    f.overdue = q.value(11).toBool();
    f.escalated = q.value(12).toBool();
    f.hidden = q.value(13).toBool();
    f.hiddenReason = q.value(14).toString();
    f.satisfaction = q.value(15).toInt();
    f.replies = q.value(16).toInt();
    return f;
}

const QString ScoreColumns
    = QStringLiteral("e.event_id, e.event_no, e.pseudonym, e.rule_code, r.title, e.points, "
                     "e.period, e.ts_ms, e.height, e.org_id,"
                     " e.note, e.reversed FROM score_events e LEFT JOIN score_rules r"
                     " ON r.version = e.handbook_version AND r.code = e.rule_code");

ScoreEventRow readScore(const QSqlQuery &q)
{
    ScoreEventRow s;
    s.eventId = q.value(0).toByteArray();
    s.eventNo = q.value(1).toLongLong();
    s.pseudonym = q.value(2).toByteArray();
    s.ruleCode = q.value(3).toString();
    s.ruleTitle = q.value(4).toString();
    s.points = q.value(5).toLongLong();
    s.period = q.value(6).toInt();
    s.tsMs = q.value(7).toLongLong();
    s.height = q.value(8).toLongLong();
    s.orgId = q.value(9).toUInt();
    s.note = q.value(10).toString();
    s.reversed = q.value(11).toBool();
    return s;
}
} // namespace

StateQueries::StateQueries(const StateMachine &state)
    : m_state(state)
{
}

std::optional<TxOutcome> StateQueries::txOutcome(const chain::TxId &txId,
                                                 std::uint64_t height) const
{
    try {
        QSqlQuery q = run(m_state.database(),
                          QStringLiteral("SELECT height, tx_index, type, outcome, reason, detail "
                                         "FROM tx_results WHERE height = ? AND tx_id = ?"),
                          { qint64(height), txId.toByteArray() });
        if (!q.next())
            return std::nullopt;
        TxOutcome o;
        o.height = q.value(0).toLongLong();
        o.txIndex = q.value(1).toInt();
        o.type = std::uint16_t(q.value(2).toUInt());
        o.outcome = TxOutcome::Kind(q.value(3).toInt());
        o.reason = domain::RejectReason(q.value(4).toInt());
        o.detail = q.value(5).toString();
        return o;
    } catch (const SqlFailure &e) {
        qWarning("txOutcome: %s", e.what());
        return std::nullopt;
    }
}

core::Result<std::vector<RecordRow>> StateQueries::records(const RecordFilter &f, Page page) const
{
    Where w;
    if (f.kind)
        w.add(QStringLiteral("kind = ?"), int(*f.kind));
    if (f.status)
        w.add(QStringLiteral("status = ?"), int(*f.status));
    if (f.orgId)
        w.add(QStringLiteral("org_id = ?"), *f.orgId);
    if (f.assigneeOrg)
        w.add(QStringLiteral("assignee_org = ?"), *f.assigneeOrg);
    if (f.publicOnly)
        w.add(QStringLiteral("status IN (4, 5, 6)"));
    QVariantList values = w.values;
    values << clampLimit(page.limit) << qMax(0, page.offset);
    try {
        QSqlQuery q
            = run(m_state.database(),
                  QStringLiteral("SELECT ") + RecordColumns + QStringLiteral(" FROM records")
                      + w.sql() + QStringLiteral(" ORDER BY record_no DESC LIMIT ? OFFSET ?"),
                  values);
        std::vector<RecordRow> out;
        while (q.next())
            out.push_back(readRecord(q));
        return out;
    } catch (const SqlFailure &e) {
        return core::fail(ioError(e));
    }
}

std::optional<RecordRow> StateQueries::record(const QByteArray &recordId) const
{
    try {
        QSqlQuery q = run(m_state.database(),
                          QStringLiteral("SELECT ") + RecordColumns
                              + QStringLiteral(" FROM records WHERE record_id = ?"),
                          { recordId });
        if (!q.next())
            return std::nullopt;
        return readRecord(q);
    } catch (const SqlFailure &) {
        return std::nullopt;
    }
}

core::Result<std::vector<TimelineEntry>> StateQueries::timeline(const QByteArray &subject) const
{
    try {
        // The subject's own entries and the approvals of transactions in it
        // (an approved amendment shows who approved it). Display names of
        // person keys; a rotated key keeps its old row.
        QSqlQuery q = run(
            m_state.database(),
            QStringLiteral(
                "SELECT t.height, t.tx_id, t.ts_ms, t.actor, p.display_name, t.actor_org, t.action,"
                " t.detail FROM timeline t LEFT JOIN persons p ON p.key = t.actor"
                " WHERE t.subject = ? OR t.subject IN (SELECT tx_id FROM timeline WHERE subject = "
                "?)"
                " ORDER BY t.entry_no"),
            { subject, subject });
        std::vector<TimelineEntry> out;
        while (q.next()) {
            out.push_back(TimelineEntry { q.value(0).toLongLong(), q.value(1).toByteArray(),
                                          q.value(2).toLongLong(), q.value(3).toByteArray(),
                                          q.value(4).toString(), q.value(5).toUInt(),
                                          q.value(6).toString(), q.value(7).toString() });
        }
        return out;
    } catch (const SqlFailure &e) {
        return core::fail(ioError(e));
    }
}

core::Result<std::vector<FeedbackRow>> StateQueries::inbox(const InboxFilter &f, Page page) const
{
    Where w;
    if (f.orgId)
        w.add(QStringLiteral("org_id = ?"), *f.orgId);
    if (f.status)
        w.add(QStringLiteral("status = ?"), int(*f.status));
    if (f.overdueOnly)
        w.add(QStringLiteral("overdue = 1 AND status < 4"));
    if (f.escalatedOnly)
        w.add(QStringLiteral("escalated = 1"));
    if (!f.includeHidden)
        w.add(QStringLiteral("hidden = 0"));
    QVariantList values = w.values;
    values << clampLimit(page.limit) << qMax(0, page.offset);
    try {
        QSqlQuery q
            = run(m_state.database(),
                  QStringLiteral("SELECT ") + FeedbackColumns + QStringLiteral(" FROM feedback")
                      + w.sql() + QStringLiteral(" ORDER BY feedback_no DESC LIMIT ? OFFSET ?"),
                  values);
        std::vector<FeedbackRow> out;
        while (q.next())
            out.push_back(readFeedback(q));
        return out;
    } catch (const SqlFailure &e) {
        return core::fail(ioError(e));
    }
}

std::optional<FeedbackRow> StateQueries::feedbackByTrackingCode(QStringView typed) const
{
    const auto code = domain::tracking::parse(typed);
    if (!code)
        return std::nullopt;
    try {
        QSqlQuery q = run(m_state.database(),
                          QStringLiteral("SELECT ") + FeedbackColumns
                              + QStringLiteral(" FROM feedback WHERE tracking_code = ?"),
                          { qint64(*code) });
        if (!q.next())
            return std::nullopt;
        return readFeedback(q);
    } catch (const SqlFailure &) {
        return std::nullopt;
    }
}

core::Result<std::vector<ScoreEventRow>> StateQueries::scoreEvents(const ScoreFilter &f,
                                                                   Page page) const
{
    Where w;
    if (!f.pseudonym.isEmpty())
        w.add(QStringLiteral("e.pseudonym = ?"), f.pseudonym);
    if (!f.ruleCode.isEmpty())
        w.add(QStringLiteral("e.rule_code = ?"), f.ruleCode);
    if (f.period)
        w.add(QStringLiteral("e.period = ?"), *f.period);
    QVariantList values = w.values;
    values << clampLimit(page.limit) << qMax(0, page.offset);
    try {
        QSqlQuery q = run(m_state.database(),
                          QStringLiteral("SELECT ") + ScoreColumns + w.sql()
                              + QStringLiteral(" ORDER BY e.event_no DESC LIMIT ? OFFSET ?"),
                          values);
        std::vector<ScoreEventRow> out;
        while (q.next())
            out.push_back(readScore(q));
        return out;
    } catch (const SqlFailure &e) {
        return core::fail(ioError(e));
    }
}

core::Result<Statement> StateQueries::statement(const QByteArray &pseudonym, Page page) const
{
    Statement s;
    s.pseudonym = pseudonym;
    try {
        QSqlQuery b = run(
            m_state.database(),
            QStringLiteral("SELECT earned, redeemed, balance FROM balances WHERE pseudonym = ?"),
            { pseudonym });
        if (b.next()) {
            s.earned = b.value(0).toLongLong();
            s.redeemed = b.value(1).toLongLong();
            s.balance = b.value(2).toLongLong();
        }
        QSqlQuery l = run(
            m_state.database(),
            QStringLiteral(
                "SELECT name FROM score_levels WHERE version = (SELECT MAX(version) FROM handbooks)"
                " AND min_points <= ? ORDER BY min_points DESC LIMIT 1"),
            { qint64(s.earned) });
        if (l.next())
            s.level = l.value(0).toString();
        QSqlQuery m = run(
            m_state.database(),
            QStringLiteral("SELECT masked_name FROM residents WHERE pseudonym = ? AND consent = 1"),
            { pseudonym });
        if (m.next())
            s.maskedName = m.value(0).toString();
    } catch (const SqlFailure &e) {
        return core::fail(ioError(e));
    }
    ScoreFilter f;
    f.pseudonym = pseudonym;
    s.events = GONGZHI_TRY(scoreEvents(f, page));
    return s;
}

core::Result<std::vector<RankingRow>> StateQueries::ranking(int period, Page page) const
{
    try {
        // Competition ranking (1, 2, 2, 4): the rank of a row is one more than
        // the number of residents with strictly more points in the period.
        QSqlQuery q
            = run(m_state.database(),
                  QStringLiteral(
                      "SELECT t.pseudonym, t.points, r.masked_name, r.consent,"
                      " (SELECT COUNT(*) FROM period_totals u WHERE u.period = t.period AND "
                      "u.points > t.points)"
                      " FROM period_totals t LEFT JOIN residents r ON r.pseudonym = t.pseudonym"
                      " WHERE t.period = ? ORDER BY t.points DESC, t.pseudonym LIMIT ? OFFSET ?"),
                  { period, clampLimit(page.limit), qMax(0, page.offset) });
        std::vector<RankingRow> out;
        while (q.next()) {
            RankingRow r;
            r.pseudonym = q.value(0).toByteArray();
            r.points = q.value(1).toLongLong();
            r.maskedName = q.value(3).toInt() == 1 ? q.value(2).toString() : QString();
            r.rank = q.value(4).toInt() + 1;
            out.push_back(std::move(r));
        }
        return out;
    } catch (const SqlFailure &e) {
        return core::fail(ioError(e));
    }
}

core::Result<Dashboard> StateQueries::dashboard(std::int64_t nowBlockMs) const
{
    Dashboard d;
    d.appliedHeight = m_state.appliedHeight() ? std::int64_t(*m_state.appliedHeight()) : -1;
    const QSqlDatabase db = m_state.database();
    auto count = [&](const char *sql, const QVariantList &values = {}) {
        QSqlQuery q = run(db, QString::fromLatin1(sql), values);
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    try {
        d.recordsSubmitted = count("SELECT COUNT(*) FROM records WHERE status = 1");
        d.recordsPublished = count("SELECT COUNT(*) FROM records WHERE status IN (4, 5, 6)");
        d.tasksOverdue = count("SELECT COUNT(*) FROM records WHERE kind = 5 AND overdue = 1 AND "
                               "status IN (1, 2, 4, 5)");
        d.feedbackOpen = count("SELECT COUNT(*) FROM feedback WHERE status < 4");
        // The partial index holds exactly these rows (see OverviewQueries.cpp).
        d.feedbackOverdue = count("SELECT COUNT(*) FROM feedback INDEXED BY feedback_overdue_no"
                                  " WHERE overdue = 1 AND status < 4");
        d.feedbackEscalated
            = count("SELECT COUNT(*) FROM feedback WHERE escalated = 1 AND status < 4");
        d.pendingApprovals = count("SELECT COUNT(*) FROM pending WHERE status = 0");
        d.residents = count("SELECT COUNT(*) FROM residents");
        // A running total (category_totals), not a count over a month of events.
        d.scoreEventsThisMonth
            = count("SELECT COALESCE(SUM(events), 0) FROM category_totals WHERE period = ?",
                    { domain::monthPeriod(nowBlockMs) });
        d.rejectedTransactions = count("SELECT COUNT(*) FROM tx_results WHERE outcome = 3");
    } catch (const SqlFailure &e) {
        return core::fail(ioError(e));
    }
    return d;
}

core::Result<std::vector<PendingRow>> StateQueries::pendingApprovals(Page page) const
{
    try {
        QSqlQuery q
            = run(m_state.database(),
                  QStringLiteral(
                      "SELECT tx_id, type, author, org_id, height FROM pending WHERE status = 0"
                      " ORDER BY pending_no LIMIT ? OFFSET ?"),
                  { clampLimit(page.limit), qMax(0, page.offset) });
        std::vector<PendingRow> out;
        while (q.next()) {
            out.push_back(PendingRow { q.value(0).toByteArray(), std::uint16_t(q.value(1).toUInt()),
                                       q.value(2).toByteArray(), q.value(3).toUInt(),
                                       q.value(4).toLongLong() });
        }
        return out;
    } catch (const SqlFailure &e) {
        return core::fail(ioError(e));
    }
}

} // namespace ledger::state
