#pragma once

#include "ledger/core/Enforce.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/StateQueries.h"
#include "tests/ledger/domain/ChainFixture.h"
#include "tests/support/TempDir.h"

#include <map>
#include <memory>

namespace tests {

// A ChainFixture applied to a fresh StateMachine in a temporary directory.
struct StateHarness {
    TempDir dir;
    ChainFixture chain;
    std::unique_ptr<ledger::state::StateMachine> sm;
    std::map<ledger::chain::TxId, std::uint64_t> heights; // of what commit() committed

    StateHarness()
    {
        auto opened = ledger::state::StateMachine::open(dir.file(QStringLiteral("state.db")));
        GONGZHI_ENFORCE(opened.has_value(), "open state");
        sm = std::move(*opened);
        GONGZHI_ENFORCE(sm->apply(chain.blocks().front()).has_value(), "apply genesis");
    }

    ledger::state::StateQueries queries() const { return ledger::state::StateQueries(*sm); }

    // Seals the transactions into the next block and applies it.
    void commit(std::vector<ledger::chain::Transaction> txs)
    {
        const ledger::chain::Block &block = chain.block(std::move(txs));
        const auto applied = sm->apply(block);
        GONGZHI_ENFORCE(applied.has_value(), "apply block");
        for (const auto &tx : block.transactions())
            heights[tx.id()] = block.height();
    }

    ledger::state::TxOutcome outcomeOf(const ledger::chain::Transaction &tx) const
    {
        const auto at = heights.find(tx.id());
        GONGZHI_ENFORCE(at != heights.end(), "the transaction was committed through commit()");
        const auto o = queries().txOutcome(tx.id(), at->second);
        GONGZHI_ENFORCE(o.has_value(), "every committed transaction has an outcome");
        return *o;
    }

    // Commits `tx` alone and returns its outcome.
    ledger::state::TxOutcome run(const ledger::chain::Transaction &tx)
    {
        commit({ tx });
        return outcomeOf(tx);
    }

    ledger::domain::RejectReason reasonOf(const ledger::chain::Transaction &tx)
    {
        return run(tx).reason;
    }
};

} // namespace tests

// Short forms for the outcome of one committed transaction.
#define GONGZHI_APPLIED(h, tx) \
    do { \
        const auto o_ = (h).run(tx); \
        QVERIFY2( \
            o_.outcome == ledger::state::TxOutcome::Applied, \
            qPrintable(QStringLiteral("%1: %2").arg( \
                QString::fromLatin1(ledger::domain::rejectReasonName(o_.reason)), o_.detail))); \
    } while (false)
#define GONGZHI_PENDING(h, tx) \
    QCOMPARE(int((h).run(tx).outcome), int(ledger::state::TxOutcome::Pending))
#define GONGZHI_REJECTED(h, tx, why) \
    do { \
        const auto o_ = (h).run(tx); \
        QCOMPARE(int(o_.outcome), int(ledger::state::TxOutcome::Rejected)); \
        QCOMPARE(QString::fromLatin1(ledger::domain::rejectReasonName(o_.reason)), \
                 QString::fromLatin1(ledger::domain::rejectReasonName(why))); \
    } while (false)
