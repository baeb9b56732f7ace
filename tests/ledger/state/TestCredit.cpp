#include "ledger/domain/BlockTime.h"
#include "ledger/domain/Payloads.h"
#include "tests/ledger/state/StateHarness.h"

#include <QTest>

using namespace ledger;
using namespace ledger::domain;
using chain::TxType;
using tests::StateHarness;

namespace {
const QString Staff = QStringLiteral("rcStaff");

Pseudonym resident(std::uint8_t n)
{
    Pseudonym p;
    p.data()[0] = n;
    p.data()[15] = 0x77;
    return p;
}

ScoringHandbook handbook(std::uint32_t version)
{
    const QString c = QStringLiteral("civic");
    return ScoringHandbook {
        version,
        QStringLiteral("积分手册 v%1").arg(version),
        { { c, QStringLiteral("文明") } },
        { { QStringLiteral("VOL"), c, QStringLiteral("志愿服务"), 5, 10, false },
          { QStringLiteral("SORT"), c, QStringLiteral("垃圾分类"), 2, 0, false },
          { QStringLiteral("FILIAL"), c, QStringLiteral("孝老爱亲"), 10, 0, true },
          { QStringLiteral("MESS"), c, QStringLiteral("乱堆乱放"), -5, 0, false },
          { QStringLiteral("FRAUD"), c, QStringLiteral("虚报冒领"), -20, 0, true } },
        { { QStringLiteral("一星文明户"), 10 }, { QStringLiteral("二星文明户"), 20 } }
    };
}

// A state with handbook v1 in effect and residents 1..4 enrolled by org 2.
struct CreditHarness : StateHarness {
    CreditHarness()
    {
        const auto p
            = chain.tx(QStringLiteral("partyStaff"), TxType::HandbookProposed, handbook(1));
        commit({ p });
        commit({ chain.tx(QStringLiteral("partySec"), TxType::ApprovalGranted,
                          ApprovalDecision { p.id(), {} }) });
        std::vector<chain::Transaction> enrol;
        for (std::uint8_t i = 1; i <= 4; ++i)
            enrol.push_back(chain.tx(QStringLiteral("node2"), TxType::ResidentEnrolled,
                                     ResidentPin { resident(i), PinVerifier() }));
        commit(enrol);
    }
    chain::Transaction score(std::uint8_t who, const char *rule, std::uint32_t version = 1,
                             crypto::Digest evidence = {})
    {
        return chain.tx(
            Staff, TxType::ScoreEventRecorded,
            ScoreEventRecorded { resident(who), QString::fromLatin1(rule), version, evidence, {} });
    }
    std::int64_t balance(std::uint8_t who)
    {
        return queries().statement(resident(who).toByteArray(), {})->balance;
    }
};

crypto::Digest photo()
{
    return crypto::Digest(std::array<std::uint8_t, 32> { 0xEE });
}
} // namespace

