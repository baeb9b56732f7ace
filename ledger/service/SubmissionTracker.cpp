#include "ledger/service/SubmissionTracker.h"

#include "ledger/domain/Rejection.h"
#include "ledger/node/LedgerNode.h"
#include "ledger/service/NodeHost.h"
#include "ledger/service/Outbox.h"
#include "ledger/service/QueryReader.h"

#include <QDateTime>

namespace ledger::service {

SubmissionTracker::SubmissionTracker(LedgerService *service, NodeHost *host, Outbox *outbox,
                                     QueryReader *reader)
    : m_service(service)
    , m_host(host)
    , m_outbox(outbox)
    , m_reader(reader)
{
}

void SubmissionTracker::seedSequences(const QHash<crypto::PublicKey, std::uint64_t> &lastSeq)
{
    for (auto it = lastSeq.cbegin(); it != lastSeq.cend(); ++it)
        m_lastSeq[it.key()] = std::max(m_lastSeq.value(it.key()), it.value());
}

std::uint64_t SubmissionTracker::nextSequence(const crypto::PublicKey &author)
{
    // Strictly increasing per author on the ledger (Applier: sequence above the
    // author's last). Microseconds since the epoch keep it increasing across
    // reinstalls and other PCs using the same key; the last used + 1 covers
    // several submissions within a microsecond and a clock set back.
    const auto nowUs = std::uint64_t(QDateTime::currentMSecsSinceEpoch()) * 1000;
    const std::uint64_t seq = std::max(m_lastSeq.value(author) + 1, nowUs);
    m_lastSeq[author] = seq;
    return seq;
}

chain::TxId SubmissionTracker::submit(chain::TxType type, const QByteArray &payload,
                                      const crypto::KeyPair &author, QObject *receiver,
                                      std::function<void(const Submission &)> done)
{
    chain::TxBody body;
    body.type = type;
    body.consortium = m_service->config().consortium;
    body.sequence = nextSequence(author.publicKey());
    body.timestampMs = QDateTime::currentMSecsSinceEpoch();
    body.payload = payload;
    const auto tx = chain::Transaction::sign(body, author);

    Entry e {
        Submission {}, tx, false, false, receiver != nullptr, QPointer<QObject>(receiver), {}
    };
    e.submission.txId = tx.id();
    e.submission.type = type;
    e.submission.stage = m_leaderKnown ? Submission::Stage::Sent : Submission::Stage::Queued;
    e.submission.createdMs = body.timestampMs;
    if (done)
        e.callbacks.push_back(std::move(done));
    const Submission first = e.submission;
    m_entries.insert(tx.id(), std::move(e));
    m_order.push_back(tx.id());

    // Stored before it is sent (exactly once across restarts); reported only
    // once stored, and always after submit() returned.
    NodeHost *host = m_host;
    Outbox *outbox = m_outbox;
    LedgerService *service = m_service; // alive while the node thread runs
    QMetaObject::invokeMethod(host, [this, host, outbox, service, tx, first] {
        if (auto st = outbox->add(tx, first.createdMs); !st) {
            const QString reason
                = QStringLiteral("cannot store the submission: ") + st.error().toString();
            QMetaObject::invokeMethod(service, [this, id = tx.id(), reason] {
                setStage(id, Submission::Stage::Rejected, 0, reason);
            });
            return;
        }
        QMetaObject::invokeMethod(service, [this, first] { report(first); });
    });
    return tx.id();
}

void SubmissionTracker::report(const Submission &first)
{
    auto it = m_entries.find(first.txId);
    if (it != m_entries.end()) {
        it->stored = true;
        const auto author = it->tx.author();
        if (it->submission.stage == first.stage)
            setStage(first.txId, first.stage); // else it moved on already
        sendNext(author);
    }
    Q_EMIT m_service->outboxChanged(int(m_entries.size()));
}

void SubmissionTracker::sendNext(const crypto::PublicKey &author)
{
    for (const auto &id : m_order) {
        auto it = m_entries.find(id);
        if (it == m_entries.end() || it->tx.author() != author)
            continue;
        if (it->sent || !it->stored)
            return; // the oldest is on its way, or not yet on disk
        it->sent = true;
        QMetaObject::invokeMethod(m_host, [this, tx = it->tx] { send(tx); });
        return;
    }
}

void SubmissionTracker::resume(const std::vector<chain::Transaction> &txs,
                               const std::vector<std::int64_t> &createdMs)
{
    for (std::size_t i = 0; i < txs.size(); ++i) {
        const auto &tx = txs[i];
        if (m_entries.contains(tx.id()))
            continue;
        Entry e { Submission {}, tx, true, false, false, {}, {} };
        e.submission.txId = tx.id();
        e.submission.type = tx.type();
        e.submission.stage = m_leaderKnown ? Submission::Stage::Sent : Submission::Stage::Queued;
        e.submission.createdMs = i < createdMs.size() ? createdMs[i] : tx.body().timestampMs;
        m_entries.insert(tx.id(), std::move(e));
        m_order.push_back(tx.id());
    }
    for (const auto &tx : txs)
        sendNext(tx.author());
    if (!txs.empty()) {
        QMetaObject::invokeMethod(
            m_service, [this] { Q_EMIT m_service->outboxChanged(int(m_entries.size())); },
            Qt::QueuedConnection);
    }
}

// On the node thread.
void SubmissionTracker::send(const chain::Transaction &tx)
{
    if (!m_host->node())
        return;
    LedgerService *service = m_service; // alive while the node thread runs
    node::LedgerNode *node = m_host->node();
    node->submit(tx, [this, service, node, id = tx.id()](const node::SubmitOutcome &o) {
        std::function<void()> report = [this, service, id, o] {
            QMetaObject::invokeMethod(service, [this, id, o] {
                onNodeOutcome(id, o.kind == node::SubmitOutcome::Kind::Committed, o.height,
                              o.reason);
            });
        };
        // The node answers once the block is stored; the state, applied on its
        // own thread, decides the outcome onNodeOutcome reads: wait for it.
        if (o.kind == node::SubmitOutcome::Kind::Committed)
            node->readState([report](const state::StateMachine *) { return report; });
        else
            report();
    });
}

void SubmissionTracker::onNodeOutcome(const chain::TxId &id, bool committed, std::uint64_t height,
                                      const QString &reason)
{
    if (!m_entries.contains(id))
        return;
    if (!committed) {
        setStage(id, Submission::Stage::Rejected, 0, reason);
        return;
    }
    // Committed is not yet applied: the state machine decides (applied, held
    // for a secretary's approval, or rejected by a domain rule).
    QueryReader *reader = m_reader;
    LedgerService *service = m_service;
    QMetaObject::invokeMethod(reader, [this, reader, service, id, height] {
        std::optional<state::TxOutcome> outcome;
        reader->run([&](const QueryContext &c) { outcome = c.queries.txOutcome(id, height); });
        QMetaObject::invokeMethod(
            service, [this, id, height, outcome] { onStateOutcome(id, height, outcome); });
    });
}

void SubmissionTracker::onStateOutcome(const chain::TxId &id, std::uint64_t height,
                                       const std::optional<state::TxOutcome> &outcome)
{
    if (!outcome) {
        // Committed by the node's word; the state has no row (a type the state
        // does not track): it is on the chain, so it took effect.
        setStage(id, Submission::Stage::Applied, height);
        return;
    }
    switch (outcome->outcome) {
    case state::TxOutcome::Applied:
        setStage(id, Submission::Stage::Applied, std::uint64_t(outcome->height));
        break;
    case state::TxOutcome::Pending:
        setStage(id, Submission::Stage::HeldForApproval, std::uint64_t(outcome->height));
        break;
    case state::TxOutcome::Rejected: {
        QString reason = QString::fromLatin1(domain::rejectReasonName(outcome->reason));
        if (!outcome->detail.isEmpty())
            reason += QStringLiteral(": ") + outcome->detail;
        setStage(id, Submission::Stage::Rejected, std::uint64_t(outcome->height), reason);
        break;
    }
    }
}

void SubmissionTracker::onStatus(const node::NodeStatus &status)
{
    m_leaderKnown = status.leaderReachable();
    if (!m_leaderKnown)
        return;
    const auto order = m_order;
    for (const auto &id : order) {
        auto it = m_entries.find(id);
        if (it != m_entries.end() && it->submission.stage == Submission::Stage::Queued)
            setStage(id, Submission::Stage::Sent);
    }
}

bool SubmissionTracker::isFinal(Submission::Stage stage)
{
    return stage == Submission::Stage::Applied || stage == Submission::Stage::HeldForApproval
        || stage == Submission::Stage::Rejected;
}

void SubmissionTracker::setStage(const chain::TxId &id, Submission::Stage stage,
                                 std::uint64_t height, const QString &reason)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    it->submission.stage = stage;
    it->submission.height = height;
    it->submission.reason = reason;
    const Submission s = it->submission;
    const bool hasReceiver = it->hasReceiver;
    const QPointer<QObject> receiver = it->receiver;
    const auto callbacks = it->callbacks;
    const auto author = it->tx.author();
    if (isFinal(stage)) {
        m_entries.erase(it);
        m_order.erase(std::remove(m_order.begin(), m_order.end(), id), m_order.end());
        Outbox *outbox = m_outbox;
        QMetaObject::invokeMethod(m_host, [outbox, id] {
            // If this is lost, the next start sends it again and learns the
            // same fate (the chain or the refusal), which is harmless.
            if (auto st = outbox->remove(id); !st)
                qWarning("outbox: %s", qPrintable(st.error().toString()));
        });
        sendNext(author);
    }
    Q_EMIT m_service->submissionChanged(s);
    if (isFinal(stage))
        Q_EMIT m_service->outboxChanged(int(m_entries.size()));
    if (hasReceiver && !receiver)
        return;
    for (const auto &cb : callbacks)
        cb(s);
}

std::vector<Submission> SubmissionTracker::notFinal() const
{
    std::vector<Submission> out;
    out.reserve(m_order.size());
    for (const auto &id : m_order) {
        const auto it = m_entries.constFind(id);
        if (it != m_entries.cend())
            out.push_back(it->submission);
    }
    return out;
}

} // namespace ledger::service
