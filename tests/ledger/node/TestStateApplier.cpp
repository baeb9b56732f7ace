// The state's own thread (StateApplier): blocks handed over are applied in
// order, in batches, to the same state as block by block; jobs see every block
// handed over before them; a block that does not continue the state stops it
// for good; what a crash left behind is caught up from the block store.
#include "ledger/node/StateApplier.h"
#include "ledger/state/StateMachine.h"
#include "tests/support/ChainBuilder.h"
#include "tests/support/TempDir.h"

#include <QTest>

#include <future>
#include <mutex>

using namespace ledger;
using node::StateApplier;

namespace {

// What the hooks reported, from the state thread.
struct Reports {
    std::mutex mutex;
    std::vector<StateApplier::Applied> applied;
    QStringList failures;

    StateApplier::Hooks hooks()
    {
        StateApplier::Hooks h;
        h.applied = [this](const StateApplier::Applied &a) {
            std::lock_guard lock(mutex);
            applied.push_back(a);
        };
        h.failed = [this](const QString &reason) {
            std::lock_guard lock(mutex);
            failures << reason;
        };
        return h;
    }
};

// Runs `read` on the state thread after everything handed over so far; waits.
template<typename T>
T readAfter(StateApplier &applier, std::function<T(state::StateMachine *)> read)
{
    auto done = std::make_shared<std::promise<T>>();
    auto result = done->get_future();
    applier.post([done, read](state::StateMachine *s) { done->set_value(read(s)); });
    return result.get();
}

std::uint64_t heightOf(StateApplier &applier)
{
    return readAfter<std::uint64_t>(applier, [](state::StateMachine *s) {
        return s ? s->appliedHeight().value_or(0) : ~std::uint64_t(0);
    });
}

QByteArray digestOf(StateApplier &applier)
{
    return readAfter<QByteArray>(applier, [](state::StateMachine *s) {
        return s ? s->digest().value().toByteArray() : QByteArray();
    });
}

// A chain of `blocks` blocks of `perBlock` transactions after ChainBuilder(seed)'s
// genesis, and a StateApplier on DIR/state.db caught up with a block store that
// holds the genesis alone (null if that failed).
struct AtGenesis {
    AtGenesis(quint64 seed, int blocks, int perBlock)
        : chain(seed)
    {
        for (int i = 0; i < blocks; ++i)
            chain.addBlock(perBlock);
        auto store = tests::ChainBuilder(seed).createStore(dir.file(QStringLiteral("ledger.db")));
        if (!store)
            return;
        auto opened
            = StateApplier::open(dir.file(QStringLiteral("state.db")), 1 << 20, reports.hooks());
        if (opened && (*opened)->catchUp((*store)->path()))
            applier = std::move(*opened);
    }
    tests::TempDir dir;
    tests::ChainBuilder chain;
    Reports reports;
    std::unique_ptr<StateApplier> applier;
};

} // namespace

