// The credit-score page on the demo community through the real LedgerService:
// a score event recorded through the dialog reaches the resident's statement
// with the rule's points, a redemption beyond the balance is refused before
// anything is signed, lists load lazily, exports are Excel-friendly CSV.
#include "ledger/chain/Genesis.h"
#include "ledger/domain/AttachmentStore.h"
#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/domain/PayloadCodec.h"
#include "ledger/state/ResidentRegistry.h"
#include "ledger/state/queries/CreditQueries.h"
#include "tests/support/TempDir.h"
#include "tests/ui/credit/UiFixture.h"
#include "ui/common/DomainText.h"
#include "ui/credit/BatchEntryDialog.h"
#include "ui/credit/CreditContext.h"
#include "ui/credit/CreditLists.h"
#include "ui/credit/CreditPage.h"
#include "ui/credit/CsvExport.h"
#include "ui/credit/HandbookDraftDialog.h"
#include "ui/credit/HandbookView.h"
#include "ui/credit/LazyTableModel.h"
#include "ui/credit/RedemptionDialog.h"
#include "ui/credit/ResidentDirectory.h"
#include "ui/credit/ResidentPicker.h"
#include "ui/credit/ScoreEntryDialog.h"
#include "ui/credit/StatementView.h"
#include "ui/credit/StoreView.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

using namespace ledger;
using ui::CreditPage;

namespace {
constexpr int SlowMs = 60000; // a loaded 2-core machine commits slowly
const QString Note = QStringLiteral("他说\"好\",谢谢");

template<class R>
std::optional<R> await(service::LedgerService &ledger,
                       std::function<R(const service::QueryContext &)> fn)
{
    std::optional<R> out;
    QObject receiver;
    ledger.query<R>(&receiver, std::move(fn), [&](R r) { out = std::move(r); });
    QElapsedTimer t;
    t.start();
    while (!out && t.elapsed() < SlowMs)
        QTest::qWait(10);
    return out;
}
} // namespace

class TestCreditPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void residentSearch_findsRegistryNameOfANewlyEnrolledResident();
    void scoreEntryDialog_recordsEvent_statementShowsRulePoints();
    void statementCsv_hasBomQuotingAndChinese();
    void statementPdf_holdsTheResidentsHistory();
    void redemption_beyondBalance_refusedBeforeSubmission();
    void batchEntry_tickedAttendees_eachGetsTheRule();
    void eventsList_loadsPagesLazily();
    void handbookDraft_startsFromVersionInEffect_andKeepsTheDraft();
    void tourDialogs_everyDialogNamed();
    void screenshots_whenAsked();

private:
    void waitLoaded(CreditPage &page);
    tests::TempDir m_tmp;
    tests::UiFixture m_f;
    QByteArray m_resident; // the one the first test scored
    QString m_ruleTitle;
};

