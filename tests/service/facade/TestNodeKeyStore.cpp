// The node key: in the system keychain when one answers, else node.key.
// Runs twice (CMakeLists): without a session bus (no keychain: the file),
// and under dbus-run-session with an unlocked gnome-keyring
// (GONGZHI_EXPECT_KEYCHAIN=1: the keychain).
#include "ledger/crypto/KeyFile.h"
#include "ledger/node/ClusterSetup.h"
#include "ledger/service/ConsortiumCreator.h"
#include "ledger/service/LedgerService.h"
#include "ledger/service/NodeKeyStore.h"
#include "ledger/service/PersonKeys.h"
#include "tests/service/facade/ServiceFixtures.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QTest>

using namespace ledger;
using service::NodeKeyStore;

class TestNodeKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void save_thenLoad_sameKeyFromExpectedPlace();
    void existingNodeKeyFile_alwaysWins();
    void consortiumCreator_foundersWithOwnPasswords_opensAsService();

private:
    bool m_keychain = false;
};

namespace {
node::NodeConfig configFor(const crypto::KeyPair &key)
{
    node::NodeConfig c;
    c.consortium
        = *chain::ConsortiumId::fromBytes(crypto::SecretSeed::random().toByteArray().left(16));
    c.nodeKey = key.publicKey();
    return c;
}
} // namespace

void TestNodeKeyStore::initTestCase()
{
    m_keychain = qEnvironmentVariableIntValue("GONGZHI_EXPECT_KEYCHAIN") == 1;
    if (!m_keychain)
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no Secret Service reachable
}

void TestNodeKeyStore::save_thenLoad_sameKeyFromExpectedPlace()
{
    tests::TempDir tmp;
    const auto key = crypto::KeyPair::generate();
    const auto config = configFor(key);
    QObject receiver;
    std::optional<core::Result<NodeKeyStore::Location>> saved;
    NodeKeyStore::save(tmp.path(), config, key, &receiver,
                       [&](core::Result<NodeKeyStore::Location> r) { saved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
    QVERIFY2(*saved, *saved ? "" : qPrintable(saved->error().toString()));
    const auto expected
        = m_keychain ? NodeKeyStore::Location::Keychain : NodeKeyStore::Location::File;
    QCOMPARE(**saved, expected);
    const QString file = tmp.file(QStringLiteral("node.key"));
    QCOMPARE(QFile::exists(file), !m_keychain);
    if (!m_keychain)
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

    std::optional<std::pair<core::Result<crypto::KeyPair>, NodeKeyStore::Location>> loaded;
    NodeKeyStore::load(tmp.path(), config, &receiver,
                       [&](core::Result<crypto::KeyPair> k, NodeKeyStore::Location where) {
                           loaded.emplace(std::move(k), where);
                       });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
    QVERIFY2(loaded->first, loaded->first ? "" : qPrintable(loaded->first.error().toString()));
    QCOMPARE(loaded->first->publicKey(), key.publicKey());
    QCOMPARE(loaded->second, expected);

    // Another key of the same consortium is not there.
    const auto other = configFor(crypto::KeyPair::generate());
    std::optional<core::Error> missing;
    NodeKeyStore::load(tmp.file(QStringLiteral("elsewhere")), other, &receiver,
                       [&](core::Result<crypto::KeyPair> k, NodeKeyStore::Location) {
                           missing
                               = k ? core::Error(core::ErrorCode::Invalid, QString()) : k.error();
                       });
    QTRY_VERIFY_WITH_TIMEOUT(missing.has_value(), 20000);
    QCOMPARE(missing->code, m_keychain ? core::ErrorCode::NotFound : core::ErrorCode::Unavailable);
}

void TestNodeKeyStore::existingNodeKeyFile_alwaysWins()
{
    tests::TempDir tmp;
    const auto key = crypto::KeyPair::generate();
    QVERIFY(crypto::KeyFile::save(tmp.file(QStringLiteral("node.key")), key, QString()));
    QObject receiver;
    std::optional<NodeKeyStore::Location> where;
    NodeKeyStore::load(tmp.path(), configFor(key), &receiver,
                       [&](core::Result<crypto::KeyPair> k, NodeKeyStore::Location w) {
                           if (k && k->publicKey() == key.publicKey())
                               where = w;
                       });
    QTRY_VERIFY_WITH_TIMEOUT(where.has_value(), 20000);
    QCOMPARE(*where, NodeKeyStore::Location::File);
}

void TestNodeKeyStore::consortiumCreator_foundersWithOwnPasswords_opensAsService()
{
    tests::TempDir tmp;
    service::ConsortiumRequest request;
    request.dataDir = tmp.file(QStringLiteral("party"));
    request.communityName = QStringLiteral("幸福里社区");
    request.orgName = QStringLiteral("幸福里社区党委");
    request.listenHost = QStringLiteral("127.0.0.1");
    request.listenPort = tests::freePorts(1).at(0);
    request.adminName = QStringLiteral("王建国");
    request.adminPassword = QStringLiteral("admin-pw");
    request.secretaryName = QStringLiteral("李秀英");
    request.secretaryPassword = QStringLiteral("secretary-pw");
    request.nodeKeyToKeychain = true;

    QObject receiver;
    std::optional<core::Result<service::ConsortiumCreated>> created;
    service::ConsortiumCreator::create(
        request, &receiver,
        [&](core::Result<service::ConsortiumCreated> r) { created = std::move(r); });
    QVERIFY(!created);
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 60000);
    QVERIFY2(*created, *created ? "" : qPrintable(created->error().toString()));
    const auto &info = (*created)->info;
    QCOMPARE((*created)->nodeKeyLocation,
             m_keychain ? NodeKeyStore::Location::Keychain : NodeKeyStore::Location::File);

    const service::PersonKeys keys(request.dataDir);
    QVERIFY(keys.unlock(info.adminKey, QStringLiteral("admin-pw")));
    QVERIFY(!keys.unlock(info.adminKey, QStringLiteral("secretary-pw")));
    QVERIFY(keys.unlock(info.secretaryKey, QStringLiteral("secretary-pw")));

    // Again into the same directory: refused, nothing overwritten.
    std::optional<core::Result<service::ConsortiumCreated>> again;
    service::ConsortiumCreator::create(
        request, &receiver,
        [&](core::Result<service::ConsortiumCreated> r) { again = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 60000);
    QVERIFY(!*again);
    QCOMPARE(again->error().code, core::ErrorCode::Conflict);

    // The new consortium runs: its node key from wherever it went.
    auto config = node::NodeConfig::load(request.dataDir + QStringLiteral("/node.json"));
    QVERIFY(config);
    std::optional<core::Result<crypto::KeyPair>> nodeKey;
    NodeKeyStore::load(
        request.dataDir, *config, &receiver,
        [&](core::Result<crypto::KeyPair> k, NodeKeyStore::Location) { nodeKey = std::move(k); });
    QTRY_VERIFY_WITH_TIMEOUT(nodeKey.has_value(), 20000);
    QVERIFY(*nodeKey);
    auto ledger = service::LedgerService::open(request.dataDir, **nodeKey);
    QVERIFY2(ledger, ledger ? "" : qPrintable(ledger.error().toString()));
    QTRY_VERIFY_WITH_TIMEOUT((*ledger)->status().role == raft::Role::Leader, 20000);
}

QTEST_GUILESS_MAIN(TestNodeKeyStore)
#include "TestNodeKeyStore.moc"
