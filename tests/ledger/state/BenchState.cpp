// State benchmark (not a test):
// `bench_state [--scale N] [--batch B | --batch-tx T] [--full] [--dir DIR] [--profile-sql]`.
// --batch B applies B blocks per SQL transaction (1: a node applying each
// block alone). --batch-tx T groups consecutive blocks until they hold at
// least T transactions: the demo's blocks are small (~50 transactions, one per
// minute of community life), a loaded node's are up to 2,000 transactions and
// it applies every block committed in one Raft Ready as one batch, so T = 500
// or 2,000 is what one commit costs a node keeping pace with the foundation's
// append benchmark (blocks of 500).
// Generates the demo community at scale N, applies every block to a fresh
// state database and prints apply throughput, the digest time and the query
// latencies the UI depends on (issue 3 §Speed). `scripts/bench state` runs it.
#include "ledger/crypto/Sha256.h"
#include "ledger/domain/BlockTime.h"
#include "ledger/domain/DemoCommunity.h"
#include "ledger/state/Sql.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/StateQueries.h"
#include "ledger/state/queries/OverviewQueries.h"
#include "ledger/state/queries/RecordQueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <map>
#include <sqlite3.h>
#include <string>

using namespace ledger;

namespace {
// --profile-sql: time spent in each statement while applying (SQLite's own
// profile callback), to see which tables and indexes cost the most.
struct SqlProfile {
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> byText; // runs, ns
};

int profileStatement(unsigned, void *ctx, void *stmt, void *ns)
{
    auto &entry
        = static_cast<SqlProfile *>(ctx)->byText[sqlite3_sql(static_cast<sqlite3_stmt *>(stmt))];
    ++entry.first;
    entry.second += *static_cast<sqlite3_int64 *>(ns);
    return 0;
}

void printProfile(QTextStream &out, const SqlProfile &p)
{
    std::vector<std::pair<std::string, std::pair<std::int64_t, std::int64_t>>> rows(
        p.byText.begin(), p.byText.end());
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.second.second > b.second.second; });
    for (const auto &[text, v] : rows)
        out << QString::number(double(v.second) / 1e6, 'f', 0).rightJustified(8) << " ms "
            << QString::number(v.first).rightJustified(8) << "x  "
            << QString::fromStdString(text).left(110) << Qt::endl;
}

