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
class QueryReader;

// The submissions made through one LedgerService: assigns sequences, signs,
// hands transactions to the node and follows each one to its final stage
// (Submission::Stage). Lives on the service's (UI) thread; talks to the node
// and the reader only through queued calls.
class SubmissionTracker
{
public:
    SubmissionTracker(LedgerService *service, NodeHost *host, QueryReader *reader);

    // The state's last sequence per author, so new ones are above it.
    void seedSequences(const QHash<crypto::PublicKey, std::uint64_t> &lastSeq);

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
        bool hasReceiver = false;
        QPointer<QObject> receiver;
        std::vector<std::function<void(const Submission &)>> callbacks;
    };

    std::uint64_t nextSequence(const crypto::PublicKey &author);
    void send(const chain::Transaction &tx);
    void onNodeOutcome(const chain::TxId &id, bool committed, std::uint64_t height,
                       const QString &reason);
    void onStateOutcome(const chain::TxId &id, std::uint64_t height,
                        const std::optional<state::TxOutcome> &outcome);
    void setStage(const chain::TxId &id, Submission::Stage stage, std::uint64_t height = 0,
                  const QString &reason = {});
    static bool isFinal(Submission::Stage stage);

    LedgerService *m_service;
    NodeHost *m_host;
    QueryReader *m_reader;
    bool m_leaderKnown = false;
    QHash<crypto::PublicKey, std::uint64_t> m_lastSeq;
    QHash<chain::TxId, Entry> m_entries; // not final
    std::vector<chain::TxId> m_order; // submission order of m_entries
};

} // namespace ledger::service
