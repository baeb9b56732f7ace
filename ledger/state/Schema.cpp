#include "ledger/state/Schema.h"

namespace ledger::state {

// Column conventions: keys, ids and hashes are BLOBs of their raw bytes;
// times are Unix milliseconds from block timestamps; amounts are fen; points
// are integers; enums are their format values. *_no columns are dense
// sequence numbers in apply order, for paging and short references.
namespace {

// Indexes added after version 4, shared by a fresh schema and the upgrades.
// The people page finds the rotation that made a key by block height: only
// rotation entries are indexed, so applying pays nothing for the millions of
// other timeline rows (a full scan per person: 13-17 s at 2.6 M transactions).
const QString TimelineKeyRotations
    = QStringLiteral("CREATE INDEX IF NOT EXISTS timeline_key_rotations ON timeline(height) WHERE "
                     "action = 'person_key_rotated'");
// Open feedback assigned to a person: the sidebar badge and tray notices.
const QString FeedbackAssignee = QStringLiteral(
    "CREATE INDEX IF NOT EXISTS feedback_assignee ON feedback(assignee) WHERE status < 4");
const QString RecordsUpdated = QStringLiteral(
    "CREATE INDEX IF NOT EXISTS records_updated ON records(updated_ms, record_no)");
// Every transaction's outcome, keyed by its position in the chain (version 7).
// Before, the key was the transaction id: a random key, so every transaction
// wrote a leaf page of its own into the WAL (about 60 of the 65 pages a block of
// 64 load transactions changed, issue 5). A reader finds an id's position through
// the block store's id index (StateQueries::txOutcome). Columns in the old order:
// the state digest dumps them with SELECT *.
QString txResultsTable(const char *name)
{
    return QStringLiteral(
               "CREATE TABLE %1 (tx_id BLOB NOT NULL, height INTEGER NOT NULL,"
               " tx_index INTEGER NOT NULL, type INTEGER NOT NULL, author BLOB NOT NULL,"
               " outcome INTEGER NOT NULL, reason INTEGER NOT NULL, detail TEXT NOT NULL,"
               " PRIMARY KEY (height, tx_index)) WITHOUT ROWID")
        .arg(QLatin1String(name));
}
// Partial: every transaction is written to tx_results, only rejections are counted.
const QString TxResultsRejected
    = QStringLiteral("CREATE INDEX tx_results_rejected ON tx_results(height) WHERE outcome = 3");

} // namespace

std::optional<QStringList> upgradeStatements(int fromVersion)
{
    constexpr int FirstUpgradable = 4;
    if (fromVersion < FirstUpgradable || fromVersion >= SchemaVersion)
        return std::nullopt;
    QStringList out;
    for (int v = fromVersion; v < SchemaVersion; ++v) {
        switch (v) {
        case 4: out << RecordsUpdated; break;
        case 5: out << TimelineKeyRotations << FeedbackAssignee; break;
        case 6:
            out << txResultsTable("tx_results_by_position")
                << QStringLiteral("INSERT INTO tx_results_by_position SELECT * FROM tx_results")
                << QStringLiteral("DROP TABLE tx_results")
                << QStringLiteral("ALTER TABLE tx_results_by_position RENAME TO tx_results")
                << TxResultsRejected;
            break;
        default: return std::nullopt;
        }
    }
    return out;
}

QStringList schemaStatements()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"),
        txResultsTable("tx_results"),
        TxResultsRejected,
        QStringLiteral("CREATE TABLE author_seq (author BLOB PRIMARY KEY, last_seq INTEGER NOT "
                       "NULL) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE orgs (org_id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, name TEXT NOT "
            "NULL,"
            " active INTEGER NOT NULL, admitted_height INTEGER NOT NULL, removed_height INTEGER)"),
        QStringLiteral("CREATE TABLE node_keys (key BLOB PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " from_height INTEGER NOT NULL, until_height INTEGER)"),
        // Where a joined node listens and how it is a Raft member (OrgAdmitted v2,
        // NodeAdded); founders have none (their membership is the bootstrap entry).
        // Retired with its node_keys row.
        QStringLiteral("CREATE TABLE node_endpoints (key BLOB PRIMARY KEY, address TEXT NOT NULL,"
                       " incarnation INTEGER NOT NULL, learner INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE persons (key BLOB PRIMARY KEY, person_no INTEGER NOT NULL,"
            " org_id INTEGER NOT NULL, display_name TEXT NOT NULL, roles INTEGER NOT NULL,"
            " from_height INTEGER NOT NULL, until_height INTEGER)"),
        QStringLiteral("CREATE INDEX persons_org ON persons(org_id, person_no)"),
        QStringLiteral(
            "CREATE TABLE policy (id INTEGER PRIMARY KEY, deduction_threshold INTEGER NOT NULL,"
            " auto_close_days INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE pending (tx_id BLOB PRIMARY KEY, pending_no INTEGER NOT NULL UNIQUE,"
            " type INTEGER NOT NULL, author BLOB NOT NULL, org_id INTEGER NOT NULL, tx BLOB NOT "
            "NULL,"
            " height INTEGER NOT NULL, ts_ms INTEGER NOT NULL, status INTEGER NOT NULL,"
            " decided_tx BLOB, decided_by BLOB, decided_height INTEGER, comment TEXT, reason "
            "INTEGER)"),
        QStringLiteral("CREATE INDEX pending_status ON pending(status, pending_no)"),
        QStringLiteral("CREATE TABLE timeline (entry_no INTEGER PRIMARY KEY, subject BLOB NOT NULL,"
                       " height INTEGER NOT NULL, tx_id BLOB NOT NULL, ts_ms INTEGER NOT NULL, "
                       "actor BLOB NOT NULL,"
                       " actor_org INTEGER NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX timeline_subject ON timeline(subject, entry_no)"),
        TimelineKeyRotations,
        QStringLiteral("CREATE TABLE residents (pseudonym BLOB PRIMARY KEY, resident_no INTEGER "
                       "NOT NULL UNIQUE,"
                       " org_id INTEGER NOT NULL, pin_verifier BLOB NOT NULL, enrolled_height "
                       "INTEGER NOT NULL,"
                       " consent INTEGER NOT NULL, masked_name TEXT)"),
        QStringLiteral(
            "CREATE TABLE records (record_id BLOB PRIMARY KEY, record_no INTEGER NOT NULL UNIQUE,"
            " kind INTEGER NOT NULL, org_id INTEGER NOT NULL, author BLOB NOT NULL, title TEXT NOT "
            "NULL,"
            " body TEXT NOT NULL, status INTEGER NOT NULL, revision INTEGER NOT NULL,"
            " assignee_org INTEGER NOT NULL, deadline_ms INTEGER NOT NULL, start_ms INTEGER NOT "
            "NULL,"
            " end_ms INTEGER NOT NULL, capacity INTEGER NOT NULL, award_rule TEXT NOT NULL,"
            " signups INTEGER NOT NULL, attended INTEGER NOT NULL, percent INTEGER NOT NULL,"
            " income_fen INTEGER NOT NULL, expense_fen INTEGER NOT NULL, overdue INTEGER NOT NULL,"
            " submitted_height INTEGER NOT NULL, submitted_ms INTEGER NOT NULL,"
            " updated_ms INTEGER NOT NULL, published_ms INTEGER, completed_ms INTEGER)"),
        QStringLiteral("CREATE INDEX records_kind ON records(kind, status, record_no)"),
        QStringLiteral("CREATE INDEX records_org ON records(org_id, status, record_no)"),
        QStringLiteral("CREATE INDEX records_status ON records(status, record_no)"),
        QStringLiteral("CREATE INDEX records_assignee ON records(assignee_org, status, record_no)"),
        QStringLiteral("CREATE INDEX records_published ON records(published_ms)"
                       " WHERE published_ms IS NOT NULL"),
        QStringLiteral(
            "CREATE INDEX records_task_due ON records(deadline_ms) WHERE kind = 5 AND overdue = 0"),
        // The records list sorted by last update (either direction) reads a
        // page from here instead of sorting every record (v5).
        RecordsUpdated,
        QStringLiteral(
            "CREATE TABLE record_lines (record_id BLOB NOT NULL, revision INTEGER NOT NULL,"
            " line_no INTEGER NOT NULL, direction INTEGER NOT NULL, item TEXT NOT NULL,"
            " amount_fen INTEGER NOT NULL, PRIMARY KEY (record_id, revision, line_no))"),
        QStringLiteral("CREATE TABLE attachments (owner_tx BLOB NOT NULL, idx INTEGER NOT NULL,"
                       " subject BLOB NOT NULL, sha256 BLOB NOT NULL, size INTEGER NOT NULL, name "
                       "TEXT NOT NULL,"
                       " PRIMARY KEY (owner_tx, idx))"),
        QStringLiteral("CREATE INDEX attachments_subject ON attachments(subject)"),
        QStringLiteral(
            "CREATE TABLE signups (record_id BLOB NOT NULL, pseudonym BLOB NOT NULL,"
            " signed_height INTEGER NOT NULL, attended INTEGER NOT NULL, attended_height INTEGER,"
            " PRIMARY KEY (record_id, pseudonym))"),
        QStringLiteral("CREATE TABLE handbooks (version INTEGER PRIMARY KEY, title TEXT NOT NULL,"
                       " proposed_tx BLOB NOT NULL, effective_height INTEGER NOT NULL, "
                       "effective_ms INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE score_categories (version INTEGER NOT NULL, code TEXT NOT NULL,"
            " name TEXT NOT NULL, PRIMARY KEY (version, code))"),
        QStringLiteral("CREATE TABLE score_rules (version INTEGER NOT NULL, code TEXT NOT NULL,"
                       " category TEXT NOT NULL, title TEXT NOT NULL, points INTEGER NOT NULL,"
                       " cap_per_period INTEGER NOT NULL, evidence_required INTEGER NOT NULL,"
                       " PRIMARY KEY (version, code))"),
        QStringLiteral(
            "CREATE TABLE score_levels (version INTEGER NOT NULL, min_points INTEGER NOT NULL,"
            " name TEXT NOT NULL, PRIMARY KEY (version, min_points))"),
        QStringLiteral(
            "CREATE TABLE score_events (event_no INTEGER PRIMARY KEY, event_id BLOB NOT NULL "
            "UNIQUE,"
            " pseudonym BLOB NOT NULL, rule_code TEXT NOT NULL, handbook_version INTEGER NOT NULL,"
            " points INTEGER NOT NULL, period INTEGER NOT NULL, ts_ms INTEGER NOT NULL,"
            " height INTEGER NOT NULL, org_id INTEGER NOT NULL, author BLOB NOT NULL,"
            " evidence BLOB, note TEXT NOT NULL, source_record BLOB, reversed INTEGER NOT NULL,"
            " reversed_tx BLOB, reverse_reason TEXT)"),
        QStringLiteral("CREATE INDEX score_events_resident ON score_events(pseudonym, event_no)"),
        QStringLiteral(
            "CREATE INDEX score_events_rule ON score_events(rule_code, period, event_no)"),
        QStringLiteral("CREATE INDEX score_events_period ON score_events(period, event_no)"),
        // The running totals below are upserted on every score event: WITHOUT
        // ROWID keeps each one a single B-tree write instead of table + key index.
        QStringLiteral("CREATE TABLE balances (pseudonym BLOB PRIMARY KEY, earned INTEGER NOT NULL,"
                       " redeemed INTEGER NOT NULL, balance INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE period_totals (period INTEGER NOT NULL, pseudonym BLOB NOT NULL,"
            " points INTEGER NOT NULL, PRIMARY KEY (period, pseudonym)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE INDEX period_totals_rank ON period_totals(period, points DESC, pseudonym)"),
        QStringLiteral(
            "CREATE TABLE rule_period_totals (pseudonym BLOB NOT NULL, rule_code TEXT NOT NULL,"
            " period INTEGER NOT NULL, points INTEGER NOT NULL,"
            " PRIMARY KEY (pseudonym, rule_code, period)) WITHOUT ROWID"),
        // Per month (period yyyymm) and handbook category: points awarded (positive,
        // not reversed) and score events recorded (any sign, reversed or not), so
        // the overview's chart and tiles read a few rows instead of a year of events.
        QStringLiteral(
            "CREATE TABLE category_totals (period INTEGER NOT NULL, category TEXT NOT NULL,"
            " awarded INTEGER NOT NULL, events INTEGER NOT NULL, PRIMARY KEY (period, category))"
            " WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE store_items (item_code TEXT PRIMARY KEY, name TEXT NOT NULL,"
                       " cost INTEGER NOT NULL, active INTEGER NOT NULL, org_id INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE redemptions (tx_id BLOB PRIMARY KEY, redemption_no INTEGER NOT NULL "
            "UNIQUE,"
            " pseudonym BLOB NOT NULL, item_code TEXT NOT NULL, quantity INTEGER NOT NULL,"
            " points INTEGER NOT NULL, height INTEGER NOT NULL, ts_ms INTEGER NOT NULL,"
            " org_id INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX redemptions_resident ON redemptions(pseudonym, redemption_no)"),
        QStringLiteral("CREATE TABLE appeals (tx_id BLOB PRIMARY KEY, event_id BLOB NOT NULL,"
                       " feedback_id BLOB NOT NULL, height INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX appeals_event ON appeals(event_id)"),
        QStringLiteral(
            "CREATE TABLE feedback_categories (code TEXT PRIMARY KEY, name TEXT NOT NULL,"
            " route_org INTEGER NOT NULL, deadline_days INTEGER NOT NULL, active INTEGER NOT "
            "NULL)"),
        QStringLiteral(
            "CREATE TABLE feedback (feedback_id BLOB PRIMARY KEY, feedback_no INTEGER NOT NULL "
            "UNIQUE,"
            " tracking_code INTEGER NOT NULL UNIQUE, kind INTEGER NOT NULL, category TEXT NOT NULL,"
            " text TEXT NOT NULL, org_id INTEGER NOT NULL, intake_org INTEGER NOT NULL,"
            " pseudonym BLOB, status INTEGER NOT NULL, assignee BLOB, submitted_ms INTEGER NOT "
            "NULL,"
            " deadline_ms INTEGER NOT NULL, resolved_ms INTEGER, closed_ms INTEGER, close_reason "
            "TEXT,"
            " overdue INTEGER NOT NULL, escalated INTEGER NOT NULL, hidden INTEGER NOT NULL,"
            " hidden_reason TEXT, satisfaction INTEGER NOT NULL, replies INTEGER NOT NULL,"
            " reopen_count INTEGER NOT NULL, updated_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX feedback_org ON feedback(org_id, status, feedback_no)"),
        QStringLiteral("CREATE INDEX feedback_status ON feedback(status, feedback_no)"),
        QStringLiteral("CREATE INDEX feedback_overdue ON feedback(org_id, feedback_no)"
                       " WHERE overdue = 1 AND status < 4"),
        QStringLiteral(
            "CREATE INDEX feedback_escalated ON feedback(escalated, status, feedback_no)"),
        QStringLiteral("CREATE INDEX feedback_resident ON feedback(pseudonym, feedback_no)"),
        QStringLiteral(
            "CREATE INDEX feedback_due ON feedback(deadline_ms) WHERE overdue = 0 AND status < 4"),
        QStringLiteral("CREATE INDEX feedback_resolved ON feedback(resolved_ms) WHERE status = 4"),
        FeedbackAssignee,
        // Inbox pages walk feedback_no downwards from a point for each filter
        // (no sort of a whole organization's items); the overview's week chart
        // and satisfaction tile read covering indexes.
        QStringLiteral("CREATE INDEX feedback_org_no ON feedback(org_id, feedback_no)"),
        QStringLiteral("CREATE INDEX feedback_escalated_no ON feedback(escalated, feedback_no)"),
        QStringLiteral("CREATE INDEX feedback_overdue_no ON feedback(feedback_no)"
                       " WHERE overdue = 1 AND status < 4"),
        QStringLiteral("CREATE INDEX feedback_submitted ON feedback(submitted_ms, status)"),
        QStringLiteral(
            "CREATE INDEX feedback_org_submitted ON feedback(org_id, submitted_ms, status)"),
        QStringLiteral(
            "CREATE INDEX feedback_rated ON feedback(org_id, satisfaction) WHERE satisfaction > 0"),
    };
}

