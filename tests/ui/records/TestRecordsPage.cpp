// The records page end to end on a demo community (a one-member cluster
// through the real LedgerService): lazy paging, drafts that survive the page,
// submission shown as queued, CSV export, the verified timeline.
#include "ledger/domain/AttachmentStore.h"
#include "ledger/service/LedgerService.h"
#include "tests/service/facade/ServiceFixtures.h"
#include "tests/support/TempDir.h"
#include "tests/ui/records/DemoPeople.h"
#include "ui/records/RecordEditorDialog.h"
#include "ui/records/RecordsPage.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTableWidget>
#include <QTest>

using namespace ledger;
using ui::RecordListItem;
using ui::RecordsPage;

class TestRecordsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void list_pagesLazily();
    void draft_survivesReopeningThePage();
    void submit_showsQueuedThenTheLedgerRow();
    void exportCsv_allMatchingRowsExcelFriendly();
    void detail_timelineSignaturesVerify();
    void attachment_storedByHashInTheDataDirectory();
    void activate_filtersByStatusAndKind();

private:
    // Fills the editor and presses `button` (saveDraftButton or submitButton).
    void writeRecord(RecordsPage &page, const QString &title, const QString &body,
                     const char *button);
    int rowWithTitle(const RecordsPage &page, const QString &title,
                     RecordListItem::Origin origin) const;

    tests::TempDir m_tmp;
    QString m_dir;
    std::unique_ptr<service::LedgerService> m_ledger;
    std::optional<tests::DemoPeople> m_people;
    ui::Navigator m_navigator;
    ui::AppContext m_context;
    const QString m_submittedTitle = QStringLiteral("社区花园改造，费用公示, 第一期");
};

void TestRecordsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    m_dir = m_tmp.file(QStringLiteral("demo"));
    QString log;
    QVERIFY2(tests::runCli({ QStringLiteral("demo-data"), QStringLiteral("--data-dir"), m_dir },
                           240000, &log),
             qPrintable(log));
    auto opened = service::LedgerService::open(m_dir);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    m_ledger = std::move(*opened);
    m_people = tests::demoPeople(*m_ledger, m_dir);
    QVERIFY(m_people);
    m_context = ui::AppContext { m_ledger.get(), &m_people->staff, &m_navigator };
}

void TestRecordsPage::cleanupTestCase()
{
    m_ledger.reset();
}

void TestRecordsPage::writeRecord(RecordsPage &page, const QString &title, const QString &body,
                                  const char *button)
{
    auto *editor = page.newRecord();
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"))->setText(title);
    editor->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"))->setPlainText(body);
    auto *press = editor->findChild<QPushButton *>(QString::fromLatin1(button));
    QVERIFY(press);
    QTest::mouseClick(press, Qt::LeftButton);
}

int TestRecordsPage::rowWithTitle(const RecordsPage &page, const QString &title,
                                  RecordListItem::Origin origin) const
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const auto *item = page.model()->item(row);
        if (item->origin == origin && item->row.title == title)
            return row;
    }
    return -1;
}

void TestRecordsPage::list_pagesLazily()
{
    RecordsPage page(m_context);
    auto *model = page.model();
    QTRY_COMPARE_WITH_TIMEOUT(model->ledgerRowCount(), ui::RecordListModel::PageSize, 30000);
    QVERIFY(model->canFetchMore({})); // the demo has ~290 records: not loaded whole
    int pages = 1;
    while (model->canFetchMore({})) {
        const int before = model->ledgerRowCount();
        model->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 30000);
        QVERIFY(model->ledgerRowCount() - before <= ui::RecordListModel::PageSize);
        ++pages;
        QVERIFY(pages < 50);
    }
    QVERIFY(pages >= 3);
    auto *count = page.findChild<QLabel *>(QStringLiteral("countLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(count->text().contains(QString::number(model->ledgerRowCount())),
                             30000);
}

void TestRecordsPage::draft_survivesReopeningThePage()
{
    const QString title = QStringLiteral("三号楼加装电梯意见征集（草稿）");
    {
        RecordsPage page(m_context);
        writeRecord(page, title, QStringLiteral("请各单元居民反馈意见。"), "saveDraftButton");
        QTRY_VERIFY_WITH_TIMEOUT(rowWithTitle(page, title, RecordListItem::Origin::Draft) >= 0,
                                 10000);
        QVERIFY(page.badge() >= 1);
    }
    RecordsPage reopened(m_context);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithTitle(reopened, title, RecordListItem::Origin::Draft) >= 0,
                             10000);
}

void TestRecordsPage::submit_showsQueuedThenTheLedgerRow()
{
    RecordsPage page(m_context);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->ledgerRowCount() > 0, 30000);
    bool sawQueued = false;
    connect(&page, &RecordsPage::localItemsChanged, this, [&] {
        if (rowWithTitle(page, m_submittedTitle, RecordListItem::Origin::Queued) >= 0)
            sawQueued = true;
    });
    writeRecord(page, m_submittedTitle,
                QStringLiteral("本期花园改造共支出“苗木、土壤”两项，详见附件。"), "submitButton");
    QVERIFY(sawQueued); // listed as 待发送 at once, before any block
    QTRY_VERIFY_WITH_TIMEOUT(
        rowWithTitle(page, m_submittedTitle, RecordListItem::Origin::Ledger) >= 0, 60000);
    const int row = rowWithTitle(page, m_submittedTitle, RecordListItem::Origin::Ledger);
    QCOMPARE(page.model()->item(row)->row.status, domain::RecordStatus::Submitted);
    QTRY_COMPARE_WITH_TIMEOUT(rowWithTitle(page, m_submittedTitle, RecordListItem::Origin::Queued),
                              -1, 30000);
}

