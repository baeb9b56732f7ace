#include "ledger/state/queries/KioskQueries.h"

#include "ledger/domain/TrackingCode.h"
#include "ledger/state/StateMachine.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ledger::state::kiosk {

namespace {

// Runs a prepared SELECT; nullopt (with `error` set) if SQLite fails.
std::optional<QSqlQuery> select(const StateMachine &state, const QString &sql,
                                const QVariantList &values, core::Error &error)
{
    QSqlQuery q(state.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        error = core::Error(core::ErrorCode::Io, q.lastError().text());
        return std::nullopt;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        error = core::Error(core::ErrorCode::Io, q.lastError().text());
        return std::nullopt;
    }
    return q;
}

} // namespace

core::Result<std::vector<FinancialLineRow>> financialLines(const StateMachine &state,
                                                           const QByteArray &recordId)
{
    core::Error error(core::ErrorCode::Io, QString());
    auto q = select(state,
                    QStringLiteral("SELECT l.direction, l.item, l.amount_fen FROM record_lines l"
                                   " JOIN records r ON r.record_id = l.record_id"
                                   " AND r.revision = l.revision"
                                   " WHERE l.record_id = ? ORDER BY l.line_no"),
                    { recordId }, error);
    if (!q)
        return core::fail(error);
    std::vector<FinancialLineRow> out;
    while (q->next())
        out.push_back({ domain::LineDirection(q->value(0).toInt()), q->value(1).toString(),
                        q->value(2).toLongLong() });
    return out;
}

namespace {

core::Result<std::vector<ActivityRow>> activities(const StateMachine &state, const QString &sql,
                                                  std::int64_t nowMs, int limit)
{
    core::Error error(core::ErrorCode::Io, QString());
    auto q = select(state, sql, { qlonglong(nowMs), qBound(1, limit, 500) }, error);
    if (!q)
        return core::fail(error);
    std::vector<ActivityRow> out;
    while (q->next()) {
        ActivityRow a;
        a.recordId = q->value(0).toByteArray();
        a.orgId = q->value(1).toUInt();
        a.title = q->value(2).toString();
        a.body = q->value(3).toString();
        a.startMs = q->value(4).toLongLong();
        a.endMs = q->value(5).toLongLong();
        a.capacity = q->value(6).toUInt();
        a.signups = q->value(7).toLongLong();
        out.push_back(std::move(a));
    }
    return out;
}

// Kind 6 = activity; statuses 4..6 are the public ones (published, in
// progress, completed), as StateQueries' publicOnly filter.
const QString ActivityColumns = QStringLiteral(
    "SELECT record_id, org_id, title, body, start_ms, end_ms, capacity, signups FROM records"
    " WHERE kind = 6 AND status IN (4, 5, 6) AND ");

} // namespace

core::Result<std::vector<ActivityRow>> upcomingActivities(const StateMachine &state,
                                                          std::int64_t nowMs, int limit)
{
    return activities(
        state, ActivityColumns + QStringLiteral("end_ms > ? ORDER BY start_ms, record_no LIMIT ?"),
        nowMs, limit);
}

core::Result<std::vector<ActivityRow>> recentActivities(const StateMachine &state,
                                                        std::int64_t nowMs, int limit)
{
    return activities(
        state,
        ActivityColumns
            + QStringLiteral("end_ms <= ? ORDER BY end_ms DESC, record_no DESC LIMIT ?"),
        nowMs, limit);
}

core::Result<std::vector<CategoryRow>> feedbackCategories(const StateMachine &state)
{
    core::Error error(core::ErrorCode::Io, QString());
    auto q = select(state,
                    QStringLiteral("SELECT code, name, route_org FROM feedback_categories"
                                   " WHERE active = 1 ORDER BY code"),
                    {}, error);
    if (!q)
        return core::fail(error);
    std::vector<CategoryRow> out;
    while (q->next())
        out.push_back({ q->value(0).toString(), q->value(1).toString(), q->value(2).toUInt() });
    return out;
}

core::Result<std::map<std::uint32_t, QString>> organizationNames(const StateMachine &state)
{
    core::Error error(core::ErrorCode::Io, QString());
    auto q = select(state, QStringLiteral("SELECT org_id, name FROM orgs"), {}, error);
    if (!q)
        return core::fail(error);
    std::map<std::uint32_t, QString> out;
    while (q->next())
        out.emplace(q->value(0).toUInt(), q->value(1).toString());
    return out;
}

core::Result<std::vector<PublicRankingRow>> publicRanking(const StateMachine &state, int period,
                                                          int limit)
{
    core::Error error(core::ErrorCode::Io, QString());
    // Competition ranking over every resident of the period (as
    // StateQueries::ranking), then only the consenting ones are listed.
    auto q = select(state,
                    QStringLiteral("SELECT r.masked_name, t.points,"
                                   " (SELECT COUNT(*) FROM period_totals u WHERE u.period = "
                                   "t.period AND u.points > t.points)"
                                   " FROM period_totals t JOIN residents r ON r.pseudonym = "
                                   "t.pseudonym"
                                   " WHERE t.period = ? AND r.consent = 1 AND r.masked_name IS NOT "
                                   "NULL AND r.masked_name <> ''"
                                   " ORDER BY t.points DESC, t.pseudonym LIMIT ?"),
                    { period, qBound(1, limit, 500) }, error);
    if (!q)
        return core::fail(error);
    std::vector<PublicRankingRow> out;
    while (q->next())
        out.push_back(
            { q->value(2).toInt() + 1, q->value(0).toString(), q->value(1).toLongLong() });
    return out;
}

core::Result<std::optional<int>> residentRank(const StateMachine &state,
                                              const QByteArray &pseudonym, int period)
{
    core::Error error(core::ErrorCode::Io, QString());
    auto q = select(state,
                    QStringLiteral("SELECT (SELECT COUNT(*) FROM period_totals u WHERE u.period = "
                                   "t.period AND u.points > t.points)"
                                   " FROM period_totals t WHERE t.period = ? AND t.pseudonym = ?"),
                    { period, pseudonym }, error);
    if (!q)
        return core::fail(error);
    if (!q->next())
        return std::optional<int>();
    return std::optional<int>(q->value(0).toInt() + 1);
}

core::Result<QString> trackingCodeOf(const StateMachine &state, const QByteArray &feedbackId)
{
    core::Error error(core::ErrorCode::Io, QString());
    auto q
        = select(state, QStringLiteral("SELECT tracking_code FROM feedback WHERE feedback_id = ?"),
                 { feedbackId }, error);
    if (!q)
        return core::fail(error);
    if (!q->next())
        return QString();
    return domain::tracking::format(q->value(0).toUInt());
}

core::Result<LocalCopy> localCopy(const StateMachine &state)
{
    core::Error error(core::ErrorCode::Io, QString());
    auto q = select(state,
                    QStringLiteral("SELECT key, value FROM meta WHERE key IN ('community_name',"
                                   " 'last_block_ms')"),
                    {}, error);
    if (!q)
        return core::fail(error);
    LocalCopy c;
    while (q->next()) {
        const QByteArray value = q->value(1).toByteArray();
        if (q->value(0).toString() == QLatin1String("community_name"))
            c.communityName = QString::fromUtf8(value);
        else
            c.lastBlockMs = value.toLongLong();
    }
    return c;
}

} // namespace ledger::state::kiosk
