// Person sign-in keys in DIR/keys: list, unlock, wrong password, change.
#include "ledger/crypto/KeyFile.h"
#include "ledger/service/PersonKeys.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QTest>

using namespace ledger;
using service::PersonKeys;

class TestPersonKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saved_listedEncryptedAndUnlocks();
    void wrongPassword_saysSo();
    void changePassword_oldStopsNewWorks();
    void unknownPerson_notFound();
    void demoAndFounderFiles_listedButNotNodeOrRegistryKeys();
    void unlockAsync_answersOnReceiverThread();
};

void TestPersonKeys::saved_listedEncryptedAndUnlocks()
{
    tests::TempDir tmp;
    const PersonKeys keys(tmp.path());
    const auto person = crypto::KeyPair::generate();
    QVERIFY(keys.save(person, QStringLiteral("正确的密码")));
    const auto list = keys.list();
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list.front().key, person.publicKey());
    QVERIFY(list.front().encrypted);
    QVERIFY(list.front().path.endsWith(PersonKeys::fileNameFor(person.publicKey())));
    QCOMPARE(QFile::permissions(list.front().path) & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    auto unlocked = keys.unlock(person.publicKey(), QStringLiteral("正确的密码"));
    QVERIFY2(unlocked, unlocked ? "" : qPrintable(unlocked.error().toString()));
    QCOMPARE(unlocked->publicKey(), person.publicKey());
    QVERIFY(keys.has(person.publicKey()));
}

void TestPersonKeys::wrongPassword_saysSo()
{
    tests::TempDir tmp;
    const PersonKeys keys(tmp.path());
    const auto person = crypto::KeyPair::generate();
    QVERIFY(keys.save(person, QStringLiteral("secret-1")));
    auto unlocked = keys.unlock(person.publicKey(), QStringLiteral("secret-2"));
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().code, core::ErrorCode::BadKey);
    QVERIFY(unlocked.error().toString().contains(QStringLiteral("wrong password")));
}

void TestPersonKeys::changePassword_oldStopsNewWorks()
{
    tests::TempDir tmp;
    const PersonKeys keys(tmp.path());
    const auto person = crypto::KeyPair::generate();
    QVERIFY(keys.save(person, QStringLiteral("old")));
    QVERIFY(
        !keys.changePassword(person.publicKey(), QStringLiteral("not it"), QStringLiteral("new")));
    QVERIFY(keys.changePassword(person.publicKey(), QStringLiteral("old"), QStringLiteral("new")));
    QVERIFY(!keys.unlock(person.publicKey(), QStringLiteral("old")));
    QVERIFY(keys.unlock(person.publicKey(), QStringLiteral("new")));
    QCOMPARE(keys.list().size(), std::size_t(1));
}

void TestPersonKeys::unknownPerson_notFound()
{
    tests::TempDir tmp;
    const PersonKeys keys(tmp.path());
    auto unlocked = keys.unlock(crypto::KeyPair::generate().publicKey(), QStringLiteral("x"));
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().code, core::ErrorCode::NotFound);
}

void TestPersonKeys::demoAndFounderFiles_listedButNotNodeOrRegistryKeys()
{
    tests::TempDir tmp;
    const PersonKeys keys(tmp.path());
    const auto demo = crypto::KeyPair::generate();
    const auto admin = crypto::KeyPair::generate();
    QVERIFY(keys.save(demo, QString())); // unprotected demo key
    QVERIFY(crypto::KeyFile::save(tmp.file(QStringLiteral("keys/admin.key")), admin,
                                  QStringLiteral("pw")));
    QVERIFY(crypto::KeyFile::save(tmp.file(QStringLiteral("keys/node.key")),
                                  crypto::KeyPair::generate(), QString()));
    QFile registry(tmp.file(QStringLiteral("keys/registry.key")));
    QVERIFY(registry.open(QIODevice::WriteOnly));
    registry.write("00ff\n");
    registry.close();

    const auto list = keys.list();
    QCOMPARE(list.size(), std::size_t(2));
    QCOMPARE(list.at(0).key, admin.publicKey()); // by file name: admin.key < person-...
    QVERIFY(list.at(0).encrypted);
    QCOMPARE(list.at(1).key, demo.publicKey());
    QVERIFY(!list.at(1).encrypted);
    QVERIFY(keys.unlock(demo.publicKey(), QStringLiteral("anything")));
    QVERIFY(keys.unlock(admin.publicKey(), QStringLiteral("pw")));
    // A new password for the founder keeps the file name.
    QVERIFY(keys.changePassword(admin.publicKey(), QStringLiteral("pw"), QStringLiteral("pw2")));
    QVERIFY(QFile::exists(tmp.file(QStringLiteral("keys/admin.key"))));
    QCOMPARE(keys.list().size(), std::size_t(2));
}

void TestPersonKeys::unlockAsync_answersOnReceiverThread()
{
    tests::TempDir tmp;
    const PersonKeys keys(tmp.path());
    const auto person = crypto::KeyPair::generate();
    QVERIFY(keys.save(person, QStringLiteral("pw")));
    QObject receiver;
    std::optional<bool> ok;
    bool onThread = false;
    keys.unlockAsync(person.publicKey(), QStringLiteral("pw"), &receiver,
                     [&](core::Result<crypto::KeyPair> r) {
                         ok = bool(r) && r->publicKey() == person.publicKey();
                         onThread = QThread::currentThread() == receiver.thread();
                     });
    QVERIFY(!ok);
    QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 30000);
    QVERIFY(*ok);
    QVERIFY(onThread);
}

QTEST_GUILESS_MAIN(TestPersonKeys)
#include "TestPersonKeys.moc"
