#include "ledger/state/queries/FeedbackQueries.h"

#include "ledger/domain/TrackingCode.h"
#include "ledger/state/StateMachine.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace ledger::state {

namespace {

core::Result<QSqlQuery> select(const StateMachine &state, const QString &sql,
                               const QVariantList &values = {})
{
    QSqlQuery q(state.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return core::fail(core::ErrorCode::Io, q.lastError().text(), sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return core::fail(core::ErrorCode::Io, q.lastError().text(), sql);
    return q;
}

const QString ItemColumns = QStringLiteral(
    "f.feedback_id, f.feedback_no, f.tracking_code, f.kind, f.category, f.text, f.org_id,"
    " f.pseudonym, f.status, f.submitted_ms, f.deadline_ms, f.overdue, f.escalated, f.hidden,"
    " f.hidden_reason, f.satisfaction, f.replies, f.assignee, p.display_name, f.intake_org"
    " FROM feedback f LEFT JOIN persons p ON p.key = f.assignee");

FeedbackItem readItem(const QSqlQuery &q)
{
    FeedbackItem i;
    FeedbackRow &r = i.row;
    r.feedbackId = q.value(0).toByteArray();
    r.feedbackNo = q.value(1).toLongLong();
    r.trackingCode = domain::tracking::format(std::uint32_t(q.value(2).toLongLong()));
    r.kind = domain::FeedbackKind(q.value(3).toInt());
    r.category = q.value(4).toString();
    r.text = q.value(5).toString();
    r.orgId = q.value(6).toUInt();
    r.pseudonym = q.value(7).toByteArray();
    r.status = domain::FeedbackStatus(q.value(8).toInt());
    r.submittedMs = q.value(9).toLongLong();
    r.deadlineMs = q.value(10).toLongLong();
    r.overdue = q.value(11).toBool();
    r.escalated = q.value(12).toBool();
    r.hidden = q.value(13).toBool();
    r.hiddenReason = q.value(14).toString();
    r.satisfaction = q.value(15).toInt();
    r.replies = q.value(16).toInt();
    i.assignee = q.value(17).toByteArray();
    i.assigneeName = q.value(18).toString();
    i.intakeOrg = q.value(19).toUInt();
    return i;
}

} // namespace

core::Result<std::vector<FeedbackItem>>
inboxBefore(const StateMachine &state, const InboxFilter &filter, std::int64_t beforeNo, int limit)
{
    QString sql
        = QStringLiteral("SELECT ") + ItemColumns + QStringLiteral(" WHERE f.feedback_no < ?");
    QVariantList values { beforeNo <= 0 ? std::numeric_limits<qint64>::max() : qint64(beforeNo) };
    if (filter.orgId) {
        sql += QStringLiteral(" AND f.org_id = ?");
        values << *filter.orgId;
    }
    if (filter.status) {
        sql += QStringLiteral(" AND f.status = ?");
        values << int(*filter.status);
    }
    if (filter.overdueOnly)
        sql += QStringLiteral(" AND f.overdue = 1 AND f.status < 4");
    if (filter.escalatedOnly)
        sql += QStringLiteral(" AND f.escalated = 1");
    if (!filter.includeHidden)
        sql += QStringLiteral(" AND f.hidden = 0");
    sql += QStringLiteral(" ORDER BY f.feedback_no DESC LIMIT ?");
    values << qBound(1, limit, 1000);
    auto q = GONGZHI_TRY(select(state, sql, values));
    std::vector<FeedbackItem> out;
    while (q.next())
        out.push_back(readItem(q));
    return out;
}

core::Result<std::optional<FeedbackItem>> feedbackItem(const StateMachine &state,
                                                       const QByteArray &feedbackId)
{
    auto q = GONGZHI_TRY(select(
        state, QStringLiteral("SELECT ") + ItemColumns + QStringLiteral(" WHERE f.feedback_id = ?"),
        { feedbackId }));
    if (!q.next())
        return std::optional<FeedbackItem>();
    return std::optional<FeedbackItem>(readItem(q));
}

core::Result<std::int64_t> feedbackWaiting(const StateMachine &state, std::uint32_t orgId)
{
    auto q = GONGZHI_TRY(
        select(state,
               QStringLiteral("SELECT COUNT(*) FROM feedback WHERE org_id = ?"
                              " AND (status IN (1, 2) OR (overdue = 1 AND status < 4))"),
               { orgId }));
    return q.next() ? q.value(0).toLongLong() : 0;
}

core::Result<std::vector<domain::FeedbackCategory>> feedbackCategories(const StateMachine &state)
{
    auto q = GONGZHI_TRY(
        select(state,
               QStringLiteral("SELECT code, name, route_org, deadline_days FROM feedback_categories"
                              " WHERE active = 1 ORDER BY code")));
    std::vector<domain::FeedbackCategory> out;
    while (q.next()) {
        out.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toUInt(),
                        q.value(3).toUInt() });
    }
    return out;
}

core::Result<std::vector<OrgRow>> activeOrganizations(const StateMachine &state)
{
    auto q = GONGZHI_TRY(select(
        state, QStringLiteral("SELECT org_id, name FROM orgs WHERE active = 1 ORDER BY org_id")));
    std::vector<OrgRow> out;
    while (q.next())
        out.push_back({ q.value(0).toUInt(), q.value(1).toString() });
    return out;
}

core::Result<std::vector<PersonRow>> currentPersons(const StateMachine &state, std::uint32_t orgId)
{
    auto q = GONGZHI_TRY(select(state,
                                QStringLiteral("SELECT key, display_name FROM persons"
                                               " WHERE org_id = ? AND until_height IS NULL"
                                               " ORDER BY person_no"),
                                { orgId }));
    std::vector<PersonRow> out;
    while (q.next())
        out.push_back({ q.value(0).toByteArray(), q.value(1).toString() });
    return out;
}

} // namespace ledger::state
