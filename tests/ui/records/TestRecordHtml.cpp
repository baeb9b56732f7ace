#include "tests/support/TempDir.h"
#include "ui/records/PublicNoticePrinter.h"
#include "ui/records/RecordHtml.h"

#include <QFile>
#include <QTest>
#include <QTextDocument>

using namespace ledger;

// The record's HTML (detail view, approval dialog, public notice): values
// escaped, financial totals right, the ledger reference on the notice.
class TestRecordHtml : public QObject
{
    Q_OBJECT

    static state::RecordDetail financial()
    {
        state::RecordDetail d;
        d.row.recordNo = 282;
        d.row.kind = domain::RecordKind::Financial;
        d.row.status = domain::RecordStatus::Published;
        d.row.orgId = 2;
        d.row.title = QStringLiteral("6月社区财务收支公开 <b>");
        d.row.body = QStringLiteral("第一段\n\n第二段 & 说明");
        d.lines = { { domain::LineDirection::Income, QStringLiteral("街道拨款"), 1500000 },
                    { domain::LineDirection::Expense, QStringLiteral("苗木"), 623050 },
                    { domain::LineDirection::Expense, QStringLiteral("土壤"), 100000 } };
        d.publishedMs = 1781000000000;
        return d;
    }

    static QString plain(const QString &html)
    {
        QTextDocument doc;
        doc.setHtml(html);
        return doc.toPlainText();
    }

private Q_SLOTS:
    void content_escapesAndTotals()
    {
        const QString html = ui::RecordHtml::content(
            financial(), { { 2, QStringLiteral("幸福里社区居民委员会") } });
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;")));
        QVERIFY(html.contains(QStringLiteral("&amp;")));
        const QString text = plain(html);
        QVERIFY(text.contains(QStringLiteral("幸福里社区居民委员会")));
        QVERIFY(text.contains(QStringLiteral("15,000.00")));
        QVERIFY(text.contains(QStringLiteral("7,230.50"))); // expenses
        QVERIFY(text.contains(QStringLiteral("7,769.50"))); // balance
    }

    void noLines_noTable() { QVERIFY(ui::RecordHtml::lines({}).isEmpty()); }

    void savePdf_writesAPdf_orNamesTheFile()
    {
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("公示.pdf"));
        const QString html = ui::RecordHtml::publicNotice(financial(), {}, 2101);
        QVERIFY(ui::PublicNoticePrinter::savePdf(html, path));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 2000);
        const QString bad = dir.file(QStringLiteral("no/such/dir/x.pdf"));
        auto failed = ui::PublicNoticePrinter::savePdf(html, bad);
        QVERIFY(!failed);
        QCOMPARE(failed.error().field, bad);
    }

    void publicNotice_namesRecordAndBlock()
    {
        const QString text = plain(ui::RecordHtml::publicNotice(
            financial(), { { 2, QStringLiteral("幸福里社区居民委员会") } }, 2101));
        QVERIFY(text.contains(QStringLiteral("Public notice")));
        QVERIFY(text.contains(QStringLiteral("282")));
        QVERIFY(text.contains(QStringLiteral("2101")));
        QVERIFY(text.contains(QStringLiteral("第二段 & 说明")));
    }
};

QTEST_MAIN(TestRecordHtml)
#include "TestRecordHtml.moc"
