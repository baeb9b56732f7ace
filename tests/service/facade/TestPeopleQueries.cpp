// PeopleQueries over the state of a freshly founded consortium.
#include "ledger/node/ClusterSetup.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/queries/PeopleQueries.h"
#include "ledger/store/BlockStore.h"
#include "tests/service/facade/ServiceFixtures.h"
#include "tests/support/TempDir.h"

#include <QDateTime>
#include <QTest>

using namespace ledger;

class TestPeopleQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void founded_listsOrganizationsWithNodeKeysAndPersons();
};

void TestPeopleQueries::founded_listsOrganizationsWithNodeKeysAndPersons()
{
    tests::TempDir tmp;
    node::ClusterPlan plan;
    plan.communityName = QStringLiteral("幸福里社区");
    plan.adminName = QStringLiteral("王建国");
    plan.secretaryName = QStringLiteral("李秀英");
    plan.timestampMs = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 2; ++i) {
        node::FoundingNode n;
        n.dataDir = tmp.file(QStringLiteral("node%1").arg(i + 1));
        n.orgName = i == 0 ? QStringLiteral("社区党委") : QStringLiteral("居委会");
        n.kind = i == 0 ? chain::OrgKind::PartyCommittee : chain::OrgKind::ResidentsCommittee;
        n.port = quint16(7400 + i);
        plan.nodes.push_back(n);
    }
    auto info = node::createCluster(plan);
    QVERIFY(info);
    auto blocks = store::BlockStore::open(plan.nodes[0].dataDir + QStringLiteral("/ledger.db"));
    QVERIFY(blocks);
    auto genesis = (*blocks)->block(0);
    QVERIFY(genesis);
    auto state = state::StateMachine::open(tmp.file(QStringLiteral("state.db")));
    QVERIFY(state);
    QVERIFY((*state)->apply(*genesis));

    const state::PeopleQueries people(**state);
    auto orgs = people.organizations();
    QVERIFY(orgs);
    QCOMPARE(orgs->size(), std::size_t(2));
    QCOMPARE(orgs->at(0).orgId, 1u);
    QCOMPARE(orgs->at(0).kind, chain::OrgKind::PartyCommittee);
    QCOMPARE(orgs->at(1).name, QStringLiteral("居委会"));
    QVERIFY(orgs->at(1).nodeKey.has_value());
    QCOMPARE(*orgs->at(1).nodeKey, info->nodeKeys[1]);
    QVERIFY(!orgs->at(0).removed());
    auto second = people.organization(2);
    QVERIFY(second && second->has_value());
    QCOMPARE((*second)->nodeKey, orgs->at(1).nodeKey);
    auto none = people.organization(9);
    QVERIFY(none && !none->has_value());

    auto persons = people.persons(1);
    QVERIFY(persons);
    QCOMPARE(persons->size(), std::size_t(2));
    QCOMPARE(persons->at(0).displayName, QStringLiteral("王建国"));
    QVERIFY(persons->at(0).hasRole(chain::Role::Admin));
    QVERIFY(persons->at(1).hasRole(chain::Role::Secretary));
    QVERIFY(!persons->at(1).removed());
    QCOMPARE(people.persons(2)->size(), std::size_t(0));
    QCOMPARE(people.persons(std::nullopt)->size(), std::size_t(2));
    auto found = people.person(persons->at(1).key);
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->displayName, QStringLiteral("李秀英"));
    QVERIFY(!people.person(info->nodeKeys[0])->has_value());
}

QTEST_GUILESS_MAIN(TestPeopleQueries)
#include "TestPeopleQueries.moc"
