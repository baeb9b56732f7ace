// gongzhi-cli proof / verify-proof: every transaction's proof verifies without
// the database, and every field of a proof matters.
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

CliRun verifyProof(const QJsonObject &proof, const QStringList &extra = {})
{
    return runCli(QStringList { QStringLiteral("verify-proof") } + extra, toJson(proof));
}

// Every way of changing one field of `proof` by a little.
std::vector<std::pair<QString, QJsonObject>> tamperings(const QJsonObject &proof)
{
    std::vector<std::pair<QString, QJsonObject>> out;
    for (auto it = proof.begin(); it != proof.end(); ++it) {
        const QString key = it.key();
        if (it->isString()) {
            const QString hex = it->toString();
            for (qsizetype pos : { qsizetype(0), hex.size() / 2, hex.size() - 1 }) {
                QJsonObject t = proof;
                t[key] = flipHexDigit(hex, pos);
                out.emplace_back(QStringLiteral("%1 digit %2").arg(key).arg(pos), t);
            }
        } else if (it->isDouble()) {
            for (qint64 delta : { qint64(1), qint64(-1) }) {
                const qint64 v = it->toInteger() + delta;
                if (v < 0)
                    continue;
                QJsonObject t = proof;
                t[key] = v;
                out.emplace_back(QStringLiteral("%1 %2").arg(key).arg(delta), t);
            }
        } else if (it->isArray()) {
            const QJsonArray path = it->toArray();
            for (qsizetype i = 0; i < path.size(); ++i) {
                QJsonArray changed = path;
                changed[i] = flipHexDigit(path[i].toString(), 7);
                QJsonObject t = proof;
                t[key] = changed;
                out.emplace_back(QStringLiteral("%1[%2]").arg(key).arg(i), t);
            }
            QJsonArray longer = path;
            longer.append(QString(64, QLatin1Char('0')));
            QJsonObject t = proof;
            t[key] = longer;
            out.emplace_back(QStringLiteral("%1 longer").arg(key), t);
            if (!path.isEmpty()) {
                QJsonArray shorter = path;
                shorter.removeLast();
                t[key] = shorter;
                out.emplace_back(QStringLiteral("%1 shorter").arg(key), t);
            }
        }
    }
    return out;
}
} // namespace

