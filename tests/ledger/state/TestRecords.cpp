#include "ledger/domain/BlockTime.h"
#include "ledger/domain/Payloads.h"
#include "ledger/state/queries/RecordQueries.h"
#include "tests/ledger/state/StateHarness.h"

#include <QSqlQuery>
#include <QTest>

using namespace ledger;
using namespace ledger::domain;
using chain::TxType;
using tests::StateHarness;

namespace {
const QString RcStaff = QStringLiteral("rcStaff");
const QString RcSec = QStringLiteral("rcSec");

RecordSubmitted decision(const char *title)
{
    return RecordSubmitted { RecordKind::Decision,
                             { QString::fromUtf8(title), QStringLiteral("内容"), {}, {} },
                             0,
                             0,
                             0,
                             0,
                             0,
                             {} };
}

Pseudonym resident(std::uint8_t n)
{
    Pseudonym p;
    p.data()[0] = n;
    p.data()[15] = 0x5a;
    return p;
}

QStringList actions(const StateHarness &h, const chain::Transaction &record)
{
    QStringList out;
    const auto entries = h.queries().timeline(record.id().toByteArray()).value();
    for (const auto &e : entries)
        out << e.action;
    return out;
}
} // namespace

class TestRecords : public QObject
{
    Q_OBJECT
private slots:
    void fullLifecycle_hasACompleteTimeline()
    {
        StateHarness h;
        const AttachmentRef minutes { crypto::Digest(std::array<std::uint8_t, 32> { 1 }), 1234,
                                      QStringLiteral("纪要.pdf") };
        auto submit
            = RecordSubmitted { RecordKind::Financial,
                                { QStringLiteral("三月财务公开"),
                                  {},
                                  { { LineDirection::Income, QStringLiteral("拨款"), 500000 },
                                    { LineDirection::Expense, QStringLiteral("维修"), 120050 } },
                                  { minutes } },
                                0,
                                0,
                                0,
                                0,
                                0,
                                {} };
        const auto rec = h.chain.tx(RcStaff, TxType::RecordSubmitted, submit);
        GONGZHI_APPLIED(h, rec);
        const RecordId id = rec.id();
        auto row = h.queries().record(id.toByteArray()).value();
        QCOMPARE(row.status, RecordStatus::Submitted);
        QCOMPARE(row.incomeFen, std::int64_t(500000));
        QCOMPARE(row.expenseFen, std::int64_t(120050));
        GONGZHI_REJECTED(h, h.chain.tx(RcStaff, TxType::RecordPublished, RecordRef { id }),
                         RejectReason::WrongStatus);
        GONGZHI_REJECTED(h, h.chain.tx(RcStaff, TxType::RecordApproved, RecordDecision { id, {} }),
                         RejectReason::NotPermitted);
        GONGZHI_APPLIED(h,
                        h.chain.tx(RcSec, TxType::RecordApproved,
                                   RecordDecision { id, QStringLiteral("同意公开") }));
        GONGZHI_REJECTED(h,
                         h.chain.tx(RcSec, TxType::RecordRejected,
                                    RecordDecision { id, QStringLiteral("晚了") }),
                         RejectReason::WrongStatus);
        GONGZHI_REJECTED(
            h, h.chain.tx(QStringLiteral("pmStaff"), TxType::RecordPublished, RecordRef { id }),
            RejectReason::OutOfScope);
        GONGZHI_APPLIED(h, h.chain.tx(RcStaff, TxType::RecordPublished, RecordRef { id }));
        GONGZHI_APPLIED(h,
                        h.chain.tx(RcStaff, TxType::RecordProgress,
                                   RecordProgress { id, 50, QStringLiteral("已张贴"), {} }));
        GONGZHI_REJECTED(h,
                         h.chain.tx(RcStaff, TxType::RecordCompleted,
                                    RecordProgress { id, 90, QStringLiteral("完成"), {} }),
                         RejectReason::InvalidValue);
        // Correcting a published disclosure: staff need a secretary's approval.
        auto amended = submit.content;
        amended.lines[1].amountFen = 120500;
        const auto amend = h.chain.tx(RcStaff, TxType::RecordAmended,
                                      RecordAmended { id, QStringLiteral("金额笔误"), amended });
        GONGZHI_PENDING(h, amend);
        QCOMPARE(h.queries().record(id.toByteArray())->revision, 1);
        GONGZHI_APPLIED(h,
                        h.chain.tx(RcSec, TxType::ApprovalGranted,
                                   ApprovalDecision { amend.id(), QStringLiteral("核实无误") }));
        row = h.queries().record(id.toByteArray()).value();
        QCOMPARE(row.revision, 2);
        QCOMPARE(row.expenseFen, std::int64_t(120500));
        GONGZHI_APPLIED(h,
                        h.chain.tx(RcStaff, TxType::RecordCompleted,
                                   RecordProgress { id, 100, QStringLiteral("完成"), {} }));
        QCOMPARE(h.queries().record(id.toByteArray())->status, RecordStatus::Completed);
        GONGZHI_REJECTED(h,
                         h.chain.tx(RcSec, TxType::RecordWithdrawn,
                                    RecordDecision { id, QStringLiteral("撤回") }),
                         RejectReason::WrongStatus);
        QCOMPARE(actions(h, rec),
                 (QStringList { QStringLiteral("submitted"), QStringLiteral("approved"),
                                QStringLiteral("published"), QStringLiteral("progress"),
                                QStringLiteral("amended"), QStringLiteral("approved"),
                                QStringLiteral("completed") }));
        const auto tl = h.queries().timeline(id.toByteArray()).value();
        QCOMPARE(tl.front().actorName, RcStaff);
        QCOMPARE(tl[1].actorName, RcSec);
        QCOMPARE(tl[1].detail, QStringLiteral("同意公开"));
        QVERIFY(tl[1].height > tl[0].height);
        QCOMPARE(tl[1].actorOrg, 2u);
        // Both revisions' lines stay in state.
        state::RecordFilter f;
        f.kind = RecordKind::Financial;
        f.publicOnly = true;
        QCOMPARE(h.queries().records(f, {}).value().size(), std::size_t(1));
    }

