// The node's checkpoints run on a thread of their own (issue 5): the writer's
// connection never checkpoints, the WAL still stays bounded, and everything
// written is in the database file after the checkpointer copied it.
#include "ledger/store/BlockStore.h"
#include "ledger/store/WalCheckpointer.h"
#include "tests/support/ChainBuilder.h"
#include "tests/support/TempDir.h"

#include <QFileInfo>
#include <QTest>

using namespace ledger;

class TestWalCheckpointer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writerNeverCheckpoints_checkpointerKeepsTheWalBounded()
    {
        tests::TempDir dir;
        tests::ChainBuilder builder;
        const QString path = dir.file(QStringLiteral("ledger.db"));
        auto store = builder.createStore(path);
        QVERIFY(store.has_value());
        constexpr std::int64_t Threshold = 256 * 1024;
        QVERIFY((*store)->handOverCheckpoints(Threshold / 2).has_value());
        const QString wal = path + QStringLiteral("-wal");
        auto appendBlocks = [&](int n) {
            for (int i = 0; i < n; ++i) {
                const chain::Block block = builder.addBlock(20);
                QVERIFY((*store)->append(block).has_value());
            }
        };
        // Without a checkpointer the WAL only grows.
        appendBlocks(40);
        const std::int64_t grown = QFileInfo(wal).size();
        QVERIFY2(grown > 2 * Threshold, qPrintable(QString::number(grown)));
        const std::int64_t fileBefore = QFileInfo(path).size();

        store::WalCheckpointer checkpointer({ { path, Threshold } }, 10);
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.checkpoints() > 0, 10000);
        // Writing on: the writer starts the WAL over after a complete checkpoint and
        // truncates it to the limit, so it stays far below what it grew to.
        for (int round = 0; round < 20; ++round) {
            appendBlocks(2);
            QTest::qWait(20);
        }
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(wal).size() < grown, 10000);
        QVERIFY(QFileInfo(path).size() > fileBefore + Threshold); // the blocks reached the file
        const auto height = (*store)->head().height;
        store->reset();
        auto reopened = store::BlockStore::open(path, true);
        QVERIFY(reopened.has_value());
        QCOMPARE((*reopened)->head().height, height);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "TestWalCheckpointer.moc"