void TestCreditPage::initTestCase()
{
    const QString error
        = m_f.setUp(m_tmp.file(QStringLiteral("demo")), std::uint8_t(chain::Role::Staff));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCreditPage::waitLoaded(CreditPage &page)
{
    QTRY_VERIFY_WITH_TIMEOUT(page.isHandbookLoaded(), SlowMs);
    QTRY_VERIFY_WITH_TIMEOUT(page.credit().residents.isLoaded(), SlowMs);
    QVERIFY(page.credit().handbook.has_value());
}

void TestCreditPage::residentSearch_findsRegistryNameOfANewlyEnrolledResident()
{
    // Enrol a resident the way the registration desk does: personal details
    // into this PC's registry, only pseudonym and PIN verifier onto the ledger.
    QFile keyFile(m_f.dataDir + QStringLiteral("/keys/registry.key"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray key = QByteArray::fromHex(keyFile.readAll().trimmed());
    domain::Pseudonym pseudonym;
    {
        auto registry = state::ResidentRegistry::open(m_f.dataDir + QStringLiteral("/residents.db"),
                                                      key, m_f.ledger->config().orgId);
        QVERIFY2(registry, registry ? "" : qPrintable(registry.error().toString()));
        auto enrolment = (*registry)->enrol(
            { QStringLiteral("欧阳建国"), QStringLiteral("110105194912310021"),
              QStringLiteral("13800000000"), QStringLiteral("幸福里3号楼2单元501") },
            u"246810");
        QVERIFY(enrolment);
        pseudonym = enrolment->pseudonym;
        domain::ResidentPin pin { enrolment->pseudonym, enrolment->pinVerifier };
        m_f.ledger->submit(chain::TxType::ResidentEnrolled, domain::encodePayload(pin),
                           m_f.person->key);
    }
    CreditPage page(m_f.context);
    waitLoaded(page);
    auto &directory = page.credit().residents;
    QTRY_VERIFY_WITH_TIMEOUT(directory.find(pseudonym.toByteArray())
                                 && !directory.find(pseudonym.toByteArray())->name.isEmpty(),
                             SlowMs);
    ui::ResidentPicker picker(directory);
    auto *search = picker.findChild<QLineEdit *>(QStringLiteral("residentSearchEdit"));
    // Chinese cannot be typed with keyClicks in Qt 6.4 (PLATFORM.md): send it as one key event.
    QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QStringLiteral("建国"),
                        Qt::NoModifier);
    QCOMPARE(picker.pseudonym(), pseudonym.toByteArray()); // the only match is picked
    QVERIFY(directory.label(pseudonym.toByteArray()).startsWith(QStringLiteral("欧阳建国")));
}

void TestCreditPage::scoreEntryDialog_recordsEvent_statementShowsRulePoints()
{
    CreditPage page(m_f.context);
    page.resize(1366, 768);
    page.show();
    waitLoaded(page);
    const auto &handbook = page.credit().handbook->handbook;
    // An award that needs evidence exercises the attachment path too.
    const domain::ScoringRule *rule = nullptr;
    for (const auto &r : handbook.rules) {
        if (r.points > 0 && (!rule || (r.evidenceRequired && !rule->evidenceRequired)))
            rule = &r;
    }
    QVERIFY(rule);
    const auto &entries = page.credit().residents.entries();
    QVERIFY(entries.size() > 10);
    const auto &resident = entries[7];

    auto *dialog = page.createScoreEntryDialog();
    dialog->show();
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("residentSearchEdit"));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("residentList"));
    QVERIFY(search && list);
    QTest::keyClicks(search, QString::number(resident.residentNo));
    QVERIFY(list->count() >= 1);
    list->setCurrentRow(0); // numbers are listed in order: the exact one comes first
    QCOMPARE(dialog->picker()->pseudonym(), resident.pseudonym);
    dialog->selectRule(rule->code);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("pointsLabel"))->text(),
             ui::DomainText::points(rule->points));

    QByteArray evidence = "scan of the sign-in sheet " + resident.pseudonym.toHex();
    const QString evidencePath = m_tmp.file(QStringLiteral("evidence.txt"));
    {
        QFile f(evidencePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(evidence);
    }
    if (rule->evidenceRequired) {
        // Without the file the dialog refuses and nothing is submitted.
        auto *record = dialog->findChild<QPushButton *>(QStringLiteral("recordButton"));
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(m_f.ledger->outbox().empty());
    }
    dialog->setEvidenceFile(evidencePath);
    dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit"))->setText(Note);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recordButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    auto *statement = page.statementView();
    statement->showResident(resident.pseudonym);
    auto *history = statement->history();
    QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() > 0 && history->rowAt(0)->cells[2] == rule->title
                                 && history->rowAt(0)->cells[5] == Note,
                             SlowMs);
    QCOMPARE(history->rowAt(0)->cells[3], ui::DomainText::points(rule->points));
    // The ledger agrees: the newest event is the rule's, with its points.
    ledger::state::ScoreFilter filter;
    filter.pseudonym = resident.pseudonym;
    const auto events = await<core::Result<std::vector<state::ScoreEventRow>>>(
        *m_f.ledger, [filter](const service::QueryContext &c) {
            return state::scoreEventsBefore(c.state, filter, 0, 1);
        });
    QVERIFY(events && *events && !(*events)->empty());
    QCOMPARE((*events)->front().ruleCode, rule->code);
    QCOMPARE((*events)->front().points, rule->points);
    const auto digest
        = crypto::Digest::fromBytes(QCryptographicHash::hash(evidence, QCryptographicHash::Sha256));
    QVERIFY(
        domain::AttachmentStore(m_f.dataDir + QStringLiteral("/attachments")).contains(*digest));
    QTRY_VERIFY_WITH_TIMEOUT(statement->summaryText().contains(QStringLiteral("Balance")), SlowMs);
    m_resident = resident.pseudonym;
    m_ruleTitle = rule->title;
    delete dialog;
}

