#include "ledger/chain/Transaction.h"
#include "ledger/domain/PayloadCodec.h"
#include "ui/approvals/ApprovalDescription.h"
#include "ui/approvals/TextDiff.h"

#include <QTest>
#include <QTextDocument>

using namespace ledger;

using ui::DiffLine;

// The readable diff and the texts of the approval dialog.
class TestApprovalText : public QObject
{
    Q_OBJECT

    static state::ApprovalItem heldItem(chain::TxType type, const QByteArray &payload)
    {
        chain::TxBody body;
        body.type = type;
        body.sequence = 1;
        body.payload = payload;
        const auto tx = chain::Transaction::sign(body, crypto::KeyPair::generate());
        state::ApprovalItem item;
        item.source = state::ApprovalItem::Source::HeldTransaction;
        item.id = tx.id().toByteArray();
        item.type = std::uint16_t(type);
        item.tx = tx.encoded();
        item.authorName = QStringLiteral("林睿俊");
        return item;
    }

    static QString plain(const QString &html)
    {
        QTextDocument doc;
        doc.setHtml(html);
        return doc.toPlainText();
    }
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

    void deduction_showsWhoLosesHowManyPoints_andTheNewBalance()
    {
        domain::ScoreEventRecorded e;
        e.pseudonym = *domain::Pseudonym::fromHex(QString(32, u'1'));
        e.ruleCode = QStringLiteral("FIRE");
        e.handbookVersion = 1;
        e.note = QStringLiteral("楼道内私拉电线充电");
        state::ApprovalContext c;
        c.item = heldItem(chain::TxType::ScoreEventRecorded, domain::encodePayload(e));
        c.deductionThreshold = 10;
        c.score = state::ScoreConsequence { e.pseudonym.toByteArray(),
                                            QStringLiteral("张*明"),
                                            QStringLiteral("FIRE"),
                                            QStringLiteral("私拉电线为电动车充电"),
                                            -15,
                                            19,
                                            40,
                                            {} };
        const QString text = plain(ui::ApprovalDescription::html(c, {}));
        QVERIFY(text.contains(QStringLiteral("Resident 张*明 loses 15 points.")));
        QVERIFY(text.contains(QStringLiteral("Balance: 19 → 4")));
        QVERIFY(text.contains(QStringLiteral("楼道内私拉电线充电")));
        QVERIFY(text.contains(QStringLiteral("more than 10 points")));
    }

    void handbook_showsChangedRulesAgainstTheCurrentVersion()
    {
        domain::ScoringHandbook current;
        current.version = 1;
        current.title = QStringLiteral("积分手册");
        current.categories = { { QStringLiteral("A"), QStringLiteral("志愿") },
                               { QStringLiteral("B"), QStringLiteral("安全") } };
        current.levels = { { QStringLiteral("一星"), 0 }, { QStringLiteral("二星"), 100 } };
        current.rules = { { QStringLiteral("VOL"), QStringLiteral("A"), QStringLiteral("志愿服务"),
                            5, 20, false },
                          { QStringLiteral("FIRE"), QStringLiteral("B"), QStringLiteral("私拉电线"),
                            -15, 0, true } };
        domain::ScoringHandbook next = current;
        next.version = 2;
        next.rules[0].points = 8;
        next.rules.pop_back();
        state::ApprovalContext c;
        c.item = heldItem(chain::TxType::HandbookProposed, domain::encodePayload(next));
        c.currentHandbook = current;
        const QString text = plain(ui::ApprovalDescription::html(c, {}));
        QVERIFY(text.contains(QStringLiteral("Changes against version 1")));
        QVERIFY(text.contains(QStringLiteral("− VOL · 志愿服务 · +5")));
        QVERIFY(text.contains(QStringLiteral("+ VOL · 志愿服务 · +8")));
        QVERIFY(text.contains(QStringLiteral("− FIRE · 私拉电线")));
        QVERIFY(text.contains(QStringLiteral("Version 2 takes effect")));
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
