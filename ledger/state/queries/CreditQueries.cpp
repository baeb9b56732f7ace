#include "ledger/state/queries/CreditQueries.h"

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

// A LIMIT a screen may ask for in one page.
int pageLimit(int limit)
{
    return qBound(1, limit, 1000);
}

// Past the newest row: numbers start at 1, so 0 means "no upper bound".
qint64 upperBound(std::int64_t beforeNo)
{
    return beforeNo <= 0 ? std::numeric_limits<qint64>::max() : beforeNo;
}

ResidentRow readResident(const QSqlQuery &q)
{
    ResidentRow r;
    r.pseudonym = q.value(0).toByteArray();
    r.residentNo = q.value(1).toLongLong();
    r.orgId = q.value(2).toUInt();
    r.maskedName = q.value(3).toInt() == 1 ? q.value(4).toString() : QString();
    return r;
}

const char *const ResidentColumns
    = "r.pseudonym, r.resident_no, r.org_id, r.consent, r.masked_name";

} // namespace

core::Result<std::optional<HandbookInEffect>> handbookInEffect(const StateMachine &state)
{
    auto h = GONGZHI_TRY(select(state,
                                QStringLiteral("SELECT version, title, effective_ms FROM handbooks"
                                               " ORDER BY version DESC LIMIT 1")));
    if (!h.next())
        return std::optional<HandbookInEffect>();
    HandbookInEffect out;
    out.handbook.version = h.value(0).toUInt();
    out.handbook.title = h.value(1).toString();
    out.effectiveMs = h.value(2).toLongLong();
    const QVariantList version { out.handbook.version };
    auto c = GONGZHI_TRY(
        select(state,
               QStringLiteral("SELECT code, name FROM score_categories WHERE version = ?"
                              " ORDER BY rowid"),
               version));
    while (c.next())
        out.handbook.categories.push_back({ c.value(0).toString(), c.value(1).toString() });
    auto r = GONGZHI_TRY(select(
        state,
        QStringLiteral("SELECT code, category, title, points, cap_per_period, evidence_required"
                       " FROM score_rules WHERE version = ? ORDER BY rowid"),
        version));
    while (r.next()) {
        out.handbook.rules.push_back({ r.value(0).toString(), r.value(1).toString(),
                                       r.value(2).toString(), r.value(3).toLongLong(),
                                       r.value(4).toLongLong(), r.value(5).toBool() });
    }
    auto l = GONGZHI_TRY(select(state,
                                QStringLiteral("SELECT name, min_points FROM score_levels"
                                               " WHERE version = ? ORDER BY min_points"),
                                version));
    while (l.next())
        out.handbook.levels.push_back({ l.value(0).toString(), l.value(1).toLongLong() });
    return std::optional<HandbookInEffect>(std::move(out));
}

core::Result<std::vector<ResidentRow>> residents(const StateMachine &state,
                                                 std::optional<std::uint32_t> orgId)
{
    QString sql = QStringLiteral("SELECT ") + QLatin1String(ResidentColumns)
        + QStringLiteral(" FROM residents r");
    QVariantList values;
    if (orgId) {
        sql += QStringLiteral(" WHERE r.org_id = ?");
        values << *orgId;
    }
    sql += QStringLiteral(" ORDER BY r.resident_no");
    auto q = GONGZHI_TRY(select(state, sql, values));
    std::vector<ResidentRow> out;
    while (q.next())
        out.push_back(readResident(q));
    return out;
}

core::Result<ResidentsSignature> residentsSignature(const StateMachine &state)
{
    auto q = GONGZHI_TRY(select(state,
                                QStringLiteral("SELECT COUNT(*), COALESCE(MAX(resident_no), 0),"
                                               " TOTAL(resident_no * consent),"
                                               " TOTAL(resident_no * length(masked_name))"
                                               " FROM residents"),
                                {}));
    ResidentsSignature out;
    if (q.next()) {
        out.count = q.value(0).toLongLong();
        out.maxNo = q.value(1).toLongLong();
        out.consenting = q.value(2).toDouble();
        out.maskedLengths = q.value(3).toDouble();
    }
    return out;
}

core::Result<std::optional<ResidentRow>> residentByNo(const StateMachine &state,
                                                      std::int64_t residentNo)
{
    auto q = GONGZHI_TRY(select(state,
                                QStringLiteral("SELECT ") + QLatin1String(ResidentColumns)
                                    + QStringLiteral(" FROM residents r WHERE r.resident_no = ?"),
                                { qint64(residentNo) }));
    if (!q.next())
        return std::optional<ResidentRow>();
    return std::optional<ResidentRow>(readResident(q));
}