void TestCreditPage::statementCsv_hasBomQuotingAndChinese()
{
    QVERIFY(!m_resident.isEmpty());
    state::ScoreFilter filter;
    filter.pseudonym = m_resident;
    const auto count = await<qint64>(*m_f.ledger, [filter](const service::QueryContext &c) {
        auto rows = state::scoreEventsBefore(c.state, filter, 0, 1000);
        return rows ? qint64(rows->size()) : -1;
    });
    QVERIFY(count && *count > 0);
    const QString path = m_tmp.file(QStringLiteral("statement.csv"));
    std::optional<QString> error;
    QObject receiver;
    ui::exportCsv(m_f.ledger.get(), &receiver, path, ui::CreditLists::scoreEventHeaders(),
                  ui::CreditLists::scoreEvents(filter, {}), 1,
                  { { m_resident, QStringLiteral("王建国, 3号楼") } },
                  [&](const QString &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), SlowMs);
    QVERIFY2(error->isEmpty(), qPrintable(*error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.size(), int(*count) + 2); // header, rows, and the empty tail after the last CRLF
    QVERIFY(lines.first().endsWith('\r'));
    QCOMPARE(lines.first().trimmed(), ui::CreditLists::scoreEventHeaders().join(u',').toUtf8());
    // The newest row: resident label quoted (comma), note quoted with doubled quotes, Chinese
    // intact.
    const QByteArray newest = lines.at(1);
    QVERIFY2(newest.contains("\"王建国, 3号楼\""), newest.constData());
    QVERIFY2(newest.contains("\"他说\"\"好\"\",谢谢\""), newest.constData());
    QVERIFY2(newest.contains(m_ruleTitle.toUtf8()), newest.constData());
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

void TestCreditPage::statementPdf_holdsTheResidentsHistory()
{
    QVERIFY(!m_resident.isEmpty());
    CreditPage page(m_f.context);
    waitLoaded(page);
    auto *statement = page.statementView();
    statement->showResident(m_resident);
    QTextDocument *document = nullptr;
    statement->buildDocument([&](QTextDocument *built) { document = built; });
    QTRY_VERIFY_WITH_TIMEOUT(document, SlowMs);
    QVERIFY(document->toPlainText().contains(Note));
    QVERIFY(document->toPlainText().contains(m_ruleTitle));
    const QString path = m_tmp.file(QStringLiteral("statement.pdf"));
    QCOMPARE(statement->writePdf(document, path), QString());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 2000);
}

void TestCreditPage::redemption_beyondBalance_refusedBeforeSubmission()
{
    CreditPage page(m_f.context);
    waitLoaded(page);
    auto *store = page.storeView();
    QTRY_VERIFY_WITH_TIMEOUT(!store->items().empty(), SlowMs);
    const ledger::state::StoreItemRow *item = nullptr;
    for (const auto &i : store->items()) {
        if (i.active && (!item || i.cost < item->cost))
            item = &i;
    }
    QVERIFY(item);
    const QByteArray pseudonym = page.credit().residents.entries().at(3).pseudonym;
    const auto balance = await<core::Result<state::BalanceRow>>(
        *m_f.ledger, [pseudonym](const service::QueryContext &c) {
            return state::balanceOf(c.state, pseudonym);
        });
    QVERIFY(balance && *balance);
    const int quantity = int(qMin<std::int64_t>(100, (*balance)->balance / item->cost + 1));
    QVERIFY2(item->cost * quantity > (*balance)->balance, "pick a resident with fewer points");

    auto *dialog = store->createRedemptionDialog();
    dialog->show();
    dialog->picker()->select(pseudonym);
    QCOMPARE(dialog->picker()->pseudonym(), pseudonym);
    auto *items = dialog->findChild<QComboBox *>(QStringLiteral("itemCombo"));
    items->setCurrentIndex(items->findData(item->code));
    dialog->findChild<QSpinBox *>(QStringLiteral("quantitySpin"))->setValue(quantity);
    const auto before = m_f.ledger->outbox().size();
    QSignalSpy checked(dialog, &ui::RedemptionDialog::checked);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("redeemButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, SlowMs);
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    QVERIFY2(dialog->message().contains(QString::number(item->cost * quantity)),
             qPrintable(dialog->message()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_f.ledger->outbox().size(), before);
    QVERIFY(!page.findChild<QListWidget *>(QStringLiteral("pendingList"))->isVisible());
    delete dialog;
}

void TestCreditPage::batchEntry_tickedAttendees_eachGetsTheRule()
{
    CreditPage page(m_f.context);
    waitLoaded(page);
    std::unique_ptr<ui::BatchEntryDialog> dialog(page.createBatchEntryDialog());
    dialog->show();
    auto *activities = dialog->findChild<QComboBox *>(QStringLiteral("activityCombo"));
    auto *attendees = dialog->findChild<QListWidget *>(QStringLiteral("attendeeList"));
    auto *rules = dialog->findChild<QComboBox *>(QStringLiteral("batchRuleCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(activities->count() > 0 && attendees->count() >= 2, SlowMs);
    QList<QByteArray> chosen;
    for (int i = 0; i < attendees->count(); ++i) {
        auto *item = attendees->item(i);
        item->setCheckState(i < 2 ? Qt::Checked : Qt::Unchecked);
        if (i < 2)
            chosen << item->data(Qt::UserRole).toByteArray();
    }
    // The activity's own rule was paid on attendance and is refused; take the first other one.
    const auto &handbook = page.credit().handbook->handbook;
    QString code;
    for (int i = 0; i < rules->count() && code.isEmpty(); ++i) {
        rules->setCurrentIndex(i);
        const auto *rule = handbook.rule(rules->currentData().toString());
        if (rule && !rule->evidenceRequired && dialog->submit())
            code = rule->code;
    }
    QVERIFY(!code.isEmpty());
    QCOMPARE(dialog->submitted(), 2);
    for (const QByteArray &pseudonym : chosen) {
        state::ScoreFilter filter;
        filter.pseudonym = pseudonym;
        auto newestRule = [&] {
            const auto events = await<core::Result<std::vector<state::ScoreEventRow>>>(
                *m_f.ledger, [filter](const service::QueryContext &c) {
                    return state::scoreEventsBefore(c.state, filter, 0, 1);
                });
            return events && *events && !(*events)->empty() ? (*events)->front().ruleCode
                                                            : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(newestRule(), code, SlowMs);
    }
}

void TestCreditPage::eventsList_loadsPagesLazily()
{
    CreditPage page(m_f.context);
    waitLoaded(page);
    auto *model = page.eventsModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 200, SlowMs);
    QVERIFY(model->canFetchMore());
    const std::int64_t lastOfFirstPage = model->rowAt(199)->cursor;
    model->fetchMore();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 400, SlowMs);
    QVERIFY(model->rowAt(200)->cursor < lastOfFirstPage); // the next page, newest first
}

void TestCreditPage::handbookDraft_startsFromVersionInEffect_andKeepsTheDraft()
{
    CreditPage page(m_f.context);
    waitLoaded(page);
    const auto &inEffect = page.credit().handbook->handbook;
    std::unique_ptr<ui::HandbookDraftDialog> dialog(page.handbookView()->createDraftDialog());
    const auto draft = dialog->handbook();
    QVERIFY2(draft, draft ? "" : qPrintable(draft.error().toString()));
    QCOMPARE(draft->version, inEffect.version + 1);
    QCOMPARE(draft->rules, inEffect.rules);
    QCOMPARE(draft->levels, inEffect.levels);
    dialog->findChild<QLineEdit *>(QStringLiteral("draftTitleEdit"))
        ->setText(QStringLiteral("计分标准手册（修订稿）"));
    QVERIFY(dialog->saveDraft());
    QVERIFY(QFile::exists(dialog->draftPath()));
    std::unique_ptr<ui::HandbookDraftDialog> again(page.handbookView()->createDraftDialog());
    QCOMPARE(again->handbook()->title, QStringLiteral("计分标准手册（修订稿）"));
    QCOMPARE(again->handbook()->rules, inEffect.rules);
    QFile::remove(dialog->draftPath());
}

void TestCreditPage::tourDialogs_everyDialogNamed()
{
    CreditPage page(m_f.context);
    waitLoaded(page);
    QTRY_VERIFY_WITH_TIMEOUT(page.eventsModel()->rowCount() > 0, SlowMs);
    const auto dialogs = page.createTourDialogs();
    QStringList names;
    for (const auto &[name, widget] : dialogs) {
        names << name;
        QVERIFY(widget);
    }
    QCOMPARE(names,
             QStringList(
                 { QStringLiteral("credit-score-entry"), QStringLiteral("credit-batch-entry"),
                   QStringLiteral("credit-statement-preview"), QStringLiteral("credit-redemption"),
                   QStringLiteral("credit-handbook-draft") }));
    for (const auto &[name, widget] : dialogs)
        delete widget;
}

// For looking, not asserting: GONGZHI_UI_SHOTS=DIR saves every tab and dialog.
void TestCreditPage::screenshots_whenAsked()
{
    const QString dir = qEnvironmentVariable("GONGZHI_UI_SHOTS");
    if (dir.isEmpty())
        QSKIP("set GONGZHI_UI_SHOTS=DIR to save screenshots");
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // GONGZHI_UI_QM=FILE: a translation to look at before it is merged.
    QTranslator translator;
    if (translator.load(qEnvironmentVariable("GONGZHI_UI_QM")))
        QCoreApplication::installTranslator(&translator);
    CreditPage page(m_f.context);
    page.resize(1366, 768);
    page.show();
    waitLoaded(page);
    QTRY_VERIFY_WITH_TIMEOUT(page.eventsModel()->rowCount() > 0, SlowMs);
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("creditTabs"));
    page.statementView()->showResident(m_resident);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(500);
        page.grab().save(dir + QStringLiteral("/credit-tab%1.png").arg(i));
    }
    for (const auto &[name, widget] : page.createTourDialogs()) {
        widget->show();
        QTest::qWait(800);
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        delete widget;
    }
}

QTEST_MAIN(TestCreditPage)
#include "TestCreditPage.moc"
