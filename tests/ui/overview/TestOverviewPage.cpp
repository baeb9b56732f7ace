#include "ledger/chain/Genesis.h"
#include "ledger/domain/BlockTime.h"
#include "ledger/service/LedgerService.h"
#include "tests/support/TempDir.h"
#include "tests/ui/shell/DemoLedger.h"
#include "ui/overview/ClusterHealth.h"
#include "ui/overview/OverviewPage.h"
#include "ui/overview/OverviewTile.h"

#include <QLocale>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace ledger;

// Expected figures are computed here with plain SQL over a read-only copy of
// the demo state, independently of OverviewQueries.
class TestOverviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secretaryTiles_showLedgerFigures();
    void overdueTile_navigatesWithFilter();
    void staff_seesNoApprovalsTile();
    void clusterHealth_countsVotersAndQuorum();

private:
    std::int64_t scalar(const QString &sql, const QVariantList &values = {});
    ui::OverviewPage *openPage(const ui::SignedInPerson &person);

    tests::TempDir m_dir;
    std::unique_ptr<service::LedgerService> m_ledger;
    ui::Navigator m_navigator;
    std::optional<ui::SignedInPerson> m_secretary;
    std::optional<ui::SignedInPerson> m_staff;
    std::unique_ptr<ui::AppContext> m_context;
};

void TestOverviewPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString failure = tests::makeDemoLedger(m_dir.path());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_secretary = tests::demoPerson(m_dir.path(), [](std::uint8_t roles) {
        return chain::hasRole(roles, chain::Role::Secretary);
    });
    m_staff = tests::demoPerson(
        m_dir.path(), [](std::uint8_t roles) { return roles == std::uint8_t(chain::Role::Staff); });
    QVERIFY(m_secretary && m_staff);
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("expected"));
    db.setDatabaseName(m_dir.file(QStringLiteral("state.db")));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(db.open());
    auto opened = service::LedgerService::open(m_dir.path());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
    m_ledger = std::move(*opened);
}

void TestOverviewPage::cleanupTestCase()
{
    m_ledger.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("expected"));
}

std::int64_t TestOverviewPage::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("expected")));
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec() || !q.next())
        qFatal("expected-value query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

ui::OverviewPage *TestOverviewPage::openPage(const ui::SignedInPerson &person)
{
    m_context = std::make_unique<ui::AppContext>(
        ui::AppContext { m_ledger.get(), &person, &m_navigator });
    auto *page = new ui::OverviewPage(*m_context);
    page->resize(1366, 720);
    page->show();
    return page;
}

void TestOverviewPage::secretaryTiles_showLedgerFigures()
{
    // The demo's organization 1 is the party committee: it sees every item.
    const std::int64_t latest = qMax(
        scalar(QStringLiteral("SELECT ts_ms FROM timeline ORDER BY entry_no DESC LIMIT 1")),
        scalar(QStringLiteral("SELECT ts_ms FROM score_events ORDER BY event_no DESC LIMIT 1")));
    const int period = domain::monthPeriod(latest);
    const auto d = domain::chinaDate(latest);
    const std::int64_t monthStart = domain::chinaMidnightMs(d.year, d.month, 1);
    const std::int64_t monthEnd = d.month == 12 ? domain::chinaMidnightMs(d.year + 1, 1, 1)
                                                : domain::chinaMidnightMs(d.year, d.month + 1, 1);
    const QLocale locale;
    const auto pending = scalar(QStringLiteral("SELECT COUNT(*) FROM pending WHERE status = 0"));
    const auto open = scalar(QStringLiteral("SELECT COUNT(*) FROM feedback WHERE status = 1"));
    const auto overdue = scalar(
        QStringLiteral("SELECT COUNT(*) FROM feedback WHERE overdue = 1 AND status IN (1, 2, 3)"));
    const auto rated
        = scalar(QStringLiteral("SELECT COUNT(*) FROM feedback WHERE satisfaction > 0"));
    const auto satisfied
        = scalar(QStringLiteral("SELECT COUNT(*) FROM feedback WHERE satisfaction IN (4, 5)"));
    const auto points = scalar(QStringLiteral("SELECT TOTAL(points) FROM score_events WHERE "
                                              "period = ? AND points > 0 AND reversed = 0"),
                               { period });
    const auto published = scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE "
                                                 "published_ms >= ? AND published_ms < ?"),
                                  { qint64(monthStart), qint64(monthEnd) });
    QVERIFY(open > 0 && rated > 0 && points > 0); // figures worth comparing

    std::unique_ptr<ui::OverviewPage> page(openPage(*m_secretary));
    auto tile = [&](const char *name) {
        auto *t = page->findChild<ui::OverviewTile *>(QLatin1String(name));
        if (!t)
            qFatal("no tile %s", name);
        return t;
    };
    QTRY_COMPARE_WITH_TIMEOUT(tile("openFeedbackTile")->value(), locale.toString(open), 20000);
    QCOMPARE(tile("pendingApprovalsTile")->value(), locale.toString(pending));
    QCOMPARE(tile("overdueFeedbackTile")->value(), locale.toString(overdue));
    QCOMPARE(tile("satisfactionTile")->value(),
             locale.toString(100.0 * double(satisfied) / double(rated), 'f', 0) + QLatin1Char('%'));
    QCOMPARE(tile("pointsTile")->value(), locale.toString(points));
    QCOMPARE(tile("recordsPublishedTile")->value(), locale.toString(published));
    QVERIFY(!tile("clusterTile")->value().isEmpty());
    QCOMPARE(tile("clusterTile")->value(), QStringLiteral("1 of 1 online"));
}