// Bytes this process has written (page cache included), from /proc/self/io.
std::int64_t bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n'))
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    return -1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int scale = 1;
    bool full = false;
    bool profileSql = false;
    int batch = 1;
    std::size_t batchTx = 0;
    QString dirPath;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--scale") && i + 1 < args.size())
            scale = args[++i].toInt();
        else if (args[i] == QLatin1String("--full"))
            full = true;
        else if (args[i] == QLatin1String("--profile-sql"))
            profileSql = true;
        else if (args[i] == QLatin1String("--batch") && i + 1 < args.size())
            batch = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--batch-tx") && i + 1 < args.size())
            batchTx = std::size_t(qMax(1, args[++i].toInt()));
        else if (args[i] == QLatin1String("--dir") && i + 1 < args.size())
            dirPath = args[++i];
    }
    QTextStream out(stdout);
    QTemporaryDir tmp;
    if (dirPath.isEmpty())
        dirPath = tmp.path();

    QElapsedTimer t;
    t.start();
    domain::demo::Options o;
    o.scale = scale;
    const auto demo = domain::demo::generate(o);
    const auto blocks = domain::demo::sealBlocks(demo);
    out << "demo scale " << scale << ": " << demo.transactionCount() << " transactions in "
        << blocks.size() << " blocks, generated and sealed in " << t.elapsed() << " ms" << Qt::endl;
    {
        // Same options, same transactions: compare across builds (e.g. after
        // a change to the generator's speed) with this line.
        crypto::Sha256 ids;
        for (const auto &b : blocks)
            for (const auto &tx : b.transactions())
                ids.update(tx.id().toByteArray());
        out << "transaction ids (SHA-256 over all in block order): "
            << ids.finish().toHex().left(16) << "…" << Qt::endl;
    }

    auto sm = state::StateMachine::open(dirPath + QStringLiteral("/bench-state.db"),
                                        full ? state::StateMachine::Durability::Full
                                             : state::StateMachine::Durability::Fast);
    if (!sm) {
        out << "open failed: " << sm.error().toString() << Qt::endl;
        return 1;
    }
    SqlProfile profile;
    if (profileSql)
        sqlite3_trace_v2(state::sqliteHandle((*sm)->database()), SQLITE_TRACE_PROFILE,
                         profileStatement, &profile);
    const std::int64_t written0 = bytesWritten();
    t.restart();
    const std::clock_t cpu0 = std::clock();
    std::size_t commits = 0;
    for (std::size_t i = 0, n = 0; i < blocks.size(); i += n, ++commits) {
        n = qMin(blocks.size() - i, std::size_t(batch));
        if (batchTx > 0) {
            std::size_t txs = 0;
            for (n = 0; i + n < blocks.size() && txs < batchTx; ++n)
                txs += blocks[i + n].transactions().size();
        }
        if (auto s = (*sm)->applyBatch(std::span<const chain::Block>(blocks.data() + i, n)); !s) {
            out << "apply failed: " << s.error().toString() << Qt::endl;
            return 1;
        }
    }
    const double applyMs = double(t.elapsed());
    const double applyCpuMs = 1000.0 * double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    out << "apply (" << (full ? "synchronous=FULL" : "synchronous=NORMAL") << ", "
        << (batchTx > 0 ? QStringLiteral(">= %1 tx").arg(batchTx)
                        : QStringLiteral("%1 block(s)").arg(batch))
        << " per SQL transaction, " << commits << " commits): " << applyMs << " ms, "
        << qRound64(double(demo.transactionCount()) / (applyMs / 1000.0)) << " tx/s, "
        << qRound64(double(blocks.size()) / (applyMs / 1000.0)) << " blocks/s; CPU " << applyCpuMs
        << " ms = " << qRound64(double(demo.transactionCount()) / (applyCpuMs / 1000.0))
        << " tx per CPU-second; " << (bytesWritten() - written0) / (1 << 20) << " MiB written"
        << Qt::endl;
    if (profileSql) {
        sqlite3_trace_v2(state::sqliteHandle((*sm)->database()), 0, nullptr, nullptr);
        printProfile(out, profile);
    }

    t.restart();
    const auto digest = (*sm)->digest();
    out << "digest " << digest->toHex().left(16) << "… in " << t.elapsed() << " ms" << Qt::endl;

    const state::StateQueries q(**sm);
    const std::int64_t now = blocks.back().header().timestampMs;
    auto timeIt = [&](const char *what, auto fn) {
        QElapsedTimer timer;
        timer.start();
        const int runs = 50;
        for (int i = 0; i < runs; ++i)
            fn(i);
        out << what << ": " << double(timer.nsecsElapsed()) / 1e6 / runs << " ms" << Qt::endl;
    };
    timeIt("resident statement (balance, level, 50 events)", [&](int i) {
        (void)q.statement(
            demo.residents[std::size_t(i * 37) % demo.residents.size()].pseudonym.toByteArray(),
            { 0, 50 });
    });
    timeIt("month ranking, first page of 50", [&](int) {
        (void)q.ranking(domain::monthPeriod(now - 40LL * domain::DayMs), { 0, 50 });
    });
    timeIt("all-time ranking, first page of 50", [&](int) { (void)q.ranking(0, { 0, 50 }); });
    timeIt("inbox page (org 4, open)", [&](int) {
        state::InboxFilter f;
        f.orgId = 4;
        (void)q.inbox(f, { 0, 50 });
    });
    timeIt("inbox page (escalated)", [&](int) {
        state::InboxFilter f;
        f.escalatedOnly = true;
        (void)q.inbox(f, { 0, 50 });
    });
    timeIt("records page (financial, published)", [&](int) {
        state::RecordFilter f;
        f.kind = domain::RecordKind::Financial;
        f.publicOnly = true;
        (void)q.records(f, { 0, 50 });
    });
    timeIt("dashboard counters", [&](int) { (void)q.dashboard(now); });
    timeIt("records page sorted by last update (all, newest first)", [&](int) {
        state::RecordListQuery rq;
        rq.sort = state::RecordSort::Updated;
        (void)state::listRecords(**sm, rq, { 0, 50 });
    });
    timeIt("records page sorted by last update (published, oldest first)", [&](int) {
        state::RecordListQuery rq;
        rq.sort = state::RecordSort::Updated;
        rq.ascending = true;
        rq.filter.publicOnly = true;
        (void)state::listRecords(**sm, rq, { 0, 50 });
    });
    const std::int64_t latest = state::latestActivityMs(**sm).value_or(now);
    timeIt("overview (party committee: all organizations)", [&](int) {
        state::OverviewScope s;
        s.orgId = 1;
        s.partyCommittee = true;
        s.referenceMs = latest;
        (void)state::overview(**sm, s);
    });
    timeIt("overview (organization 2)", [&](int) {
        state::OverviewScope s;
        s.orgId = 2;
        s.referenceMs = latest;
        (void)state::overview(**sm, s);
    });

    // What the app's query reader pays to open the state (the apply caches,
    // every key and resident, load on the first apply instead).
    const QString statePath = (*sm)->path();
    *sm = nullptr; // closes it
    t.restart();
    auto reopened = state::StateMachine::open(statePath);
    out << "reopen (meta only, as a query reader): " << double(t.nsecsElapsed()) / 1e6 << " ms"
        << Qt::endl;
    return reopened ? 0 : 1;
}
