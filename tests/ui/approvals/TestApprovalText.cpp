#include "ui/approvals/ApprovalDescription.h"
#include "ui/approvals/TextDiff.h"

#include <QTest>

using ui::DiffLine;

// The readable diff and the texts of the approval dialog.
class TestApprovalText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diff_keepsCommonLines_marksChanges()
    {
        const QStringList before { QStringLiteral("标题"), QStringLiteral("第一段"),
                                   QStringLiteral("第二段") };
        const QStringList after { QStringLiteral("标题"), QStringLiteral("第一段（更正）"),
                                  QStringLiteral("第二段"), QStringLiteral("第三段") };
        const auto d = ui::diffLines(before, after);
        QCOMPARE(d.size(), size_t(5));
        QCOMPARE(d[0].kind, DiffLine::Kind::Same);
        QCOMPARE(d[1].kind, DiffLine::Kind::Removed);
        QCOMPARE(d[1].text, QStringLiteral("第一段"));
        QCOMPARE(d[2].kind, DiffLine::Kind::Added);
        QCOMPARE(d[3].kind, DiffLine::Kind::Same);
        QCOMPARE(d[4].kind, DiffLine::Kind::Added);
        QCOMPARE(d[4].text, QStringLiteral("第三段"));
    }

    void diff_identical_hasNoChanges_andEmptyInputs()
    {
        const QStringList same { QStringLiteral("a"), QStringLiteral("b") };
        for (const auto &l : ui::diffLines(same, same))
            QCOMPARE(l.kind, DiffLine::Kind::Same);
        QVERIFY(ui::diffLines({}, {}).empty());
        QCOMPARE(ui::diffLines({}, same).size(), size_t(2));
        QCOMPARE(ui::diffLines(same, {}).front().kind, DiffLine::Kind::Removed);
    }

    void diffHtml_escapes_andFoldsLongUnchangedRuns()
    {
        QStringList before;
        for (int i = 0; i < 20; ++i)
            before << QStringLiteral("line %1").arg(i);
        QStringList after = before;
        after[10] = QStringLiteral("<b>changed</b>");
        const QString html = ui::diffHtml(before, after, 1);
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;changed&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("line 2<"))); // folded
        QVERIFY(html.contains(QStringLiteral("line 9")));
        QVERIFY(html.contains(QStringLiteral("…")));
    }

    void routine_onlyRecordsAndStoreItems()
    {
        ledger::state::ApprovalItem item;
        item.type = 201;
        QVERIFY(ui::ApprovalDescription::isRoutine(item));
        item.type = 310; // a large deduction: always one by one
        QVERIFY(!ui::ApprovalDescription::isRoutine(item));
        item.type = 301;
        QVERIFY(!ui::ApprovalDescription::isRoutine(item));
    }
};

QTEST_MAIN(TestApprovalText)
#include "TestApprovalText.moc"