void TestOverviewPage::overdueTile_navigatesWithFilter()
{
    std::unique_ptr<ui::OverviewPage> page(openPage(*m_secretary));
    QSignalSpy spy(&m_navigator, &ui::Navigator::navigate);
    auto *overdue = page->findChild<ui::OverviewTile *>(QStringLiteral("overdueFeedbackTile"));
    QVERIFY(overdue);
    QTest::mouseClick(overdue, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ui::PageId>(), ui::PageId::Feedback);
    QCOMPARE(spy.at(0).at(1).toMap(), (QVariantMap { { QStringLiteral("overdue"), true } }));

    auto *records = page->findChild<ui::OverviewTile *>(QStringLiteral("recordsPublishedTile"));
    records->setFocus();
    QTest::keyClick(records, Qt::Key_Space);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<ui::PageId>(), ui::PageId::Records);
    QCOMPARE(spy.at(1).at(1).toMap().value(QStringLiteral("status")).toInt(),
             int(domain::RecordStatus::Published));
}

void TestOverviewPage::staff_seesNoApprovalsTile()
{
    std::unique_ptr<ui::OverviewPage> page(openPage(*m_staff));
    QVERIFY(!page->findChild<ui::OverviewTile *>(QStringLiteral("pendingApprovalsTile")));
    QVERIFY(page->findChild<ui::OverviewTile *>(QStringLiteral("openFeedbackTile")));
}

void TestOverviewPage::clusterHealth_countsVotersAndQuorum()
{
    node::NodeStatus s;
    s.lastIndex = 12;
    s.commitIndex = 10;
    for (bool connected : { true, false, false, true }) {
        node::PeerStatus p;
        p.voter = true;
        p.connected = connected;
        s.peers.push_back(p);
    }
    auto h = ui::ClusterHealth::from(s);
    QCOMPARE(h.members, 5);
    QCOMPARE(h.membersOnline, 3);
    QVERIFY(h.quorum); // 3 of 5 voters
    QCOMPARE(h.lag, std::int64_t(2));
    s.peers[3].connected = false;
    h = ui::ClusterHealth::from(s);
    QVERIFY(!h.quorum); // 2 of 5
    // A follower hears Raft only from the leader; its live link to another
    // follower says that one is online.
    s.peers[3].linked = true;
    h = ui::ClusterHealth::from(s);
    QCOMPARE(h.membersOnline, 3);
    QVERIFY(h.quorum);
    s.peers[3].linked = false;
    s.peers[2].voter = false; // a learner does not count towards the quorum
    s.peers[3].voter = false;
    h = ui::ClusterHealth::from(s);
    QCOMPARE(h.voters, 3);
    QVERIFY(h.quorum); // 2 of 3 voters
}

QTEST_MAIN(TestOverviewPage)
#include "TestOverviewPage.moc"
