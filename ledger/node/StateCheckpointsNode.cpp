// The divergence check on a running node: snapshots and digests on a worker
// thread, checkpoint frames to and from peers, and the verdicts.
#include "ledger/node/LedgerNode.h"
#include "ledger/node/StateCheckpoints.h"
#include "ledger/state/StateDigest.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ledger::node {

using core::ErrorCode;
using core::fail;

namespace {
QAtomicInt s_workerConnections;

QString nodeList(const std::vector<raft::NodeId> &ids)
{
    QStringList out;
    for (raft::NodeId id : ids)
        out << QString::number(id);
    return out.join(QStringLiteral(", "));
}

QString shortHex(const crypto::Digest &d)
{
    return d.toHex().left(16);
}
} // namespace

// Lives on the digest thread with its own read-only connection to state.db
// (a Qt Sql connection is used only on the thread that created it).
class DigestWorker : public QObject
{
public:
    DigestWorker(QString path, const std::atomic<bool> *cancel)
        : m_path(std::move(path))
        , m_cancel(cancel)
        , m_connection(
              QStringLiteral("gongzhi-digest-%1").arg(s_workerConnections.fetchAndAddRelaxed(1)))
    {
    }

    // Opens a read transaction, which (WAL) fixes the snapshot this connection
    // sees until it ends, and checks that it is the state at `height`.
    core::Status begin(std::uint64_t height)
    {
        if (!m_open) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            db.setDatabaseName(m_path);
            db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
            if (!db.open())
                return fail(core::Error(ErrorCode::Io, db.lastError().text()).inFile(m_path));
            m_open = true;
        }
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery q(db);
        // BEGIN is deferred: the snapshot is taken by the first read after it.
        if (!q.exec(QStringLiteral("BEGIN"))
            || !q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'applied_height'"))) {
            const QString why = q.lastError().text();
            rollback();
            return fail(core::Error(ErrorCode::Io, why).inFile(m_path));
        }
        const std::uint64_t applied = q.next() ? q.value(0).toByteArray().toULongLong() : 0;
        q.finish();
        if (applied != height) {
            rollback();
            return fail(ErrorCode::Conflict,
                        QStringLiteral("the state snapshot is at block %1, "
                                       "not at the checkpoint %2")
                            .arg(applied)
                            .arg(height));
        }
        return {};
    }

    // The digest of the snapshot begin() fixed; ends the read transaction.
    core::Result<crypto::Digest> digestAndEnd()
    {
        auto d = state::computeStateDigest(QSqlDatabase::database(m_connection, false), m_cancel);
        rollback();
        return d;
    }

    void close()
    {
        if (!m_open)
            return;
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
        m_open = false;
    }

    // Ends the read transaction begin() opened without a digest (the node stopped).
    void endWithoutDigest() { rollback(); }

private:
    void rollback()
    {
        QSqlQuery(QSqlDatabase::database(m_connection, false)).exec(QStringLiteral("ROLLBACK"));
    }

    const QString m_path;
    const std::atomic<bool> *m_cancel;
    const QString m_connection;
    bool m_open = false;
};

StateCheckpoints::StateCheckpoints(QString statePath, raft::NodeId self, int everyBlocks,
                                   int idleTicks, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_self(self)
    , m_everyBlocks(everyBlocks)
    , m_idleTicks(std::max(1, idleTicks))
    , m_hooks(std::move(hooks))
{
    m_worker = new DigestWorker(std::move(statePath), &m_cancel);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("state-digest"));
    m_thread.start(QThread::LowPriority);
}

