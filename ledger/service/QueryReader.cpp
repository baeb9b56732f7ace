#include "ledger/service/QueryReader.h"

#include "ledger/service/LedgerService.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/StateQueries.h"
#include "ledger/store/BlockStore.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace ledger::service {

// Debug (each query's wait and run time) is off unless asked for:
// QT_LOGGING_RULES="gongzhi.service.reader.debug=true".
Q_LOGGING_CATEGORY(lcReader, "gongzhi.service.reader", QtInfoMsg)

QueryReader::QueryReader(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{
}

QueryReader::~QueryReader()
{
    m_queries.reset();
    m_state.reset();
    m_blocks.reset();
}

core::Status QueryReader::open()
{
    const QDir dir(m_dataDir);
    auto state = GONGZHI_TRY(state::StateMachine::open(dir.filePath(QStringLiteral("state.db"))));
    auto blocks
        = GONGZHI_TRY(store::BlockStore::open(dir.filePath(QStringLiteral("ledger.db")), true));
    m_queries.reset();
    m_state = std::move(state);
    m_queries = std::make_unique<state::StateQueries>(*m_state);
    m_blocks = std::move(blocks);
    m_stale = false;
    return {};
}

core::Status QueryReader::refresh()
{
    // The block store stays open: a read-only connection sees every commit,
    // and refresh() re-reads just the head row (reopening it re-read every
    // block hash to rebuild the history tree, after every block committed).
    // The state machine caches its applied height at
    // open and has no refresh, so it is reopened (cheap: a few meta rows).
    const QDir dir(m_dataDir);
    auto state = GONGZHI_TRY(state::StateMachine::open(dir.filePath(QStringLiteral("state.db"))));
    GONGZHI_CHECK(m_blocks->refresh());
    m_queries.reset();
    m_state = std::move(state);
    m_queries = std::make_unique<state::StateQueries>(*m_state);
    m_stale = false;
    return {};
}

void QueryReader::run(const std::function<void(const QueryContext &)> &job)
{
    if (m_stale || !m_state) {
        if (auto s = (m_state && m_blocks) ? refresh() : open(); !s)
            qCWarning(lcReader).noquote()
                << "cannot reopen the read connections:" << s.error().toString();
    }
    if (!m_state)
        return; // nothing to read with; open() failed before and was logged
    job(QueryContext { *m_state, *m_queries, *m_blocks });
}

QHash<crypto::PublicKey, std::uint64_t> QueryReader::authorSequences()
{
    QHash<crypto::PublicKey, std::uint64_t> out;
    if (!m_state)
        return out;
    QSqlQuery q(m_state->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT author, last_seq FROM author_seq"))) {
        qCWarning(lcReader, "cannot read author sequences");
        return out;
    }
    while (q.next()) {
        if (auto key = crypto::PublicKey::fromBytes(q.value(0).toByteArray()))
            out.insert(*key, q.value(1).toULongLong());
    }
    return out;
}

} // namespace ledger::service

namespace ledger::service {

QueryReaderPool::QueryReaderPool(QString dataDir, int lanes, QObject *parent)
    : QObject(parent)
{
    for (int i = 0; i < std::max(1, lanes); ++i) {
        auto lane = std::make_unique<Lane>();
        lane->thread.setObjectName(QStringLiteral("gongzhi-reader-%1").arg(i));
        lane->reader = new QueryReader(dataDir);
        lane->reader->moveToThread(&lane->thread);
        lane->thread.start();
        m_lanes.push_back(std::move(lane));
    }
}

QueryReaderPool::~QueryReaderPool()
{
    for (auto &lane : m_lanes) {
        // Queued behind a running query; its answer, posted to this object,
        // is discarded with it.
        QMetaObject::invokeMethod(
            lane->reader, [r = lane->reader] { delete r; }, Qt::BlockingQueuedConnection);
        lane->thread.quit();
        lane->thread.wait();
    }
}

core::Status QueryReaderPool::open()
{
    for (auto &lane : m_lanes) {
        core::Status opened;
        QueryReader *reader = lane->reader;
        QMetaObject::invokeMethod(
            reader, [&opened, reader] { opened = reader->open(); }, Qt::BlockingQueuedConnection);
        GONGZHI_CHECK(opened);
    }
    return {};
}

QueryReader *QueryReaderPool::primary() const
{
    return m_lanes.front()->reader;
}

void QueryReaderPool::markStale()
{
    for (auto &lane : m_lanes)
        lane->reader->markStale();
}

bool QueryReaderPool::isShown(const QObject *receiver)
{
    // The ledger links no GUI module: a widget's "visible" property through
    // the meta-object system is QWidget::isVisible().
    for (const QObject *o = receiver; o; o = o->parent()) {
        if (o->isWidgetType())
            return o->property("visible").toBool();
    }
    return true;
}

void QueryReaderPool::post(QObject *receiver, Job job, Done done)
{
    auto entry = std::make_unique<Entry>();
    entry->receiver = receiver;
    entry->key = receiver;
    entry->owned = receiver != nullptr;
    entry->job = std::move(job);
    entry->done = std::move(done);
    entry->posted.start();
    m_queue.push_back(std::move(entry));
    // At once if a lane is free: the first page's first query then runs while
    // the window builds its other pages. Those queries wait for the window to
    // be shown (scheduled from the event loop), when what is on screen is known.
    schedule();
    scheduleSoon();
}

int QueryReaderPool::pending() const
{
    int n = int(m_queue.size());
    for (const auto &lane : m_lanes)
        n += lane->running ? 1 : 0;
    return n;
}

int QueryReaderPool::pendingShown() const
{
    auto shown = [](const Entry &e) { return !e.owned || (e.receiver && isShown(e.receiver)); };
    int n = 0;
    for (const auto &e : m_queue)
        n += shown(*e) ? 1 : 0;
    for (const auto &lane : m_lanes)
        n += lane->running && shown(*lane->running) ? 1 : 0;
    return n;
}

void QueryReaderPool::scheduleSoon()
{
    if (std::exchange(m_scheduled, true))
        return;
    QMetaObject::invokeMethod(
        this, [this] { schedule(); }, Qt::QueuedConnection);
}

void QueryReaderPool::schedule()
{
    // Re-entered from a dropped query's callback posting another: the outer
    // call picks it up.
    if (m_scheduling) {
        m_again = true;
        return;
    }
    m_scheduling = true;
    do {
        m_again = false;
        dropOrphans();
        dispatch();
    } while (m_again);
    m_scheduling = false;
}

void QueryReaderPool::dropOrphans()
{
    std::vector<std::unique_ptr<Entry>> dropped;
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if ((*it)->owned && !(*it)->receiver) {
            dropped.push_back(std::move(*it));
            it = m_queue.erase(it);
        } else {
            ++it;
        }
    }
    for (auto &entry : dropped)
        entry->done({}); // nobody waits for their answer
}

