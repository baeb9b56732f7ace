#include "ledger/domain/BlockTime.h"
#include "ledger/domain/Payloads.h"
#include "ledger/domain/TrackingCode.h"
#include "tests/ledger/state/StateHarness.h"

#include <QTest>

using namespace ledger;
using namespace ledger::domain;
using chain::TxType;
using tests::StateHarness;

namespace {
Pseudonym resident(std::uint8_t n)
{
    Pseudonym p;
    p.data()[0] = n;
    p.data()[15] = 0x33;
    return p;
}

// Categories: env -> property management (3 days), help -> residents' committee (1 day).
struct InboxHarness : StateHarness {
    InboxHarness()
    {
        commit({ chain.tx(QStringLiteral("partySec"), TxType::FeedbackCategoriesSet,
                          FeedbackCategoriesSet {
                              { { QStringLiteral("env"), QStringLiteral("环境卫生"), 3, 3 },
                                { QStringLiteral("help"), QStringLiteral("求助"), 2, 1 } } }),
                 chain.tx(QStringLiteral("node2"), TxType::ResidentEnrolled,
                          ResidentPin { resident(1), PinVerifier() }),
                 chain.tx(QStringLiteral("partySec"), TxType::PolicySet, PolicySet { 10, 5 }) });
    }
    chain::Transaction submit(const char *category, std::uint32_t target = 0,
                              Pseudonym who = resident(1))
    {
        return chain.tx(QStringLiteral("node2"), TxType::FeedbackSubmitted,
                        FeedbackSubmitted { FeedbackKind::Complaint, QString::fromLatin1(category),
                                            QStringLiteral("楼道堆放杂物"), target, who });
    }
    state::FeedbackRow item(const chain::Transaction &tx) const
    {
        state::InboxFilter all;
        const auto rows = queries().inbox(all, { 0, 500 }).value();
        for (const auto &r : rows) {
            if (r.feedbackId == tx.id().toByteArray())
                return r;
        }
        qFatal("feedback item not found");
    }
    chain::Transaction note(const char *who, TxType type, const chain::Transaction &item,
                            const char *text)
    {
        return chain.tx(QString::fromLatin1(who), type,
                        FeedbackNote { item.id(), QString::fromUtf8(text) });
    }
};

QStringList actions(const StateHarness &h, const chain::Transaction &item)
{
    QStringList out;
    const auto entries = h.queries().timeline(item.id().toByteArray()).value();
    for (const auto &e : entries)
        out << e.action;
    return out;
}
} // namespace

class TestFeedback : public QObject
{
    Q_OBJECT
private slots:
    void submission_isRoutedByCategory_withATypableTrackingCode()
    {
        InboxHarness h;
        const auto f = h.submit("env");
        GONGZHI_APPLIED(h, f);
        const auto row = h.item(f);
        QCOMPARE(row.orgId, 3u);
        QCOMPARE(row.status, FeedbackStatus::Open);
        QCOMPARE(row.deadlineMs, h.chain.now() + 3 * DayMs);
        QCOMPARE(row.trackingCode, tracking::format(tracking::candidate(f.id(), 0)));
        QCOMPARE(h.queries().feedbackByTrackingCode(row.trackingCode)->feedbackId,
                 f.id().toByteArray());
        const auto targeted = h.submit("env", 2);
        GONGZHI_APPLIED(h, targeted);
        QCOMPARE(h.item(targeted).orgId, 2u);
        const auto anon = h.submit("help", 0, Pseudonym());
        GONGZHI_APPLIED(h, anon);
        QVERIFY(h.item(anon).pseudonym.isEmpty());
        GONGZHI_REJECTED(h, h.submit("nope"), RejectReason::NotFound);
        GONGZHI_REJECTED(h, h.submit("env", 0, resident(77)), RejectReason::NotFound);
        GONGZHI_REJECTED(h, h.submit("env", 9), RejectReason::NotFound);
        state::InboxFilter pm;
        pm.orgId = 3;
        QCOMPARE(h.queries().inbox(pm, {}).value().size(), std::size_t(1));
    }

