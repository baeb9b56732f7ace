#pragma once

#include "ledger/chain/Transaction.h"
#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"
#include "ledger/node/NodeConfig.h"
#include "ledger/node/NodeStatus.h"
#include "ledger/state/StateQueries.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace ledger::store {
class BlockStore;
}
namespace ledger::state {
class StateMachine;
}

namespace ledger::service {

// What a query sees: its own read connections to the data directory's
// state.db and ledger.db (WAL snapshots, never the node's connections),
// reopened after each committed block so cached heights are current.
// `blocks` is read-only (opened so) but not const: its readers (block(),
// findTransaction(), readRaw()) are non-const; only the reader thread uses it.
struct QueryContext {
    const state::StateMachine &state;
    const state::StateQueries &queries;
    store::BlockStore &blocks;
};

// The final or current fate of a submission made through the service.
struct Submission {
    enum class Stage {
        Queued, // stored in the outbox; no quorum reachable yet (待发送)
        Sent, // handed to the node, waiting for commit
        Applied, // committed and applied
        HeldForApproval, // committed; waits for a secretary's approval
        Rejected, // refused by the node or rejected by the state machine
    };
    chain::TxId txId;
    chain::TxType type = chain::TxType::Genesis;
    Stage stage = Stage::Queued;
    std::uint64_t height = 0; // Applied / HeldForApproval / Rejected by the state: the block
    // Rejected: English, technical. By the state: the RejectReason name
    // ("not_permitted"), then ": " and its detail if any; by the node: its
    // refusal ("the author's signature does not verify", ...).
    QString reason;
    std::int64_t createdMs = 0;
};

// The public facade of the ledger for the desktop app and the kiosk: one
// data directory's node running on its own thread, a reader thread for
// queries, and a durable outbox for submissions. Lives on the UI thread;
// never blocks it (every call returns at once; results arrive as callbacks
// or signals on the caller's thread). Exceptions: open() (opens the files,
// waits for the node to start: call it at start-up), transferLeadership()
// (a short blocking call into the node thread) and the destructor (a leader
// hands over first: at most about 5 s).
class LedgerService : public QObject
{
    Q_OBJECT
public:
    ~LedgerService() override; // stops the node (hands leadership over), joins threads

    // Opens DIR (node.json, node.key, ledger.db, raft.db, state.db, outbox.db),
    // starts the node thread (node + peer transport + control socket) and the
    // reader thread. status() is valid on return. Errors name the file at
    // fault; Unavailable if another process serves DIR (its control socket)
    // or the peer port is taken.
    static core::Result<std::unique_ptr<LedgerService>> open(const QString &dataDir,
                                                             QObject *parent = nullptr);
    // The same with a node key loaded elsewhere (NodeKeyStore: the system
    // keychain); Conflict if it is not the key node.json names.
    static core::Result<std::unique_ptr<LedgerService>>
    open(const QString &dataDir, const crypto::KeyPair &nodeKey, QObject *parent = nullptr);

    QString dataDir() const;
    const node::NodeConfig &config() const;

    // Runs `fn` on a reader thread and calls `done` with its result on the
    // thread of `receiver`, unless `receiver` was destroyed meanwhile (then
    // `fn` may not run at all). A receiver's queries run in the order posted;
    // those of a receiver on screen go before those of hidden widgets.
    template<class R>
    void query(QObject *receiver, std::function<R(const QueryContext &)> fn,
               std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        postQuery(
            [fn = std::move(fn), done = std::move(done), guard](const QueryContext &c) {
                auto result = std::make_shared<R>(fn(c));
                return std::function<void()>([done, result, guard] {
                    if (guard)
                        done(std::move(*result));
                });
            },
            receiver);
    }

    // Builds, signs (with `author`, sequence chosen by the outbox) and durably
    // queues a transaction, then sends it when the node can reach a quorum.
    // Returns its id at once; `done` (optional) is called on `receiver`'s
    // thread with each stage change until a final one (never inside
    // submit(); the first report, Queued or Sent, comes once outbox.db holds
    // it). Without a receiver `done` runs on the service's thread; with one,
    // not after it is destroyed. Exactly once: the outbox resends the same
    // signed bytes after a restart; those have no `done`, follow them with
    // submissionChanged. HeldForApproval is final here: the approval is
    // another transaction (refresh on blockCommitted).
    chain::TxId submit(chain::TxType type, const QByteArray &payload, const crypto::KeyPair &author,
                       QObject *receiver = nullptr,
                       std::function<void(const Submission &)> done = {});

    // Submissions not yet final (queued or sent), oldest first.
    std::vector<Submission> outbox() const;
    node::NodeStatus status() const; // the last snapshot (refreshed every 500 ms)
    // Why the node halted (halted()'s reason: English, technical); empty while
    // it runs. For screens opened after the halt.
    QString haltReason() const;
    core::Status transferLeadership(std::uint64_t toNodeId);
    // Queries posted (query()) whose answer has not yet been delivered (or
    // dropped for a destroyed receiver). On the service's thread, 0 means
    // every answer has reached its callback: `gongzhi --bench-ui` uses it to
    // tell when a page is usable.
    int pendingQueries() const;
    // The same, counting only queries whose receiver is on screen now (a
    // visible widget or an object inside one) or is no widget's: what the
    // person waits for. Queries of hidden pages run behind those
    // (QueryReaderPool).
    int pendingShownQueries() const;

Q_SIGNALS:
    // A block was committed and applied; queries now see it.
    void blockCommitted(quint64 height);
    void statusChanged(const ledger::node::NodeStatus &status);
    void outboxChanged(int notFinal);
    void submissionChanged(const ledger::service::Submission &submission);
    void halted(const QString &reason);
    // pendingQueries() dropped to 0, after the last answer's callback returned.
    void queriesIdle();

private:
    struct Impl;
    explicit LedgerService(QObject *parent);
    void postQuery(std::function<std::function<void()>(const QueryContext &)> job,
                   QObject *receiver);
    void refreshSequences();
    std::unique_ptr<Impl> d;
};

} // namespace ledger::service

Q_DECLARE_METATYPE(ledger::service::Submission)
