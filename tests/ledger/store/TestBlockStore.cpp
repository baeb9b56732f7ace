#include "ledger/chain/ChainVerifier.h"
#include "ledger/merkle/TreeHash.h"
#include "ledger/store/BlockStore.h"
#include "tests/support/ChainBuilder.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace ledger;
using chain::Block;
using chain::Transaction;
using core::ErrorCode;
using store::BlockStore;
using tests::ChainBuilder;

namespace {
std::unique_ptr<BlockStore> openStore(const QString &path, bool readOnly = false)
{
    auto s = BlockStore::open(path, readOnly);
    if (!s)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(s.error().toString()));
    return std::move(*s);
}

std::unique_ptr<BlockStore> createStore(const ChainBuilder &b, const QString &path)
{
    auto s = b.createStore(path);
    if (!s)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(s.error().toString()));
    return std::move(*s);
}

enum class Wrong {
    Height,
    SameHeight,
    PrevHash,
    HistoryRoot,
    Consortium,
    TxId,
    AuthorSequence,
    TxTwiceInBlock
};
} // namespace

Q_DECLARE_METATYPE(Wrong)
Q_DECLARE_METATYPE(ledger::core::ErrorCode)

class TestBlockStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendedBlocks_readBackExactly()
    {
        tests::TempDir dir;
        ChainBuilder b(51);
        for (int i = 0; i < 5; ++i)
            b.addBlock(10);
        auto s = createStore(b, dir.file(QStringLiteral("ledger.db")));
        QCOMPARE(s->head().height, std::uint64_t(5));
        QCOMPARE(s->head().hash, b.tip().hash());
        QCOMPARE(s->consortium(), b.consortium());
        QCOMPARE(s->genesisHash(), b.genesis().hash());
        QCOMPARE(*s->transactionCount(), std::uint64_t(51));
        QCOMPARE(*s->integrityCheck(), QStringLiteral("ok"));
        std::vector<crypto::Digest> hashes;
        for (const Block &built : b.blocks()) {
            auto stored = s->block(built.height());
            QVERIFY(stored.has_value());
            QCOMPARE(stored->encode(), built.encode());
            QVERIFY(*s->header(built.height()) == built.header());
            hashes.push_back(built.hash());
            std::uint32_t position = 0;
            for (const Transaction &tx : built.transactions()) {
                auto found = s->findTransaction(tx.id());
                QVERIFY(found.has_value());
                QCOMPARE(found->height, built.height());
                QCOMPARE(found->position, position++);
                QVERIFY(found->transaction == tx);
                QVERIFY(s->containsTransaction(tx.id()));
                QVERIFY(s->containsAuthorSequence(tx.author(), tx.sequence()));
            }
        }
        QCOMPARE(*s->blockHashes(0, 6), hashes);
        QCOMPARE(*s->blockHashes(2, 4),
                 std::vector<crypto::Digest>(hashes.begin() + 2, hashes.begin() + 4));
        auto raw = s->readRaw(1, 3);
        QVERIFY(raw.has_value());
        QCOMPARE(raw->size(), std::size_t(3));
        const auto expected = tests::toRaw(b.blocks()[2]);
        QCOMPARE((*raw)[1].header, expected.header);
        QCOMPARE((*raw)[1].transactions.back().data, expected.transactions.back().data);
        QCOMPARE(s->witnessedHead()->height, std::uint64_t(5));
        QCOMPARE(s->witnessedHead()->hash, b.tip().hash());
        // Nothing else is found.
        const Transaction stranger = b.transaction(b.freshKey(), 1);
        QCOMPARE(s->findTransaction(stranger.id()).error().code, ErrorCode::NotFound);
        QVERIFY(!s->containsTransaction(stranger.id()));
        QVERIFY(!s->containsAuthorSequence(b.author(0).publicKey(), 999));
        QCOMPARE(s->block(6).error().code, ErrorCode::NotFound);
        QCOMPARE(s->header(6).error().code, ErrorCode::NotFound);
        QVERIFY(s->readRaw(6, 10)->empty());
        QVERIFY(chain::verifyChain(*s).has_value());
    }

    void nextHistoryRoot_coversEveryBlockHash()
    {
        tests::TempDir dir;
        ChainBuilder b(52);
        b.addBlock(1);
        b.addBlock(2);
        auto s = createStore(b, dir.file(QStringLiteral("ledger.db")));
        std::vector<crypto::Digest> leaves;
        for (const Block &x : b.blocks())
            leaves.push_back(merkle::leafHash(x.hash().view()));
        QCOMPARE(s->nextHistoryRoot(), merkle::rootOf(leaves));
        QCOMPARE(s->nextHistoryRoot(), b.nextHeader().historyRoot);
    }

    void create_refusesAnExistingFileAndABadGenesis()
    {
        tests::TempDir dir;
        ChainBuilder b(53);
        const QString path = dir.file(QStringLiteral("ledger.db"));
        createStore(b, path);
        QCOMPARE(BlockStore::create(path, b.genesis()).error().code, ErrorCode::Conflict);
        const QString other = dir.file(QStringLiteral("other.db"));
        const Block &notGenesis = b.addBlock(1);
        QVERIFY(!BlockStore::create(other, notGenesis).has_value());
        QVERIFY(!QFile::exists(other));
        QCOMPARE(BlockStore::open(dir.file(QStringLiteral("none.db"))).error().code,
                 ErrorCode::NotFound);
    }

    void wrongBlock_isRefusedAndLeavesTheStoreUnchanged_data()
    {
        QTest::addColumn<Wrong>("wrong");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("height skips one") << Wrong::Height << ErrorCode::Invalid;
        QTest::newRow("height repeats the head") << Wrong::SameHeight << ErrorCode::Invalid;
        QTest::newRow("previous hash") << Wrong::PrevHash << ErrorCode::Invalid;
        QTest::newRow("history root") << Wrong::HistoryRoot << ErrorCode::Invalid;
        QTest::newRow("consortium") << Wrong::Consortium << ErrorCode::Invalid;
        QTest::newRow("duplicate tx id") << Wrong::TxId << ErrorCode::Conflict;
        QTest::newRow("duplicate author sequence") << Wrong::AuthorSequence << ErrorCode::Conflict;
        QTest::newRow("tx twice in one block") << Wrong::TxTwiceInBlock << ErrorCode::Conflict;
    }

    void wrongBlock_isRefusedAndLeavesTheStoreUnchanged()
    {
        QFETCH(Wrong, wrong);
        QFETCH(ErrorCode, code);
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("ledger.db"));
        ChainBuilder b(54);
        b.addBlock(4);
        b.addBlock(4);
        auto s = createStore(b, path);
        const auto head = s->head();
        const auto historyRoot = s->nextHistoryRoot();

        chain::BlockHeader h = b.nextHeader();
        auto txs = b.nextTransactions(3);
        switch (wrong) {
        case Wrong::Height: h.height += 1; break;
        case Wrong::SameHeight: h.height -= 1; break;
        case Wrong::PrevHash: h.prevHash = b.blocks()[1].hash(); break;
        case Wrong::HistoryRoot: h.historyRoot = merkle::emptyRoot(); break;
        case Wrong::Consortium:
            h.consortium = *chain::ConsortiumId::fromBytes(QByteArray(16, '\x07'));
            break;
        case Wrong::TxId: txs[2] = b.blocks()[1].transactions()[0]; break;
        case Wrong::AuthorSequence: txs[2] = b.transaction(b.author(1), 1); break;
        case Wrong::TxTwiceInBlock: txs[2] = txs[0]; break;
        }
        const Block bad = Block::seal(h, txs, b.node());
        auto st = s->append(bad);
        QVERIFY(!st.has_value());
        QCOMPARE(st.error().code, code);
        QCOMPARE(st.error().height, std::optional<std::int64_t>(std::int64_t(h.height)));

        auto unchanged = [&](BlockStore &store) {
            QCOMPARE(store.head().height, head.height);
            QCOMPARE(store.head().hash, head.hash);
            QCOMPARE(store.nextHistoryRoot(), historyRoot);
            QCOMPARE(*store.transactionCount(), std::uint64_t(9));
            QCOMPARE(store.block(3).error().code, ErrorCode::NotFound);
            QCOMPARE(store.witnessedHead()->height, head.height);
            for (const auto &tx : txs) {
                if (!b.blocks()[1].transactions().empty() && tx == b.blocks()[1].transactions()[0])
                    continue;
                QVERIFY(!store.containsTransaction(tx.id()));
            }
        };
        unchanged(*s);
        if (QTest::currentTestFailed())
            return;
        s.reset();
        s = openStore(path);
        unchanged(*s);
        if (QTest::currentTestFailed())
            return;
        // The store still takes the right block.
        b.addBlock(b.nextTransactions(2));
        QVERIFY(b.appendTo(*s).has_value());
        QCOMPARE(s->head().height, std::uint64_t(3));
        QVERIFY(chain::verifyChain(*s).has_value());
    }

    void sqlUpdateAndDelete_areRefusedByTriggers_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update block")
            << QStringLiteral("UPDATE blocks SET tx_count = 7 WHERE height = 1");
        QTest::newRow("update header")
            << QStringLiteral("UPDATE blocks SET header = x'00' WHERE height = 0");
        QTest::newRow("delete block") << QStringLiteral("DELETE FROM blocks WHERE height = 2");
        QTest::newRow("delete all blocks") << QStringLiteral("DELETE FROM blocks");
        QTest::newRow("update tx") << QStringLiteral("UPDATE transactions SET data = x'00'");
        QTest::newRow("update tx sequence")
            << QStringLiteral("UPDATE transactions SET sequence = sequence + 1");
        QTest::newRow("delete tx") << QStringLiteral("DELETE FROM transactions WHERE height = 2");
        QTest::newRow("update meta") << QStringLiteral("UPDATE meta SET value = x'00'");
        QTest::newRow("delete meta") << QStringLiteral("DELETE FROM meta");
        QTest::newRow("replace block") << QStringLiteral(
            "REPLACE INTO blocks(height, hash, header, signature, tx_count) "
            "SELECT height, hash, header, signature, tx_count + 1 FROM blocks WHERE height = 1");
        QTest::newRow("replace tx")
            << QStringLiteral("INSERT OR REPLACE INTO transactions(id, height, position, type, "
                              "author, sequence, data) "
                              "SELECT id, height, position, type, author, sequence, x'00' FROM "
                              "transactions WHERE height = 1");
        QTest::newRow("upsert tx") << QStringLiteral(
            "INSERT INTO transactions SELECT * FROM transactions WHERE height = 2 "
            "ON CONFLICT(id) DO UPDATE SET data = x'00'");
        QTest::newRow("replace meta")
            << QStringLiteral("REPLACE INTO meta(key, value) VALUES('format', 2)");
    }

    void sqlUpdateAndDelete_areRefusedByTriggers()
    {
        QFETCH(QString, sql);
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("ledger.db"));
        ChainBuilder b(55);
        b.addBlock(3);
        b.addBlock(3);
        createStore(b, path);
        {
            store::SqliteDatabase db;
            QVERIFY(db.open(path).has_value());
            auto st = db.exec(sql);
            QVERIFY(!st.has_value());
            QVERIFY2(st.error().detail.contains(QLatin1String("append-only")),
                     qPrintable(st.error().detail));
        }
        auto s = openStore(path, true);
        QCOMPARE(s->head().height, std::uint64_t(2));
        QCOMPARE(*s->transactionCount(), std::uint64_t(7));
        QVERIFY(chain::verifyChain(*s).has_value());
    }

    void reopen_givesTheSameHeadAndContinues()
    {
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("ledger.db"));
        ChainBuilder b(56);
        for (int i = 0; i < 4; ++i)
            b.addBlock(5);
        auto s = createStore(b, path);
        const auto head = s->head();
        const auto root = s->nextHistoryRoot();
        s.reset();
        for (bool readOnly : { true, false }) {
            auto again = openStore(path, readOnly);
            QCOMPARE(again->head().height, head.height);
            QCOMPARE(again->head().hash, head.hash);
            QCOMPARE(again->nextHistoryRoot(), root);
            QCOMPARE(again->consortium(), b.consortium());
            QCOMPARE(again->genesisHash(), b.genesis().hash());
        }
        s = openStore(path);
        b.addBlock(5);
        QVERIFY(b.appendTo(*s).has_value());
        s.reset();
        s = openStore(path, true);
        QCOMPARE(s->head().hash, b.tip().hash());
        QVERIFY(chain::verifyChain(*s).has_value());
    }

    // A child process appends blocks and is killed with SIGKILL at random
    // moments; every block whose append() returned must survive, and the
    // store must open, pass integrity_check and verify after every kill.
    void killedAppender_leavesAWholeChainWithEveryAcknowledgedBlock()
    {
        tests::TempDir dir;
        const QString path = dir.file(QStringLiteral("ledger.db"));
        const quint64 seed = 57;
        createStore(ChainBuilder(seed, 1), path);
        QRandomGenerator rng(57);
        std::uint64_t acknowledged = 0;
        int killedRunning = 0;
        for (int round = 0; round < 24; ++round) {
            QProcess child;
            child.start(QStringLiteral(GONGZHI_APPENDER), { path, QString::number(seed) });
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // Early rounds may hit the child while it opens the store.
            const int delayMs = round < 4 ? int(rng.bounded(30u)) : 50 + int(rng.bounded(250u));
            QThread::msleep(delayMs);
            if (child.state() == QProcess::Running)
                ++killedRunning;
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            QVERIFY2(child.readAllStandardError().isEmpty(), "the appender failed");
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            std::vector<std::uint64_t> heights;
            for (const QByteArray &line : lines) {
                if (line.startsWith("appended "))
                    heights.push_back(line.mid(9).toULongLong());
            }
            auto s = BlockStore::open(path);
            QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().toString()));
            QCOMPARE(*(*s)->integrityCheck(), QStringLiteral("ok"));
            auto report = chain::verifyChain(**s);
            QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().toString()));
            QVERIFY((*s)->head().height >= acknowledged);
            for (std::uint64_t h : heights) {
                QVERIFY(h > acknowledged);
                acknowledged = h;
                QVERIFY2((*s)->block(h).has_value(), qPrintable(QString::number(h)));
            }
            QVERIFY((*s)->head().height >= acknowledged);
            // The head may be one block past the last acknowledged one
            // (killed after the commit, before the print), never more.
            QVERIFY((*s)->head().height <= acknowledged + 1);
            acknowledged = (*s)->head().height;
        }
        QVERIFY2(killedRunning >= 20, qPrintable(QString::number(killedRunning)));
        QVERIFY2(acknowledged > 24, qPrintable(QString::number(acknowledged)));
    }
};

QTEST_GUILESS_MAIN(TestBlockStore)
#include "TestBlockStore.moc"
