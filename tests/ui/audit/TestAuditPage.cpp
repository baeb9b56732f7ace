// The audit page end to end on the demo community through the real
// LedgerService: the lazy block list, full verification (OK, tampered,
// cancelled), decoded payloads, proofs checked like `gongzhi-cli
// verify-proof`, and the chain and CSV exports.
#include "ledger/domain/FeedbackPayloads.h"
#include "ledger/domain/PayloadCodec.h"
#include "ledger/domain/RecordPayloads.h"
#include "ledger/state/StateQueries.h"
#include "ledger/state/queries/AuditQueries.h"
#include "ledger/store/BlockStore.h"
#include "tests/support/TempDir.h"
#include "tests/ui/audit/DemoLedger.h"
#include "ui/audit/AuditJobs.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/BlockListModel.h"
#include "ui/audit/JobProgressDialog.h"
#include "ui/audit/PayloadDescriber.h"
#include "ui/audit/TransactionDetailDialog.h"
#include "ui/audit/TransactionListModel.h"

#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace ledger;
using ui::AuditJob;

namespace {
constexpr int Long = 120000;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void blockList_loadsAPageAtATime();
    void blockList_newBlockAppearsOnTop();
    void verify_wholeChain_reachesTheEndAndSaysOk();
    void verify_followingMembership_alsoOk();
    void verify_tamperedCopy_namesTheBlock();
    void verify_cancel_stopsIt();
    void payload_everyTransactionOfTheDemo_decodes();
    void payload_unknownType_showsHex();
    void findRecord_opensItsReadableFields();
    void proof_exported_verifiesLikeTheCli();
    void exportChain_sameAsGongzhiCliExport();
    void exportCsv_everyBlockNewestFirst();
    void screenshots_whenAsked();
    void cleanupTestCase();

private:
    tests::TempDir m_tmp;
    tests::ui::DemoLedger m_demo;
    std::unique_ptr<ui::AuditPage> m_page;
    std::uint64_t m_head = 0;
};

void TestAuditPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString error = m_demo.open(m_tmp.file(QStringLiteral("demo")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto head = m_demo.queryNow<std::uint64_t>(
        [](const service::QueryContext &c) { return c.blocks.head().height; });
    QVERIFY(head);
    m_head = *head;
    QVERIFY(m_head > 2 * ui::BlockListModel::PageSize);
    const auto *auditor = m_demo.personWith(std::uint8_t(chain::Role::Staff));
    QVERIFY(auditor);
    m_page = std::make_unique<ui::AuditPage>(m_demo.signIn(*auditor));
    m_page->resize(1366, 768);
}

void TestAuditPage::blockList_loadsAPageAtATime()
{
    auto *model = m_page->blockModel();
    QSignalSpy first(model, &ui::BlockListModel::firstPageLoaded);
    m_page->activate({});
    QTRY_VERIFY_WITH_TIMEOUT(first.count() == 1, Long);
    QCOMPARE(model->rowCount(), int(ui::BlockListModel::PageSize));
    QCOMPARE(model->block(0)->height, m_head); // newest first
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QVERIFY(!model->canFetchMore({})); // one page at a time
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2 * int(ui::BlockListModel::PageSize), Long);
    QCOMPARE(model->block(model->rowCount() - 1)->height,
             m_head + 1 - 2 * ui::BlockListModel::PageSize);
    // The first block is selected and its transactions listed.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->transactionModel()->block() != nullptr, Long);
    QCOMPARE(m_page->transactionModel()->block()->header.height, m_head);
    for (int row = 0; row < m_page->transactionModel()->rowCount(); ++row)
        QVERIFY(m_page->transactionModel()->entry(row)->signatureOk);
}

