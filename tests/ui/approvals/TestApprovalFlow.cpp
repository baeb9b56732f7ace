// Submitting a record as staff and approving it in the approval dialog as
// the demo's party secretary, through the real LedgerService: the record ends
// up Published in the records list. Also rejection (a comment is required)
// and a batch approval of routine items.
#include "ledger/service/LedgerService.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/queries/ApprovalQueries.h"
#include "tests/service/facade/ServiceFixtures.h"
#include "tests/support/TempDir.h"
#include "tests/ui/records/DemoPeople.h"
#include "ui/approvals/ApprovalDialog.h"
#include "ui/approvals/ApprovalQueueModel.h"
#include "ui/approvals/ApprovalsPage.h"
#include "ui/records/RecordDetailDialog.h"
#include "ui/records/RecordEditorDialog.h"
#include "ui/records/RecordProgressDialog.h"
#include "ui/records/RecordsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QTextBrowser>

using namespace ledger;
using ui::RecordListItem;

class TestApprovalFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void submitThenApproveInDialog_recordPublished();
    void reject_needsComment_thenRecordRejected();
    void queueScope_ownOrganizationUnlessPartyCommittee();
    void batchApproval_routineItems_allPublished();
    void amendment_showsDiff_approvedChangesTheRecord();
    void progressThenWithdrawal_heldWithdrawalApproved();

private:
    void submit(const QString &title);
    int queueRow(const QString &subject) const;
    std::optional<domain::RecordStatus> ledgerStatus(const QString &title) const;

    tests::TempDir m_tmp;
    std::unique_ptr<service::LedgerService> m_ledger;
    std::optional<tests::DemoPeople> m_people;
    ui::Navigator m_navigator;
    ui::AppContext m_staff;
    ui::AppContext m_secretary;
    std::unique_ptr<ui::RecordsPage> m_records;
    std::unique_ptr<ui::ApprovalsPage> m_approvals;
};

void TestApprovalFlow::initTestCase()
{
    const QString dir = m_tmp.file(QStringLiteral("demo"));
    QString log;
    QVERIFY2(tests::runCli({ QStringLiteral("demo-data"), QStringLiteral("--data-dir"), dir },
                           240000, &log),
             qPrintable(log));
    auto opened = service::LedgerService::open(dir);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    m_ledger = std::move(*opened);
    m_people = tests::demoPeople(*m_ledger, dir);
    QVERIFY(m_people);
    m_staff = ui::AppContext { m_ledger.get(), &m_people->staff, &m_navigator };
    m_secretary = ui::AppContext { m_ledger.get(), &m_people->secretary, &m_navigator };
    m_records = std::make_unique<ui::RecordsPage>(m_staff);
    m_approvals = std::make_unique<ui::ApprovalsPage>(m_secretary);
    QTRY_VERIFY_WITH_TIMEOUT(m_records->model()->ledgerRowCount() > 0, 30000);
}

void TestApprovalFlow::cleanupTestCase()
{
    m_approvals.reset();
    m_records.reset();
    m_ledger.reset();
}

void TestApprovalFlow::submit(const QString &title)
{
    auto *editor = m_records->newRecord();
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"))->setText(title);
    editor->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"))
        ->setPlainText(QStringLiteral("经居民代表会议讨论通过，现予公示。"));
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);
}

int TestApprovalFlow::queueRow(const QString &subject) const
{
    auto *model = m_approvals->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row)->subject == subject)
            return row;
    }
    return -1;
}

std::optional<domain::RecordStatus> TestApprovalFlow::ledgerStatus(const QString &title) const
{
    auto *model = m_records->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto *item = model->item(row);
        if (item->origin == RecordListItem::Origin::Ledger && item->row.title == title)
            return item->row.status;
    }
    return std::nullopt;
}

