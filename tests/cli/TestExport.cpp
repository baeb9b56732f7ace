// gongzhi-cli export, re-verified by an independent reader of the format:
// offsets from docs/ledger-format.md, SHA-256 from QCryptographicHash, Ed25519
// from libsodium directly and a naive RFC 9162 Merkle tree hash.
#include "tests/cli/CliHarness.h"
#include "tests/support/TempDir.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QtEndian>

#include <sodium.h>

using namespace tests::cli;

namespace {
QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// RFC 9162 §2.1.1, straight from the definition.
QByteArray treeHash(const QList<QByteArray> &leaves)
{
    const qsizetype n = leaves.size();
    if (n == 0)
        return sha256({});
    if (n == 1)
        return sha256(QByteArray(1, '\0') + leaves[0]);
    qsizetype k = 1;
    while (k * 2 < n)
        k *= 2;
    return sha256(QByteArray(1, '\1') + treeHash(leaves.mid(0, k)) + treeHash(leaves.mid(k)));
}

bool ed25519Verify(const QByteArray &key, const QByteArray &message, const QByteArray &signature)
{
    return key.size() == 32 && signature.size() == 64
        && crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()), reinterpret_cast<const unsigned char *>(key.constData()))
        == 0;
}

QByteArray hexField(const QJsonObject &o, const char *key)
{
    return QByteArray::fromHex(o.value(QLatin1String(key)).toString().toLatin1());
}

