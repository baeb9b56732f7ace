// The facade end to end on a copy of the demo community (a one-member
// cluster): open, query on the reader thread, submit, see the block.
#include "ledger/domain/PayloadCodec.h"
#include "ledger/domain/RecordPayloads.h"
#include "ledger/service/LedgerService.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/queries/PeopleQueries.h"
#include "ledger/store/BlockStore.h"
#include "tests/service/facade/ServiceFixtures.h"
#include "tests/support/TempDir.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ledger;
using service::LedgerService;
using service::QueryContext;
using service::Submission;

class TestLedgerService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void open_missingDirectory_namesIt();
    void open_demo_queriesSeeTheChainOnTheReaderThread();
    void submit_staffRecord_appliedAndBlockCommitted();
    void submit_adminRecord_rejectedByTheStateWithItsReason();
    void destroy_soleLeader_stopsPromptlyAndReopens();

private:
    QString freshCopy(const QString &name);
    tests::TempDir m_tmp;
    QString m_demo;
};

void TestLedgerService::initTestCase()
{
    m_demo = m_tmp.file(QStringLiteral("demo"));
    QString log;
    QVERIFY2(tests::runCli({ QStringLiteral("demo-data"), QStringLiteral("--data-dir"), m_demo },
                           240000, &log),
             qPrintable(log));
}

QString TestLedgerService::freshCopy(const QString &name)
{
    const QString dir = m_tmp.file(name);
    if (!tests::copyTree(m_demo, dir))
        return {};
    return dir;
}

void TestLedgerService::open_missingDirectory_namesIt()
{
    const QString missing = m_tmp.file(QStringLiteral("nothing-here"));
    auto s = LedgerService::open(missing);
    QVERIFY(!s);
    QVERIFY2(s.error().toString().contains(missing), qPrintable(s.error().toString()));
}

void TestLedgerService::open_demo_queriesSeeTheChainOnTheReaderThread()
{
    const QString dir = freshCopy(QStringLiteral("q"));
    QVERIFY(!dir.isEmpty());
    auto opened = LedgerService::open(dir);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    auto &svc = **opened;

    struct Seen {
        std::uint64_t head = 0;
        std::int64_t applied = -1;
        std::int64_t residents = 0;
        bool offUiThread = false;
    };
    QThread *ui = QThread::currentThread();
    std::optional<Seen> seen;
    QObject receiver;
    svc.query<Seen>(
        &receiver,
        [ui](const QueryContext &c) {
            Seen s;
            s.head = c.blocks.head().height;
            s.applied = c.state.appliedHeight() ? std::int64_t(*c.state.appliedHeight()) : -1;
            if (auto d = c.queries.dashboard(QDateTime::currentMSecsSinceEpoch()))
                s.residents = d->residents;
            s.offUiThread = QThread::currentThread() != ui;
            return s;
        },
        [&seen](Seen s) { seen = s; });
    QVERIFY(!seen); // never synchronous
    QTRY_VERIFY_WITH_TIMEOUT(seen.has_value(), 20000);
    QVERIFY(seen->offUiThread);
    QVERIFY(seen->head > 2000); // six months of demo blocks
    QCOMPARE(seen->applied, std::int64_t(seen->head));
    QCOMPARE(seen->residents, 2000);

    // A one-member cluster elects itself; the status snapshot follows.
    QSignalSpy status(&svc, &LedgerService::statusChanged);
    QTRY_VERIFY_WITH_TIMEOUT(svc.status().role == raft::Role::Leader, 20000);
    QCOMPARE(svc.status().appliedHeight, seen->head);
    QTRY_VERIFY_WITH_TIMEOUT(status.count() > 0, 5000); // every 500 ms
}

