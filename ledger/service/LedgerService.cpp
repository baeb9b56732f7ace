#include "ledger/service/LedgerService.h"

#include "ledger/crypto/KeyFile.h"
#include "ledger/node/LedgerNode.h"
#include "ledger/service/NodeHost.h"
#include "ledger/service/Outbox.h"
#include "ledger/service/QueryReader.h"
#include "ledger/service/SubmissionTracker.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSemaphore>
#include <QThread>

#include <atomic>

namespace ledger::service {

using core::ErrorCode;
using core::fail;

// Debug: how long open() spends on the node and on the reader's connections.
Q_LOGGING_CATEGORY(lcOpen, "gongzhi.service.open", QtWarningMsg)

namespace {
// A leader hands over before stopping (like gongzhi-node); bounded so that
// closing the app never hangs on an unreachable cluster.
constexpr int HandoverMs = 3000;
constexpr int StopWaitMs = HandoverMs + 2000;
// Reader threads (QueryReaderPool): one for what is on screen even while a
// hidden page runs a long query; more would only share the same 2 cores.
constexpr int ReaderLanes = 2;

struct RecoveredOutbox {
    std::unique_ptr<Outbox> outbox;
    std::vector<chain::Transaction> unsent;
    std::vector<std::int64_t> createdMs;
    QHash<crypto::PublicKey, std::uint64_t> sequences;
};

// On the node thread (the outbox's connection belongs to it).
core::Status recoverOutbox(const QString &path, RecoveredOutbox &out)
{
    out.outbox = GONGZHI_TRY(Outbox::open(path));
    const auto pending = GONGZHI_TRY(out.outbox->pending());
    out.sequences = GONGZHI_TRY(out.outbox->lastSequences());
    for (const auto &e : pending) {
        out.unsent.push_back(e.tx);
        out.createdMs.push_back(e.createdMs);
    }
    return {};
}
} // namespace

struct LedgerService::Impl {
    QString dataDir;
    node::NodeConfig config;
    QThread nodeThread;
    NodeHost *host = nullptr; // lives on nodeThread
    Outbox *outbox = nullptr; // used on nodeThread
    std::unique_ptr<QueryReaderPool> readers;
    QueryReader *reader = nullptr; // readers->primary()
    node::NodeStatus status;
    QString haltReason;
    std::unique_ptr<SubmissionTracker> tracker;
    bool refreshingSequences = false;
    std::atomic<int> pendingQueries { 0 };