quint64 u64At(const QByteArray &b, qsizetype offset)
{
    return qFromBigEndian<quint64>(b.constData() + offset);
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        m_chain = buildChain(m_dir.file(QStringLiteral("node")));
    }

    void testChain_passesVerify()
    {
        // The chain the other tests audit is one the node itself accepts.
        const auto run
            = runCli({ QStringLiteral("verify"), QStringLiteral("--data-dir"), m_chain.dir });
        QVERIFY2(run.exitCode == 0, qPrintable(run.text() + run.errorText()));
        QVERIFY(run.text().contains(QStringLiteral("OK height=%1 ").arg(m_chain.head())));
    }

    void everyLine_verifiesIndependently()
    {
        const auto run
            = runCli({ QStringLiteral("export"), QStringLiteral("--data-dir"), m_chain.dir });
        QCOMPARE(run.exitCode, 0);
        const auto lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), qsizetype(m_chain.blocks.size()));
        QByteArray prevHash(32, '\0');
        QList<QByteArray> history;
        for (qsizetype h = 0; h < lines.size(); ++h) {
            const QJsonObject block = parseObject(lines[h]);
            const QByteArray header = hexField(block, "header");
            const QByteArray hash = hexField(block, "hash");
            // Header layout: GZBH | version | consortium[16] | height | prev[32] | merkle[32]
            // | txCount | history[32] | timestamp | proposer[32] | term | index.
            QCOMPARE(header.size(), 185);
            QCOMPARE(header.left(5), QByteArray("GZBH\x01"));
            QCOMPARE(sha256(header), hash);
            QCOMPARE(hash, m_chain.blocks[std::size_t(h)].hash().toByteArray());
            QCOMPARE(block.value(QLatin1String("height")).toInteger(), h);
            QCOMPARE(u64At(header, 21), quint64(h));
            QCOMPARE(header.mid(29, 32), prevHash);
            QCOMPARE(hexField(block, "prev_hash"), prevHash);
            QCOMPARE(header.mid(61, 32), hexField(block, "merkle_root"));
            QCOMPARE(header.mid(97, 32), hexField(block, "history_root"));
            QCOMPARE(qint64(u64At(header, 129)),
                     block.value(QLatin1String("timestamp_ms")).toInteger());
            const QByteArray proposer = header.mid(137, 32);
            QCOMPARE(hexField(block, "proposer_key"), proposer);
            QVERIFY(ed25519Verify(proposer, header, hexField(block, "proposer_signature")));
            QVERIFY(!ed25519Verify(proposer, header + 'x', hexField(block, "proposer_signature")));
            // The history root commits to the hashes of all earlier blocks.
            QCOMPARE(treeHash(history), header.mid(97, 32));

            const QJsonArray txs = block.value(QLatin1String("transactions")).toArray();
            QCOMPARE(qFromBigEndian<quint32>(header.constData() + 93), quint32(txs.size()));
            QList<QByteArray> leaves;
            for (const auto &value : txs) {
                const QJsonObject tx = value.toObject();
                const QByteArray leaf = hexField(tx, "leaf");
                const QByteArray signedBytes = hexField(tx, "signed");
                const QByteArray signature = hexField(tx, "signature");
                // Transaction: GZTX | version | type u16 | consortium[16] | author[32]
                // | sequence | timestamp | u32 length | payload -- signed -- | signature[64].
                QVERIFY(leaf.startsWith(signedBytes));
                QCOMPARE(leaf.size(), signedBytes.size() + 64);
                QCOMPARE(leaf.right(64), signature);
                QCOMPARE(leaf.left(5), QByteArray("GZTX\x01"));
                QCOMPARE(leaf.mid(7, 16), header.mid(5, 16));
                QCOMPARE(sha256(leaf), hexField(tx, "id"));
                const QByteArray author = leaf.mid(23, 32);
                QCOMPARE(hexField(tx, "author_key"), author);
                QCOMPARE(qint64(u64At(leaf, 55)), tx.value(QLatin1String("sequence")).toInteger());
                QCOMPARE(qsizetype(qFromBigEndian<quint32>(leaf.constData() + 71)),
                         signedBytes.size() - 75);
                QVERIFY(ed25519Verify(author, signedBytes, signature));
                const int type = qFromBigEndian<quint16>(leaf.constData() + 5);
                const auto expectedType = ledger::chain::txTypeName(ledger::chain::TxType(type));
                QCOMPARE(tx.value(QLatin1String("type")).toString(), QLatin1String(expectedType));
                leaves << leaf;
            }
            QCOMPARE(treeHash(leaves), hexField(block, "merkle_root"));
            history << hash;
            prevHash = hash;
        }
    }

    void range_andOutputFile_giveTheSameLines()
    {
        const auto all
            = runCli({ QStringLiteral("export"), QStringLiteral("--data-dir"), m_chain.dir });
        QCOMPARE(all.exitCode, 0);
        const auto lines = all.out.trimmed().split('\n');
        const auto part = runCli({ QStringLiteral("export"), QStringLiteral("--data-dir"),
                                   m_chain.dir, QStringLiteral("--from"), QStringLiteral("2"),
                                   QStringLiteral("--to"), QStringLiteral("4") });
        QCOMPARE(part.exitCode, 0);
        QCOMPARE(part.out.trimmed().split('\n'), lines.mid(2, 3));

        const QString file = m_dir.file(QStringLiteral("export.jsonl"));
        const auto toFile = runCli({ QStringLiteral("export"), QStringLiteral("--data-dir"),
                                     m_chain.dir, QStringLiteral("--output"), file });
        QCOMPARE(toFile.exitCode, 0);
        QVERIFY(toFile.out.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), all.out);
    }

    void badRange_isAUsageError()
    {
        for (const QStringList &range :
             { QStringList { QStringLiteral("--from"), QStringLiteral("3"), QStringLiteral("--to"),
                             QStringLiteral("2") },
               QStringList { QStringLiteral("--to"), QStringLiteral("99") },
               QStringList { QStringLiteral("--from"), QStringLiteral("x") } }) {
            const auto run = runCli(
                QStringList { QStringLiteral("export"), QStringLiteral("--data-dir"), m_chain.dir }
                + range);
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
        }
        const auto missing = runCli({ QStringLiteral("export"), QStringLiteral("--data-dir"),
                                      m_dir.file(QStringLiteral("nothing")) });
        QCOMPARE(missing.exitCode, 2);
    }

private:
    tests::TempDir m_dir;
    TestChain m_chain;
};

QTEST_GUILESS_MAIN(TestExport)
#include "TestExport.moc"
