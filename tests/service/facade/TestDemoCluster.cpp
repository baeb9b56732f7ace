// `gongzhi-cli demo-data --nodes 3`: three organizations' data directories
// of one demo chain that run as a cluster and commit on top of it.
#include "ledger/domain/PayloadCodec.h"
#include "ledger/domain/RecordPayloads.h"
#include "ledger/service/LedgerService.h"
#include "ledger/service/PersonKeys.h"
#include "ledger/state/ResidentRegistry.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/queries/PeopleQueries.h"
#include "ledger/store/BlockStore.h"
#include "tests/service/facade/ServiceFixtures.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace ledger;
using service::LedgerService;
using service::QueryContext;
using service::Submission;

class TestDemoCluster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void eachNode_holdsOnlyItsOrganizationsPeopleAndResidents();
    void threeNodes_electAndCommitOnTopOfTheDemoChain();

private:
    QString node(int i) const { return m_tmp.file(QStringLiteral("demo/node%1").arg(i)); }
    tests::TempDir m_tmp;
};

void TestDemoCluster::initTestCase()
{
    const auto ports = tests::freePorts(3);
    QCOMPARE(ports.size(), std::size_t(3));
    QString log;
    QVERIFY2(
        tests::runCli({ QStringLiteral("demo-data"), QStringLiteral("--nodes"), QStringLiteral("3"),
                        QStringLiteral("--dir"), m_tmp.file(QStringLiteral("demo")),
                        QStringLiteral("--base-port"), QString::number(ports[0]) },
                      400000, &log),
        qPrintable(log));
    // The ports were free a moment ago; consecutive ones from the first.
    Q_UNUSED(ports);
}

void TestDemoCluster::eachNode_holdsOnlyItsOrganizationsPeopleAndResidents()
{
    for (int i = 1; i <= 3; ++i) {
        auto state = state::StateMachine::open(node(i) + QStringLiteral("/state.db"));
        QVERIFY(state);
        const state::PeopleQueries people(**state);
        const auto keys = service::PersonKeys(node(i)).list();
        QVERIFY(!keys.empty());
        for (const auto &k : keys) {
            auto p = people.person(k.key);
            QVERIFY(p && p->has_value());
            QCOMPARE((*p)->orgId, std::uint32_t(i));
        }
        QCOMPARE(keys.size(), people.persons(std::uint32_t(i))->size());

        // The registry holds exactly the residents this organization enrolled.
        QSqlQuery q((*state)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM residents WHERE org_id = %1").arg(i)));
        QVERIFY(q.next());
        const auto enrolled = q.value(0).toLongLong();
        QFile keyFile(node(i) + QStringLiteral("/keys/registry.key"));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray registryKey = QByteArray::fromHex(keyFile.readAll().trimmed());
        auto registry = state::ResidentRegistry::open(node(i) + QStringLiteral("/residents.db"),
                                                      registryKey, std::uint32_t(i));
        QVERIFY2(registry, registry ? "" : qPrintable(registry.error().toString()));
        QCOMPARE((*registry)->count(), enrolled);
        if (i == 2)
            QVERIFY(enrolled > 0); // the residents' committee registers most residents
    }
}

void TestDemoCluster::threeNodes_electAndCommitOnTopOfTheDemoChain()
{
    std::vector<std::unique_ptr<LedgerService>> services;
    for (int i = 1; i <= 3; ++i) {
        auto s = LedgerService::open(node(i));
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        services.push_back(std::move(*s));
    }
    const std::uint64_t demoHeight = services[0]->status().appliedHeight;
    QVERIFY(demoHeight > 2000);
    QTRY_VERIFY_WITH_TIMEOUT(services[1]->status().leader != 0, 30000);

    // A staff member of organization 2 submits at their own organization's node.
    const auto keys = service::PersonKeys(node(2)).list();
    std::optional<crypto::KeyPair> author;
    for (const auto &k : keys) {
        auto state = state::StateMachine::open(node(2) + QStringLiteral("/state.db"));
        auto p = state::PeopleQueries(**state).person(k.key);
        if (p && p->has_value() && (*p)->hasRole(chain::Role::Staff)) {
            author = *service::PersonKeys(node(2)).unlock(k.key, QString());
            break;
        }
    }
    QVERIFY(author);
    domain::RecordSubmitted record;
    record.kind = domain::RecordKind::ResidentsAffairs;
    record.content.title = QStringLiteral("小区停车位调整公示");
    record.content.body = QStringLiteral("东门临时停车位调整为消防通道。");
    QObject receiver;
    std::optional<Submission> final;
    services[1]->submit(chain::TxType::RecordSubmitted, domain::encodePayload(record), *author,
                        &receiver, [&final](const Submission &s) {
                            if (s.stage != Submission::Stage::Queued
                                && s.stage != Submission::Stage::Sent)
                                final = s;
                        });
    QTRY_VERIFY_WITH_TIMEOUT(final.has_value(), 60000);
    QCOMPARE(final->stage, Submission::Stage::Applied);
    QVERIFY(final->height > demoHeight);
    for (const auto &s : services)
        QTRY_VERIFY_WITH_TIMEOUT(s->status().appliedHeight >= final->height, 30000);
}

QTEST_GUILESS_MAIN(TestDemoCluster)
#include "TestDemoCluster.moc"
