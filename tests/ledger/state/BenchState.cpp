// State benchmark (not a test): `bench_state [--scale N] [--batch B] [--full] [--dir DIR]`.
// Generates the demo community at scale N, applies every block to a fresh
// state database and prints apply throughput, the digest time and the query
// latencies the UI depends on (issue 3 §Speed). `scripts/bench state` runs it.
#include "ledger/crypto/Sha256.h"
#include "ledger/domain/BlockTime.h"
#include "ledger/domain/DemoCommunity.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/StateQueries.h"
#include "ledger/state/queries/OverviewQueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace ledger;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int scale = 1;
    bool full = false;
    int batch = 1;
    QString dirPath;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--scale") && i + 1 < args.size())
            scale = args[++i].toInt();
        else if (args[i] == QLatin1String("--full"))
            full = true;
        else if (args[i] == QLatin1String("--batch") && i + 1 < args.size())
            batch = qMax(1, args[++i].toInt());
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
    t.restart();
    const std::clock_t cpu0 = std::clock();
    for (std::size_t i = 0; i < blocks.size(); i += std::size_t(batch)) {
        const std::size_t n = qMin(blocks.size() - i, std::size_t(batch));
        if (auto s = (*sm)->applyBatch(std::span<const chain::Block>(blocks.data() + i, n)); !s) {
            out << "apply failed: " << s.error().toString() << Qt::endl;
            return 1;
        }
    }
    const double applyMs = double(t.elapsed());
    const double applyCpuMs = 1000.0 * double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    out << "apply (" << (full ? "synchronous=FULL" : "synchronous=NORMAL") << ", " << batch
        << " block(s) per SQL transaction): " << applyMs << " ms, "
        << qRound64(double(demo.transactionCount()) / (applyMs / 1000.0)) << " tx/s, "
        << qRound64(double(blocks.size()) / (applyMs / 1000.0)) << " blocks/s; CPU " << applyCpuMs
        << " ms = " << qRound64(double(demo.transactionCount()) / (applyCpuMs / 1000.0))
        << " tx per CPU-second" << Qt::endl;

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
    return 0;
}