core::Result<std::vector<ScoreEventRow>> scoreEventsBefore(const StateMachine &state,
                                                           const ScoreFilter &filter,
                                                           std::int64_t beforeNo, int limit)
{
    // Each filter combination has an index ending in event_no (Schema.cpp), so
    // "event_no < ? ORDER BY event_no DESC" walks the index from a point.
    QString sql = QStringLiteral(
        "SELECT e.event_id, e.event_no, e.pseudonym, e.rule_code, r.title, e.points, e.period,"
        " e.ts_ms, e.height, e.org_id, e.note, e.reversed FROM score_events e"
        " LEFT JOIN score_rules r ON r.version = e.handbook_version AND r.code = e.rule_code"
        " WHERE e.event_no < ?");
    QVariantList values { upperBound(beforeNo) };
    if (!filter.pseudonym.isEmpty()) {
        sql += QStringLiteral(" AND e.pseudonym = ?");
        values << filter.pseudonym;
    }
    if (!filter.ruleCode.isEmpty()) {
        sql += QStringLiteral(" AND e.rule_code = ?");
        values << filter.ruleCode;
    }
    if (filter.period) {
        sql += QStringLiteral(" AND e.period = ?");
        values << *filter.period;
    }
    sql += QStringLiteral(" ORDER BY e.event_no DESC LIMIT ?");
    values << pageLimit(limit);
    auto q = GONGZHI_TRY(select(state, sql, values));
    std::vector<ScoreEventRow> out;
    while (q.next()) {
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
        out.push_back(std::move(s));
    }
    return out;
}

core::Result<BalanceRow> balanceOf(const StateMachine &state, const QByteArray &pseudonym)
{
    auto q = GONGZHI_TRY(select(
        state, QStringLiteral("SELECT earned, redeemed, balance FROM balances WHERE pseudonym = ?"),
        { pseudonym }));
    BalanceRow b;
    if (q.next()) {
        b.earned = q.value(0).toLongLong();
        b.redeemed = q.value(1).toLongLong();
        b.balance = q.value(2).toLongLong();
    }
    return b;
}

core::Result<std::vector<StoreItemRow>> storeItems(const StateMachine &state)
{
    auto q = GONGZHI_TRY(
        select(state,
               QStringLiteral("SELECT item_code, name, cost, active, org_id FROM store_items"
                              " ORDER BY active DESC, cost, item_code")));
    std::vector<StoreItemRow> out;
    while (q.next()) {
        out.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toBool(), q.value(4).toUInt() });
    }
    return out;
}

core::Result<std::vector<RedemptionRow>> redemptionsBefore(const StateMachine &state,
                                                           const QByteArray &pseudonym,
                                                           std::int64_t beforeNo, int limit)
{
    QString sql = QStringLiteral(
        "SELECT d.tx_id, d.redemption_no, d.pseudonym, d.item_code, i.name, d.quantity, d.points,"
        " d.ts_ms, d.org_id FROM redemptions d LEFT JOIN store_items i ON i.item_code = d.item_code"
        " WHERE d.redemption_no < ?");
    QVariantList values { upperBound(beforeNo) };
    if (!pseudonym.isEmpty()) {
        sql += QStringLiteral(" AND d.pseudonym = ?");
        values << pseudonym;
    }
    sql += QStringLiteral(" ORDER BY d.redemption_no DESC LIMIT ?");
    values << pageLimit(limit);
    auto q = GONGZHI_TRY(select(state, sql, values));
    std::vector<RedemptionRow> out;
    while (q.next()) {
        out.push_back({ q.value(0).toByteArray(), q.value(1).toLongLong(), q.value(2).toByteArray(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                        q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toUInt() });
    }
    return out;
}

core::Result<int> latestScorePeriod(const StateMachine &state)
{
    auto q = GONGZHI_TRY(select(
        state, QStringLiteral("SELECT period FROM score_events ORDER BY event_no DESC LIMIT 1")));
    return q.next() ? q.value(0).toInt() : 0;
}

core::Result<std::vector<ActivityRow>> activities(const StateMachine &state, int limit)
{
    auto q = GONGZHI_TRY(
        select(state,
               QStringLiteral(
                   "SELECT record_id, title, org_id, start_ms, attended, award_rule FROM records"
                   " WHERE kind = 6 AND status IN (2, 4, 5, 6) ORDER BY record_no DESC LIMIT ?"),
               { pageLimit(limit) }));
    std::vector<ActivityRow> out;
    while (q.next()) {
        out.push_back({ q.value(0).toByteArray(), q.value(1).toString(), q.value(2).toUInt(),
                        q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString() });
    }
    return out;
}

core::Result<std::vector<ResidentRow>> activityAttendees(const StateMachine &state,
                                                         const QByteArray &recordId)
{
    auto q = GONGZHI_TRY(
        select(state,
               QStringLiteral("SELECT ") + QLatin1String(ResidentColumns)
                   + QStringLiteral(" FROM signups s JOIN residents r ON r.pseudonym = s.pseudonym"
                                    " WHERE s.record_id = ? AND s.attended = 1"
                                    " ORDER BY r.resident_no"),
               { recordId }));
    std::vector<ResidentRow> out;
    while (q.next())
        out.push_back(readResident(q));
    return out;
}

} // namespace ledger::state