void TestApprovalFlow::submitThenApproveInDialog_recordPublished()
{
    const QString title = QStringLiteral("关于调整社区停车位收费标准的决定");
    const int badgeBefore = m_approvals->badge();
    submit(title);
    QTRY_VERIFY_WITH_TIMEOUT(queueRow(title) >= 0, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(m_approvals->badge() == badgeBefore + 1, 30000);
    QCOMPARE(ledgerStatus(title), domain::RecordStatus::Submitted);

    auto *dialog = m_approvals->review({ queueRow(title) });
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 30000);
    const QString shown
        = dialog->findChild<QTextBrowser *>(QStringLiteral("contentTextBrowser"))->toPlainText();
    QVERIFY(shown.contains(title));
    QVERIFY(shown.contains(QStringLiteral("经居民代表会议讨论通过，现予公示。")));
    QVERIFY(shown.contains(m_people->staff.displayName));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentPlainTextEdit"))
        ->setPlainText(QStringLiteral("同意公示。"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("approveButton")),
                      Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(ledgerStatus(title), domain::RecordStatus::Published, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(queueRow(title), -1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_approvals->badge(), badgeBefore, 30000);
}

void TestApprovalFlow::reject_needsComment_thenRecordRejected()
{
    const QString title = QStringLiteral("申请动用公共维修资金（材料不全）");
    submit(title);
    QTRY_VERIFY_WITH_TIMEOUT(queueRow(title) >= 0, 60000);
    auto *dialog = m_approvals->review({ queueRow(title) });
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 30000);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rejectButton")),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // no comment: not sent
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentPlainTextEdit"))
        ->setPlainText(QStringLiteral("请补充维修报价单后重新提交。"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rejectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ledgerStatus(title), domain::RecordStatus::Rejected, 60000);
}

void TestApprovalFlow::queueScope_ownOrganizationUnlessPartyCommittee()
{
    const QString title = QStringLiteral("党委内部学习安排（范围测试）");
    submit(title);
    QTRY_VERIFY_WITH_TIMEOUT(queueRow(title) >= 0, 60000);
    struct Seen {
        bool otherSecretary = false; // a secretary of organization 2
        std::int64_t otherCount = -1;
        bool otherSeesIt = true;
        bool staffIsSecretary = true;
        std::int64_t staffCount = -1;
        std::int64_t partyCount = -1;
    };
    std::optional<Seen> seen;
    const auto staffKey = m_people->staff.key.publicKey();
    const auto partyKey = m_people->secretary.key.publicKey();
    m_ledger->query<Seen>(
        this,
        [=](const service::QueryContext &c) {
            Seen s;
            QSqlQuery q(c.state.database());
            q.exec(QStringLiteral(
                "SELECT key FROM persons WHERE org_id = 2 AND (roles & 2) <> 0 LIMIT 1"));
            if (q.next()) {
                const auto key = *crypto::PublicKey::fromBytes(q.value(0).toByteArray());
                const auto other = *state::approverOf(c.state, key);
                s.otherSecretary = other.secretary && !other.partyCommittee && other.orgId == 2;
                s.otherCount = *state::approvalCount(c.state, other);
                const auto items = *state::approvalQueue(c.state, other, state::Page { 0, 500 });
                s.otherSeesIt = std::any_of(items.begin(), items.end(),
                                            [&](const auto &i) { return i.subject == title; });
            }
            const auto staff = *state::approverOf(c.state, staffKey);
            s.staffIsSecretary = staff.secretary;
            s.staffCount = *state::approvalCount(c.state, staff);
            s.partyCount = *state::approvalCount(c.state, *state::approverOf(c.state, partyKey));
            return s;
        },
        [&seen](Seen s) { seen = s; });
    QTRY_VERIFY_WITH_TIMEOUT(seen.has_value(), 30000);
    QVERIFY(seen->otherSecretary);
    QVERIFY(!seen->otherSeesIt); // organization 1's record is not theirs to approve
    QVERIFY(!seen->staffIsSecretary);
    QCOMPARE(seen->staffCount, 0);
    QVERIFY(seen->partyCount >= 1);
    QVERIFY(seen->otherCount < seen->partyCount);
    QTRY_COMPARE_WITH_TIMEOUT(m_approvals->badge(), int(seen->partyCount), 30000);

    // Leave the queue as it was for the next tests.
    auto *dialog = m_approvals->review({ queueRow(title) });
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 30000);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentPlainTextEdit"))
        ->setPlainText(QStringLiteral("仅为测试，驳回。"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rejectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ledgerStatus(title), domain::RecordStatus::Rejected, 60000);
}

void TestApprovalFlow::batchApproval_routineItems_allPublished()
{
    const QStringList titles { QStringLiteral("十月党员活动日安排"),
                               QStringLiteral("社区志愿者招募公告") };
    for (const auto &t : titles)
        submit(t);
    QTRY_VERIFY_WITH_TIMEOUT(queueRow(titles[0]) >= 0 && queueRow(titles[1]) >= 0, 60000);
    auto *dialog = m_approvals->review({ queueRow(titles[0]), queueRow(titles[1]) });
    QVERIFY(dialog);
    QCOMPARE(dialog->items().size(), size_t(2));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 30000);
    const QString shown
        = dialog->findChild<QTextBrowser *>(QStringLiteral("contentTextBrowser"))->toPlainText();
    QVERIFY(shown.contains(titles[0]) && shown.contains(titles[1]));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("approveButton")),
                      Qt::LeftButton);
    for (const auto &t : titles)
        QTRY_COMPARE_WITH_TIMEOUT(ledgerStatus(t), domain::RecordStatus::Published, 60000);
}