void TestAuditPage::blockList_newBlockAppearsOnTop()
{
    const auto *staff = m_demo.personWith(std::uint8_t(chain::Role::Staff));
    domain::RecordSubmitted record;
    record.kind = domain::RecordKind::ResidentsAffairs;
    record.content.title = QStringLiteral("二号楼电梯年检结果公示");
    record.content.body = QStringLiteral("二号楼两部电梯已通过本年度年检。");
    QVERIFY(record.validate());
    auto *model = m_page->blockModel();
    const int before = model->rowCount();
    m_demo.service().submit(chain::TxType::RecordSubmitted, domain::encodePayload(record),
                            staff->key);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before, Long);
    QVERIFY(model->block(0)->height > m_head);
    QCOMPARE(model->block(0)->height, model->block(1)->height + 1);
    m_head = model->block(0)->height;
}

void TestAuditPage::verify_wholeChain_reachesTheEndAndSaysOk()
{
    std::unique_ptr<ui::JobProgressDialog> dialog(m_page->startVerification());
    QSignalSpy progress(dialog->job(), &AuditJob::progress);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), Long);
    QCOMPARE(dialog->outcome(), int(AuditJob::Succeeded));
    auto *bar = dialog->findChild<QProgressBar *>(QStringLiteral("jobProgressBar"));
    QVERIFY(bar);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(bar->maximum() >= int(m_head));
    QVERIFY(progress.count() >= 2);
    QVERIFY2(dialog->verdict().startsWith(QStringLiteral("✓")), qPrintable(dialog->verdict()));
    QVERIFY2(dialog->verdict().contains(QString::number(m_head + 1)),
             qPrintable(dialog->verdict()));
    QCOMPARE(dialog->failedHeight(), qint64(-1));
}

void TestAuditPage::verify_followingMembership_alsoOk()
{
    // The path taken once organizations joined or re-keyed after genesis:
    // proposers are checked against a scratch state built block by block.
    ui::ChainVerifyJob job(m_demo.dataDir() + QStringLiteral("/ledger.db"), true);
    QSignalSpy finished(&job, &AuditJob::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, Long);
    QVERIFY2(finished.at(0).at(0).toInt() == AuditJob::Succeeded,
             qPrintable(finished.at(0).at(1).toString()));
}

void TestAuditPage::verify_tamperedCopy_namesTheBlock()
{
    // An attacker with the file changes one byte of a stored transaction.
    const QString copy = m_tmp.file(QStringLiteral("tampered"));
    QVERIFY(tests::ui::copyTree(m_demo.dataDir(), copy));
    constexpr std::int64_t Victim = 1234;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
        db.setDatabaseName(copy + QStringLiteral("/ledger.db"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *t : { "transactions_append_only_u", "transactions_append_only_d",
                               "transactions_append_only_r" })
            q.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(t));
        QVERIFY(q.exec(
            QStringLiteral("SELECT data FROM transactions WHERE height = 1234 AND position = 0")));
        QVERIFY(q.next());
        QByteArray data = q.value(0).toByteArray();
        data[data.size() - 70] = char(data[data.size() - 70] ^ 0x01); // inside the payload
        QSqlQuery update(db);
        update.prepare(QStringLiteral(
            "UPDATE transactions SET data = ? WHERE height = 1234 AND position = 0"));
        update.addBindValue(data);
        QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attacker"));

    ui::ChainVerifyJob job(copy + QStringLiteral("/ledger.db"), false);
    QSignalSpy finished(&job, &AuditJob::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, Long);
    QCOMPARE(finished.at(0).at(0).toInt(), int(AuditJob::Failed));
    QCOMPARE(finished.at(0).at(2).toLongLong(), Victim);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("1234")), qPrintable(message));
}

void TestAuditPage::verify_cancel_stopsIt()
{
    std::unique_ptr<ui::JobProgressDialog> dialog(m_page->startVerification());
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("jobCancelButton"));
    QVERIFY(cancel);
    // Clicked before the first chunk of blocks is checked: the job stops there.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), Long);
    QCOMPARE(dialog->outcome(), int(AuditJob::Cancelled));
    QVERIFY(!dialog->verdict().startsWith(QStringLiteral("✓")));
}

