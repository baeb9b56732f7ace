// A node's halt told in plain words: HaltReason recognizes the sentences the
// node writes, and the status bar shows the plain sentence with the node's
// own words in its tooltip.
#include "ledger/service/LedgerService.h"
#include "tests/support/DataDirs.h"
#include "tests/support/TempDir.h"
#include "ui/common/HaltReason.h"
#include "ui/shell/ShellStatusBar.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using ui::HaltReason;

class TestHaltReason : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_nodeSentences_data();
    void classify_nodeSentences();
    void explanation_eachKind_plainAndDistinct();
    void statusBar_halted_plainTextWithDetailsInTooltip();
    void messageBox_technicalWordsOnlyInDetails();
    void screenshots(); // GONGZHI_HALT_SHOTS=DIR: PNGs to look at
};

void TestHaltReason::classify_nodeSentences_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("kind");
    // As ledger/node words them (StateCheckpoints::judge, LedgerNode::halt).
    QTest::newRow("state diverged")
        << QStringLiteral("this node's state at block 4000 differs from the majority's: this node "
                          "has head 1a2b and state digest 3c4d, nodes 2, 3 have head 1a2b and "
                          "state digest 5e6f; it stops serving so that the difference does not "
                          "spread (rebuild its state or data directory from the others)")
        << int(HaltReason::Kind::Diverged);
    QTest::newRow("chain diverged")
        << QStringLiteral("this node's chain at block 500 differs from the majority's: ...")
        << int(HaltReason::Kind::Diverged);
    QTest::newRow("raft log") << QStringLiteral("cannot write the Raft log: I/O error (raft.db)")
                              << int(HaltReason::Kind::DiskWrite);
    QTest::newRow("state apply") << QStringLiteral(
        "cannot apply blocks 10-12 to the state: disk I/O error")
                                 << int(HaltReason::Kind::DiskWrite);
    QTest::newRow("forked") << QStringLiteral(
        "committed block 77 differs from the stored one: the chain forked")
                            << int(HaltReason::Kind::ChainMismatch);
    QTest::newRow("invalid entry")
        << QStringLiteral("committed entry 9 does not hold a valid block")
        << int(HaltReason::Kind::ChainMismatch);
    QTest::newRow("not extending")
        << QStringLiteral("committed block 5 does not extend the chain: previous hash")
        << int(HaltReason::Kind::ChainMismatch);
    QTest::newRow("other") << QStringLiteral("something new") << int(HaltReason::Kind::Unknown);
    QTest::newRow("none") << QString() << int(HaltReason::Kind::Unknown);
}

void TestHaltReason::classify_nodeSentences()
{
    QFETCH(QString, reason);
    QFETCH(int, kind);
    QCOMPARE(int(HaltReason::classify(reason)), kind);
}

void TestHaltReason::explanation_eachKind_plainAndDistinct()
{
    const QStringList reasons { QStringLiteral("x differs from the majority's: y"),
                                QStringLiteral("cannot write the Raft log: z"),
                                QStringLiteral("committed block 1 differs from the stored one"),
                                QString() };
    QSet<QString> headlines;
    QSet<QString> explanations;
    for (const QString &r : reasons) {
        headlines.insert(HaltReason::headline(r));
        explanations.insert(HaltReason::explanation(r));
        // Plain: none of the node's technical words.
        QVERIFY(!HaltReason::explanation(r).contains(QLatin1String("majority's")));
        QVERIFY(!HaltReason::explanation(r).contains(QLatin1String("Raft")));
    }
    QCOMPARE(headlines.size(), reasons.size());
    QCOMPARE(explanations.size(), reasons.size());
    QCOMPARE(HaltReason::details(reasons[1]), reasons[1]);
    QVERIFY(!HaltReason::details({}).isEmpty());
    QVERIFY(HaltReason::tooltip(reasons[1]).contains(QLatin1String("cannot write the Raft log")));
}

void TestHaltReason::statusBar_halted_plainTextWithDetailsInTooltip()
{
    tests::TempDir tmp;
    QString log;
    const auto ports = tests::freePorts(1);
    QVERIFY(!ports.empty());
    QVERIFY2(tests::runProgram(QStringLiteral(GONGZHI_CLI),
                               { QStringLiteral("cluster-init"), QStringLiteral("--nodes"),
                                 QStringLiteral("1"), QStringLiteral("--dir"), tmp.path(),
                                 QStringLiteral("--base-port"), QString::number(ports.front()) },
                               60000, &log),
             qPrintable(log));
    auto opened = ledger::service::LedgerService::open(tmp.file(QStringLiteral("node1")));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    ui::ShellStatusBar bar(**opened);
    auto *saving = bar.findChild<QLabel *>(QStringLiteral("savingLabel"));
    QVERIFY(saving);
    auto status = (*opened)->status();
    bar.show(status, 0);
    QVERIFY(saving->toolTip().isEmpty());
    const QString running = saving->text();

    status.halted = true; // the node gave no reason (yet)
    bar.show(status, 0);
    QVERIFY(saving->text() != running);
    QVERIFY2(saving->text().contains(HaltReason::headline({})), qPrintable(saving->text()));
    QVERIFY(saving->toolTip().contains(HaltReason::explanation({}).toHtmlEscaped()));
}

void TestHaltReason::messageBox_technicalWordsOnlyInDetails()
{
    const QString reason = QStringLiteral("cannot write the Raft log: disk full");
    std::unique_ptr<QMessageBox> box(HaltReason::messageBox(reason));
    box->setAttribute(Qt::WA_DeleteOnClose, false);
    QCOMPARE(box->text(), HaltReason::headline(reason));
    QCOMPARE(box->informativeText(), HaltReason::explanation(reason));
    QCOMPARE(box->detailedText(), reason);
    QVERIFY(!box->text().contains(QLatin1String("Raft")));
}

void TestHaltReason::screenshots()
{
    const QString dir = qEnvironmentVariable("GONGZHI_HALT_SHOTS");
    if (dir.isEmpty())
        QSKIP("set GONGZHI_HALT_SHOTS=DIR to save the halt screens");
    // GONGZHI_UI_QM=FILE: a translation to look at before it is merged.
    QTranslator translator;
    if (translator.load(qEnvironmentVariable("GONGZHI_UI_QM")))
        QCoreApplication::installTranslator(&translator);
    const QString reason = QStringLiteral(
        "this node's state at block 4000 differs from the majority's: this node has head "
        "1a2b3c4d and state digest 3c4d5e6f, nodes 2, 3 have head 1a2b3c4d and state digest "
        "5e6f7a8b; it stops serving so that the difference does not spread (rebuild its state "
        "or data directory from the others)");
    std::unique_ptr<QMessageBox> box(HaltReason::messageBox(reason));
    box->setAttribute(Qt::WA_DeleteOnClose, false);
    box->show();
    QVERIFY(QTest::qWaitForWindowExposed(box.get()));
    QVERIFY(box->grab().save(dir + QStringLiteral("/halt-box.png")));
    for (auto *b : box->findChildren<QPushButton *>()) {
        if (b->text() != box->button(QMessageBox::Ok)->text())
            b->click(); // the details button
    }
    QCoreApplication::processEvents();
    box->adjustSize();
    QVERIFY(box->grab().save(dir + QStringLiteral("/halt-box-details.png")));
    QLabel label;
    label.setWordWrap(true);
    label.setFixedWidth(600);
    HaltReason::describe(&label, reason);
    label.show();
    QVERIFY(label.grab().save(dir + QStringLiteral("/halt-label.png")));
}

QTEST_MAIN(TestHaltReason)
#include "TestHaltReason.moc"
