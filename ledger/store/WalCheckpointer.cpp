#include "ledger/store/WalCheckpointer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCheckpoint, "gongzhi.store")

namespace ledger::store {

namespace {
// Beyond this a WAL is growing faster than PASSIVE checkpoints can copy it
// (a reader holding an old snapshot for minutes, or a full disk): worth a warning.
constexpr std::int64_t WarnBytes = 512LL * 1024 * 1024;
// A WAL this many times its threshold is starved of complete checkpoints.
constexpr std::int64_t RestartFactor = 16;
} // namespace

WalCheckpointer::WalCheckpointer(std::vector<Database> databases, int intervalMs)
    : m_databases(std::move(databases))
    , m_intervalMs(intervalMs)
    , m_connections(m_databases.size(), nullptr)
    , m_warned(m_databases.size(), 0)
    , m_lastLogFrames(m_databases.size(), -1)
    , m_thread([this] { run(); })
{
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    for (sqlite3 *db : m_connections)
        sqlite3_close_v2(db);
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop; });
        if (m_stop)
            break;
        lock.unlock();
        for (std::size_t i = 0; i < m_databases.size(); ++i) {
            const QString &path = m_databases[i].path;
            const std::int64_t walBytes = QFileInfo(path + QStringLiteral("-wal")).size();
            if (walBytes >= m_databases[i].thresholdBytes)
                checkpoint(i, walBytes);
            const bool large = walBytes >= WarnBytes;
            if (large && !m_warned[i])
                qCWarning(lcCheckpoint).noquote()
                    << QStringLiteral("%1-wal has grown to %2 MiB: checkpoints cannot keep up")
                           .arg(path)
                           .arg(walBytes >> 20);
            m_warned[i] = large;
        }
        lock.lock();
    }
}

void WalCheckpointer::checkpoint(std::size_t i, std::int64_t walBytes)
{
    sqlite3 *&db = m_connections[i];
    if (!db) {
        const QByteArray path = m_databases[i].path.toUtf8();
        // A fresh connection learns that the file is in WAL mode only when it
        // reads it: until then a checkpoint does nothing (-1 frames).
        if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
            || sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr)
                != SQLITE_OK) {
            qCWarning(lcCheckpoint).noquote()
                << QStringLiteral("cannot open %1 to checkpoint it: %2")
                       .arg(m_databases[i].path, QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_close_v2(db);
            db = nullptr;
            return;
        }
    }
    QElapsedTimer timer;
    timer.start();
    int logFrames = 0;
    int copiedFrames = 0;
    int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames,
                                       &copiedFrames);
    const bool starved
        = rc == SQLITE_OK && walBytes >= RestartFactor * m_databases[i].thresholdBytes;
    if (starved) {
        // Under continuous writes a PASSIVE checkpoint never finishes before the
        // next commit, so the writer never starts the WAL over and it grows
        // without end (66 MiB after 60,000 transactions; commits slowed by a
        // third). RESTART waits for the commit in progress, holds new ones back
        // while it copies the few frames the PASSIVE pass left, and lets the
        // next commit start the WAL over: a pause of milliseconds now and then.
        sqlite3_busy_timeout(db, 200);
        rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_RESTART, &logFrames,
                                       &copiedFrames);
        sqlite3_busy_timeout(db, 0);
    }
    if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
        qCWarning(lcCheckpoint).noquote()
            << QStringLiteral("checkpoint of %1 failed: %2")
                   .arg(m_databases[i].path, QString::fromUtf8(sqlite3_errmsg(db)));
        return;
    }
    if (copiedFrames <= 0 || (logFrames == m_lastLogFrames[i] && !starved))
        return; // nothing new since the last complete pass
    m_lastLogFrames[i] = logFrames;
    ++m_checkpoints;
    qCDebug(lcCheckpoint).noquote()
        << QStringLiteral("checkpoint of %1: %2 of %3 frames in %4 ms%5")
               .arg(m_databases[i].path)
               .arg(copiedFrames)
               .arg(logFrames)
               .arg(timer.elapsed())
               .arg(starved ? QStringLiteral(" (restart)") : QString());
}

} // namespace ledger::store