    void stopNode();
    void stopReader();
};

void LedgerService::Impl::stopNode()
{
    if (!host)
        return;
    if (nodeThread.isRunning()) {
        QSemaphore stopped;
        auto conn = QObject::connect(
            host, &NodeHost::finished, host, [&stopped] { stopped.release(); },
            Qt::DirectConnection);
        QMetaObject::invokeMethod(host, [h = host] { h->shutdown(HandoverMs); });
        if (!stopped.tryAcquire(1, StopWaitMs))
            qCWarning(lcNode, "the node did not stop in time; closing it anyway");
        QObject::disconnect(conn);
        // Destroyed on its own thread: its SQLite connections and sockets live there.
        QMetaObject::invokeMethod(
            host, [h = host] { delete h; }, Qt::BlockingQueuedConnection);
        nodeThread.quit();
        nodeThread.wait();
    } else {
        delete host;
        delete outbox;
    }
    host = nullptr;
    outbox = nullptr;
}

void LedgerService::Impl::stopReader()
{
    reader = nullptr;
    readers.reset();
}

LedgerService::LedgerService(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
}

LedgerService::~LedgerService()
{
    d->stopNode();
    d->stopReader();
}

core::Result<std::unique_ptr<LedgerService>> LedgerService::open(const QString &dataDir,
                                                                 QObject *parent)
{
    const QString keyPath = QDir(dataDir).filePath(QStringLiteral("node.key"));
    if (!QFileInfo(dataDir).isDir())
        return fail(ErrorCode::NotFound, QStringLiteral("no such directory"), dataDir);
    auto nodeKey = GONGZHI_TRY(crypto::KeyFile::load(keyPath, QString()));
    return open(dataDir, nodeKey, parent);
}

core::Result<std::unique_ptr<LedgerService>>
LedgerService::open(const QString &dataDir, const crypto::KeyPair &nodeKey, QObject *parent)
{
    qRegisterMetaType<Submission>();
    qRegisterMetaType<node::NodeStatus>();
    const QDir dir(dataDir);
    if (!QFileInfo(dataDir).isDir())
        return fail(ErrorCode::NotFound, QStringLiteral("no such directory"), dataDir);
    auto config = GONGZHI_TRY(node::NodeConfig::load(dir.filePath(QStringLiteral("node.json"))));
    if (nodeKey.publicKey() != config.nodeKey)
        return fail(ErrorCode::Conflict,
                    QStringLiteral("the node key is not the one node.json names"),
                    dir.filePath(QStringLiteral("node.json")));

    std::unique_ptr<LedgerService> s(new LedgerService(parent));
    Impl &d = *s->d;
    d.dataDir = dir.absolutePath();
    d.config = config;
    d.nodeThread.setObjectName(QStringLiteral("gongzhi-node"));

    // The node first: it creates or migrates state.db, which the reader then
    // only reads.
    d.host = new NodeHost(d.dataDir, config, nodeKey);
    d.host->moveToThread(&d.nodeThread);
    QElapsedTimer opening;
    opening.start();
    d.nodeThread.start();
    core::Status started;
    RecoveredOutbox recovered;
    QMetaObject::invokeMethod(
        d.host,
        [&] {
            started = d.host->start();
            if (started)
                started = recoverOutbox(dir.filePath(QStringLiteral("outbox.db")), recovered);
            d.outbox = recovered.outbox.release();
            d.status = d.host->status(); // status() is meaningful at once
            // Port 0 in node.json: the system chose one; config() reports it,
            // so that invitations name a port that answers.
            if (started && d.config.listenPort == 0)
                d.config.listenPort = d.host->listenPort();
        },
        Qt::BlockingQueuedConnection);
    if (!started)
        return tl::unexpected(started.error()); // ~LedgerService stops the thread
    qCDebug(lcOpen, "node started in %lld ms", opening.restart());

    d.readers = std::make_unique<QueryReaderPool>(d.dataDir, ReaderLanes);
    d.reader = d.readers->primary();
    GONGZHI_CHECK(d.readers->open());
    QHash<crypto::PublicKey, std::uint64_t> sequences;
    QMetaObject::invokeMethod(
        d.reader, [&] { sequences = d.reader->authorSequences(); }, Qt::BlockingQueuedConnection);
    qCDebug(lcOpen, "reader opened in %lld ms", opening.restart());

    LedgerService *self = s.get();
    d.tracker = std::make_unique<SubmissionTracker>(self, d.host, d.outbox, d.reader);
    d.tracker->seedSequences(sequences);
    d.tracker->seedSequences(recovered.sequences);

    // Direct: the reader must reopen before any query posted after the
    // UI hears of the block.
    QueryReaderPool *readers = d.readers.get();
    connect(
        d.host, &NodeHost::blockCommitted, d.host, [readers] { readers->markStale(); },
        Qt::DirectConnection);
    connect(d.host, &NodeHost::blockCommitted, self, &LedgerService::blockCommitted,
            Qt::QueuedConnection);
    // Another PC may have used a key of a person who signs here (a clock set
    // back would then reuse sequences): follow the state's last sequences.
    connect(
        d.host, &NodeHost::blockCommitted, self, [self] { self->refreshSequences(); },
        Qt::QueuedConnection);
    connect(
        d.host, &NodeHost::halted, self,
        [self](const QString &reason) {
            self->d->haltReason = reason;
            Q_EMIT self->halted(reason);
        },
        Qt::QueuedConnection);
    connect(
        d.host, &NodeHost::statusChanged, self,
        [self](const node::NodeStatus &status) {
            self->d->status = status;
            self->d->tracker->onStatus(status);
            Q_EMIT self->statusChanged(status);
        },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(d.host, [h = d.host] { Q_EMIT h->statusChanged(h->status()); });
    d.tracker->resume(recovered.unsent, recovered.createdMs);
    return s;
}

void LedgerService::refreshSequences()
{
    if (std::exchange(d->refreshingSequences, true))
        return; // one in flight covers this block too
    QueryReader *reader = d->reader;
    LedgerService *self = this; // alive while the reader runs
    QMetaObject::invokeMethod(reader, [reader, self] {
        auto sequences = reader->authorSequences();
        QMetaObject::invokeMethod(self, [self, sequences] {
            self->d->refreshingSequences = false;
            self->d->tracker->seedSequences(sequences);
        });
    });
}

QString LedgerService::dataDir() const
{
    return d->dataDir;
}

const node::NodeConfig &LedgerService::config() const
{
    return d->config;
}

void LedgerService::postQuery(std::function<std::function<void()>(const QueryContext &)> job,
                              QObject *receiver)
{
    QPointer<QObject> target(receiver);
    LedgerService *self = this; // the pool is ours: its answers come while we live
    ++d->pendingQueries;
    d->readers->post(receiver, std::move(job), [self, target](std::function<void()> deliver) {
        // Receivers on another thread than the service's get it there.
        if (deliver) {
            if (target && target->thread() != self->thread())
                QMetaObject::invokeMethod(target.data(), deliver);
            else
                deliver();
        }
        // After the callback: queries it posts keep the count above 0.
        if (--self->d->pendingQueries == 0)
            Q_EMIT self->queriesIdle();
    });
}

int LedgerService::pendingQueries() const
{
    return d->pendingQueries.load();
}

int LedgerService::pendingShownQueries() const
{
    return d->readers->pendingShown();
}

chain::TxId LedgerService::submit(chain::TxType type, const QByteArray &payload,
                                  const crypto::KeyPair &author, QObject *receiver,
                                  std::function<void(const Submission &)> done)
{
    return d->tracker->submit(type, payload, author, receiver, std::move(done));
}

std::vector<Submission> LedgerService::outbox() const
{
    return d->tracker->notFinal();
}

node::NodeStatus LedgerService::status() const
{
    return d->status;
}

QString LedgerService::haltReason() const
{
    return d->haltReason;
}

core::Status LedgerService::transferLeadership(std::uint64_t toNodeId)
{
    core::Status result = fail(ErrorCode::Unavailable, QStringLiteral("the node is not running"));
    NodeHost *host = d->host;
    QMetaObject::invokeMethod(
        host,
        [&] {
            if (host->node())
                result = host->node()->transferLeadership(toNodeId);
        },
        Qt::BlockingQueuedConnection);
    return result;
}

} // namespace ledger::service
