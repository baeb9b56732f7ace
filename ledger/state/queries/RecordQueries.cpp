#include "ledger/state/queries/RecordQueries.h"

#include "ledger/state/Sql.h"
#include "ledger/state/StateMachine.h"

#include <QSqlQuery>
#include <QVariant>

namespace ledger::state {

namespace {

core::Error ioError(const QString &sql)
{
    return core::Error(core::ErrorCode::Io, QStringLiteral("query failed: ") + sql);
}

std::optional<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::nullopt;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return std::nullopt;
    return q;
}

const QString Columns = QStringLiteral(
    "record_id, record_no, kind, org_id, title, body, status, revision, assignee_org, "
    "deadline_ms, percent, income_fen, expense_fen, signups, attended, overdue, submitted_ms, "
    "updated_ms");

RecordRow readRow(const QSqlQuery &q)
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

QString escapeLike(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return u'%' + text + u'%';
}

// The WHERE clause of a list query and its values, in order.
QString whereOf(const RecordListQuery &query, QVariantList &values)
{
    const RecordFilter &f = query.filter;
    QStringList conds;
    if (f.kind) {
        conds << QStringLiteral("kind = ?");
        values << int(*f.kind);
    }
    if (f.status) {
        conds << QStringLiteral("status = ?");
        values << int(*f.status);
    }
    if (f.orgId) {
        conds << QStringLiteral("org_id = ?");
        values << *f.orgId;
    }
    if (f.assigneeOrg) {
        conds << QStringLiteral("assignee_org = ?");
        values << *f.assigneeOrg;
    }
    if (f.publicOnly)
        conds << QStringLiteral("status IN (4, 5, 6)");
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        conds << QStringLiteral("(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')");
        values << escapeLike(text) << escapeLike(text);
    }
    return conds.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + conds.join(QStringLiteral(" AND "));
}

QString orderOf(const RecordListQuery &query)
{
    const QString dir = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString column;
    switch (query.sort) {
    case RecordSort::Number: return QStringLiteral(" ORDER BY record_no") + dir;
    case RecordSort::Title: column = QStringLiteral("title"); break;
    case RecordSort::Kind: column = QStringLiteral("kind"); break;
    case RecordSort::Status: column = QStringLiteral("status"); break;
    case RecordSort::Organization: column = QStringLiteral("org_id"); break;
    case RecordSort::Updated: column = QStringLiteral("updated_ms"); break;
    }
    // record_no breaks ties so that paging with OFFSET is stable.
    return QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", record_no DESC");
}

} // namespace

core::Result<std::vector<RecordRow>> listRecords(const StateMachine &state,
                                                 const RecordListQuery &query, Page page)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM records")
        + whereOf(query, values) + orderOf(query) + QStringLiteral(" LIMIT ? OFFSET ?");
    values << qBound(1, page.limit, 500) << qMax(0, page.offset);
    auto q = run(state.database(), sql, values);
    if (!q)
        return core::fail(ioError(sql));
    std::vector<RecordRow> out;
    while (q->next())
        out.push_back(readRow(*q));
    return out;
}

core::Result<std::int64_t> countRecords(const StateMachine &state, const RecordListQuery &query)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM records") + whereOf(query, values);
    auto q = run(state.database(), sql, values);
    if (!q || !q->next())
        return core::fail(ioError(sql));
    return q->value(0).toLongLong();
}

core::Result<RecordDetail> recordDetail(const StateMachine &state, const QByteArray &recordId)
{
    const QSqlDatabase db = state.database();
    const QString sql = QStringLiteral("SELECT ") + Columns
        + QStringLiteral(", author, submitted_height, published_ms, start_ms, end_ms, capacity, "
                         "award_rule, (SELECT display_name FROM persons p WHERE p.key = author)"
                         " FROM records WHERE record_id = ?");
    auto q = run(db, sql, { recordId });
    if (!q)
        return core::fail(ioError(sql));
    if (!q->next())
        return core::fail(core::ErrorCode::NotFound, QStringLiteral("no such record"),
                          QStringLiteral("recordId"));
    RecordDetail d;
    d.row = readRow(*q);
    d.author = q->value(18).toByteArray();
    d.submittedHeight = q->value(19).toLongLong();
    d.publishedMs = q->value(20).toLongLong();
    d.activityStartMs = q->value(21).toLongLong();
    d.activityEndMs = q->value(22).toLongLong();
    d.capacity = q->value(23).toUInt();
    d.awardRuleCode = q->value(24).toString();
    d.authorName = q->value(25).toString();

    const QString linesSql = QStringLiteral(
        "SELECT direction, item, amount_fen FROM record_lines WHERE record_id = ? AND revision = ?"
        " ORDER BY line_no");
    auto lines = run(db, linesSql, { recordId, d.row.revision });
    if (!lines)
        return core::fail(ioError(linesSql));
    while (lines->next()) {
        d.lines.push_back(domain::FinancialLine { domain::LineDirection(lines->value(0).toInt()),
                                                  lines->value(1).toString(),
                                                  lines->value(2).toLongLong() });
    }

    const QString attSql = QStringLiteral(
        "SELECT sha256, size, name, owner_tx FROM attachments WHERE subject = ? ORDER BY rowid");
    auto atts = run(db, attSql, { recordId });
    if (!atts)
        return core::fail(ioError(attSql));
    while (atts->next()) {
        RecordAttachment a;
        if (auto digest = crypto::Digest::fromBytes(atts->value(0).toByteArray()))
            a.ref.sha256 = *digest;
        a.ref.size = atts->value(1).toULongLong();
        a.ref.name = atts->value(2).toString();
        a.ownerTx = atts->value(3).toByteArray();
        d.attachments.push_back(std::move(a));
    }
    return d;
}

core::Result<QHash<std::uint32_t, QString>> organizationNames(const StateMachine &state)
{
    const QString sql = QStringLiteral("SELECT org_id, name FROM orgs");
    auto q = run(state.database(), sql, {});
    if (!q)
        return core::fail(ioError(sql));
    QHash<std::uint32_t, QString> names;
    while (q->next())
        names.insert(q->value(0).toUInt(), q->value(1).toString());
    return names;
}

} // namespace ledger::state
