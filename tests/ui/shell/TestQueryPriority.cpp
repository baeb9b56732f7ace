// LedgerService's reader lanes (QueryReaderPool): a hidden page's long query
// does not hold up what is on screen; one receiver's answers come in order;
// a destroyed receiver's query is dropped unrun.
#include "ledger/service/LedgerService.h"
#include "tests/support/DataDirs.h"
#include "tests/support/TempDir.h"

#include <QApplication>
#include <QSemaphore>
#include <QTest>
#include <QWidget>

#include <atomic>
#include <memory>

using ledger::service::LedgerService;
using ledger::service::QueryContext;

class TestQueryPriority : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hiddenQueryRunning_shownQueryAnsweredMeanwhile();
    void oneReceiver_answersInPostedOrder();
    void destroyedReceiver_queryDroppedUnrun();

private:
    // A query that waits (bounded) until `gate` is released, then answers `value`.
    void postGated(QObject *receiver, int value, std::vector<int> *answers);

    tests::TempDir m_tmp;
    QString m_dir;
    std::unique_ptr<LedgerService> m_ledger;
    std::unique_ptr<QWidget> m_window;
    QWidget *m_shown = nullptr;
    QWidget *m_hidden = nullptr;
    std::shared_ptr<QSemaphore> m_gate;
};

void TestQueryPriority::initTestCase()
{
    QString log;
    const auto ports = tests::freePorts(1);
    QVERIFY(!ports.empty());
    QVERIFY2(tests::runProgram(QStringLiteral(GONGZHI_CLI),
                               { QStringLiteral("cluster-init"), QStringLiteral("--nodes"),
                                 QStringLiteral("1"), QStringLiteral("--dir"), m_tmp.path(),
                                 QStringLiteral("--base-port"), QString::number(ports.front()) },
                               60000, &log),
             qPrintable(log));
    m_dir = m_tmp.file(QStringLiteral("node1"));
}

void TestQueryPriority::init()
{
    auto opened = LedgerService::open(m_dir);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    m_ledger = std::move(*opened);
    m_window = std::make_unique<QWidget>();
    m_shown = new QWidget(m_window.get());
    m_hidden = new QWidget(m_window.get());
    m_hidden->hide();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_gate = std::make_shared<QSemaphore>();
}

void TestQueryPriority::cleanup()
{
    m_gate->release(100); // never leave a lane waiting
    m_window.reset();
    m_ledger.reset();
}

void TestQueryPriority::postGated(QObject *receiver, int value, std::vector<int> *answers)
{
    auto gate = m_gate;
    m_ledger->query<int>(
        receiver,
        [gate, value](const QueryContext &) {
            gate->tryAcquire(1, 30000);
            return value;
        },
        [answers](int v) { answers->push_back(v); });
}

void TestQueryPriority::hiddenQueryRunning_shownQueryAnsweredMeanwhile()
{
    std::vector<int> hiddenAnswers;
    postGated(m_hidden, 1, &hiddenAnswers);
    postGated(m_hidden, 2, &hiddenAnswers);
    bool shownAnswered = false;
    m_ledger->query<int>(
        m_shown, [](const QueryContext &) { return 7; },
        [&shownAnswered](int v) { shownAnswered = v == 7; });
    QCOMPARE(m_ledger->pendingQueries(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(shownAnswered, 20000);
    QVERIFY(hiddenAnswers.empty()); // still held by the gate
    QCOMPARE(m_ledger->pendingShownQueries(), 0);
    QCOMPARE(m_ledger->pendingQueries(), 2);

    m_gate->release(2);
    QTRY_COMPARE_WITH_TIMEOUT(hiddenAnswers.size(), std::size_t(2), 20000);
    QCOMPARE(hiddenAnswers, (std::vector<int> { 1, 2 }));
    QTRY_COMPARE_WITH_TIMEOUT(m_ledger->pendingQueries(), 0, 20000);
}

void TestQueryPriority::oneReceiver_answersInPostedOrder()
{
    // Shown: both lanes may take its queries, yet they run one after another.
    std::vector<int> answers;
    for (int i = 0; i < 6; ++i)
        postGated(m_shown, i, &answers);
    m_gate->release(6);
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), std::size_t(6), 20000);
    QCOMPARE(answers, (std::vector<int> { 0, 1, 2, 3, 4, 5 }));
}

void TestQueryPriority::destroyedReceiver_queryDroppedUnrun()
{
    // The first query holds a receiver's turn; the second waits behind it.
    auto *doomed = new QObject(m_shown);
    std::vector<int> answers;
    postGated(doomed, 1, &answers);
    auto ran = std::make_shared<std::atomic<bool>>(false);
    m_ledger->query<int>(
        doomed,
        [ran](const QueryContext &) {
            *ran = true;
            return 2;
        },
        [&answers](int v) { answers.push_back(v); });
    delete doomed;
    m_gate->release(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_ledger->pendingQueries(), 0, 20000);
    QVERIFY(answers.empty());
    QVERIFY(!*ran);
}

QTEST_MAIN(TestQueryPriority)
#include "TestQueryPriority.moc"
