#include "ledger/crypto/Sha256.h"
#include "ledger/domain/AttachmentStore.h"
#include "ledger/domain/BlockTime.h"
#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/domain/TrackingCode.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QTest>

using namespace ledger;
using namespace ledger::domain;

class TestDomainHelpers : public QObject
{
    Q_OBJECT
private slots:
    void blockTime_usesChinaStandardTime()
    {
        // 2026-01-31 16:00 UTC is 2026-02-01 00:00 in UTC+8: February's period.
        const std::int64_t t = chinaMidnightMs(2026, 2, 1);
        QCOMPARE(t, std::int64_t(1769875200000LL));
        QCOMPARE(monthPeriod(t), 202602);
        QCOMPARE(monthPeriod(t - 1), 202601);
        QCOMPARE(yearPeriod(chinaMidnightMs(2027, 1, 1) - 1), 2026);
        QCOMPARE(chinaDate(chinaMidnightMs(2024, 2, 29) + DayMs - 1).day, 29);
        QCOMPARE(chinaDate(chinaMidnightMs(2024, 2, 29) + DayMs).month, 3);
        QCOMPARE(monthPeriod(-1), 197001); // 1969-12-31 23:59:59.999 UTC is 1970-01-01 UTC+8
    }

    void trackingCode_roundTripsAndCatchesTypos()
    {
        const chain::TxId id = crypto::Sha256::hash(QByteArrayView("feedback"));
        for (int attempt = 0; attempt < 3; ++attempt) {
            const std::uint32_t code = tracking::candidate(id, attempt);
            const QString typed = tracking::format(code);
            QCOMPARE(typed.size(), tracking::Digits);
            QCOMPARE(tracking::parse(typed).value(), code);
            for (int i = 0; i < typed.size(); ++i) {
                QString wrong = typed;
                wrong[i] = QChar(u'0' + (typed[i].unicode() - u'0' + 1) % 10);
                QVERIFY(!tracking::parse(wrong));
                if (i + 1 < typed.size() && typed[i] != typed[i + 1]) {
                    QString swapped = typed;
                    std::swap(swapped[i], swapped[i + 1]);
                    QVERIFY(!tracking::parse(swapped));
                }
            }
        }
        QVERIFY(tracking::candidate(id, 0) != tracking::candidate(id, 1));
        QVERIFY(!tracking::parse(u"1234567"));
        QVERIFY(!tracking::parse(u"1234567a"));
    }

    void maskedNames()
    {
        QCOMPARE(maskName(QStringLiteral("张三丰")), QStringLiteral("张*丰"));
        QCOMPARE(maskName(QStringLiteral("李四")), QStringLiteral("李*"));
        QCOMPARE(maskName(QStringLiteral("欧阳娜娜")), QStringLiteral("欧**娜"));
        for (const char16_t *ok : { u"张*丰", u"李*", u"欧**娜" })
            QVERIFY(isMaskedName(QString::fromUtf16(ok)));
        for (const char16_t *bad : { u"张三丰", u"*三", u"张", u"张**", u"张*丰丰" })
            QVERIFY2(!isMaskedName(QString::fromUtf16(bad)), qPrintable(QString::fromUtf16(bad)));
    }

    void attachmentStore_checksHashAndSize()
    {
        tests::TempDir dir;
        AttachmentStore store(dir.path());
        const QByteArray bytes("会议纪要 minutes");
        const auto ref = store.put(bytes, QStringLiteral("纪要.txt"));
        QVERIFY(ref.has_value());
        QCOMPARE(ref->sha256, crypto::Sha256::hash(bytes));
        QCOMPARE(ref->size, std::uint64_t(bytes.size()));
        QVERIFY(store.check(*ref).has_value());
        QCOMPARE(store.get(ref->sha256).value(), bytes);
        QVERIFY(store.put(bytes, QStringLiteral("again")).has_value());

        AttachmentRef wrongSize = *ref;
        wrongSize.size += 1;
        QCOMPARE(store.check(wrongSize).error().code, core::ErrorCode::Corrupt);

        QFile f(store.pathOf(ref->sha256));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("tampered");
        f.close();
        QCOMPARE(store.get(ref->sha256).error().code, core::ErrorCode::Corrupt);
        QCOMPARE(store.get(crypto::Sha256::hash(QByteArrayView("absent"))).error().code,
                 core::ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDomainHelpers)
#include "TestDomainHelpers.moc"