void TestLedgerService::submit_staffRecord_appliedAndBlockCommitted()
{
    const QString dir = freshCopy(QStringLiteral("s"));
    QVERIFY(!dir.isEmpty());
    auto opened = LedgerService::open(dir);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    auto &svc = **opened;
    const auto keys = tests::demoPersonKeys(dir);
    QVERIFY(!keys.empty());

    // A person of organization 1 with the Staff role, from the state.
    std::optional<QByteArray> staffKey;
    QObject receiver;
    svc.query<QByteArray>(
        &receiver,
        [](const QueryContext &c) {
            QSqlQuery q(c.state.database());
            q.exec(QStringLiteral("SELECT key FROM persons WHERE org_id = 1 AND until_height IS "
                                  "NULL AND (roles & 1) != 0"));
            QByteArray all;
            while (q.next())
                all += q.value(0).toByteArray();
            return all;
        },
        [&staffKey](QByteArray k) { staffKey = k; });
    QTRY_VERIFY_WITH_TIMEOUT(staffKey.has_value(), 20000);
    const crypto::KeyPair *author = nullptr;
    for (const auto &k : keys) {
        for (qsizetype at = 0; at + 32 <= staffKey->size(); at += 32) {
            if (staffKey->mid(at, 32) == k.publicKey().toByteArray())
                author = &k;
        }
    }
    QVERIFY2(author, "no staff key among the demo's key files");

    domain::RecordSubmitted record;
    record.kind = domain::RecordKind::ResidentsAffairs;
    record.content.title = QStringLiteral("楼道照明维修公示");
    record.content.body = QStringLiteral("三号楼二单元楼道灯已于本周更换完毕。");
    QVERIFY(record.validate());

    QSignalSpy committed(&svc, &LedgerService::blockCommitted);
    QSignalSpy changed(&svc, &LedgerService::submissionChanged);
    std::vector<Submission> stages;
    const auto id
        = svc.submit(chain::TxType::RecordSubmitted, domain::encodePayload(record), *author,
                     &receiver, [&stages](const Submission &s) { stages.push_back(s); });
    QVERIFY(stages.empty()); // reported later, never inside submit()
    QCOMPARE(svc.outbox().size(), std::size_t(1));
    QCOMPARE(svc.outbox().front().txId, id);
    QTRY_VERIFY_WITH_TIMEOUT(!stages.empty() && stages.back().stage == Submission::Stage::Applied,
                             30000);
    QVERIFY(committed.count() >= 1);
    QCOMPARE(stages.back().txId, id);
    QVERIFY(stages.back().height > 0);
    QVERIFY(svc.outbox().empty());
    QCOMPARE(changed.last().at(0).value<Submission>().stage, Submission::Stage::Applied);

    // Right after blockCommitted, a query sees the new record.
    std::optional<QString> title;
    svc.query<QString>(
        &receiver,
        [id](const QueryContext &c) {
            auto r = c.queries.record(id.toByteArray());
            return r ? r->title : QString();
        },
        [&title](QString t) { title = t; });
    QTRY_VERIFY_WITH_TIMEOUT(title.has_value(), 20000);
    QCOMPARE(*title, record.content.title);
}

void TestLedgerService::submit_adminRecord_rejectedByTheStateWithItsReason()
{
    const QString dir = freshCopy(QStringLiteral("r"));
    QVERIFY(!dir.isEmpty());
    auto opened = LedgerService::open(dir);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    auto &svc = **opened;

    // docs/permissions.md: an administrator may not submit records.
    std::optional<QByteArray> adminKey;
    QObject receiver;
    svc.query<QByteArray>(
        &receiver,
        [](const QueryContext &c) {
            const auto people = state::PeopleQueries(c.state).persons(1);
            for (const auto &p : people.value_or(std::vector<state::PersonInfo> {})) {
                if (p.roles == std::uint8_t(chain::Role::Admin))
                    return p.key.toByteArray();
            }
            return QByteArray();
        },
        [&adminKey](QByteArray k) { adminKey = k; });
    QTRY_VERIFY_WITH_TIMEOUT(adminKey.has_value(), 20000);
    std::optional<crypto::KeyPair> admin;
    for (const auto &k : tests::demoPersonKeys(dir)) {
        if (k.publicKey().toByteArray() == *adminKey)
            admin = k;
    }
    QVERIFY2(admin, "no administrator key among the demo's key files");

    domain::RecordSubmitted record;
    record.kind = domain::RecordKind::PartyAffairs;
    record.content.title = QStringLiteral("越权提交的公示");
    record.content.body = QStringLiteral("管理员不能提交记录。");
    std::optional<Submission> final;
    svc.submit(chain::TxType::RecordSubmitted, domain::encodePayload(record), *admin, &receiver,
               [&final](const Submission &s) {
                   if (s.stage != Submission::Stage::Queued && s.stage != Submission::Stage::Sent)
                       final = s;
               });
    QTRY_VERIFY_WITH_TIMEOUT(final.has_value(), 30000);
    QCOMPARE(final->stage, Submission::Stage::Rejected);
    QVERIFY2(final->reason.startsWith(QStringLiteral("not_permitted")), qPrintable(final->reason));
    QVERIFY(final->height > 0); // committed, with no effect
    QVERIFY(svc.outbox().empty());
}

void TestLedgerService::destroy_soleLeader_stopsPromptlyAndReopens()
{
    const QString dir = freshCopy(QStringLiteral("d"));
    QVERIFY(!dir.isEmpty());
    {
        auto opened = LedgerService::open(dir);
        QVERIFY(opened);
        QTRY_VERIFY_WITH_TIMEOUT((*opened)->status().role == raft::Role::Leader, 20000);
        QElapsedTimer t;
        t.start();
        opened->reset();
        QVERIFY2(t.elapsed() < 5000, "closing took longer than the hand-over bound");
    }
    // Nothing kept the directory: the control socket and the files reopen.
    auto again = LedgerService::open(dir);
    QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
    QTRY_VERIFY_WITH_TIMEOUT((*again)->status().role == raft::Role::Leader, 20000);
}

QTEST_GUILESS_MAIN(TestLedgerService)
#include "TestLedgerService.moc"
