// Where the resident registry's key is found (ledger/service/RegistryKeyStore):
// the plain demo file wins, a passphrase file round-trips and refuses a wrong
// passphrase, a key unlocked once is found again in this process; and the
// resident ID number check the registration dialog uses.
#include "ledger/service/RegistryKeyStore.h"
#include "tests/support/TempDir.h"
#include "ui/residents/ResidentIdNumber.h"

#include <QDir>
#include <QFile>
#include <QTest>

using ledger::core::ErrorCode;
using ledger::service::RegistryKeyStore;

namespace {
using Loaded
    = std::optional<std::pair<ledger::core::Result<QByteArray>, RegistryKeyStore::Location>>;

Loaded loadFrom(const QString &dir)
{
    ledger::node::NodeConfig config;
    config.orgId = 7;
    Loaded out;
    QObject receiver;
    // No keychain answers in the test environment (no session bus), or it
    // holds no entry for this made-up consortium; either way it is bounded.
    RegistryKeyStore::load(
        dir, config, &receiver,
        [&](ledger::core::Result<QByteArray> key, RegistryKeyStore::Location where) {
            out.emplace(std::move(key), where);
        },
        3000);
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return std::nullopt;
    return out;
}
} // namespace

class TestRegistryKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void protectedFile_roundTrip_wrongPassphraseRefused();
    void load_protectedFileOnly_needsPassphrase_thenRemembered();
    void load_plainFileWins_malformedRefused();
    void idNumber_checksum();
};

void TestRegistryKeyStore::protectedFile_roundTrip_wrongPassphraseRefused()
{
    tests::TempDir dir;
    const QByteArray key = RegistryKeyStore::generate();
    QCOMPARE(key.size(), RegistryKeyStore::KeySize);
    QVERIFY(RegistryKeyStore::saveProtectedFile(dir.path(), key, QStringLiteral("居委会 2026 春")));
    QFile file(RegistryKeyStore::protectedKeyPath(dir.path()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(key.toHex())); // sealed, not the key in hex
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    const auto back
        = RegistryKeyStore::loadProtectedFile(dir.path(), QStringLiteral("居委会 2026 春"));
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(*back, key);
    const auto wrong
        = RegistryKeyStore::loadProtectedFile(dir.path(), QStringLiteral("居委会 2026 夏"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::BadKey);
    QVERIFY(!RegistryKeyStore::isNeedsPassphrase(wrong.error()));
    QVERIFY(!RegistryKeyStore::saveProtectedFile(dir.path(), key, QString()));
}

void TestRegistryKeyStore::load_protectedFileOnly_needsPassphrase_thenRemembered()
{
    tests::TempDir dir;
    RegistryKeyStore::forgetUnlocked();
    {
        const auto none = loadFrom(dir.path());
        QVERIFY(none);
        QVERIFY(!none->first);
        QVERIFY(none->first.error().code == ErrorCode::NotFound
                || none->first.error().code == ErrorCode::Unavailable);
    }
    const QByteArray key = RegistryKeyStore::generate();
    QVERIFY(RegistryKeyStore::saveProtectedFile(dir.path(), key, QStringLiteral("passphrase-1")));
    const auto locked = loadFrom(dir.path());
    QVERIFY(locked);
    QVERIFY(!locked->first);
    QVERIFY(RegistryKeyStore::isNeedsPassphrase(locked->first.error()));
    QCOMPARE(locked->second, RegistryKeyStore::Location::ProtectedFile);

    RegistryKeyStore::rememberUnlocked(dir.path() + QStringLiteral("/."), key);
    const auto remembered = loadFrom(dir.path());
    QVERIFY(remembered);
    QVERIFY(remembered->first);
    QCOMPARE(*remembered->first, key);
    QCOMPARE(remembered->second, RegistryKeyStore::Location::Memory);
    RegistryKeyStore::forgetUnlocked();
}

void TestRegistryKeyStore::load_plainFileWins_malformedRefused()
{
    tests::TempDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("keys")));
    const QByteArray key = RegistryKeyStore::generate();
    QVERIFY(RegistryKeyStore::saveProtectedFile(dir.path(), RegistryKeyStore::generate(),
                                                QStringLiteral("passphrase-2")));
    QFile plain(RegistryKeyStore::plainKeyPath(dir.path()));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(key.toHex() + "\n");
    plain.close();
    const auto loaded = loadFrom(dir.path());
    QVERIFY(loaded);
    QVERIFY(loaded->first);
    QCOMPARE(*loaded->first, key);
    QCOMPARE(loaded->second, RegistryKeyStore::Location::PlainFile);

    QVERIFY(plain.open(QIODevice::WriteOnly | QIODevice::Truncate));
    plain.write("abc\n");
    plain.close();
    const auto bad = RegistryKeyStore::readPlainFile(dir.path());
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::BadEncoding);
}

void TestRegistryKeyStore::idNumber_checksum()
{
    using namespace ui::ResidentIdNumber;
    QVERIFY(isValid(QStringLiteral("11010519491231002X"))); // GB 11643 example
    QVERIFY(isValid(QStringLiteral("11010519491231002x")));
    QCOMPARE(normalize(QStringLiteral(" 11010519491231002x ")),
             QStringLiteral("11010519491231002X"));
    QVERIFY(!isValid(QStringLiteral("110105194912310021"))); // wrong check character
    QVERIFY(!isValid(QStringLiteral("11010519491231002"))); // 17 characters
    QVERIFY(!isValid(QStringLiteral("1101051949123100AX")));
    QCOMPARE(checkCharacter(u"44030119900101123"), QLatin1Char('4'));
    QVERIFY(isValid(QStringLiteral("320102198506152343")));
}

QTEST_GUILESS_MAIN(TestRegistryKeyStore)
#include "TestRegistryKeyStore.moc"
