#include "ledger/domain/BlockTime.h"
#include "ledger/domain/DemoCommunity.h"
#include "ledger/state/Schema.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/StateQueries.h"
#include "ledger/state/queries/OverviewQueries.h"
#include "tests/support/TempDir.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace ledger;

// The running totals kept at apply time (category_totals, period_totals,
// balances) equal what a full scan of the score events gives, so the screens
// that read them show the same figures as before they existed; a state file
// of an old schema version is rebuilt from the chain, not misread, and one
// that lacks only indexes is upgraded in place.
class TestRunningTotals : public QObject
{
    Q_OBJECT

    std::vector<chain::Block> m_blocks;
    tests::TempDir m_dir;
    std::unique_ptr<state::StateMachine> m_state;

    // Runs `statements` on the file at `path` through a connection of its own
    // (an older schema made by hand); false if one fails.
    static bool rewrite(const QString &path, const QStringList &statements)
    {
        const QString c = QStringLiteral("older-schema");
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c);
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (ok && !q.exec(sql)) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(c);
        return ok;
    }

    // Applies the first 40 demo blocks to a new state at `path`; its digest,
    // empty if applying failed.
    QByteArray stateOfTheFirst40Blocks(const QString &path) const
    {
        auto sm = std::move(*state::StateMachine::open(path));
        for (std::size_t h = 0; h < 40; ++h) {
            if (!sm->apply(m_blocks[h]))
                return {};
        }
        return sm->digest().value().toByteArray();
    }

    // Every row of `sql` as one string per row (the totals and their recomputation).
    QStringList rows(const QString &sql)
    {
        QSqlQuery q(m_state->database());
        if (!q.exec(sql))
            qFatal("%s", qPrintable(sql));
        QStringList out;
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols << q.value(i).toString();
            out << cols.join(QLatin1Char('|'));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        domain::demo::Options o;
        o.seed = 11;
        m_blocks = domain::demo::sealBlocks(domain::demo::generate(o));
        m_state = std::move(*state::StateMachine::open(m_dir.file(QStringLiteral("state.db")),
                                                       state::StateMachine::Durability::Fast));
        for (const auto &b : m_blocks)
            QVERIFY(m_state->apply(b).has_value());
        // The demo reverses some awards: the totals must have taken them out.
        QVERIFY(rows(QStringLiteral("SELECT 1 FROM score_events WHERE reversed = 1 AND points > 0"))
                    .size()
                > 3);
    }

    void categoryTotals_equalTheEvents()
    {
        const QStringList kept = rows(QStringLiteral(
            "SELECT period, category, awarded, events FROM category_totals ORDER BY 1, 2"));
        const QStringList scanned = rows(QStringLiteral(
            "SELECT e.period, r.category,"
            " SUM(CASE WHEN e.points > 0 AND e.reversed = 0 THEN e.points ELSE 0 END), COUNT(*)"
            " FROM score_events e JOIN score_rules r"
            " ON r.version = e.handbook_version AND r.code = e.rule_code"
            " GROUP BY 1, 2 ORDER BY 1, 2"));
        QVERIFY(kept.size() >= 10);
        QCOMPARE(kept, scanned);
    }

    void periodTotalsAndBalances_equalTheEvents()
    {
        // Month, year and all-time (0) rows: the sum of the events not reversed
        // (a resident whose only event was reversed keeps a row of 0).
        const QString sum = QStringLiteral(
            " pseudonym, SUM(CASE WHEN reversed = 0 THEN points ELSE 0 END) FROM score_events");
        const QString effective = QStringLiteral("FROM score_events WHERE reversed = 0");
        const QStringList scanned
            = rows(QStringLiteral("SELECT period,") + sum
                   + QStringLiteral(" GROUP BY 1, 2 UNION ALL SELECT period / 100,") + sum
                   + QStringLiteral(" GROUP BY 1, 2 UNION ALL SELECT 0,") + sum
                   + QStringLiteral(" GROUP BY 2 ORDER BY 1, 2"));
        QCOMPARE(rows(QStringLiteral(
                     "SELECT period, pseudonym, points FROM period_totals ORDER BY 1, 2")),
                 scanned);
        QCOMPARE(rows(QStringLiteral("SELECT b.pseudonym, b.earned, b.balance FROM balances b"
                                     " WHERE b.earned <> (SELECT COALESCE(SUM(points), 0) ")
                      + effective
                      + QStringLiteral(" AND pseudonym = b.pseudonym)"
                                       " OR b.balance <> b.earned - b.redeemed")),
                 QStringList());
    }

    void overviewAndDashboard_readTheTotals()
    {
        const std::int64_t latest = state::latestActivityMs(*m_state).value();
        const int period = domain::monthPeriod(latest);
        state::OverviewScope scope;
        scope.orgId = 1;
        scope.partyCommittee = true;
        scope.referenceMs = latest;
        const auto o = state::overview(*m_state, scope).value();
        // The former full-scan queries, as the reference.
        const QStringList byCategory = rows(
            QStringLiteral(
                "SELECT r.category, COALESCE(c.name, r.category), SUM(e.points) AS total"
                " FROM score_events e"
                " JOIN score_rules r ON r.version = e.handbook_version AND r.code = e.rule_code"
                " LEFT JOIN score_categories c ON c.version = r.version AND c.code = r.category"
                " WHERE e.period BETWEEN %1 AND %2 AND e.points > 0 AND e.reversed = 0"
                " GROUP BY r.category ORDER BY total DESC, r.category")
                .arg(period / 100 * 100 + 1)
                .arg(period / 100 * 100 + 12));
        QStringList shown;
        for (const auto &c : o.pointsByCategory)
            shown << QStringLiteral("%1|%2|%3").arg(c.code, c.name).arg(c.points);
        QVERIFY(shown.size() >= 3);
        QCOMPARE(shown, byCategory);
        QCOMPARE(QString::number(o.totals.pointsAwardedThisMonth),
                 rows(QStringLiteral("SELECT SUM(points) FROM score_events WHERE period = %1"
                                     " AND points > 0 AND reversed = 0")
                          .arg(period))
                     .value(0));
        QVERIFY(o.totals.pointsAwardedThisMonth > 0);
        const auto d = state::StateQueries(*m_state).dashboard(latest).value();
        QCOMPARE(
            QString::number(d.scoreEventsThisMonth),
            rows(QStringLiteral("SELECT COUNT(*) FROM score_events WHERE period = %1").arg(period))
                .value(0));
    }

    void olderSchemaVersion_isRebuiltFromTheChain()
    {
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("old.db"));
        {
            auto sm = std::move(*state::StateMachine::open(path));
            for (std::size_t h = 0; h < 40; ++h)
                QVERIFY(sm->apply(m_blocks[h]).has_value());
        }
        {
            // A state file written by the previous schema version: same tables
            // here, but its rows may mean something else; it must not be used.
            const QString c = QStringLiteral("old-schema");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                // Version 3 predates the upgrades upgradeStatements() knows.
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=3")));
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE category_totals")));
                db.close();
            }
            QSqlDatabase::removeDatabase(c);
        }
        auto reopened = std::move(*state::StateMachine::open(path));
        QVERIFY(!reopened->appliedHeight().has_value()); // empty: the node replays the chain
        for (const auto &b : m_blocks)
            QVERIFY(reopened->apply(b).has_value());
        QCOMPARE(reopened->digest().value(), m_state->digest().value());
    }

    // Versions 4 and 5 differ from the current one only by indexes: they are
    // upgraded in place (seconds) instead of rebuilt (ten minutes at the
    // issue's scale, with no window on screen), rows and digest untouched.
    void versionFour_isUpgradedInPlace()
    {
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("v4.db"));
        const QByteArray before = stateOfTheFirst40Blocks(path);
        QVERIFY(!before.isEmpty());
        const QStringList added
            = { QStringLiteral("records_updated"), QStringLiteral("timeline_key_rotations"),
                QStringLiteral("feedback_assignee") };
        QStringList downgrade;
        for (const QString &index : added)
            downgrade << QStringLiteral("DROP INDEX %1").arg(index);
        downgrade << QStringLiteral("PRAGMA user_version=4");
        QVERIFY(rewrite(path, downgrade));

        auto upgraded = std::move(*state::StateMachine::open(path));
        QCOMPARE(upgraded->appliedHeight().value_or(0), std::uint64_t(39)); // not rebuilt
        QCOMPARE(upgraded->digest().value().toByteArray(), before);
        QSqlQuery q(upgraded->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), state::SchemaVersion);
        for (const QString &index : added) {
            QVERIFY(q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND "
                                          "name = '%1'")
                               .arg(index)));
            QVERIFY2(q.next(), qPrintable(index));
        }
        // And it goes on applying where it was.
        for (std::size_t h = 40; h < m_blocks.size(); ++h)
            QVERIFY(upgraded->apply(m_blocks[h]).has_value());
        QCOMPARE(upgraded->digest().value(), m_state->digest().value());
    }

    // Version 6 kept transaction outcomes keyed by transaction id; version 7 by
    // position. The rows move into the new table in place, the digest unchanged.
    void versionSix_txResultsMoveToThePositionKey()
    {
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("v6.db"));
        const QByteArray before = stateOfTheFirst40Blocks(path);
        QVERIFY(!before.isEmpty());
        QVERIFY(rewrite(
            path,
            { QStringLiteral(
                  "CREATE TABLE old_results (tx_id BLOB PRIMARY KEY, height INTEGER NOT NULL,"
                  " tx_index INTEGER NOT NULL, type INTEGER NOT NULL, author BLOB NOT NULL,"
                  " outcome INTEGER NOT NULL, reason INTEGER NOT NULL, detail TEXT NOT NULL)"),
              QStringLiteral("INSERT INTO old_results SELECT * FROM tx_results"),
              QStringLiteral("DROP TABLE tx_results"),
              QStringLiteral("ALTER TABLE old_results RENAME TO tx_results"),
              QStringLiteral(
                  "CREATE INDEX tx_results_rejected ON tx_results(height) WHERE outcome = 3"),
              QStringLiteral("PRAGMA user_version=6") }));

        auto upgraded = std::move(*state::StateMachine::open(path));
        QCOMPARE(upgraded->appliedHeight().value_or(0), std::uint64_t(39)); // not rebuilt
        QCOMPARE(upgraded->digest().value().toByteArray(), before);
        QSqlQuery q(upgraded->database());
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'tx_results'"))
                && q.next());
        QVERIFY2(q.value(0).toString().contains(QLatin1String("PRIMARY KEY (height, tx_index)")),
                 qPrintable(q.value(0).toString()));
        QVERIFY(q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name "
                                      "= 'tx_results_rejected'"))
                && q.next());
        const auto &tx = m_blocks[20].transactions().front();
        QVERIFY(state::StateQueries(*upgraded).txOutcome(tx.id(), 20).has_value());
        for (std::size_t h = 40; h < m_blocks.size(); ++h)
            QVERIFY(upgraded->apply(m_blocks[h]).has_value());
        QCOMPARE(upgraded->digest().value(), m_state->digest().value());
    }
};

QTEST_GUILESS_MAIN(TestRunningTotals)
#include "TestRunningTotals.moc"
