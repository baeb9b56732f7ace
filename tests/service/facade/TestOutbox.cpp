// The durable outbox on a three-member cluster: a submission made while only
// one member runs stays queued, survives closing the service, and is
// committed exactly once when the other members start.
#include "ledger/crypto/KeyFile.h"
#include "ledger/domain/PayloadCodec.h"
#include "ledger/domain/RecordPayloads.h"
#include "ledger/node/ClusterSetup.h"
#include "ledger/service/LedgerService.h"
#include "ledger/service/Outbox.h"
#include "ledger/store/BlockStore.h"
#include "tests/service/facade/ServiceFixtures.h"
#include "tests/support/TempDir.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace ledger;
using service::LedgerService;
using service::QueryContext;
using service::Submission;

class TestOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outbox_storesSequencesAndPending();
    void noQuorum_queuedSurvivesRestart_committedOnce();
    void killedRightAfterQueued_stillInTheOutbox();
};

namespace {
// A three-organization consortium on free loopback ports; node 1 first.
std::optional<node::ClusterPlan> foundCluster(const tests::TempDir &tmp)
{
    const auto ports = tests::freePorts(3);
    if (ports.size() != 3)
        return std::nullopt;
    node::ClusterPlan plan;
    plan.communityName = QStringLiteral("幸福里社区");
    plan.adminName = QStringLiteral("王建国");
    plan.secretaryName = QStringLiteral("李秀英");
    plan.timestampMs = QDateTime::currentMSecsSinceEpoch();
    const chain::OrgKind kinds[]
        = { chain::OrgKind::PartyCommittee, chain::OrgKind::ResidentsCommittee,
            chain::OrgKind::StreetOffice };
    for (int i = 0; i < 3; ++i) {
        node::FoundingNode n;
        n.dataDir = tmp.file(QStringLiteral("node%1").arg(i + 1));
        n.orgName = QStringLiteral("组织%1").arg(i + 1);
        n.kind = kinds[i];
        n.port = ports[std::size_t(i)];
        plan.nodes.push_back(n);
    }
    if (!node::createCluster(plan))
        return std::nullopt;
    return plan;
}

QByteArray recordPayload(const QString &title)
{
    domain::RecordSubmitted record;
    record.kind = domain::RecordKind::ResidentsAffairs;
    record.content.title = title;
    record.content.body = QStringLiteral("居委会本周工作安排。");
    return domain::encodePayload(record);
}
} // namespace

void TestOutbox::outbox_storesSequencesAndPending()
{
    tests::TempDir tmp;
    const auto author = crypto::KeyPair::generate();
    chain::TxBody body;
    body.type = chain::TxType::RecordSubmitted;
    body.sequence = 41;
    body.payload = recordPayload(QStringLiteral("甲"));
    const auto first = chain::Transaction::sign(body, author);
    body.sequence = 7; // an older one stored later does not lower the last sequence
    const auto second = chain::Transaction::sign(body, author);
    {
        auto box = service::Outbox::open(tmp.file(QStringLiteral("outbox.db")));
        QVERIFY(box);
        QVERIFY((*box)->add(first, 100));
        QVERIFY((*box)->add(second, 200));
        QVERIFY((*box)->add(first, 100)); // again: no-op
    }
    auto box = service::Outbox::open(tmp.file(QStringLiteral("outbox.db")));
    QVERIFY(box);
    auto pending = (*box)->pending();
    QVERIFY(pending);
    QCOMPARE(pending->size(), std::size_t(2));
    QCOMPARE(pending->at(0).tx.encoded(), first.encoded()); // oldest first, same bytes
    QCOMPARE(pending->at(1).createdMs, std::int64_t(200));
    QCOMPARE((*box)->lastSequences()->value(author.publicKey()), std::uint64_t(41));
    QVERIFY((*box)->remove(first.id()));
    QCOMPARE((*box)->pending()->size(), std::size_t(1));
    QCOMPARE((*box)->lastSequences()->value(author.publicKey()), std::uint64_t(41));
}