class TestStateApplier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handedOverBlocks_areApplied_inOrder_sameStateAsBlockByBlock()
    {
        tests::TempDir dir;
        tests::ChainBuilder b(11);
        for (int i = 0; i < 30; ++i)
            b.addBlock(5);
        auto genesisOnly = tests::ChainBuilder(11).createStore(dir.file(QStringLiteral("g.db")));
        QVERIFY(genesisOnly);
        const QString storePath = (*genesisOnly)->path();
        genesisOnly->reset();

        Reports reports;
        auto applier
            = StateApplier::open(dir.file(QStringLiteral("state.db")), 1 << 20, reports.hooks());
        QVERIFY2(applier, qPrintable(applier ? QString() : applier.error().toString()));
        QVERIFY(!(*applier)->openedHeight().has_value()); // a new file: before genesis
        const auto at = (*applier)->catchUp(storePath);
        QVERIFY2(at, qPrintable(at ? QString() : at.error().toString()));
        QCOMPARE(at->height, 0u);
        QVERIFY(at->nodes.has_value());
        QVERIFY(std::any_of(at->nodes->begin(), at->nodes->end(), [&](const auto &n) {
            return n.key == b.node().publicKey() && n.currentAt(0);
        }));

        const auto &blocks = b.blocks();
        for (std::size_t h = 1; h < blocks.size(); h += 3) {
            std::vector<chain::Block> chunk(blocks.begin() + qsizetype(h),
                                            blocks.begin()
                                                + qsizetype(std::min(h + 3, blocks.size())));
            const raft::Index last = chunk.back().height() + 100;
            (*applier)->handOver(std::move(chunk), last, false);
            if (h == 10) // a job between hand-overs sees exactly what came before it
                QCOMPARE(heightOf(**applier), 12u);
        }
        QCOMPARE(heightOf(**applier), 30u);
        {
            std::lock_guard lock(reports.mutex);
            QVERIFY(reports.failures.isEmpty());
            QVERIFY(!reports.applied.empty());
            std::uint64_t previous = 0;
            for (const auto &a : reports.applied) {
                QVERIFY(a.height > previous);
                QCOMPARE(a.raftIndex, raft::Index(a.height + 100));
                QCOMPARE(a.hash, blocks[a.height].hash());
                QVERIFY(!a.nodes.has_value());
                previous = a.height;
            }
            QCOMPARE(previous, 30u);
        }

        auto oneByOne = state::StateMachine::open(dir.file(QStringLiteral("reference.db")));
        QVERIFY(oneByOne);
        for (const auto &block : blocks)
            QVERIFY((*oneByOne)->apply(block));
        QCOMPARE(digestOf(**applier), (*oneByOne)->digest().value().toByteArray());
    }

    void blockThatDoesNotContinue_stopsApplying_jobsGetNoState()
    {
        AtGenesis f(12, 6, 2);
        QVERIFY(f.applier);
        f.applier->handOver({ f.chain.blocks()[1], f.chain.blocks()[2] }, 2, false);
        QCOMPARE(heightOf(*f.applier), 2u);
        f.applier->handOver({ f.chain.blocks()[4] }, 4, false); // block 3 is missing
        f.applier->handOver({ f.chain.blocks()[5] }, 5, false);
        QCOMPARE(heightOf(*f.applier), ~std::uint64_t(0)); // the job got no state
        std::lock_guard lock(f.reports.mutex);
        QCOMPARE(f.reports.failures.size(), 1);
        QVERIFY2(f.reports.failures.front().contains(QLatin1String("cannot apply blocks 4-"))
                     && f.reports.failures.front().contains(QLatin1String("expected block 3")),
                 qPrintable(f.reports.failures.front()));
        QCOMPARE(f.reports.applied.size(), std::size_t(1));
        QCOMPARE(f.reports.applied.front().height, 2u);
    }

    void catchUp_appliesWhatTheStoreHasBeyondTheState_andReadsTheNodeKeys()
    {
        tests::TempDir dir;
        tests::ChainBuilder b(13);
        for (int i = 0; i < 10; ++i)
            b.addBlock(4);
        auto store = b.createStore(dir.file(QStringLiteral("ledger.db")));
        QVERIFY(store);
        {
            // A state left at block 3 by a crash.
            auto s = state::StateMachine::open(dir.file(QStringLiteral("state.db")));
            QVERIFY(s);
            for (int h = 0; h <= 3; ++h)
                QVERIFY((*s)->apply(b.blocks()[std::size_t(h)]));
        }
        Reports reports;
        auto applier
            = StateApplier::open(dir.file(QStringLiteral("state.db")), 1 << 20, reports.hooks());
        QVERIFY(applier);
        QCOMPARE((*applier)->openedHeight(), std::optional<std::uint64_t>(3));
        const auto at = (*applier)->catchUp((*store)->path());
        QVERIFY2(at, qPrintable(at ? QString() : at.error().toString()));
        QCOMPARE(at->height, 10u);
        QCOMPARE(at->hash, b.tip().hash());
        QVERIFY(at->nodes.has_value() && !at->nodes->empty());
    }

    void readNodes_afterABatch_carriesTheNodeKeys()
    {
        AtGenesis f(14, 1, 3);
        QVERIFY(f.applier);
        f.applier->handOver({ f.chain.blocks()[1] }, 7, true);
        QCOMPARE(heightOf(*f.applier), 1u);
        std::lock_guard lock(f.reports.mutex);
        QCOMPARE(f.reports.applied.size(), std::size_t(1));
        QVERIFY(f.reports.applied.front().nodes.has_value());
        QVERIFY(!f.reports.applied.front().nodes->empty());
    }

    void destroyed_afterApplyingEverythingHandedOver()
    {
        AtGenesis f(15, 40, 3);
        QVERIFY(f.applier);
        for (std::size_t h = 1; h < f.chain.blocks().size(); ++h)
            f.applier->handOver({ f.chain.blocks()[h] }, h, false);
        f.applier.reset(); // no wait: the destructor finishes the queue
        auto s = state::StateMachine::open(f.dir.file(QStringLiteral("state.db")));
        QVERIFY(s);
        QCOMPARE((*s)->appliedHeight(), std::optional<std::uint64_t>(40));
    }

    void stateFileThatCannotBeOpened_isAnError()
    {
        tests::TempDir dir;
        Reports reports;
        auto applier = StateApplier::open(dir.file(QStringLiteral("missing/dir/state.db")), 1 << 20,
                                          reports.hooks());
        QVERIFY(!applier);
    }
};

QTEST_GUILESS_MAIN(TestStateApplier)
#include "TestStateApplier.moc"
