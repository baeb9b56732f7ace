#include "ledger/domain/PinVerifier.h"
#include "ledger/state/ResidentRegistry.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QTest>

using namespace ledger;
using state::ResidentRegistry;

namespace {
QByteArray key(char fill)
{
    return QByteArray(32, fill);
}

const ResidentRegistry::Details Zhang { QStringLiteral("张晓明"),
                                        QStringLiteral("37172419800101123X"),
                                        QStringLiteral("13800001111"),
                                        QStringLiteral("幸福里3号楼2单元401室") };
const ResidentRegistry::Details Li { QStringLiteral("李秀英"), QStringLiteral("371724195503021228"),
                                     QStringLiteral("13900002222"),
                                     QStringLiteral("幸福里5号楼1单元102室") };
} // namespace

class TestResidentRegistry : public QObject
{
    Q_OBJECT
private slots:
    void enrol_sealsFields_andReadsThemBack()
    {
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("registry.db"));
        ResidentRegistry::Enrolment e;
        {
            auto r = std::move(*ResidentRegistry::open(path, key('k'), 2));
            e = r->enrol(Zhang, u"123456").value();
            QCOMPARE(e.residentCode.size(), 10);
            QVERIFY(e.residentCode.startsWith(QStringLiteral("02")));
            QCOMPARE(r->details(e.pseudonym).value(), Zhang);
            QCOMPARE(r->findByIdNumber(QStringLiteral("37172419800101123x")).value(), e.pseudonym);
            QCOMPARE(r->enrol(Zhang, u"654321").error().code, core::ErrorCode::Conflict);
            QCOMPARE(r->enrol(Zhang, u"12345").error().code, core::ErrorCode::BadValue);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QString &plain :
             { Zhang.name, Zhang.idNumber, Zhang.phone, Zhang.address, e.residentCode })
            QVERIFY2(!bytes.contains(plain.toUtf8()), qPrintable(plain));
        // Another key opens nothing; the right key finds everything again.
        QCOMPARE(ResidentRegistry::open(path, key('x'), 2).error().code, core::ErrorCode::BadKey);
        auto again = std::move(*ResidentRegistry::open(path, key('k'), 2));
        QCOMPARE(again->details(e.pseudonym).value(), Zhang);
        QCOMPARE(again->verifyPin(e.residentCode, u"123456", 0).value(), e.pseudonym);
    }

    void pinVerifier_dependsOnThePepperHeldOnlyHere()
    {
        tests::TempDir dir;
        const QByteArray pepperA(32, 'a');
        auto a = std::move(
            *ResidentRegistry::open(dir.file(QStringLiteral("a.db")), key('k'), 2, pepperA));
        auto b = std::move(*ResidentRegistry::open(dir.file(QStringLiteral("b.db")), key('k'), 4));
        domain::Pseudonym p;
        p.data()[0] = 1;
        const auto ea = a->import(Zhang, p, QStringLiteral("0200000001"), u"000000").value();
        const auto eb = b->import(Zhang, p, QStringLiteral("0400000001"), u"000000").value();
        QCOMPARE(ea.pinVerifier, domain::makePinVerifier(pepperA, p, u"000000"));
        QVERIFY(ea.pinVerifier != eb.pinVerifier); // same pseudonym and PIN, other pepper
        QVERIFY(ea.pinVerifier != domain::makePinVerifier(pepperA, p, u"000001"));
    }

    void staffUnlock_liftsEveryLockAtOnce()
    {
        tests::TempDir dir;
        auto r = std::move(*ResidentRegistry::open(dir.file(QStringLiteral("r.db")), key('k'), 2));
        const auto a = r->enrol(Zhang, u"246810").value();
        const auto b = r->enrol(Li, u"135790").value();
        const std::int64_t now = 5'000'000;
        QCOMPARE(r->lockedCodes(now).value(), 0);
        for (int i = 0; i < ResidentRegistry::MaxFailures; ++i) {
            (void)r->verifyPin(a.residentCode, u"111111", now);
            (void)r->verifyPin(b.residentCode, u"111111", now);
        }
        (void)r->verifyPin(QStringLiteral("0299999999"), u"000000", now); // one failure, no lock
        QCOMPARE(r->lockedCodes(now).value(), 2);
        QCOMPARE(r->verifyPin(a.residentCode, u"246810", now).error().code,
                 core::ErrorCode::Unavailable);
        QCOMPARE(r->unlockAll(now).value(), 2);
        QCOMPARE(r->lockedCodes(now).value(), 0);
        QCOMPARE(r->verifyPin(a.residentCode, u"246810", now).value(), a.pseudonym);
        QCOMPARE(r->verifyPin(b.residentCode, u"135790", now).value(), b.pseudonym);
        // The failure history is gone too: the next lock needs MaxFailures again.
        for (int i = 0; i < ResidentRegistry::MaxFailures - 1; ++i)
            (void)r->verifyPin(a.residentCode, u"111111", now);
        QCOMPARE(r->verifyPin(a.residentCode, u"246810", now).value(), a.pseudonym);
    }

    void wrongPins_lockTheCode_thenLongerEachTime()
    {
        tests::TempDir dir;
        auto r = std::move(*ResidentRegistry::open(dir.file(QStringLiteral("r.db")), key('k'), 2));
        const auto e = r->enrol(Zhang, u"246810").value();
        std::int64_t now = 1'000'000;
        for (int i = 0; i < ResidentRegistry::MaxFailures; ++i)
            QCOMPARE(r->verifyPin(e.residentCode, u"111111", now).error().code,
                     core::ErrorCode::NotFound);
        QCOMPARE(r->verifyPin(e.residentCode, u"246810", now).error().code,
                 core::ErrorCode::Unavailable);
        now += ResidentRegistry::LockMs;
        QCOMPARE(r->verifyPin(e.residentCode, u"111111", now).error().code,
                 core::ErrorCode::NotFound);
        QCOMPARE(
            r->verifyPin(e.residentCode, u"246810", now + ResidentRegistry::LockMs).error().code,
            core::ErrorCode::Unavailable);
        now += 2 * ResidentRegistry::LockMs;
        QCOMPARE(r->verifyPin(e.residentCode, u"246810", now).value(), e.pseudonym);
        // Success resets the counter.
        QCOMPARE(r->verifyPin(e.residentCode, u"111111", now).error().code,
                 core::ErrorCode::NotFound);
        QCOMPARE(r->verifyPin(e.residentCode, u"246810", now).value(), e.pseudonym);
        // Unknown codes are rate limited like known ones.
        for (int i = 0; i < ResidentRegistry::MaxFailures; ++i)
            (void)r->verifyPin(QStringLiteral("0299999999"), u"000000", now);
        QCOMPARE(r->verifyPin(QStringLiteral("0299999999"), u"000000", now).error().code,
                 core::ErrorCode::Unavailable);
        const auto v = r->changePin(e.pseudonym, u"135790").value();
        QVERIFY(v != e.pinVerifier);
        QCOMPARE(r->verifyPin(e.residentCode, u"135790", now).value(), e.pseudonym);
    }

    void removal_seversTheLinkForGood()
    {
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("r.db"));
        auto r = std::move(*ResidentRegistry::open(path, key('k'), 2));
        const auto e = r->enrol(Zhang, u"246810").value();
        const auto other
            = r->enrol({ QStringLiteral("李四"), QStringLiteral("371724199001011234"), {}, {} },
                       u"000000")
                  .value();
        QVERIFY(r->remove(e.pseudonym).has_value());
        QCOMPARE(r->details(e.pseudonym).error().code, core::ErrorCode::NotFound);
        QCOMPARE(r->verifyPin(e.residentCode, u"246810", 0).error().code,
                 core::ErrorCode::NotFound);
        QCOMPARE(r->findByIdNumber(Zhang.idNumber).error().code, core::ErrorCode::NotFound);
        QCOMPARE(r->remove(e.pseudonym).error().code, core::ErrorCode::NotFound);
        QCOMPARE(r->count(), std::int64_t(1));
        QCOMPARE(r->details(other.pseudonym)->name, QStringLiteral("李四"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(
            e.pseudonym.toByteArray())); // no row, no index, no free page keeps it
        // The same person may register again (e.g. moving back) under a new pseudonym.
        QVERIFY(r->enrol(Zhang, u"246810")->pseudonym != e.pseudonym);
    }
};

QTEST_GUILESS_MAIN(TestResidentRegistry)
#include "TestResidentRegistry.moc"