void TestOutbox::noQuorum_queuedSurvivesRestart_committedOnce()
{
    tests::TempDir tmp;
    const auto founded = foundCluster(tmp);
    QVERIFY(founded);
    const node::ClusterPlan &plan = *founded;
    const QString dir1 = plan.nodes[0].dataDir;
    auto secretary = crypto::KeyFile::load(dir1 + QStringLiteral("/keys/secretary.key"), QString());
    QVERIFY(secretary);

    chain::TxId id;
    std::vector<chain::TxId> later;
    {
        auto alone = LedgerService::open(dir1);
        QVERIFY2(alone, alone ? "" : qPrintable(alone.error().toString()));
        QObject receiver;
        std::vector<Submission> stages;
        id = (*alone)->submit(chain::TxType::RecordSubmitted,
                              recordPayload(QStringLiteral("待发送的公示")), *secretary, &receiver,
                              [&stages](const Submission &s) { stages.push_back(s); });
        // More by the same author while offline: they must land in order (a
        // sequence not above the author's last is rejected as a replay).
        for (int i = 0; i < 4; ++i)
            later.push_back((*alone)->submit(chain::TxType::RecordSubmitted,
                                             recordPayload(QStringLiteral("第%1条").arg(i + 2)),
                                             *secretary));
        QTRY_VERIFY_WITH_TIMEOUT(!stages.empty(), 10000);
        QCOMPARE(stages.front().stage, Submission::Stage::Queued);
        QCOMPARE((*alone)->outbox().size(), std::size_t(5));
        // Several election timeouts (1-2 s) without a quorum: still queued.
        QSignalSpy status(alone->get(), &LedgerService::statusChanged);
        QTRY_VERIFY_WITH_TIMEOUT(status.count() >= 8, 20000); // 500 ms apart
        QCOMPARE(stages.back().stage, Submission::Stage::Queued);
        QCOMPARE((*alone)->status().leader, raft::NodeId(0));
    }

    auto first = LedgerService::open(dir1);
    QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
    LedgerService &svc = **first;
    QCOMPARE(svc.outbox().size(), std::size_t(5));
    QCOMPARE(svc.outbox().front().txId, id);
    QSignalSpy changed(&svc, &LedgerService::submissionChanged);
    auto second = LedgerService::open(plan.nodes[1].dataDir);
    QVERIFY2(second, second ? "" : qPrintable(second.error().toString()));
    auto third = LedgerService::open(plan.nodes[2].dataDir);
    QVERIFY2(third, third ? "" : qPrintable(third.error().toString()));

    QTRY_VERIFY_WITH_TIMEOUT(svc.outbox().empty(), 60000);
    QVERIFY(!changed.isEmpty());
    int applied = 0;
    for (const auto &args : changed) {
        const auto s = args.at(0).value<Submission>();
        QVERIFY2(s.stage != Submission::Stage::Rejected, qPrintable(s.reason));
        applied += s.stage == Submission::Stage::Applied ? 1 : 0;
    }
    QCOMPARE(applied, 5);
    QCOMPARE(changed.last().at(0).value<Submission>().txId, later.back());

    // On the chain exactly once: genesis plus the five transactions.
    struct Chain {
        bool found = false;
        std::uint64_t count = 0;
    };
    std::optional<Chain> seen;
    QObject receiver;
    svc.query<Chain>(
        &receiver,
        [id](const QueryContext &c) {
            Chain out;
            out.found = bool(c.blocks.findTransaction(id));
            out.count = c.blocks.transactionCount().value_or(0);
            return out;
        },
        [&seen](Chain c) { seen = c; });
    QTRY_VERIFY_WITH_TIMEOUT(seen.has_value(), 20000);
    QVERIFY(seen->found);
    QCOMPARE(seen->count, std::uint64_t(6));

    // Closed and reopened, nothing is sent again.
    first->reset();
    auto again = LedgerService::open(dir1);
    QVERIFY(again);
    QVERIFY((*again)->outbox().empty());
}

void TestOutbox::killedRightAfterQueued_stillInTheOutbox()
{
    tests::TempDir tmp;
    const auto founded = foundCluster(tmp);
    QVERIFY(founded);
    const QString dir1 = founded->nodes[0].dataDir;
    QProcess helper;
    helper.start(QStringLiteral(GONGZHI_OUTBOX_CRASH_HELPER),
                 { dir1, dir1 + QStringLiteral("/keys/secretary.key") });
    QVERIFY(helper.waitForFinished(60000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit); // SIGKILL, no clean-up
    const auto printed
        = chain::TxId::fromHex(QString::fromLatin1(helper.readAllStandardOutput()).trimmed());
    QVERIFY(printed);

    auto reopened = LedgerService::open(dir1);
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().toString()));
    const auto pending = (*reopened)->outbox();
    QCOMPARE(pending.size(), std::size_t(1));
    QCOMPARE(pending.front().txId, *printed);
    QCOMPARE(pending.front().type, chain::TxType::RecordSubmitted);
    QCOMPARE(pending.front().stage, Submission::Stage::Queued);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