void TestAuditPage::payload_everyTransactionOfTheDemo_decodes()
{
    auto names = m_demo.queryNow<core::Result<state::AuditNames>>(
        [](const service::QueryContext &c) { return state::auditNames(c.state); });
    QVERIFY(names && *names);
    auto store = store::BlockStore::open(m_demo.dataDir() + QStringLiteral("/ledger.db"), true);
    QVERIFY(store);
    const ui::PayloadDescriber describer(**names);
    QSet<int> types;
    for (std::uint64_t h = 0; h <= (*store)->head().height; ++h) {
        auto block = (*store)->block(h);
        QVERIFY(block);
        for (const auto &tx : block->transactions()) {
            const auto fields = describer.describe(tx);
            QVERIFY(!fields.isEmpty());
            QVERIFY2(fields.front().label != ui::PayloadDescriber::tr("Not decoded"),
                     qPrintable(QStringLiteral("block %1 type %2: %3")
                                    .arg(h)
                                    .arg(int(tx.type()))
                                    .arg(fields.front().value)));
            types.insert(int(tx.type()));
        }
    }
    QVERIFY2(types.size() >= 20, qPrintable(QString::number(types.size())));
}

void TestAuditPage::payload_unknownType_showsHex()
{
    chain::TxBody body;
    body.type = chain::TxType(999);
    body.payload = QByteArray::fromHex("01020304ff");
    const auto tx = chain::Transaction::sign(body, crypto::KeyPair::generate());
    const state::AuditNames none;
    const auto fields = ui::PayloadDescriber(none).describe(tx);
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(1).value, QStringLiteral("01020304ff"));
}

void TestAuditPage::findRecord_opensItsReadableFields()
{
    auto record = m_demo.queryNow<std::optional<state::RecordRow>>(
        [](const service::QueryContext &c) -> std::optional<state::RecordRow> {
            state::RecordFilter f;
            f.kind = domain::RecordKind::Financial;
            auto rows = c.queries.records(f, { 0, 1 });
            return rows && !rows->empty() ? std::optional(rows->front()) : std::nullopt;
        });
    QVERIFY(record && *record);
    QPointer<ui::TransactionDetailDialog> dialog;
    connect(m_page.get(), &ui::AuditPage::transactionOpened, this,
            [&dialog](ui::TransactionDetailDialog *d) { dialog = d; });
    m_page->findTransaction(QString::fromLatin1((*record)->recordId.toHex()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog, Long);
    QVERIFY(dialog);
    auto *payload = dialog->findChild<QWidget *>(QStringLiteral("payloadWidget"));
    QVERIFY(payload);
    QStringList texts;
    for (auto *label : payload->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.contains((*record)->title), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(
        texts.contains(ui::PayloadDescriber::tr("Title") + ui::TransactionDetailDialog::tr(":")),
        qPrintable(texts.join(QLatin1Char('|'))));
    // A financial disclosure lists its lines in yuan.
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("¥")),
             qPrintable(texts.join(QLatin1Char('|'))));
    auto *signature = dialog->findChild<QLabel *>(QStringLiteral("signatureLabel"));
    QVERIFY(signature && signature->text().startsWith(QStringLiteral("✓")));
    dialog->close();
}

