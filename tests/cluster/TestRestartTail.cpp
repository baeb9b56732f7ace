// Regression (found by cluster.CrashLoop): a node killed after its Raft log
// took a block but before the block reached the block store. On restart the
// block is still in the log; a leader must build its next block on it, not on
// the stored head — else both blocks claim the same height and the node halts
// ("committed block N does not extend the chain"). Made deterministic here: the
// crash's leftover is written into raft.db by hand, on a one-node LoopCluster.
#include "ledger/crypto/KeyFile.h"
#include "ledger/store/BlockStore.h"
#include "ledger/store/RaftLogStore.h"
#include "tests/ledger/node/LoopCluster.h"

#include <QDir>
#include <QTest>

using namespace ledger;
using tests::LoopCluster;

class TestRestartTail : public QObject
{
    Q_OBJECT

    static std::optional<node::SubmitOutcome> submitAndWait(node::LedgerNode *n,
                                                            const chain::Transaction &tx)
    {
        std::optional<node::SubmitOutcome> outcome;
        n->submit(tx, [&outcome](const node::SubmitOutcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value() || n->status().halted; }, 30000))
            return std::nullopt;
        return outcome;
    }

    // Appends to raft.db, as the crashed leader had, a block on the stored head
    // that never reached ledger.db. Returns its height, or 0 on failure.
    static std::uint64_t leaveBlockInLogOnly(const LoopCluster &c, const QString &dataDir)
    {
        const QDir dir(dataDir);
        auto key = crypto::KeyFile::load(dir.filePath(QStringLiteral("node.key")), QString());
        auto blocks = store::BlockStore::open(dir.filePath(QStringLiteral("ledger.db")), true);
        auto log = store::RaftLogStore::open(store::RaftLogStore::pathIn(dataDir));
        if (!key || !blocks || !log)
            return 0;
        const auto head = (*blocks)->header((*blocks)->head().height);
        const auto last = (*log)->lastIndex();
        const auto init = (*log)->initialState();
        if (!head || !last || !init)
            return 0;
        chain::BlockHeader h;
        h.consortium = (*blocks)->consortium();
        h.height = head->height + 1;
        h.prevHash = (*blocks)->head().hash;
        h.historyRoot = (*blocks)->history().root();
        h.timestampMs = head->timestampMs + 1;
        h.raftTerm = init->hardState.term;
        h.raftIndex = *last + 1;
        const chain::Block block = chain::Block::seal(h, { c.makeTx(2) }, *key);
        raft::Entry entry;
        entry.term = h.raftTerm;
        entry.index = h.raftIndex;
        entry.data = block.encode();
        if (!(*log)->persist(std::nullopt, { entry }))
            return 0;
        return h.height;
    }

private Q_SLOTS:
    void blockInLogButNotInStore_nextBlockBuildsOnIt()
    {
        LoopCluster c(1);
        QTRY_VERIFY_WITH_TIMEOUT(c.leader() == 0, 30000);
        const auto first = submitAndWait(c.node(0), c.makeTx(1));
        QVERIFY(first && first->kind == node::SubmitOutcome::Kind::Committed);

        c.stop(0);
        const std::uint64_t leftover = leaveBlockInLogOnly(c, c.dataDir(0));
        QCOMPARE(leftover, first->height + 1);
        c.restart(0);
        QTRY_VERIFY_WITH_TIMEOUT(c.leader() == 0, 30000);

        const auto next = submitAndWait(c.node(0), c.makeTx(3));
        QVERIFY2(!c.node(0)->status().halted, "the node halted");
        QVERIFY(next && next->kind == node::SubmitOutcome::Kind::Committed);
        QCOMPARE(next->height, leftover + 1);
        auto blocks = store::BlockStore::open(
            QDir(c.dataDir(0)).filePath(QStringLiteral("ledger.db")), true);
        QVERIFY(blocks);
        QCOMPARE((*blocks)->head().height, leftover + 1);
    }
};

QTEST_GUILESS_MAIN(TestRestartTail)
#include "TestRestartTail.moc"
