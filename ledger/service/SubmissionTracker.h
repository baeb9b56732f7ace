#pragma once

#include "ledger/chain/Transaction.h"
#include "ledger/node/NodeStatus.h"
#include "ledger/service/LedgerService.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

namespace ledger::service {

class NodeHost;
class Outbox;
class QueryReader;

// The submissions made through one LedgerService: assigns sequences, signs,
// stores each in the durable Outbox, hands it to the node and follows it to
// its final stage (Submission::Stage), when it leaves the outbox. Lives on
// the service's (UI) thread; uses the node and the outbox (node thread) and
// the reader only through queued calls, so submit() never waits for a disk.
class SubmissionTracker
{
public:
    SubmissionTracker(LedgerService *service, NodeHost *host, Outbox *outbox, QueryReader *reader);

    // The last sequence per author known to the state or the outbox, so new
    // ones are above it.
    void seedSequences(const QHash<crypto::PublicKey, std::uint64_t> &lastSeq);
    // Submissions the outbox held at start: sent again, byte for byte.
    void resume(const std::vector<chain::Transaction> &txs,
                const std::vector<std::int64_t> &createdMs);

    chain::TxId submit(chain::TxType type, const QByteArray &payload, const crypto::KeyPair &author,
                       QObject *receiver, std::function<void(const Submission &)> done);
    std::vector<Submission> notFinal() const;
    // A leader became known: queued submissions are on their way (the node
    // routes its pending ones to the leader).
    void onStatus(const node::NodeStatus &status);

private:
    struct Entry {
        Submission submission;
        chain::Transaction tx;
        bool stored = false; // in the outbox on disk
        bool sent = false; // handed to the node
        bool hasReceiver = false;
        QPointer<QObject> receiver;
        std::vector<std::function<void(const Submission &)>> callbacks;
    };

    std::uint64_t nextSequence(const crypto::PublicKey &author);
    void send(const chain::Transaction &tx);
    // Hands the author's oldest not-final submission to the node unless it is
    // already there. One at a time per author: the ledger refuses a sequence
    // that is not above the author's last, and the node does not keep the
    // order of submissions that wait for a leader, so two in flight could
    // land swapped and the earlier one would be rejected as a replay.
    void sendNext(const crypto::PublicKey &author);
    void report(const Submission &first);
    void onNodeOutcome(const chain::TxId &id, bool committed, std::uint64_t height,
                       const QString &reason);
    void onStateOutcome(const chain::TxId &id, std::uint64_t height,
                        const std::optional<state::TxOutcome> &outcome);
    void setStage(const chain::TxId &id, Submission::Stage stage, std::uint64_t height = 0,
                  const QString &reason = {});
    static bool isFinal(Submission::Stage stage);

    LedgerService *m_service;
    NodeHost *m_host;
    Outbox *m_outbox;
    QueryReader *m_reader;
    bool m_leaderKnown = false;
    QHash<crypto::PublicKey, std::uint64_t> m_lastSeq;
    QHash<chain::TxId, Entry> m_entries; // not final
    std::vector<chain::TxId> m_order; // submission order of m_entries
};

} // namespace ledger::service