class TestCredit : public QObject
{
    Q_OBJECT
private slots:
    void handbook_takesEffectOnlyAfterApproval()
    {
        StateHarness h;
        h.commit({ h.chain.tx(QStringLiteral("node2"), TxType::ResidentEnrolled,
                              ResidentPin { resident(1), PinVerifier() }) });
        const auto p = h.chain.tx(QStringLiteral("rcStaff"), TxType::HandbookProposed, handbook(1));
        GONGZHI_PENDING(h, p);
        const auto early
            = h.chain.tx(Staff, TxType::ScoreEventRecorded,
                         ScoreEventRecorded { resident(1), QStringLiteral("VOL"), 1, {}, {} });
        GONGZHI_REJECTED(h, early, RejectReason::StaleHandbook);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("rcSec"), TxType::ApprovalGranted,
                                    ApprovalDecision { p.id(), {} }),
                         RejectReason::OutOfScope);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalGranted,
                                   ApprovalDecision { p.id(), {} }));
        GONGZHI_APPLIED(
            h,
            h.chain.tx(Staff, TxType::ScoreEventRecorded,
                       ScoreEventRecorded { resident(1), QStringLiteral("VOL"), 1, {}, {} }));
        GONGZHI_REJECTED(
            h, h.chain.tx(QStringLiteral("rcStaff"), TxType::HandbookProposed, handbook(3)),
            RejectReason::InvalidValue);
        // Version 2 replaces version 1 once approved; clients still on v1 are told.
        const auto p2
            = h.chain.tx(QStringLiteral("rcStaff"), TxType::HandbookProposed, handbook(2));
        GONGZHI_PENDING(h, p2);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalGranted,
                                   ApprovalDecision { p2.id(), {} }));
        GONGZHI_REJECTED(
            h,
            h.chain.tx(Staff, TxType::ScoreEventRecorded,
                       ScoreEventRecorded { resident(1), QStringLiteral("VOL"), 1, {}, {} }),
            RejectReason::StaleHandbook);
        GONGZHI_APPLIED(
            h,
            h.chain.tx(Staff, TxType::ScoreEventRecorded,
                       ScoreEventRecorded { resident(1), QStringLiteral("VOL"), 2, {}, {} }));
        const auto events
            = h.queries().scoreEvents({ resident(1).toByteArray(), {}, {} }, {}).value();
        QCOMPARE(events.size(), std::size_t(2));
        QCOMPARE(events.front().ruleTitle, QStringLiteral("志愿服务"));
    }

    void pointsComeFromTheRule_andCapsHoldPerMonth()
    {
        CreditHarness h;
        GONGZHI_APPLIED(h, h.score(1, "VOL"));
        GONGZHI_APPLIED(h, h.score(1, "VOL"));
        GONGZHI_REJECTED(h, h.score(1, "VOL"), RejectReason::CapExceeded);
        GONGZHI_APPLIED(h, h.score(2, "VOL")); // the cap is per resident
        GONGZHI_REJECTED(h, h.score(1, "NOPE"), RejectReason::NotFound);
        GONGZHI_REJECTED(h, h.score(9, "SORT"), RejectReason::NotFound);
        GONGZHI_REJECTED(h, h.score(1, "FILIAL"), RejectReason::EvidenceRequired);
        GONGZHI_APPLIED(h, h.score(1, "FILIAL", 1, photo()));
        QCOMPARE(h.balance(1), std::int64_t(20));
        // Next month (UTC+8) the cap starts again.
        const auto d = chinaDate(h.chain.now());
        h.chain.setNow(chinaMidnightMs(d.year, d.month + 1, 1));
        GONGZHI_APPLIED(h, h.score(1, "VOL"));
        QCOMPARE(h.balance(1), std::int64_t(25));
        const int thisMonth = monthPeriod(h.chain.now());
        QCOMPARE(h.queries()
                     .scoreEvents({ resident(1).toByteArray(), {}, thisMonth }, {})
                     .value()
                     .size(),
                 std::size_t(1));
        QCOMPARE(h.queries().scoreEvents({ {}, QStringLiteral("VOL"), {} }, {}).value().size(),
                 std::size_t(4));
    }

    void reversal_correctsBalanceTotalsAndCap()
    {
        CreditHarness h;
        const auto e1 = h.score(1, "VOL");
        GONGZHI_APPLIED(h, e1);
        const auto e2 = h.score(1, "VOL");
        GONGZHI_APPLIED(h, e2);
        const auto rev = h.chain.tx(Staff, TxType::ScoreReversed,
                                    ScoreReversed { e1.id(), QStringLiteral("录错人") });
        GONGZHI_PENDING(h, rev); // staff reversals need a secretary
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("rcSec"), TxType::ApprovalGranted,
                                   ApprovalDecision { rev.id(), {} }));
        QCOMPARE(h.balance(1), std::int64_t(5));
        GONGZHI_APPLIED(h, h.score(1, "VOL")); // the cap room came back
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("rcSec"), TxType::ScoreReversed,
                                    ScoreReversed { e1.id(), QStringLiteral("再次") }),
                         RejectReason::WrongStatus);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("pmStaff"), TxType::ScoreReversed,
                                    ScoreReversed { e2.id(), QStringLiteral("x") }),
                         RejectReason::OutOfScope);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("rcSec"), TxType::ScoreReversed,
                                    ScoreReversed { crypto::Digest(), QStringLiteral("x") }),
                         RejectReason::NotFound);
        QCOMPARE(h.queries().ranking(monthPeriod(h.chain.now()), {}).value().front().points,
                 std::int64_t(10));
        QVERIFY(h.queries()
                    .scoreEvents({ resident(1).toByteArray(), {}, {} }, {})
                    .value()
                    .back()
                    .reversed);
    }

    void largeDeductions_waitForApproval()
    {
        CreditHarness h;
        GONGZHI_APPLIED(h, h.score(1, "MESS")); // -5, under the default threshold 10
        QCOMPARE(h.balance(1), std::int64_t(-5));
        const auto big = h.score(2, "FRAUD", 1, photo());
        GONGZHI_PENDING(h, big);
        QCOMPARE(h.balance(2), std::int64_t(0));
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("rcSec"), TxType::ApprovalGranted,
                                   ApprovalDecision { big.id(), QStringLiteral("属实") }));
        QCOMPARE(h.balance(2), std::int64_t(-20));
        // Raising the threshold lets the same deduction through at once.
        GONGZHI_APPLIED(
            h, h.chain.tx(QStringLiteral("partySec"), TxType::PolicySet, PolicySet { 50, 7 }));
        GONGZHI_APPLIED(h, h.score(3, "FRAUD", 1, photo()));
    }

    void redemption_neverMakesABalanceNegative()
    {
        CreditHarness h;
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("rcSec"), TxType::StoreItemListed,
                                   StoreItemListed { QStringLiteral("OIL"),
                                                     QStringLiteral("食用油"), 8, true }));
        GONGZHI_APPLIED(h, h.score(1, "VOL"));
        GONGZHI_APPLIED(h, h.score(1, "VOL"));
        const auto redeem = [&](std::uint32_t qty) {
            return h.chain.tx(QStringLiteral("node2"), TxType::PointsRedeemed,
                              PointsRedeemed { resident(1), QStringLiteral("OIL"), qty });
        };
        GONGZHI_REJECTED(h, redeem(2), RejectReason::InsufficientBalance);
        GONGZHI_APPLIED(h, redeem(1));
        QCOMPARE(h.balance(1), std::int64_t(2));
        GONGZHI_REJECTED(h, redeem(1), RejectReason::InsufficientBalance);
        const auto s = h.queries().statement(resident(1).toByteArray(), {}).value();
        QCOMPARE(s.earned, std::int64_t(10));
        QCOMPARE(s.redeemed, std::int64_t(8));
        QCOMPARE(s.level,
                 QStringLiteral("一星文明户")); // levels follow earned points, not the balance
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("rcSec"), TxType::StoreItemListed,
                                   StoreItemListed { QStringLiteral("OIL"),
                                                     QStringLiteral("食用油"), 8, false }));
        GONGZHI_REJECTED(h, redeem(1), RejectReason::NotFound);
        const auto staffListing = h.chain.tx(
            Staff, TxType::StoreItemListed,
            StoreItemListed { QStringLiteral("SOAP"), QStringLiteral("肥皂"), 1, true });
        GONGZHI_PENDING(h, staffListing);
    }

    void levelsAndRankings()
    {
        CreditHarness h;
        h.commit({ h.score(1, "FILIAL", 1, photo()), h.score(1, "FILIAL", 1, photo()),
                   h.score(2, "FILIAL", 1, photo()), h.score(3, "FILIAL", 1, photo()),
                   h.score(4, "SORT") });
        QCOMPARE(h.queries().statement(resident(1).toByteArray(), {})->level,
                 QStringLiteral("二星文明户"));
        QCOMPARE(h.queries().statement(resident(2).toByteArray(), {})->level,
                 QStringLiteral("一星文明户"));
        QCOMPARE(h.queries().statement(resident(4).toByteArray(), {})->level, QString());
        // Next year: residents 4 leads the year, resident 1 the all-time table.
        const auto d = chinaDate(h.chain.now());
        h.chain.setNow(chinaMidnightMs(d.year + 1, 1, 1) + 3600 * 1000);
        h.commit({ h.score(4, "VOL"), h.score(4, "SORT"), h.score(2, "SORT") });
        const auto month = h.queries().ranking(monthPeriod(h.chain.now()), {}).value();
        QCOMPARE(month.size(), std::size_t(2));
        QCOMPARE(month[0].pseudonym, resident(4).toByteArray());
        QCOMPARE(month[0].points, std::int64_t(7));
        const auto all = h.queries().ranking(0, {}).value();
        QCOMPARE(all[0].pseudonym, resident(1).toByteArray());
        QCOMPARE(all[0].rank, 1);
        QCOMPARE(all[1].points, std::int64_t(12)); // resident 2: 10 + 2
        QCOMPARE(all[2].points, std::int64_t(10)); // resident 3
        QCOMPARE(all[3].points, std::int64_t(9)); // resident 4: 2 + 5 + 2
        const auto lastYear = h.queries().ranking(d.year, {}).value();
        QCOMPARE(lastYear[1].rank, 2);
        QCOMPARE(lastYear[2].rank, 2); // ties share a rank
        QCOMPARE(lastYear[3].rank, 4);
        // Masked names appear only with consent, set by the registering organization.
        GONGZHI_REJECTED(
            h,
            h.chain.tx(QStringLiteral("node3"), TxType::ResidentConsentSet,
                       ResidentConsentSet { resident(1), true, QStringLiteral("张*明") }),
            RejectReason::OutOfScope);
        GONGZHI_APPLIED(
            h,
            h.chain.tx(QStringLiteral("node2"), TxType::ResidentConsentSet,
                       ResidentConsentSet { resident(1), true, QStringLiteral("张*明") }));
        QCOMPARE(h.queries().ranking(0, {}).value()[0].maskedName, QStringLiteral("张*明"));
        QCOMPARE(h.queries().ranking(0, {}).value()[1].maskedName, QString());
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("node2"), TxType::ResidentConsentSet,
                                   ResidentConsentSet { resident(1), false, {} }));
        QCOMPARE(h.queries().ranking(0, {}).value()[0].maskedName, QString());
    }
};

QTEST_GUILESS_MAIN(TestCredit)
#include "TestCredit.moc"