StateCheckpoints::~StateCheckpoints()
{
    stop();
    DigestWorker *worker = m_worker;
    // Queued behind a running digest, which the cancel flag cuts short.
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void StateCheckpoints::stop()
{
    m_stopped = true;
    m_cancel = true;
}

void StateCheckpoints::blockHandedOver(std::uint64_t height, const chain::BlockHash &hash)
{
    if (isCheckpointHeight(height) && (!m_startedAny || height > m_lastStarted))
        startDigest(height, hash);
}

void StateCheckpoints::blockApplied(std::uint64_t height, const chain::BlockHash &hash)
{
    m_height = height;
    m_hash = hash;
    m_haveHead = true;
    m_idle = 0;
}

void StateCheckpoints::tick()
{
    if (m_stopped)
        return;
    ++m_idle;
    if (m_haveHead && !m_busy && m_idle >= m_idleTicks
        && (!m_startedAny || m_height > m_lastStarted))
        startDigest(m_height, m_hash);
    // Peers that (re)connected or missed a frame get the latest again.
    if (++m_sinceBroadcast >= 4 * m_idleTicks)
        broadcast();
}

void StateCheckpoints::startDigest(std::uint64_t height, const chain::BlockHash &hash)
{
    if (m_stopped)
        return;
    if (m_busy) {
        qCDebug(lcNode) << "checkpoint" << height << "skipped: the previous digest still runs";
        return;
    }
    m_lastStarted = height;
    m_startedAny = true;
    m_busy = true; // no second snapshot is queued behind this one
    // The state thread waits only until the worker's read transaction exists;
    // the worker is idle (m_busy), so that is a moment. `this` outlives the
    // state thread's queue: the node stops its StateApplier first.
    DigestWorker *worker = m_worker;
    m_hooks.snapshot([this, worker, height, hash] {
        QElapsedTimer pause;
        pause.start();
        core::Status began;
        QMetaObject::invokeMethod(
            worker, [&began, worker, height] { began = worker->begin(height); },
            Qt::BlockingQueuedConnection);
        const double ms = double(pause.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(
            this, [this, height, hash, began, ms] { snapshotTaken(height, hash, began, ms); },
            Qt::QueuedConnection);
    });
}

void StateCheckpoints::snapshotTaken(std::uint64_t height, const chain::BlockHash &hash,
                                     const core::Status &began, double pauseMs)
{
    m_status.lastHandoffMs = pauseMs;
    if (!began) {
        m_busy = false;
        // An idle checkpoint whose blocks kept coming: the next one is taken.
        if (began.error().code == ErrorCode::Conflict && !isCheckpointHeight(height))
            qCDebug(lcNode).noquote() << "no idle checkpoint:" << began.error().toString();
        else
            qCWarning(lcNode).noquote()
                << "no state snapshot for checkpoint" << height << ":" << began.error().toString();
        return;
    }
    if (m_stopped) {
        DigestWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker] { worker->endWithoutDigest(); }, Qt::QueuedConnection);
        m_busy = false;
        return;
    }
    DigestWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, height, hash] {
            QElapsedTimer timer;
            timer.start();
            auto digest = worker->digestAndEnd();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            core::Result<Checkpoint> result = digest
                ? core::Result<Checkpoint>(Checkpoint { height, hash, *digest })
                : core::Result<Checkpoint>(fail(digest.error()));
            // `this` outlives the worker's queue: its destructor waits for it.
            QMetaObject::invokeMethod(
                this, [this, result, ms] { digestDone(result, ms); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StateCheckpoints::digestDone(const core::Result<Checkpoint> &cp, double ms)
{
    m_busy = false;
    if (m_stopped)
        return;
    if (!cp) {
        qCWarning(lcNode).noquote() << "state digest failed:" << cp.error().toString();
        return;
    }
    m_status.lastDigestMs = ms;
    m_status.hasOwn = true;
    m_status.latestOwnHeight = std::max(m_status.latestOwnHeight, cp->height);
    m_votes.recordOwn(*cp);
    qCInfo(lcNode).noquote() << QStringLiteral("checkpoint at block %1: state digest %2 (%3 ms on "
                                               "the digest thread, node thread paused %4 ms)")
                                    .arg(cp->height)
                                    .arg(shortHex(cp->stateDigest))
                                    .arg(ms, 0, 'f', 1)
                                    .arg(m_status.lastHandoffMs, 0, 'f', 2);
    broadcast();
    judge(cp->height);
}

void StateCheckpoints::broadcast()
{
    m_sinceBroadcast = 0;
    if (m_stopped || !m_status.hasOwn)
        return;
    const QByteArray payload = CheckpointCodec::encode(m_votes.latestOwn(4));
    for (raft::NodeId peer : m_hooks.members()) {
        if (peer != m_self)
            m_hooks.send(peer, payload);
    }
}

void StateCheckpoints::receive(raft::NodeId from, QByteArrayView payload)
{
    if (m_stopped)
        return;
    const auto members = m_hooks.members();
    if (std::find(members.begin(), members.end(), from) == members.end())
        return; // not (or no longer) a member: its word counts for nothing
    auto cps = CheckpointCodec::decode(payload);
    if (!cps) {
        qCWarning(lcNode).noquote()
            << "undecodable checkpoint frame from" << from << ":" << cps.error().toString();
        return;
    }
    m_votes.forgetPeersExcept(members);
    m_votes.recordPeer(from, *cps);
    for (const auto &cp : *cps) {
        if (m_stopped)
            return;
        if (m_votes.hasOwn(cp.height))
            judge(cp.height);
    }
}

void StateCheckpoints::judge(std::uint64_t height)
{
    using Kind = CheckpointVotes::Verdict::Kind;
    const auto v = m_votes.evaluate(height, m_hooks.voters(), m_self);
    if (v.kind == Kind::Unknown)
        return;
    if (!m_status.compared || height >= m_status.comparedHeight) {
        m_status.compared = true;
        m_status.comparedHeight = height;
        m_status.headHash = v.own.headHash.toHex();
        m_status.stateDigest = v.own.stateDigest.toHex();
        m_status.agreedWith = v.agreeing;
        m_status.disagreedWith = v.differing;
    }
    if (m_warned.size() > 4096)
        m_warned.clear();
    switch (v.kind) {
    case Kind::SelfDiverged:
        m_hooks.halt(QStringLiteral("this node's %1 at block %2 differs from the majority's: "
                                    "this node has head %3 and state digest %4, nodes %5 have "
                                    "head %6 and state digest %7; it stops serving so that the "
                                    "difference does not spread (rebuild its state or data "
                                    "directory from the others)")
                         .arg(v.fork ? QStringLiteral("chain") : QStringLiteral("state"))
                         .arg(height)
                         .arg(shortHex(v.own.headHash), shortHex(v.own.stateDigest),
                              nodeList(v.majorityPeers), shortHex(v.majority.headHash),
                              shortHex(v.majority.stateDigest)));
        stop();
        return;
    case Kind::PeersDiverged:
        for (raft::NodeId peer : v.differing) {
            if (m_warned.contains({ peer, height }))
                continue;
            m_warned.insert({ peer, height });
            qCWarning(lcNode).noquote()
                << QStringLiteral("peer %1 diverged at block %2: its %3 differs from this "
                                  "node's and the majority's (head %4, state digest %5); it "
                                  "should halt")
                       .arg(peer)
                       .arg(height)
                       .arg(v.fork ? QStringLiteral("chain") : QStringLiteral("state"))
                       .arg(shortHex(v.own.headHash), shortHex(v.own.stateDigest));
        }
        return;
    case Kind::NoMajority:
        if (!m_warned.contains({ 0, height })) {
            m_warned.insert({ 0, height });
            qCWarning(lcNode).noquote()
                << QStringLiteral("checkpoint %1: nodes %2 report another state than this "
                                  "node's; no majority yet")
                       .arg(height)
                       .arg(nodeList(v.differing));
        }
        return;
    case Kind::Agreed:
    case Kind::Unknown: return;
    }
}

} // namespace ledger::node