    void sortedByLastUpdate_readsAPageFromTheIndex()
    {
        StateHarness h;
        const auto a = h.chain.tx(RcStaff, TxType::RecordSubmitted, decision("甲"));
        const auto b = h.chain.tx(RcStaff, TxType::RecordSubmitted, decision("乙"));
        const auto c = h.chain.tx(RcStaff, TxType::RecordSubmitted, decision("丙"));
        // One block a minute; approving the first makes it the most recently updated.
        GONGZHI_APPLIED(h, a);
        h.chain.advance(60000);
        GONGZHI_APPLIED(h, b);
        h.chain.advance(60000);
        GONGZHI_APPLIED(h, c);
        h.chain.advance(60000);
        GONGZHI_APPLIED(h,
                        h.chain.tx(RcSec, TxType::RecordApproved, RecordDecision { a.id(), {} }));
        auto titles = [&](bool ascending) {
            state::RecordListQuery q;
            q.sort = state::RecordSort::Updated;
            q.ascending = ascending;
            QStringList out;
            const auto rows = state::listRecords(*h.sm, q, { 0, 50 }).value();
            for (const auto &r : rows)
                out << r.title;
            return out;
        };
        QCOMPARE(titles(false),
                 QStringList({ QStringLiteral("甲"), QStringLiteral("丙"), QStringLiteral("乙") }));
        QCOMPARE(titles(true),
                 QStringList({ QStringLiteral("乙"), QStringLiteral("丙"), QStringLiteral("甲") }));

        // The list's ORDER BY (RecordQueries.cpp orderOf) walks records_updated
        // instead of sorting every record (979 ms at 77,000 records before).
        auto plan = [&](const char *order) {
            QSqlQuery q(h.sm->database());
            const bool ok
                = q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT record_no, title FROM records"
                                        " ORDER BY %1 LIMIT 50 OFFSET 0")
                             .arg(QLatin1String(order)));
            QStringList steps;
            while (ok && q.next())
                steps << q.value(3).toString();
            return steps.join(QStringLiteral("; "));
        };
        const QString newestFirst = plan("updated_ms DESC, record_no DESC");
        QVERIFY2(newestFirst.contains(QLatin1String("USING INDEX records_updated"))
                     && !newestFirst.contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(newestFirst));
        // Oldest first keeps record_no DESC for ties: only the ties are sorted.
        const QString oldestFirst = plan("updated_ms ASC, record_no DESC");
        QVERIFY2(oldestFirst.contains(QLatin1String("USING INDEX records_updated"))
                     && !oldestFirst.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")),
                 qPrintable(oldestFirst));
    }

    void rejection_needsAComment_andEndsTheRecord()
    {
        StateHarness h;
        const auto rec = h.chain.tx(RcStaff, TxType::RecordSubmitted, decision("加装电梯"));
        GONGZHI_APPLIED(h, rec);
        GONGZHI_REJECTED(h,
                         h.chain.tx(RcSec, TxType::RecordRejected, RecordDecision { rec.id(), {} }),
                         RejectReason::InvalidValue);
        GONGZHI_REJECTED(
            h,
            h.chain.tx(QStringLiteral("partySec"), TxType::RecordPublished, RecordRef { rec.id() }),
            RejectReason::WrongStatus);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("partySec"), TxType::RecordRejected,
                                   RecordDecision { rec.id(), QStringLiteral("需先征求意见") }));
        QCOMPARE(h.queries().record(rec.id().toByteArray())->status, RecordStatus::Rejected);
        GONGZHI_REJECTED(h,
                         h.chain.tx(RcStaff, TxType::RecordAmended,
                                    RecordAmended { rec.id(),
                                                    QStringLiteral("再改"),
                                                    { QStringLiteral("t"), {}, {}, {} } }),
                         RejectReason::WrongStatus);
        GONGZHI_REJECTED(
            h, h.chain.tx(RcSec, TxType::RecordApproved, RecordDecision { crypto::Digest(), {} }),
            RejectReason::NotFound);
    }

    void secretarySubmission_isApproved_butNotByAnotherOrgsSecretary()
    {
        StateHarness h;
        const auto own = h.chain.tx(RcSec, TxType::RecordSubmitted, decision("书记提交"));
        GONGZHI_APPLIED(h, own);
        QCOMPARE(h.queries().record(own.id().toByteArray())->status, RecordStatus::Approved);
        const auto pm
            = h.chain.tx(QStringLiteral("pmStaff"), TxType::RecordSubmitted, decision("物业通知"));
        GONGZHI_APPLIED(h, pm);
        GONGZHI_REJECTED(h,
                         h.chain.tx(RcSec, TxType::RecordApproved, RecordDecision { pm.id(), {} }),
                         RejectReason::OutOfScope);
        // A staff member who is also secretary cannot approve their own submission.
        auto &dual = h.chain[QStringLiteral("dual")];
        GONGZHI_APPLIED(
            h,
            h.chain.tx(QStringLiteral("rcAdmin"), TxType::PersonEnrolled,
                       PersonEnrolled { dual.key.publicKey(), 2, QStringLiteral("双岗"), 1 }));
        const auto mine
            = h.chain.tx(QStringLiteral("dual"), TxType::RecordSubmitted, decision("自审"));
        GONGZHI_APPLIED(h, mine);
        GONGZHI_APPLIED(h,
                        h.chain.tx(RcSec, TxType::RoleGranted,
                                   RoleChange { dual.key.publicKey(), chain::Role::Secretary }));
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("dual"), TxType::RecordApproved,
                                    RecordDecision { mine.id(), {} }),
                         RejectReason::SelfApproval);
    }

    void withdrawal_byStaff_waitsForApproval()
    {
        StateHarness h;
        const auto rec = h.chain.tx(RcStaff, TxType::RecordSubmitted, decision("停水通知"));
        GONGZHI_APPLIED(h, rec);
        GONGZHI_REJECTED(
            h, h.chain.tx(RcSec, TxType::RecordWithdrawn, RecordDecision { rec.id(), {} }),
            RejectReason::InvalidValue);
        const auto w = h.chain.tx(RcStaff, TxType::RecordWithdrawn,
                                  RecordDecision { rec.id(), QStringLiteral("发错了") });
        GONGZHI_PENDING(h, w);
        GONGZHI_APPLIED(
            h, h.chain.tx(RcSec, TxType::ApprovalGranted, ApprovalDecision { w.id(), {} }));
        QCOMPARE(h.queries().record(rec.id().toByteArray())->status, RecordStatus::Withdrawn);
        QCOMPARE(actions(h, rec).mid(1),
                 (QStringList { QStringLiteral("withdrawn"), QStringLiteral("approved") }));
    }

    void task_becomesOverdueByBlockTime_andAssigneeReports()
    {
        StateHarness h;
        const std::int64_t deadline = h.chain.now() + 3 * DayMs;
        const auto task = h.chain.tx(QStringLiteral("partySec"), TxType::RecordSubmitted,
                                     RecordSubmitted { RecordKind::Task,
                                                       { QStringLiteral("清理楼道"), {}, {}, {} },
                                                       3,
                                                       deadline,
                                                       0,
                                                       0,
                                                       0,
                                                       {} });
        GONGZHI_APPLIED(h, task);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("partySec"), TxType::RecordSubmitted,
                                    RecordSubmitted { RecordKind::Task,
                                                      { QStringLiteral("过期"), {}, {}, {} },
                                                      3,
                                                      h.chain.now() - 1,
                                                      0,
                                                      0,
                                                      0,
                                                      {} }),
                         RejectReason::InvalidValue);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("partyStaff"), TxType::RecordPublished,
                                   RecordRef { task.id() }));
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("pmStaff"), TxType::RecordProgress,
                                   RecordProgress { task.id(), 30, QStringLiteral("已开始"), {} }));
        GONGZHI_REJECTED(h,
                         h.chain.tx(RcStaff, TxType::RecordProgress,
                                    RecordProgress { task.id(), 40, QStringLiteral("x"), {} }),
                         RejectReason::OutOfScope);
        h.chain.setNow(deadline); // exactly at the deadline: not yet overdue
        h.commit({});
        QVERIFY(!h.queries().record(task.id().toByteArray())->overdue);
        h.chain.advance(1);
        h.commit({});
        QVERIFY(h.queries().record(task.id().toByteArray())->overdue);
        QCOMPARE(h.queries().dashboard(h.chain.now())->tasksOverdue, std::int64_t(1));
        QCOMPARE(actions(h, task).last(), QStringLiteral("overdue"));
        state::RecordFilter f;
        f.assigneeOrg = 3;
        QCOMPARE(h.queries().records(f, {}).value().size(), std::size_t(1));
    }

    void activity_signUpsCapacityAttendanceAndPoints()
    {
        StateHarness h;
        ScoringHandbook hb { 1,
                             QStringLiteral("手册"),
                             { { QStringLiteral("civic"), QStringLiteral("文明") } },
                             { { QStringLiteral("VOL"), QStringLiteral("civic"),
                                 QStringLiteral("志愿服务"), 5, 5, false } },
                             {} };
        const auto proposal
            = h.chain.tx(QStringLiteral("partyStaff"), TxType::HandbookProposed, hb);
        GONGZHI_PENDING(h, proposal);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("partySec"), TxType::ApprovalGranted,
                                   ApprovalDecision { proposal.id(), {} }));
        for (std::uint8_t i = 1; i <= 3; ++i)
            GONGZHI_APPLIED(h,
                            h.chain.tx(QStringLiteral("node2"), TxType::ResidentEnrolled,
                                       ResidentPin { resident(i), PinVerifier() }));
        const auto act = h.chain.tx(RcSec, TxType::RecordSubmitted,
                                    RecordSubmitted { RecordKind::Activity,
                                                      { QStringLiteral("重阳敬老"), {}, {}, {} },
                                                      0,
                                                      0,
                                                      h.chain.now() + DayMs,
                                                      h.chain.now() + 2 * DayMs,
                                                      2,
                                                      QStringLiteral("VOL") });
        GONGZHI_APPLIED(h, act);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("node2"), TxType::ActivitySignedUp,
                                    ActivityParticipation { act.id(), resident(1) }),
                         RejectReason::WrongStatus); // not published yet
        GONGZHI_APPLIED(h, h.chain.tx(RcStaff, TxType::RecordPublished, RecordRef { act.id() }));
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("node2"), TxType::ActivitySignedUp,
                                   ActivityParticipation { act.id(), resident(1) }));
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("node3"), TxType::ActivitySignedUp,
                                    ActivityParticipation { act.id(), resident(1) }),
                         RejectReason::Duplicate);
        GONGZHI_APPLIED(h,
                        h.chain.tx(QStringLiteral("node3"), TxType::ActivitySignedUp,
                                   ActivityParticipation { act.id(), resident(2) }));
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("node2"), TxType::ActivitySignedUp,
                                    ActivityParticipation { act.id(), resident(3) }),
                         RejectReason::ActivityFull);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("node2"), TxType::ActivitySignedUp,
                                    ActivityParticipation { act.id(), resident(9) }),
                         RejectReason::NotFound);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("node2"), TxType::ActivityAttended,
                                    ActivityParticipation { act.id(), resident(1) }),
                         RejectReason::NotPermitted);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("pmStaff"), TxType::ActivityAttended,
                                    ActivityParticipation { act.id(), resident(1) }),
                         RejectReason::OutOfScope);
        GONGZHI_APPLIED(h,
                        h.chain.tx(RcStaff, TxType::ActivityAttended,
                                   ActivityParticipation { act.id(), resident(1) }));
        GONGZHI_REJECTED(h,
                         h.chain.tx(RcStaff, TxType::ActivityAttended,
                                    ActivityParticipation { act.id(), resident(1) }),
                         RejectReason::Duplicate);
        GONGZHI_APPLIED(h,
                        h.chain.tx(RcStaff, TxType::ActivityAttended,
                                   ActivityParticipation { act.id(), resident(3) })); // walk-in
        const auto s1 = h.queries().statement(resident(1).toByteArray(), {}).value();
        QCOMPARE(s1.balance, std::int64_t(5));
        QCOMPARE(s1.events.size(), std::size_t(1));
        // A second activity the same month: the rule's cap (5) leaves no room; attendance still
        // counts.
        const auto act2 = h.chain.tx(RcSec, TxType::RecordSubmitted,
                                     RecordSubmitted { RecordKind::Activity,
                                                       { QStringLiteral("植树"), {}, {}, {} },
                                                       0,
                                                       0,
                                                       h.chain.now() + DayMs,
                                                       h.chain.now() + 2 * DayMs,
                                                       0,
                                                       QStringLiteral("VOL") });
        GONGZHI_APPLIED(h, act2);
        GONGZHI_APPLIED(h, h.chain.tx(RcStaff, TxType::RecordPublished, RecordRef { act2.id() }));
        GONGZHI_APPLIED(h,
                        h.chain.tx(RcStaff, TxType::ActivityAttended,
                                   ActivityParticipation { act2.id(), resident(1) }));
        QCOMPARE(h.queries().statement(resident(1).toByteArray(), {})->balance, std::int64_t(5));
        QCOMPARE(h.queries().record(act2.id().toByteArray())->attended, std::int64_t(1));
        h.chain.advance(3 * DayMs);
        GONGZHI_REJECTED(h,
                         h.chain.tx(QStringLiteral("node2"), TxType::ActivitySignedUp,
                                    ActivityParticipation { act2.id(), resident(2) }),
                         RejectReason::WrongStatus); // over
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "TestRecords.moc"
