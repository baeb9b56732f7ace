// Kiosk policy without a ledger: PIN lockout and throttling, the staff PIN
// hash, elderly-friendly sizes from the screen's DPI, QR receipts.
#include "tests/support/TempDir.h"
#include "ui/kiosk/KioskSettings.h"
#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/PinGuard.h"
#include "ui/kiosk/QrCode.h"

#include <QFile>
#include <QTest>

using namespace ui::kiosk;

class TestKioskLogic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pinGuard_fiveFailures_lockUntilStaffUnlocks();
    void pinGuard_consecutiveFailures_throttle();
    void pinGuard_storesNoCodeInClear();
    void settings_staffPin_checkedByHashOnly();
    void settings_idleTimeout_defaultsAndBounds();
    void metrics_touchTargets_atLeast15mm_data();
    void metrics_touchTargets_atLeast15mm();
    void qrCode_hasQuietZoneAndDarkModules();
};

void TestKioskLogic::pinGuard_fiveFailures_lockUntilStaffUnlocks()
{
    tests::TempDir tmp;
    KioskSettings settings(tmp.path());
    std::int64_t now = 1'000'000;
    PinGuard guard(settings, [&now] { return now; });
    const QString code = QStringLiteral("0112345678");
    for (int i = 1; i < PinGuard::MaxFailures; ++i) {
        QCOMPARE(guard.check(code).verdict == PinGuard::Verdict::Locked, false);
        QVERIFY(!guard.recordFailure(code));
        now += 3'600'000; // past any throttle
    }
    QVERIFY(guard.recordFailure(code));
    now += 24LL * 3'600'000;
    QCOMPARE(guard.check(code).verdict, PinGuard::Verdict::Locked); // time does not unlock
    QCOMPARE(guard.check(QStringLiteral("0187654321")).verdict, PinGuard::Verdict::Allowed);
    QCOMPARE(guard.lockedCodes(), 1);

    // The lock survives a restart of the kiosk.
    KioskSettings reopened(tmp.path());
    PinGuard again(reopened, [&now] { return now; });
    QCOMPARE(again.check(code).verdict, PinGuard::Verdict::Locked);
    again.unlockAll();
    QCOMPARE(again.check(code).verdict, PinGuard::Verdict::Allowed);
    QCOMPARE(again.lockedCodes(), 0);
}

void TestKioskLogic::pinGuard_consecutiveFailures_throttle()
{
    tests::TempDir tmp;
    KioskSettings settings(tmp.path());
    std::int64_t now = 5'000'000;
    PinGuard guard(settings, [&now] { return now; });
    const QString a = QStringLiteral("0100000001");
    const QString b = QStringLiteral("0100000002");
    guard.recordFailure(a);
    QCOMPARE(guard.check(b).verdict, PinGuard::Verdict::Allowed); // one mistake is free
    guard.recordFailure(b);
    const auto wait = guard.check(a);
    QCOMPARE(wait.verdict, PinGuard::Verdict::Wait); // any code: guessing codes is slowed too
    QCOMPARE(wait.waitSeconds, 2);
    now += 2000;
    QCOMPARE(guard.check(a).verdict, PinGuard::Verdict::Allowed);
    guard.recordFailure(a);
    QCOMPARE(guard.check(a).waitSeconds, 4);
    guard.recordSuccess(b);
    QCOMPARE(guard.check(a).verdict, PinGuard::Verdict::Allowed);
}

void TestKioskLogic::pinGuard_storesNoCodeInClear()
{
    tests::TempDir tmp;
    const QString code = QStringLiteral("0198765432");
    {
        KioskSettings settings(tmp.path());
        PinGuard guard(settings);
        guard.recordFailure(code);
    }
    QFile ini(tmp.file(QStringLiteral("kiosk.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(code.toLatin1()));
}

void TestKioskLogic::settings_staffPin_checkedByHashOnly()
{
    tests::TempDir tmp;
    KioskSettings settings(tmp.path());
    QVERIFY(!settings.hasStaffPin());
    QVERIFY(!settings.checkStaffPin(QString()));
    settings.setStaffPin(QStringLiteral("24681357"));
    QVERIFY(settings.hasStaffPin());
    QVERIFY(settings.checkStaffPin(QStringLiteral("24681357")));
    QVERIFY(!settings.checkStaffPin(QStringLiteral("24681358")));
    QFile ini(tmp.file(QStringLiteral("kiosk.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("24681357"));
}

void TestKioskLogic::settings_idleTimeout_defaultsAndBounds()
{
    tests::TempDir tmp;
    KioskSettings settings(tmp.path());
    QCOMPARE(settings.idleTimeoutSeconds(), 60);
    settings.setIdleTimeoutSeconds(90);
    QCOMPARE(KioskSettings(tmp.path()).idleTimeoutSeconds(), 90);
    settings.setIdleTimeoutSeconds(1);
    QCOMPARE(settings.idleTimeoutSeconds(), 15);
}

void TestKioskLogic::metrics_touchTargets_atLeast15mm_data()
{
    QTest::addColumn<double>("dpi");
    QTest::addColumn<QSize>("window");
    QTest::newRow("21.5in 1080p") << 102.0 << QSize(1920, 1080);
    QTest::newRow("15.6in 1080p") << 141.0 << QSize(1920, 1080);
    QTest::newRow("10in 1280x800") << 151.0 << QSize(1280, 800);
    QTest::newRow("32in 4K") << 137.0 << QSize(3840, 2160);
    QTest::newRow("unknown dpi") << 0.0 << QSize(1366, 768);
}

void TestKioskLogic::metrics_touchTargets_atLeast15mm()
{
    QFETCH(double, dpi);
    QFETCH(QSize, window);
    const KioskMetrics m = computeMetrics(dpi, window, 1.0);
    const double pxPerMm = (dpi > 0 ? dpi : 96.0) / 25.4;
    QVERIFY2(m.touchPx >= 15.0 * pxPerMm - 0.5, qPrintable(QString::number(m.touchPx)));
    QVERIFY(m.fontPx >= 5.0 * pxPerMm - 0.5);
    const KioskMetrics bigger = computeMetrics(dpi, window, BiggerTextScale);
    QVERIFY(bigger.fontPx > m.fontPx);
    QVERIFY(bigger.titlePx > m.titlePx);
    QVERIFY(kioskStyleSheet(m).contains(QStringLiteral("min-height: %1px").arg(m.touchPx)));
}

void TestKioskLogic::qrCode_hasQuietZoneAndDarkModules()
{
    const QImage qr = qrCodeImage(QByteArrayLiteral("38052172"), 5);
    QVERIFY(!qr.isNull());
    QCOMPARE(qr.width(), qr.height());
    // Version 1 = 21 modules + 2 × 4 quiet = 29 modules of 5 px.
    QCOMPARE(qr.width(), 29 * 5);
    for (int i = 0; i < 4 * 5; ++i)
        QCOMPARE(qr.pixelColor(i, i), QColor(Qt::white));
    // The top-left finder pattern starts right after the quiet zone.
    QCOMPARE(qr.pixelColor(4 * 5 + 1, 4 * 5 + 1), QColor(Qt::black));
}

QTEST_MAIN(TestKioskLogic)
#include "TestKioskLogic.moc"
