// ledger/service/StateCatchUp: the desktop app brings state.db up to the
// chain on a worker thread before it opens the node (a schema rebuild or a
// lost state file), so it must produce exactly the state the node would, say
// how far it got, and stop between batches when asked.
#include "ledger/domain/DemoCommunity.h"
#include "ledger/service/DemoInstall.h"
#include "ledger/service/StateCatchUp.h"
#include "ledger/state/StateMachine.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ledger;

class TestStateCatchUp : public QObject
{
    Q_OBJECT
    tests::TempDir m_tmp;
    QString m_dir;
    QByteArray m_digest;
    std::uint64_t m_head = 0;

    QByteArray digestNow()
    {
        auto sm = state::StateMachine::open(m_dir + QStringLiteral("/state.db"));
        if (!sm || !(*sm)->appliedHeight())
            return {};
        return (*sm)->digest().value().toByteArray();
    }
    void dropState()
    {
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(m_dir + QStringLiteral("/state.db") + QLatin1String(suffix));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.file(QStringLiteral("node"));
        domain::demo::Options o;
        o.seed = 5;
        const auto community = domain::demo::generate(o);
        QVERIFY(service::installDemo(community, { service::DemoNode { m_dir, 1 } }).has_value());
        m_digest = digestNow();
        QVERIFY(!m_digest.isEmpty());
        auto sm = state::StateMachine::open(m_dir + QStringLiteral("/state.db"));
        m_head = *(*sm)->appliedHeight();
        QVERIFY(m_head > 100);
    }

    void lostState_isRebuiltToTheSameDigest_withProgress()
    {
        dropState();
        std::vector<std::pair<std::uint64_t, std::uint64_t>> reports;
        const std::atomic<bool> never(false);
        const auto st = service::catchUpStateFiles(
            m_dir, [&](std::uint64_t a, std::uint64_t h) { reports.emplace_back(a, h); }, never);
        QVERIFY2(st, st ? "" : qPrintable(st.error().toString()));
        QCOMPARE(digestNow(), m_digest);
        QVERIFY(reports.size() > 2);
        QCOMPARE(reports.back(), std::make_pair(m_head, m_head));
        for (std::size_t i = 1; i < reports.size(); ++i)
            QVERIFY(reports[i].first > reports[i - 1].first);
    }

    void upToDateState_isLeftAlone()
    {
        int calls = 0;
        const std::atomic<bool> never(false);
        QVERIFY(service::catchUpStateFiles(
                    m_dir, [&](std::uint64_t, std::uint64_t) { ++calls; }, never)
                    .has_value());
        QCOMPARE(calls, 0);
        QCOMPARE(digestNow(), m_digest);
    }

    void cancelled_stopsBetweenBatches_andTheNextRunFinishes()
    {
        dropState();
        std::atomic<bool> cancel(false);
        std::uint64_t reached = 0;
        QVERIFY(service::catchUpStateFiles(
                    m_dir,
                    [&](std::uint64_t a, std::uint64_t) {
                        reached = a;
                        if (a > 0)
                            cancel = true;
                    },
                    cancel)
                    .has_value());
        {
            auto sm = state::StateMachine::open(m_dir + QStringLiteral("/state.db"));
            QVERIFY(sm && (*sm)->appliedHeight());
            QCOMPARE(*(*sm)->appliedHeight(), reached);
            QVERIFY(reached < m_head);
        }
        const std::atomic<bool> never(false);
        QVERIFY(service::catchUpStateFiles(m_dir, {}, never).has_value());
        QCOMPARE(digestNow(), m_digest);
    }

    void noLedgerYet_isNothingToDo()
    {
        const std::atomic<bool> never(false);
        QVERIFY(
            service::catchUpStateFiles(m_tmp.file(QStringLiteral("empty")), {}, never).has_value());
        QVERIFY(!QFile::exists(m_tmp.file(QStringLiteral("empty")) + QStringLiteral("/state.db")));
    }
};

QTEST_GUILESS_MAIN(TestStateCatchUp)
#include "TestStateCatchUp.moc"