void QueryReaderPool::dispatch()
{
    m_scheduled = false;
    int background = 0;
    bool shownBusy = false; // a query on screen runs or waits
    QSet<const QObject *> busy; // receivers with a query running
    for (const auto &lane : m_lanes) {
        if (lane->running) {
            busy.insert(lane->running->key);
            background += lane->background ? 1 : 0;
            shownBusy = shownBusy || !lane->background;
        }
    }
    std::vector<bool> shown;
    shown.reserve(m_queue.size());
    for (const auto &e : m_queue) {
        shown.push_back(!e->owned || isShown(e->receiver));
        shownBusy = shownBusy || shown.back();
    }
    // Hidden pages load when nothing on screen waits, on at most lanes - 1 lanes.
    const int maxBackground = shownBusy ? 0 : std::max<int>(1, int(m_lanes.size()) - 1);
    for (auto &lane : m_lanes) {
        if (lane->running)
            continue;
        // The oldest runnable query on screen; else the oldest runnable one.
        // Runnable: no query of its receiver runs or was posted before it.
        std::optional<std::size_t> pick;
        QSet<const QObject *> earlier = busy;
        for (std::size_t i = 0; i < m_queue.size(); ++i) {
            const Entry &e = *m_queue[i];
            if (earlier.contains(e.key))
                continue;
            earlier.insert(e.key);
            if (shown[i]) {
                pick = i;
                break;
            }
            if (!pick && background < maxBackground)
                pick = i;
        }
        if (!pick)
            break; // nothing runnable now; a lane finishing schedules again
        const bool isBackground = !shown[*pick];
        auto entry = std::move(m_queue[*pick]);
        m_queue.erase(m_queue.begin() + std::ptrdiff_t(*pick));
        shown.erase(shown.begin() + std::ptrdiff_t(*pick));
        busy.insert(entry->key);
        background += isBackground ? 1 : 0;
        start(*lane, std::move(entry), isBackground);
    }
}

void QueryReaderPool::start(Lane &lane, std::unique_ptr<Entry> entry, bool background)
{
    lane.background = background;
    entry->waitedMs = entry->posted.elapsed();
    lane.running = std::move(entry);
    Lane *l = &lane;
    QueryReader *reader = lane.reader;
    const Job *job = &lane.running->job; // stays put until finished()
    QMetaObject::invokeMethod(reader, [this, l, reader, job] {
        std::function<void()> deliver;
        reader->run([&](const QueryContext &c) { deliver = (*job)(c); });
        QMetaObject::invokeMethod(
            this, [this, l, deliver = std::move(deliver)] { finished(*l, std::move(deliver)); });
    });
}

void QueryReaderPool::finished(Lane &lane, std::function<void()> deliver)
{
    auto entry = std::move(lane.running);
    qCDebug(lcReader, "%s%s: waited %lld ms, ran %lld ms",
            entry->owned && entry->receiver ? entry->receiver->metaObject()->className()
                                            : "(no receiver)",
            lane.background ? " (hidden)" : "", entry->waitedMs,
            entry->posted.elapsed() - entry->waitedMs);
    lane.background = false;
    entry->done(std::move(deliver));
    schedule();
}

} // namespace ledger::service