void TestAuditPage::proof_exported_verifiesLikeTheCli()
{
    auto *txs = m_page->transactionModel();
    QTRY_VERIFY_WITH_TIMEOUT(txs->rowCount() > 0, Long);
    std::unique_ptr<ui::TransactionDetailDialog> dialog(m_page->createDetailDialog(0));
    QVERIFY(dialog);
    const chain::TxId id = txs->entry(0)->tx.id();
    const QString path = m_tmp.file(QStringLiteral("proof.json"));
    QSignalSpy saved(dialog.get(), &ui::TransactionDetailDialog::proofSaved);
    dialog->exportProof(path);
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, Long);
    QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(1).toString()));

    const QJsonObject proof = QJsonDocument::fromJson(readFile(path)).object();
    auto checked = state::checkInclusionProofJson(proof);
    QVERIFY2(checked, checked ? "" : qPrintable(checked.error().toString()));
    QCOMPARE(*checked, id);
    QByteArray out;
    QString log;
    QVERIFY2(tests::ui::runCli({ QStringLiteral("verify-proof"), QStringLiteral("--proof"), path,
                                 QStringLiteral("--tx"), id.toHex() },
                               &out, &log),
             qPrintable(log));
    QCOMPARE(out.trimmed(), QByteArray("OK"));

    // A proof with a changed leaf fails, naming the check.
    QJsonObject forged = proof;
    QString leaf = forged.value(QStringLiteral("leaf")).toString();
    leaf[leaf.size() - 140]
        = leaf[leaf.size() - 140] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    forged.insert(QStringLiteral("leaf"), leaf);
    QVERIFY(!state::checkInclusionProofJson(forged));
}

void TestAuditPage::exportChain_sameAsGongzhiCliExport()
{
    const QString path = m_tmp.file(QStringLiteral("chain.jsonl"));
    std::unique_ptr<ui::JobProgressDialog> dialog(m_page->startChainExport(path));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), Long);
    QVERIFY2(dialog->outcome() == AuditJob::Succeeded, qPrintable(dialog->verdict()));
    const QByteArray ours = readFile(path);
    const int lines = int(ours.count('\n'));
    QByteArray cli;
    QString log;
    QVERIFY2(
        tests::ui::runCli({ QStringLiteral("export"), QStringLiteral("--data-dir"),
                            m_demo.dataDir(), QStringLiteral("--to"), QString::number(lines - 1) },
                          &cli, &log),
        qPrintable(log));
    QCOMPARE(lines, int(m_head + 1));
    QVERIFY(ours == cli);
}

void TestAuditPage::exportCsv_everyBlockNewestFirst()
{
    const QString path = m_tmp.file(QStringLiteral("blocks.csv"));
    std::unique_ptr<ui::JobProgressDialog> dialog(m_page->startBlockCsvExport(path));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), Long);
    QVERIFY2(dialog->outcome() == AuditJob::Succeeded, qPrintable(dialog->verdict()));
    const QByteArray csv = readFile(path);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM for Excel
    const QList<QByteArray> rows = csv.mid(3).split('\n');
    QCOMPARE(rows.size(), int(m_head + 1) + 2); // header, blocks, empty after the last CRLF
    QVERIFY2(rows.at(1).startsWith(QByteArray(QByteArray::number(qulonglong(m_head)) + ",")),
             rows.at(1).constData());
    QVERIFY(rows.at(int(m_head) + 1).startsWith("0,"));
    QVERIFY2(rows.at(1).contains("党委"), rows.at(1).constData()); // proposer by name
}

// For looking, not asserting: GONGZHI_UI_SHOTS=DIR saves the page and its dialogs.
void TestAuditPage::screenshots_whenAsked()
{
    const QString dir = qEnvironmentVariable("GONGZHI_UI_SHOTS");
    if (dir.isEmpty())
        QSKIP("set GONGZHI_UI_SHOTS=DIR to save screenshots");
    // GONGZHI_UI_QM=FILE: a translation to look at before it is merged.
    QTranslator translator;
    if (translator.load(qEnvironmentVariable("GONGZHI_UI_QM")))
        QCoreApplication::installTranslator(&translator);
    ui::AuditPage page(m_demo.signIn(m_demo.people().front()));
    page.resize(1366, 768);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.transactionModel()->rowCount() > 0, Long);
    QTest::qWait(500);
    page.grab().save(dir + QStringLiteral("/audit-page.png"));
    for (const auto &[name, widget] : page.createTourDialogs()) {
        widget->show();
        QTest::qWait(2500);
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        delete widget;
    }
    QCoreApplication::removeTranslator(&translator);
}

void TestAuditPage::cleanupTestCase()
{
    m_page.reset();
}

QTEST_MAIN(TestAuditPage)
#include "TestAuditPage.moc"
