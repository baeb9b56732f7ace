#include "ledger/state/queries/ApprovalQueries.h"

#include "ledger/chain/Genesis.h"
#include "ledger/chain/Transaction.h"
#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/domain/FeedbackPayloads.h"
#include "ledger/domain/PayloadCodec.h"
#include "ledger/state/StateMachine.h"

#include <QSqlQuery>
#include <QVariant>

namespace ledger::state {

namespace {

using chain::TxType;

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

core::Error ioError(const QString &sql)
{
    return core::Error(core::ErrorCode::Io, QStringLiteral("query failed: ") + sql);
}

// Permissions scope rule 1: only a party committee secretary approves these.
const QString PartyCommitteeOnlyTypes = QStringLiteral("101, 102, 113, 114, 130, 301, 490");

// The union of held transactions and submitted records this approver may
// decide; `select` chooses the columns of both halves.
QString queueSql(const Approver &a, QVariantList &values, const QString &heldColumns,
                 const QString &recordColumns)
{
    QString heldScope = QStringLiteral("author <> ?");
    QString recordScope = QStringLiteral("author <> ?");
    if (!a.partyCommittee) {
        heldScope
            += QStringLiteral(" AND org_id = ? AND type NOT IN (") + PartyCommitteeOnlyTypes + u')';
        recordScope += QStringLiteral(" AND org_id = ?");
    }
    values << a.key;
    if (!a.partyCommittee)
        values << a.orgId;
    values << a.key;
    if (!a.partyCommittee)
        values << a.orgId;
    return QStringLiteral("SELECT ") + heldColumns
        + QStringLiteral(" FROM pending WHERE status = 0 AND ") + heldScope
        + QStringLiteral(" UNION ALL SELECT ") + recordColumns
        + QStringLiteral(" FROM records WHERE status = 1 AND ") + recordScope;
}

template<class P>
std::optional<P> payloadOf(const ApprovalItem &item)
{
    auto tx = chain::Transaction::decode(item.tx);
    if (!tx)
        return std::nullopt;
    auto p = domain::decodePayload<P>(tx->payload());
    if (!p)
        return std::nullopt;
    return *p;
}

// The record a held record transaction is about (amendment, withdrawal).
std::optional<QByteArray> recordOfHeld(const ApprovalItem &item)
{
    switch (TxType(item.type)) {
    case TxType::RecordAmended:
        if (auto p = payloadOf<domain::RecordAmended>(item))
            return p->recordId.toByteArray();
        break;
    case TxType::RecordWithdrawn:
        if (auto p = payloadOf<domain::RecordDecision>(item))
            return p->recordId.toByteArray();
        break;
    default: break;
    }
    return std::nullopt;
}

core::Status loadScore(const QSqlDatabase &db, ApprovalContext &c, const QByteArray &pseudonym,
                       const QString &ruleCode)
{
    ScoreConsequence s;
    s.pseudonym = pseudonym;
    s.ruleCode = ruleCode;
    const QString sql = QStringLiteral(
        "SELECT (SELECT earned FROM balances WHERE pseudonym = ?),"
        " (SELECT balance FROM balances WHERE pseudonym = ?),"
        " (SELECT masked_name FROM residents WHERE pseudonym = ? AND consent = 1),"
        " (SELECT title FROM score_rules WHERE code = ? ORDER BY version DESC LIMIT 1),"
        " (SELECT points FROM score_rules WHERE code = ? ORDER BY version DESC LIMIT 1)");
    auto q = run(db, sql, { pseudonym, pseudonym, pseudonym, ruleCode, ruleCode });
    if (!q || !q->next())
        return core::fail(ioError(sql));
    s.earned = q->value(0).toLongLong();
    s.balance = q->value(1).toLongLong();
    s.maskedName = q->value(2).toString();
    s.ruleTitle = q->value(3).toString();
    s.points = q->value(4).toLongLong();
    c.score = std::move(s);
    return {};
}

core::Status loadReversal(const QSqlDatabase &db, ApprovalContext &c, const QByteArray &eventId)
{
    const QString sql = QStringLiteral(
        "SELECT pseudonym, rule_code, points, note FROM score_events WHERE event_id = ?");
    auto q = run(db, sql, { eventId });
    if (!q)
        return core::fail(ioError(sql));
    if (!q->next())
        return {};
    const QByteArray pseudonym = q->value(0).toByteArray();
    const std::int64_t points = q->value(2).toLongLong();
    const QString note = q->value(3).toString();
    GONGZHI_CHECK(loadScore(db, c, pseudonym, q->value(1).toString()));
    c.score->points = -points; // a reversal takes the event's points back
    c.score->eventNote = note;
    return {};
}

core::Status loadPerson(const QSqlDatabase &db, ApprovalContext &c, const QByteArray &key)
{
    const QString sql = QStringLiteral("SELECT display_name, roles FROM persons WHERE key = ?");
    auto q = run(db, sql, { key });
    if (!q)
        return core::fail(ioError(sql));
    if (q->next()) {
        c.personName = q->value(0).toString();
        c.personRoles = std::uint8_t(q->value(1).toUInt());
    }
    return {};
}

core::Status loadHeldContext(const QSqlDatabase &db, const StateMachine &state, ApprovalContext &c)
{
    const ApprovalItem &item = c.item;
    if (auto recordId = recordOfHeld(item)) {
        auto detail = recordDetail(state, *recordId);
        if (detail)
            c.record = std::move(*detail);
        else if (detail.error().code != core::ErrorCode::NotFound)
            return core::fail(detail.error());
    }
    switch (TxType(item.type)) {
    case TxType::ScoreEventRecorded:
        if (auto p = payloadOf<domain::ScoreEventRecorded>(item))
            return loadScore(db, c, p->pseudonym.toByteArray(), p->ruleCode);
        break;
    case TxType::ScoreReversed:
        if (auto p = payloadOf<domain::ScoreReversed>(item))
            return loadReversal(db, c, p->eventId.toByteArray());
        break;
    case TxType::HandbookProposed: {
        auto current = effectiveHandbook(state);
        if (!current)
            return core::fail(current.error());
        c.currentHandbook = *current;
        break;
    }
    case TxType::StoreItemListed:
        if (auto p = payloadOf<domain::StoreItemListed>(item)) {
            const QString sql
                = QStringLiteral("SELECT name, cost, active FROM store_items WHERE item_code = ?");
            auto q = run(db, sql, { p->itemCode });
            if (!q)
                return core::fail(ioError(sql));
            if (q->next())
                c.storeItem = StoreItemNow { q->value(0).toString(), q->value(1).toLongLong(),
                                             q->value(2).toBool() };
        }
        break;
    case TxType::FeedbackHidden:
        if (auto p = payloadOf<domain::FeedbackNote>(item)) {
            const QString sql = QStringLiteral("SELECT text FROM feedback WHERE feedback_id = ?");
            auto q = run(db, sql, { p->feedbackId.toByteArray() });
            if (!q)
                return core::fail(ioError(sql));
            if (q->next())
                c.feedbackText = q->value(0).toString();
        }
        break;
    case TxType::RoleGranted:
    case TxType::RoleRevoked:
        if (auto p = payloadOf<domain::RoleChange>(item))
            return loadPerson(db, c, p->key.toByteArray());
        break;
    default: break;
    }
    return {};
}

} // namespace

core::Result<Approver> approverOf(const StateMachine &state, const crypto::PublicKey &key)
{
    Approver a;
    a.key = key.toByteArray();
    const QString sql = QStringLiteral(
        "SELECT p.org_id, p.roles, o.kind, o.active FROM persons p JOIN orgs o ON o.org_id = "
        "p.org_id WHERE p.key = ? AND p.until_height IS NULL");
    auto q = run(state.database(), sql, { a.key });
    if (!q)
        return core::fail(ioError(sql));
    if (q->next() && q->value(3).toBool()) {
        a.orgId = q->value(0).toUInt();
        a.secretary = chain::hasRole(std::uint8_t(q->value(1).toUInt()), chain::Role::Secretary);
        a.partyCommittee = q->value(2).toInt() == int(chain::OrgKind::PartyCommittee);
    }
    return a;
}

core::Result<std::vector<ApprovalItem>> approvalQueue(const StateMachine &state,
                                                      const Approver &approver, Page page)
{
    std::vector<ApprovalItem> out;
    if (!approver.secretary)
        return out;
    QVariantList values;
    const QString inner = queueSql(
        approver, values,
        QStringLiteral("1 AS source, tx_id AS id, type, author, org_id, height, ts_ms, tx, "
                       "pending_no AS no"),
        QStringLiteral("2, record_id, 201, author, org_id, submitted_height, submitted_ms, NULL, "
                       "record_no"));
    const QString sql
        = QStringLiteral("SELECT q.source, q.id, q.type, q.author, q.org_id, q.height, q.ts_ms, "
                         "q.tx, (SELECT display_name FROM persons p WHERE p.key = q.author),"
                         " (SELECT title FROM records r WHERE r.record_id = q.id) FROM (")
        + inner + QStringLiteral(") q ORDER BY q.ts_ms, q.source, q.no LIMIT ? OFFSET ?");
    values << qBound(1, page.limit, 500) << qMax(0, page.offset);
    auto q = run(state.database(), sql, values);
    if (!q)
        return core::fail(ioError(sql));
    while (q->next()) {
        ApprovalItem item;
        item.source = q->value(0).toInt() == 1 ? ApprovalItem::Source::HeldTransaction
                                               : ApprovalItem::Source::RecordSubmission;
        item.id = q->value(1).toByteArray();
        item.type = std::uint16_t(q->value(2).toUInt());
        item.author = q->value(3).toByteArray();
        item.orgId = q->value(4).toUInt();
        item.height = q->value(5).toLongLong();
        item.tsMs = q->value(6).toLongLong();
        item.tx = q->value(7).toByteArray();
        item.authorName = q->value(8).toString();
        item.subject = q->value(9).toString();
        out.push_back(std::move(item));
    }
    // Held amendments and withdrawals name their record in the payload.
    for (ApprovalItem &item : out) {
        if (item.subject.isEmpty() && item.source == ApprovalItem::Source::HeldTransaction) {
            if (auto recordId = recordOfHeld(item)) {
                auto t = run(state.database(),
                             QStringLiteral("SELECT title FROM records WHERE record_id = ?"),
                             { *recordId });
                if (t && t->next())
                    item.subject = t->value(0).toString();
            }
        }
    }
    return out;
}

core::Result<std::int64_t> approvalCount(const StateMachine &state, const Approver &approver)
{
    if (!approver.secretary)
        return 0;
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM (")
        + queueSql(approver, values, QStringLiteral("1"), QStringLiteral("1"))
        + QStringLiteral(")");
    auto q = run(state.database(), sql, values);
    if (!q || !q->next())
        return core::fail(ioError(sql));
    return q->value(0).toLongLong();
}

core::Result<ApprovalContext> approvalContext(const StateMachine &state, const ApprovalItem &item)
{
    ApprovalContext c;
    c.item = item;
    const QSqlDatabase db = state.database();
    const QString policySql
        = QStringLiteral("SELECT deduction_threshold, auto_close_days FROM policy LIMIT 1");
    auto policy = run(db, policySql, {});
    if (!policy)
        return core::fail(ioError(policySql));
    if (policy->next()) {
        c.deductionThreshold = policy->value(0).toLongLong();
        c.autoCloseDays = policy->value(1).toUInt();
    }
    if (item.source == ApprovalItem::Source::RecordSubmission) {
        c.record = GONGZHI_TRY(recordDetail(state, item.id));
        return c;
    }
    GONGZHI_CHECK(loadHeldContext(db, state, c));
    return c;
}

core::Result<std::optional<domain::ScoringHandbook>> effectiveHandbook(const StateMachine &state)
{
    const QSqlDatabase db = state.database();
    const QString sql
        = QStringLiteral("SELECT version, title FROM handbooks ORDER BY version DESC LIMIT 1");
    auto q = run(db, sql, {});
    if (!q)
        return core::fail(ioError(sql));
    if (!q->next())
        return std::optional<domain::ScoringHandbook>();
    domain::ScoringHandbook h;
    h.version = q->value(0).toUInt();
    h.title = q->value(1).toString();
    const QVariantList v { h.version };
    const QString catSql
        = QStringLiteral("SELECT code, name FROM score_categories WHERE version = ? ORDER BY code");
    auto cats = run(db, catSql, v);
    if (!cats)
        return core::fail(ioError(catSql));
    while (cats->next())
        h.categories.push_back({ cats->value(0).toString(), cats->value(1).toString() });
    const QString ruleSql = QStringLiteral(
        "SELECT code, category, title, points, cap_per_period, evidence_required FROM score_rules"
        " WHERE version = ? ORDER BY code");
    auto rules = run(db, ruleSql, v);
    if (!rules)
        return core::fail(ioError(ruleSql));
    while (rules->next()) {
        h.rules.push_back({ rules->value(0).toString(), rules->value(1).toString(),
                            rules->value(2).toString(), rules->value(3).toLongLong(),
                            rules->value(4).toLongLong(), rules->value(5).toBool() });
    }
    const QString levelSql = QStringLiteral(
        "SELECT name, min_points FROM score_levels WHERE version = ? ORDER BY min_points");
    auto levels = run(db, levelSql, v);
    if (!levels)
        return core::fail(ioError(levelSql));
    while (levels->next())
        h.levels.push_back({ levels->value(0).toString(), levels->value(1).toLongLong() });
    return std::optional<domain::ScoringHandbook>(std::move(h));
}

} // namespace ledger::state
