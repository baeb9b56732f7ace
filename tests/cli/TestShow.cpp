// gongzhi-cli show: readable blocks and transactions, Chinese names intact.
#include "tests/cli/CliHarness.h"
#include "tests/support/TempDir.h"

#include <QDateTime>
#include <QTest>

using namespace tests::cli;
using namespace ledger;

class TestShow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_chain = buildChain(m_dir.file(QStringLiteral("node"))); }

    void genesisBlock_showsTheFoundersInChinese()
    {
        const auto run = show({ QStringLiteral("block"), QStringLiteral("0") });
        QCOMPARE(run.exitCode, 0);
        const QString text = run.text();
        const auto &genesis = m_chain.blocks[0];
        for (const QString &expected : QStringList {
                 QStringLiteral("Block 0"), genesis.hash().toHex(),
                 QStringLiteral("Community: ") + CommunityName,
                 QStringLiteral("Organization 1: ") + OrgName
                     + QStringLiteral(" (party committee)"),
                 QStringLiteral("Person: ") + AdminName + QStringLiteral(", administrator of ")
                     + OrgName,
                 QStringLiteral("Person: ") + SecretaryName
                     + QStringLiteral(", party secretary of ") + OrgName,
                 QStringLiteral("Proposer: ") + crypto::fingerprint(genesis.header().proposer),
                 QStringLiteral("(node of ") + OrgName + QLatin1Char(')'),
                 QStringLiteral("Author: ")
                     + crypto::fingerprint(genesis.transactions()[0].author())
                     + QStringLiteral(" (") + AdminName + QLatin1Char(')'),
                 QStringLiteral("Type: genesis"), QStringLiteral("Transactions: 1") }) {
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral("\n---\n") + text));
        }
    }

    void block_listsEveryTransaction()
    {
        const auto &block = m_chain.blocks[5];
        const auto run = show({ QStringLiteral("block"), QStringLiteral("5") });
        QCOMPARE(run.exitCode, 0);
        const QString text = run.text();
        QVERIFY(text.contains(QStringLiteral("Transactions: %1").arg(block.transactions().size())));
        for (const auto &tx : block.transactions()) {
            QVERIFY(text.contains(tx.id().toHex()));
            QVERIFY(text.contains(QStringLiteral("Type: ")
                                  + QLatin1String(chain::txTypeName(tx.type()))));
            QVERIFY(text.contains(QStringLiteral("Sequence: %1").arg(tx.sequence())));
            QVERIFY(text.contains(QStringLiteral("Payload: %1 bytes: %2")
                                      .arg(tx.payload().size())
                                      .arg(QString::fromLatin1(tx.payload().toHex()))));
        }
        // Local ISO 8601 time of the block.
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(block.header().timestampMs);
        QVERIFY(text.contains(when.toOffsetFromUtc(when.offsetFromUtc()).toString(Qt::ISODate)));
    }

    void transaction_namesItsBlock()
    {
        const auto &tx = m_chain.blocks[6].transactions()[3];
        const auto run = show({ QStringLiteral("tx"), tx.id().toHex() });
        QCOMPARE(run.exitCode, 0);
        const QString text = run.text();
        QVERIFY(text.contains(QStringLiteral("Transaction ") + tx.id().toHex()));
        QVERIFY(text.contains(QStringLiteral("Block: 6, position 4 of 7")));
        QVERIFY(text.contains(m_chain.blocks[6].hash().toHex()));
        QVERIFY(text.contains(QStringLiteral("Author: ") + crypto::fingerprint(tx.author())));

        const auto genesisTx
            = show({ QStringLiteral("tx"), m_chain.blocks[0].transactions()[0].id().toHex() });
        QCOMPARE(genesisTx.exitCode, 0);
        QVERIFY(genesisTx.text().contains(QStringLiteral("Community: ") + CommunityName));
    }

    void missingOrMalformed_fail()
    {
        QCOMPARE(show({ QStringLiteral("block"), QStringLiteral("99") }).exitCode, 1);
        QCOMPARE(show({ QStringLiteral("tx"), QString(64, QLatin1Char('b')) }).exitCode, 1);
        QCOMPARE(show({ QStringLiteral("tx"), QStringLiteral("xyz") }).exitCode, 2);
        QCOMPARE(show({ QStringLiteral("block"), QStringLiteral("-1") }).exitCode, 2);
        QCOMPARE(show({ QStringLiteral("head") }).exitCode, 2);
        QCOMPARE(show({}).exitCode, 2);
    }

private:
    CliRun show(const QStringList &what)
    {
        return runCli(QStringList { QStringLiteral("show") } + what
                      + QStringList { QStringLiteral("--data-dir"), m_chain.dir });
    }

    tests::TempDir m_dir;
    TestChain m_chain;
};

QTEST_GUILESS_MAIN(TestShow)
#include "TestShow.moc"