const std::vector<DigestTable> &digestTables()
{
    // Every table except meta's volatile bookkeeping is covered; meta is
    // hashed too (applied height and last block hash belong to the state).
    static const std::vector<DigestTable> tables = {
        { "meta", "key" },
        { "tx_results", "height, tx_index, tx_id" },
        { "author_seq", "author" },
        { "orgs", "org_id" },
        { "node_keys", "key" },
        { "node_endpoints", "key" },
        { "persons", "key" },
        { "policy", "id" },
        { "pending", "pending_no" },
        { "timeline", "entry_no" },
        { "residents", "pseudonym" },
        { "records", "record_no" },
        { "record_lines", "record_id, revision, line_no" },
        { "attachments", "owner_tx, idx" },
        { "signups", "record_id, pseudonym" },
        { "handbooks", "version" },
        { "score_categories", "version, code" },
        { "score_rules", "version, code" },
        { "score_levels", "version, min_points" },
        { "score_events", "event_no" },
        { "balances", "pseudonym" },
        { "period_totals", "period, pseudonym" },
        { "rule_period_totals", "pseudonym, rule_code, period" },
        { "category_totals", "period, category" },
        { "store_items", "item_code" },
        { "redemptions", "redemption_no" },
        { "appeals", "tx_id" },
        { "feedback_categories", "code" },
        { "feedback", "feedback_no" },
    };
    return tables;
}

} // namespace ledger::state