void TestApprovalFlow::amendment_showsDiff_approvedChangesTheRecord()
{
    const QString title = QStringLiteral("关于调整社区停车位收费标准的决定");
    const QString amended = QStringLiteral("关于调整社区停车位收费标准的决定（更正）");
    QCOMPARE(ledgerStatus(title), domain::RecordStatus::Published); // from the first test
    QByteArray recordId;
    for (int row = 0; row < m_records->model()->rowCount(); ++row) {
        const auto *item = m_records->model()->item(row);
        if (item->origin == RecordListItem::Origin::Ledger && item->row.title == title)
            recordId = item->row.recordId;
    }
    auto *detail = m_records->openRecord(recordId);
    QSignalSpy loaded(detail, &ui::RecordDetailDialog::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 30000);
    QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("amendButton")),
                      Qt::LeftButton);
    auto *editor = detail->findChild<ui::RecordEditorDialog *>();
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"))->setText(amended);
    editor->findChild<QLineEdit *>(QStringLiteral("reasonLineEdit"))
        ->setText(QStringLiteral("标题漏写了适用范围"));
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);

    // Staff amendments are held for a secretary (docs/permissions.md).
    QTRY_VERIFY_WITH_TIMEOUT(queueRow(title) >= 0, 60000);
    const int row = queueRow(title);
    QCOMPARE(m_approvals->model()->item(row)->type, std::uint16_t(chain::TxType::RecordAmended));
    auto *dialog = m_approvals->review({ row });
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 30000);
    const QString shown
        = dialog->findChild<QTextBrowser *>(QStringLiteral("contentTextBrowser"))->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("标题漏写了适用范围")));
    QVERIFY(shown.contains(QStringLiteral("− ") + title));
    QVERIFY(shown.contains(QStringLiteral("+ ") + amended));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("approveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ledgerStatus(amended), domain::RecordStatus::Published, 60000);
    detail->close();
}

void TestApprovalFlow::progressThenWithdrawal_heldWithdrawalApproved()
{
    const QString title = QStringLiteral("关于调整社区停车位收费标准的决定（更正）");
    QByteArray recordId;
    for (int row = 0; row < m_records->model()->rowCount(); ++row) {
        const auto *item = m_records->model()->item(row);
        if (item->origin == RecordListItem::Origin::Ledger && item->row.title == title)
            recordId = item->row.recordId;
    }
    QVERIFY(!recordId.isEmpty());
    auto *detail = m_records->openRecord(recordId);
    QSignalSpy loaded(detail, &ui::RecordDetailDialog::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 30000);

    QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("progressButton")),
                      Qt::LeftButton);
    auto *progress = detail->findChild<ui::RecordProgressDialog *>();
    QVERIFY(progress);
    progress->findChild<QSpinBox *>(QStringLiteral("percentSpinBox"))->setValue(40);
    progress->findChild<QPlainTextEdit *>(QStringLiteral("textPlainTextEdit"))
        ->setPlainText(QStringLiteral("已完成新收费标准的张贴和解释工作。"));
    QTest::mouseClick(progress->findChild<QPushButton *>(QStringLiteral("okButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ledgerStatus(title), domain::RecordStatus::InProgress, 60000);
    // The open detail follows the block: its history has the progress step.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(detail->data().steps.begin(), detail->data().steps.end(),
                    [](const auto &s) { return s.entry.action == QLatin1String("progress"); }),
        30000);

    QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("withdrawButton")),
                      Qt::LeftButton);
    auto *withdraw = detail->findChildren<ui::RecordProgressDialog *>().last();
    QCOMPARE(withdraw->mode(), ui::RecordProgressDialog::Mode::Withdraw);
    QTest::mouseClick(withdraw->findChild<QPushButton *>(QStringLiteral("okButton")),
                      Qt::LeftButton);
    QVERIFY(withdraw->isVisible()); // a withdrawal needs a reason
    withdraw->findChild<QPlainTextEdit *>(QStringLiteral("textPlainTextEdit"))
        ->setPlainText(QStringLiteral("上级新规出台，本决定暂缓执行。"));
    QTest::mouseClick(withdraw->findChild<QPushButton *>(QStringLiteral("okButton")),
                      Qt::LeftButton);
    // Staff withdrawals wait for a secretary.
    QTRY_VERIFY_WITH_TIMEOUT(queueRow(title) >= 0, 60000);
    const int row = queueRow(title);
    QCOMPARE(m_approvals->model()->item(row)->type, std::uint16_t(chain::TxType::RecordWithdrawn));
    auto *dialog = m_approvals->review({ row });
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 30000);
    QVERIFY(dialog->findChild<QTextBrowser *>(QStringLiteral("contentTextBrowser"))
                ->toPlainText()
                .contains(QStringLiteral("上级新规出台，本决定暂缓执行。")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("approveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ledgerStatus(title), domain::RecordStatus::Withdrawn, 60000);
    detail->close();
}

QTEST_MAIN(TestApprovalFlow)
#include "TestApprovalFlow.moc"