    void handling_assignForwardRefuseReplyResolveConfirm()
    {
        InboxHarness h;
        const auto f = h.submit("help"); // -> residents' committee
        GONGZHI_APPLIED(h, f);
        GONGZHI_REJECTED(
            h,
            h.chain.tx(
                QStringLiteral("pmStaff"), TxType::FeedbackAssigned,
                FeedbackAssigned { f.id(), h.chain[QStringLiteral("rcStaff")].key.publicKey() }),
            RejectReason::OutOfScope);
        GONGZHI_REJECTED(
            h,
            h.chain.tx(
                QStringLiteral("rcSec"), TxType::FeedbackAssigned,
                FeedbackAssigned { f.id(), h.chain[QStringLiteral("pmStaff")].key.publicKey() }),
            RejectReason::InvalidValue);
        GONGZHI_APPLIED(
            h,
            h.chain.tx(
                QStringLiteral("rcSec"), TxType::FeedbackAssigned,
                FeedbackAssigned { f.id(), h.chain[QStringLiteral("rcStaff")].key.publicKey() }));
        QCOMPARE(h.item(f).status, FeedbackStatus::Assigned);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("rcStaff"), TxType::FeedbackForwarded,
                                   FeedbackTransfer { f.id(), 3, QStringLiteral("物业负责") }));
        QCOMPARE(h.item(f).orgId, 3u);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("rcStaff"), TxType::FeedbackReplied,
                                    FeedbackNote { f.id(), QStringLiteral("x") }),
                         RejectReason::OutOfScope);
        // Not our responsibility: goes to the party committee, naming who refused.
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("pmStaff"), TxType::FeedbackRefused,
                                   FeedbackTransfer { f.id(), 0, QStringLiteral("不属物业职责") }));
        QCOMPARE(h.item(f).orgId, 1u);
        const auto tl = h.queries().timeline(f.id().toByteArray()).value();
        QCOMPARE(tl.back().action, QStringLiteral("refused"));
        QCOMPARE(tl.back().actorName, QStringLiteral("pmStaff"));
        QCOMPARE(tl.back().actorOrg, 3u);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("partyStaff"), TxType::FeedbackForwarded,
                                   FeedbackTransfer { f.id(), 2, QStringLiteral("请居委会办理") }));
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("rcStaff"), TxType::FeedbackForwarded,
                                    FeedbackTransfer { f.id(), 2, QStringLiteral("自己") }),
                         RejectReason::InvalidValue);
        GONGZHI_APPLIED(h, h.note("rcStaff", TxType::FeedbackReplied, f, "已联系"));
        QCOMPARE(h.item(f).status, FeedbackStatus::Replied);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("node2"), TxType::FeedbackConfirmed,
                                    FeedbackConfirmed { f.id(), true, 5 }),
                         RejectReason::WrongStatus);
        GONGZHI_APPLIED(h, h.note("rcStaff", TxType::FeedbackResolved, f, "已清理"));
        GONGZHI_REJECTED(h, h.note("rcStaff", TxType::FeedbackReplied, f, "再说"),
                         RejectReason::WrongStatus);
        // The resident says it is not solved: reopened with a fresh deadline.
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("node3"), TxType::FeedbackConfirmed,
                                   FeedbackConfirmed { f.id(), false, 2 }));
        QCOMPARE(h.item(f).status, FeedbackStatus::Open);
        QCOMPARE(h.item(f).satisfaction, 2);
        GONGZHI_APPLIED(h, h.note("rcStaff", TxType::FeedbackResolved, f, "再次清理"));
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("node2"), TxType::FeedbackConfirmed,
                                   FeedbackConfirmed { f.id(), true, 5 }));
        QCOMPARE(h.item(f).status, FeedbackStatus::Closed);
        QCOMPARE(h.item(f).satisfaction, 5);
        GONGZHI_APPLIED(h, h.note("auditor", TxType::FeedbackReopened, f, "居民再次反映"));
        QCOMPARE(h.item(f).status, FeedbackStatus::Open);
        GONGZHI_REJECTED(h, h.note("rcStaff", TxType::FeedbackReopened, f, "已打开"),
                         RejectReason::WrongStatus);
        QCOMPARE(actions(h, f),
                 (QStringList { QStringLiteral("submitted"), QStringLiteral("assigned"),
                                QStringLiteral("forwarded"), QStringLiteral("refused"),
                                QStringLiteral("forwarded"), QStringLiteral("replied"),
                                QStringLiteral("resolved"), QStringLiteral("not_solved"),
                                QStringLiteral("resolved"), QStringLiteral("confirmed"),
                                QStringLiteral("reopened") }));
    }

    void deadlines_overdueAndEscalation_fromBlockTime()
    {
        InboxHarness h;
        const auto f = h.submit("help"); // 1 day
        const auto g = h.submit("env"); // 3 days
        h.commit({ f, g });
        h.chain.advance(DayMs);
        h.commit({});
        QVERIFY(!h.item(f).overdue); // at the deadline, not past it
        h.chain.advance(1);
        h.commit({});
        QVERIFY(h.item(f).overdue);
        QVERIFY(h.item(f).escalated);
        QVERIFY(!h.item(g).overdue);
        state::InboxFilter esc;
        esc.escalatedOnly = true;
        QCOMPARE(h.queries().inbox(esc, {}).value().size(), std::size_t(1));
        state::InboxFilter late;
        late.overdueOnly = true;
        late.orgId = 2;
        QCOMPARE(h.queries().inbox(late, {}).value().size(), std::size_t(1));
        QCOMPARE(h.queries().dashboard(h.chain.now())->feedbackEscalated, std::int64_t(1));
        QCOMPARE(actions(h, f).last(), QStringLiteral("overdue"));
        // Resolved items leave the overdue list but the escalation is remembered.
        GONGZHI_APPLIED(h, h.note("rcStaff", TxType::FeedbackResolved, f, "已办"));
        QCOMPARE(h.queries().inbox(late, {}).value().size(), std::size_t(0));
        QVERIFY(h.item(f).escalated);
    }

    void resolvedItems_closeThemselvesAfterThePolicyDays()
    {
        InboxHarness h; // auto-close after 5 days
        const auto f = h.submit("help");
        GONGZHI_APPLIED(h, f);
        GONGZHI_APPLIED(h, h.note("rcStaff", TxType::FeedbackResolved, f, "已办"));
        const std::int64_t resolvedAt = h.chain.now();
        h.chain.setNow(resolvedAt + 5 * DayMs - 1);
        h.commit({});
        QCOMPARE(h.item(f).status, FeedbackStatus::Resolved);
        h.chain.setNow(resolvedAt + 5 * DayMs);
        h.commit({});
        QCOMPARE(h.item(f).status, FeedbackStatus::Closed);
        QCOMPARE(actions(h, f).last(), QStringLiteral("auto_closed"));
    }

    void hiding_isASignedReasonedEntry_neverADeletion()
    {
        InboxHarness h;
        const auto f = h.submit("env");
        GONGZHI_APPLIED(h, f);
        const auto byStaff = h.note("pmStaff", TxType::FeedbackHidden, f, "含他人隐私");
        GONGZHI_PENDING(h, byStaff);
        GONGZHI_REJECTED(h, h.note("rcSec", TxType::FeedbackHidden, f, "越权"),
                         RejectReason::OutOfScope);
        GONGZHI_APPLIED(h, h.note("partySec", TxType::FeedbackHidden, f, "含他人隐私"));
        const auto row = h.item(f);
        QVERIFY(row.hidden);
        QCOMPARE(row.hiddenReason, QStringLiteral("含他人隐私"));
        QCOMPARE(row.text,
                 QStringLiteral("楼道堆放杂物")); // still there for the resident and auditors
        state::InboxFilter pub;
        pub.includeHidden = false;
        QVERIFY(h.queries().inbox(pub, {}).value().empty());
        GONGZHI_REJECTED(h, h.note("partySec", TxType::FeedbackHidden, f, "再次"),
                         RejectReason::WrongStatus);
        // The staff request, approved later, finds it already hidden.
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalGranted,
                                   ApprovalDecision { byStaff.id(), {} }));
        QCOMPARE(h.outcomeOf(byStaff).reason, RejectReason::WrongStatus);
    }

    void appeal_linksAScoreEventToTheResidentsFeedback()
    {
        InboxHarness h;
        ScoringHandbook hb { 1,
                             QStringLiteral("手册"),
                             { { QStringLiteral("c"), QStringLiteral("类") } },
                             { { QStringLiteral("MESS"), QStringLiteral("c"),
                                 QStringLiteral("乱堆乱放"), -5, 0, false } },
                             {} };
        const auto p = h.chain.tx(QStringLiteral("partyStaff"), TxType::HandbookProposed, hb);
        h.commit({ p });
        h.commit({ h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalGranted,
                              ApprovalDecision { p.id(), {} }),
                   h.chain.tx(QStringLiteral("node2"), TxType::ResidentEnrolled,
                              ResidentPin { resident(2), PinVerifier() }) });
        const auto e
            = h.chain.tx(QStringLiteral("pmStaff"), TxType::ScoreEventRecorded,
                         ScoreEventRecorded { resident(1), QStringLiteral("MESS"), 1, {}, {} });
        GONGZHI_APPLIED(h, e);
        const auto f = h.submit("env");
        const auto other = h.submit("env", 0, resident(2));
        h.commit({ f, other });
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("node2"), TxType::ScoreAppealed,
                                    ScoreAppealed { e.id(), other.id() }),
                         RejectReason::InvalidValue);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("node2"), TxType::ScoreAppealed,
                                   ScoreAppealed { e.id(), f.id() }));
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("node2"), TxType::ScoreAppealed,
                                    ScoreAppealed { e.id(), f.id() }),
                         RejectReason::Duplicate);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("node2"), TxType::ScoreAppealed,
                                    ScoreAppealed { crypto::Digest(), f.id() }),
                         RejectReason::NotFound);
        QCOMPARE(actions(h, f).last(), QStringLiteral("appeal"));
    }

    void categories_replaceTheTable_andNeedTheParty()
    {
        InboxHarness h;
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("rcSec"), TxType::FeedbackCategoriesSet,
                                    FeedbackCategoriesSet {
                                        { { QStringLiteral("x"), QStringLiteral("x"), 2, 1 } } }),
                         RejectReason::OutOfScope);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("partySec"), TxType::FeedbackCategoriesSet,
                                    FeedbackCategoriesSet {
                                        { { QStringLiteral("x"), QStringLiteral("x"), 8, 1 } } }),
                         RejectReason::NotFound);
        const auto byAdmin
            = h.chain.tx(QStringLiteral("admin"), TxType::FeedbackCategoriesSet,
                         FeedbackCategoriesSet {
                             { { QStringLiteral("safety"), QStringLiteral("治安"), 2, 2 } } });
        GONGZHI_PENDING(h, byAdmin);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalGranted,
                                   ApprovalDecision { byAdmin.id(), {} }));
        GONGZHI_REJECTED(h, h.submit("env"), RejectReason::NotFound); // retired
        GONGZHI_APPLIED(h, h.submit("safety"));
    }
};

QTEST_GUILESS_MAIN(TestFeedback)
#include "TestFeedback.moc"