void TestRecordsPage::exportCsv_allMatchingRowsExcelFriendly()
{
    RecordsPage page(m_context);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->ledgerRowCount() > 0, 30000);
    QSignalSpy done(&page, &RecordsPage::csvExported);
    const QString path = m_tmp.file(QStringLiteral("records.csv"));
    page.exportCsv(path);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
    QCOMPARE(done.at(0).at(1).toString(), QString());
    const qint64 rows = done.at(0).at(0).toLongLong();
    QVERIFY(rows > ui::RecordListModel::PageSize); // all rows, not the loaded page

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes.mid(3));
    QVERIFY(!utf8.hasError());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= rows + 1); // a cell may hold line breaks
    QVERIFY(lines[0].startsWith(QStringLiteral("No.,Title,Kind,Status,Organization")));
    // Chinese text with a comma is quoted; the quotes inside are doubled.
    const QString quotedTitle = u'"' + m_submittedTitle + u'"';
    const auto found = std::find_if(lines.begin(), lines.end(),
                                    [&](const QString &l) { return l.contains(quotedTitle); });
    QVERIFY2(found != lines.end(), "the submitted record is exported with its title quoted");
    QVERIFY(found->contains(QStringLiteral("本期花园改造共支出“苗木、土壤”两项，详见附件。")));
}

void TestRecordsPage::detail_timelineSignaturesVerify()
{
    RecordsPage page(m_context);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->ledgerRowCount() > 0, 30000);
    const int row = rowWithTitle(page, m_submittedTitle, RecordListItem::Origin::Ledger);
    QVERIFY(row >= 0);
    auto *dialog = page.openRecord(page.model()->item(row)->row.recordId);
    QSignalSpy loaded(dialog, &ui::RecordDetailDialog::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 30000);
    QVERIFY(dialog->data().detail);
    QVERIFY(!dialog->data().steps.empty());
    for (const auto &step : dialog->data().steps)
        QCOMPARE(step.signature, ui::VerifiedStep::Signature::Verified);
    auto *timeline = dialog->findChild<QTableWidget *>(QStringLiteral("timelineTableWidget"));
    QVERIFY(timeline->item(0, 5)->text().contains(u'✓'));
    QCOMPARE(timeline->item(0, 2)->text(), m_people->staff.displayName);
    // Staff may amend and withdraw their organization's record, not publish it yet.
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("amendButton"))->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("publishButton"))->isEnabled());
    dialog->close();
}

void TestRecordsPage::attachment_storedByHashInTheDataDirectory()
{
    RecordsPage page(m_context);
    const QString path = m_tmp.file(QStringLiteral("会议纪要.txt"));
    const QByteArray bytes = QByteArrayLiteral("2026年6月居民代表会议纪要");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto *editor = page.newRecord();
    QVERIFY(editor->addAttachmentFile(path));
    QVERIFY(editor->addAttachmentFile(path)); // the same bytes once
    const auto refs = editor->record().content.attachments;
    QCOMPARE(refs.size(), size_t(1));
    QCOMPARE(refs[0].name, QStringLiteral("会议纪要.txt"));
    QCOMPARE(refs[0].size, std::uint64_t(bytes.size()));
    QCOMPARE(refs[0].sha256.toByteArray(),
             QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    domain::AttachmentStore store(m_dir + QStringLiteral("/attachments"));
    QCOMPARE(*store.get(refs[0].sha256), bytes);
    QVERIFY(!editor->addAttachmentFile(m_tmp.file(QStringLiteral("missing.txt"))));
    editor->close();
}

void TestRecordsPage::activate_filtersByStatusAndKind()
{
    RecordsPage page(m_context);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->ledgerRowCount() > 0, 30000);
    page.activate({ { QStringLiteral("status"), int(domain::RecordStatus::Published) },
                    { QStringLiteral("kind"), int(domain::RecordKind::Financial) } });
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isFetching() && page.model()->ledgerRowCount() > 0,
                             30000);
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const auto *item = page.model()->item(row);
        QCOMPARE(item->origin, RecordListItem::Origin::Ledger); // drafts have no ledger status
        QCOMPARE(item->row.status, domain::RecordStatus::Published);
        QCOMPARE(item->row.kind, domain::RecordKind::Financial);
    }
    page.activate({}); // returning to the page keeps the filters
    QCOMPARE(*page.model()->query().filter.status, domain::RecordStatus::Published);
    page.activate({ { QStringLiteral("kind"), int(domain::RecordKind::Task) } });
    QVERIFY(!page.model()->query().filter.status);
    QCOMPARE(*page.model()->query().filter.kind, domain::RecordKind::Task);
}

QTEST_MAIN(TestRecordsPage)
#include "TestRecordsPage.moc"