class TestProof : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_chain = buildChain(m_dir.file(QStringLiteral("node")));
        for (const auto &tx : m_chain.transactions())
            m_proofs.push_back(proofOf(tx.id().toHex()));
    }

    void everyTransaction_proofVerifies()
    {
        std::size_t i = 0;
        for (std::size_t h = 0; h < m_chain.blocks.size(); ++h) {
            const auto &block = m_chain.blocks[h];
            for (std::size_t pos = 0; pos < block.transactions().size(); ++pos, ++i) {
                const QJsonObject &proof = m_proofs[i];
                QCOMPARE(proof.value(QLatin1String("height")).toInteger(), qint64(h));
                QCOMPARE(proof.value(QLatin1String("leaf_index")).toInteger(), qint64(pos));
                QCOMPARE(proof.value(QLatin1String("tree_size")).toInteger(),
                         qint64(block.transactions().size()));
                QCOMPARE(proof.value(QLatin1String("block_hash")).toString(), block.hash().toHex());
                const auto run = verifyProof(proof);
                QVERIFY2(run.exitCode == 0, qPrintable(run.errorText()));
                QCOMPARE(run.out, QByteArray("OK\n"));
            }
        }
        QCOMPARE(i, m_proofs.size());
    }

    void proofFromFile_andTrustedAnchors_verify()
    {
        const QJsonObject &proof = m_proofs.back();
        const QString file = m_dir.file(QStringLiteral("proof.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(toJson(proof));
        f.close();
        const QString nodeKey = m_chain.blocks.back().header().proposer.toHex();
        const auto ok
            = runCli({ QStringLiteral("verify-proof"), QStringLiteral("--proof"), file,
                       QStringLiteral("--tx"), proof.value(QLatin1String("tx")).toString(),
                       QStringLiteral("--header"), proof.value(QLatin1String("header")).toString(),
                       QStringLiteral("--node-key"), nodeKey });
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.errorText()));

        const QString otherTx = m_proofs.front().value(QLatin1String("tx")).toString();
        const QString otherHeader = m_proofs.front().value(QLatin1String("header")).toString();
        for (const QStringList &wrong :
             { QStringList { QStringLiteral("--tx"), otherTx },
               QStringList { QStringLiteral("--header"), otherHeader },
               QStringList { QStringLiteral("--node-key"), flipHexDigit(nodeKey, 3) } }) {
            const auto run = runCli(
                QStringList { QStringLiteral("verify-proof"), QStringLiteral("--proof"), file }
                + wrong);
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.out.startsWith("FAILED "));
        }
    }

    void tamperedProof_fails_data()
    {
        QTest::addColumn<QJsonObject>("proof");
        // The genesis transaction (a path of length 0) and one deep in a 7-leaf tree.
        std::size_t deep = 0;
        for (std::size_t h = 0; h + 1 < m_chain.blocks.size(); ++h)
            deep += m_chain.blocks[h].transactions().size();
        deep += 2;
        for (std::size_t which : { std::size_t(0), deep, m_proofs.size() - 1 }) {
            for (const auto &[name, proof] : tamperings(m_proofs[which]))
                QTest::addRow("proof %zu, %s", which, qPrintable(name)) << proof;
        }
    }

    void tamperedProof_fails()
    {
        QFETCH(QJsonObject, proof);
        const auto run = verifyProof(proof);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.startsWith("FAILED "));
        QVERIFY(run.errorText().contains(QLatin1String("does not verify")));
    }

    void anotherLeafOfTheSameBlock_fails()
    {
        // A consistent tx/leaf pair that is in the block, at the wrong index.
        const std::size_t last = m_proofs.size() - 1;
        QJsonObject proof = m_proofs[last];
        for (const char *key : { "tx", "leaf" })
            proof[QLatin1String(key)] = m_proofs[last - 1].value(QLatin1String(key));
        QCOMPARE(verifyProof(proof).exitCode, 1);
    }

    void unreadableProof_isExit2_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("OK");
        QTest::newRow("array") << QByteArray("[]");
        QJsonObject missing = m_proofs[0];
        missing.remove(QLatin1String("audit_path"));
        QTest::newRow("missing field") << toJson(missing);
        QJsonObject notHex = m_proofs[0];
        notHex[QLatin1String("leaf")] = QStringLiteral("xyz");
        QTest::newRow("not hex") << toJson(notHex);
        QJsonObject shortHash = m_proofs[0];
        shortHash[QLatin1String("merkle_root")] = QStringLiteral("00");
        QTest::newRow("short hash") << toJson(shortHash);
        QJsonObject negative = m_proofs[0];
        negative[QLatin1String("height")] = -1;
        QTest::newRow("negative height") << toJson(negative);
    }

    void unreadableProof_isExit2()
    {
        QFETCH(QByteArray, input);
        const auto run = runCli({ QStringLiteral("verify-proof") }, input);
        QCOMPARE(run.exitCode, 2);
        const auto missing = runCli({ QStringLiteral("verify-proof"), QStringLiteral("--proof"),
                                      m_dir.file(QStringLiteral("no-such-file")) });
        QCOMPARE(missing.exitCode, 2);
    }

    void unknownTransaction_isRefused()
    {
        const auto run
            = runCli({ QStringLiteral("proof"), QStringLiteral("--data-dir"), m_chain.dir,
                       QStringLiteral("--tx"), QString(64, QLatin1Char('a')) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const auto bad = runCli({ QStringLiteral("proof"), QStringLiteral("--data-dir"),
                                  m_chain.dir, QStringLiteral("--tx"), QStringLiteral("123") });
        QCOMPARE(bad.exitCode, 2);
    }

private:
    QJsonObject proofOf(const QString &tx)
    {
        const auto run = runCli({ QStringLiteral("proof"), QStringLiteral("--data-dir"),
                                  m_chain.dir, QStringLiteral("--tx"), tx });
        if (run.exitCode != 0)
            qFatal("proof failed: %s", run.err.constData());
        return parseObject(run.out);
    }

    tests::TempDir m_dir;
    TestChain m_chain;
    std::vector<QJsonObject> m_proofs; // in chain order
};

QTEST_GUILESS_MAIN(TestProof)
#include "TestProof.moc"
