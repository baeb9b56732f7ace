// gongzhi-cli consistency / verify-consistency: today's chain proves that it
// extends every earlier head, refuses heads it does not extend, and every
// field of a proof matters.
#include "tests/cli/CliHarness.h"
#include "tests/support/TempDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tests::cli;

namespace {
QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestConsistency : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_chain = buildChain(m_dir.file(QStringLiteral("node"))); }

    void everyEarlierHead_isExtendedByEveryLaterOne()
    {
        for (std::uint64_t from = 0; from <= m_chain.head(); ++from) {
            for (std::uint64_t to = from; to <= m_chain.head(); ++to) {
                const QString fromHash = m_chain.blocks[from].hash().toHex();
                const QJsonObject proof = consistency(from, fromHash, to);
                QCOMPARE(proof.value(QLatin1String("to_hash")).toString(),
                         m_chain.blocks[to].hash().toHex());
                QCOMPARE(proof.value(QLatin1String("tree_size")).toInteger(), qint64(to));
                // Empty when nothing is to prove, or the history tree has the one leaf.
                QCOMPARE(proof.value(QLatin1String("audit_path")).toArray().isEmpty(),
                         from == to || to == 1);
                const auto run
                    = runCli({ QStringLiteral("verify-consistency"), QStringLiteral("--to-hash"),
                               m_chain.blocks[to].hash().toHex(), QStringLiteral("--from-height"),
                               QString::number(from), QStringLiteral("--from-hash"), fromHash },
                             toJson(proof));
                QVERIFY2(
                    run.exitCode == 0,
                    qPrintable(
                        QStringLiteral("%1 -> %2: %3").arg(from).arg(to).arg(run.errorText())));
                QCOMPARE(run.out, QByteArray("OK\n"));
            }
        }
        // Without --to-height the proof ends at the current head.
        const QJsonObject toHead = consistency(1, m_chain.blocks[1].hash().toHex(), std::nullopt);
        QCOMPARE(toHead.value(QLatin1String("to_height")).toInteger(), qint64(m_chain.head()));
    }

    void fakeHead_isRefused()
    {
        const QString wrong = flipHexDigit(m_chain.blocks[3].hash().toHex(), 10);
        const auto run = runCli({ QStringLiteral("consistency"), QStringLiteral("--data-dir"),
                                  m_chain.dir, QStringLiteral("--from-height"), QStringLiteral("3"),
                                  QStringLiteral("--from-hash"), wrong });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.errorText().contains(QLatin1String("does NOT extend")));
        QVERIFY(run.errorText().contains(m_chain.blocks[3].hash().toHex()));

        // A block that exists, but at another height.
        const auto moved
            = runCli({ QStringLiteral("consistency"), QStringLiteral("--data-dir"), m_chain.dir,
                       QStringLiteral("--from-height"), QStringLiteral("2"),
                       QStringLiteral("--from-hash"), m_chain.blocks[3].hash().toHex() });
        QCOMPARE(moved.exitCode, 1);
    }

    void headOfAnotherChain_isRefused()
    {
        const TestChain other = buildChain(m_dir.file(QStringLiteral("other")));
        for (std::uint64_t h : { std::uint64_t(0), std::uint64_t(4) }) {
            const auto run
                = runCli({ QStringLiteral("consistency"), QStringLiteral("--data-dir"), m_chain.dir,
                           QStringLiteral("--from-height"), QString::number(h),
                           QStringLiteral("--from-hash"), other.blocks[h].hash().toHex() });
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.errorText().contains(QLatin1String("does NOT extend")));
        }
    }

    void headAboveTheChain_isARollback()
    {
        const auto run
            = runCli({ QStringLiteral("consistency"), QStringLiteral("--data-dir"), m_chain.dir,
                       QStringLiteral("--from-height"), QString::number(m_chain.head() + 3),
                       QStringLiteral("--from-hash"), QString(64, QLatin1Char('1')) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.errorText().contains(QLatin1String("does NOT extend")));
        const auto usage
            = runCli({ QStringLiteral("consistency"), QStringLiteral("--data-dir"), m_chain.dir,
                       QStringLiteral("--from-height"), QStringLiteral("3"),
                       QStringLiteral("--from-hash"), m_chain.blocks[3].hash().toHex(),
                       QStringLiteral("--to-height"), QStringLiteral("2") });
        QCOMPARE(usage.exitCode, 2);
    }

    void tamperedProof_fails_data()
    {
        QTest::addColumn<QJsonObject>("proof");
        const std::uint64_t head = m_chain.head();
        for (std::uint64_t from : { std::uint64_t(0), std::uint64_t(3), head }) {
            const QJsonObject proof
                = consistency(from, m_chain.blocks[from].hash().toHex(), std::nullopt);
            for (auto it = proof.begin(); it != proof.end(); ++it) {
                const QString key = it.key();
                if (it->isString()) {
                    const QString hex = it->toString();
                    for (qsizetype pos : { qsizetype(1), hex.size() / 2, hex.size() - 2 }) {
                        QJsonObject t = proof;
                        t[key] = flipHexDigit(hex, pos);
                        QTest::addRow("from %llu, %s digit %lld", qulonglong(from), qPrintable(key),
                                      qlonglong(pos))
                            << t;
                    }
                } else if (it->isDouble()) {
                    for (qint64 delta : { qint64(1), qint64(-1) }) {
                        if (it->toInteger() + delta < 0)
                            continue;
                        QJsonObject t = proof;
                        t[key] = it->toInteger() + delta;
                        QTest::addRow("from %llu, %s %+lld", qulonglong(from), qPrintable(key),
                                      qlonglong(delta))
                            << t;
                    }
                } else {
                    const QJsonArray path = it->toArray();
                    for (qsizetype i = 0; i < path.size(); ++i) {
                        QJsonArray changed = path;
                        changed[i] = flipHexDigit(path[i].toString(), 20);
                        QJsonObject t = proof;
                        t[key] = changed;
                        QTest::addRow("from %llu, audit_path[%lld]", qulonglong(from), qlonglong(i))
                            << t;
                    }
                    QJsonArray longer = path;
                    longer.append(m_chain.blocks[0].hash().toHex());
                    QJsonObject t = proof;
                    t[key] = longer;
                    QTest::addRow("from %llu, longer path", qulonglong(from)) << t;
                }
            }
        }
        // A proof for block 2 relabelled as one for block 3 (with block 3's hash).
        QJsonObject relabelled = consistency(2, m_chain.blocks[2].hash().toHex(), std::nullopt);
        relabelled[QLatin1String("from_height")] = 3;
        relabelled[QLatin1String("from_hash")] = m_chain.blocks[3].hash().toHex();
        QTest::newRow("relabelled") << relabelled;
    }

    void tamperedProof_fails()
    {
        QFETCH(QJsonObject, proof);
        const auto run = runCli({ QStringLiteral("verify-consistency") }, toJson(proof));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.startsWith("FAILED "));
    }

    void untrustedOrUnexpectedHeads_fail()
    {
        const QJsonObject proof = consistency(2, m_chain.blocks[2].hash().toHex(), std::nullopt);
        const QString nodeKey = m_chain.blocks[0].header().proposer.toHex();
        const auto ok = runCli({ QStringLiteral("verify-consistency"), QStringLiteral("--node-key"),
                                 nodeKey, QStringLiteral("--header"),
                                 proof.value(QLatin1String("to_header")).toString() },
                               toJson(proof));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.errorText()));
        for (const QStringList &wrong :
             { QStringList { QStringLiteral("--to-hash"), m_chain.blocks[1].hash().toHex() },
               QStringList { QStringLiteral("--from-height"), QStringLiteral("1") },
               QStringList { QStringLiteral("--from-hash"), m_chain.blocks[1].hash().toHex() },
               QStringList { QStringLiteral("--node-key"), flipHexDigit(nodeKey, 5) },
               QStringList { QStringLiteral("--header"),
                             QString::fromLatin1(m_chain.blocks[1].headerBytes().toHex()) } }) {
            const auto run = runCli(QStringList { QStringLiteral("verify-consistency") } + wrong,
                                    toJson(proof));
            QVERIFY2(run.exitCode == 1, qPrintable(wrong.join(QLatin1Char(' '))));
        }
        const auto unreadable
            = runCli({ QStringLiteral("verify-consistency") }, QByteArray("{\"from_height\": 1}"));
        QCOMPARE(unreadable.exitCode, 2);
    }

private:
    QJsonObject consistency(std::uint64_t from, const QString &fromHash,
                            std::optional<std::uint64_t> to)
    {
        QStringList args { QStringLiteral("consistency"),
                           QStringLiteral("--data-dir"),
                           m_chain.dir,
                           QStringLiteral("--from-height"),
                           QString::number(from),
                           QStringLiteral("--from-hash"),
                           fromHash };
        if (to)
            args << QStringLiteral("--to-height") << QString::number(*to);
        const auto run = runCli(args);
        if (run.exitCode != 0)
            qFatal("consistency failed: %s", run.err.constData());
        return parseObject(run.out);
    }

    tests::TempDir m_dir;
    TestChain m_chain;
};

QTEST_GUILESS_MAIN(TestConsistency)
#include "TestConsistency.moc"
