// gongzhi-bench-ledger: the ledger's speed figures (issue 2, "Speed"). Not a
// test: it prints numbers, scripts/bench-ledger runs it.
//   sign/s and verify/s of ~300-byte transactions on one core, next to the raw
//   libsodium verify rate measured in the same run (the reference); append/s
//   into a real BlockStore on disk with blocks of 500 (one fsync per block);
//   full-chain verification on all cores, in-process and through gongzhi-cli;
//   the cost of opening a read-only BlockStore on a chain of 100,000 blocks
//   (what the desktop app's reader thread did after every block) against
//   refreshing an open one.
#include "ledger/chain/ChainVerifier.h"
#include "ledger/merkle/CompactRange.h"
#include "ledger/store/BlockStore.h"
#include "tests/support/ChainBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <sys/resource.h>
#include <sys/vfs.h>
#include <thread>

using namespace ledger;

namespace {
constexpr long TmpfsMagic = 0x01021994;

void line(const char *what, double rate, const QString &extra = {})
{
    std::printf("%-58s %12.0f %s\n", what, rate, qPrintable(extra));
    std::fflush(stdout);
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// What BlockStore::open did before the open became cheap (issue 2 "Speed"):
// every block hash through QSqlQuery into the history tree. Kept here as the
// reference the new open is measured against.
std::uint64_t historyThroughQSqlQuery(const QString &path)
{
    std::uint64_t size = 0;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-open"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        ledger::merkle::CompactRange history;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT height, hash FROM blocks ORDER BY height")))
            qFatal("cannot read block hashes");
        while (q.next()) {
            auto hash = ledger::chain::BlockHash::fromBytes(q.value(1).toByteArray());
            if (!hash || q.value(0).toULongLong() != history.size()
                || !history.append(ledger::merkle::leafHash(hash->view())))
                qFatal("block rows are not contiguous");
        }
        size = history.size();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-open"));
    return size;
}

// Opening a read-only store on a chain of `blocks` one-transaction blocks
// (in tmpfs: building it with an fsync per block would take minutes; the
// reads come from the page cache either way, as in the desktop app).
void benchOpen(int blocks)
{
    QTemporaryDir dir(QStringLiteral("/dev/shm/gongzhi-bench-open-XXXXXX"));
    if (!dir.isValid())
        qFatal("cannot create a directory in /dev/shm");
    const QString db = dir.filePath(QStringLiteral("ledger.db"));
    tests::ChainBuilder builder(7, 8);
    auto store = builder.createStore(db);
    if (!store)
        qFatal("create: %s", qPrintable(store.error().toString()));
    for (int i = 0; i < blocks; ++i) {
        if (auto st = (*store)->append(builder.addBlock(1)); !st)
            qFatal("append: %s", qPrintable(st.error().toString()));
    }
    store->reset();
    const int runs = 5;
    double oldOpen = 1e9;
    double newOpen = 1e9;
    double newOpenWithHistory = 1e9;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        if (historyThroughQSqlQuery(db) != std::uint64_t(blocks) + 1)
            qFatal("wrong history size");
        oldOpen = std::min(oldOpen, seconds(t));
        t.restart();
        auto s = store::BlockStore::open(db, true);
        if (!s || (*s)->head().height != std::uint64_t(blocks))
            qFatal("open failed");
        newOpen = std::min(newOpen, seconds(t));
        if ((*s)->history().size() != std::uint64_t(blocks) + 1)
            qFatal("wrong history size");
        newOpenWithHistory = std::min(newOpenWithHistory, seconds(t));
    }
    auto s = store::BlockStore::open(db, true);
    if (!s)
        qFatal("open failed");
    const int refreshes = 1000;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < refreshes; ++i) {
        if (!(*s)->refresh())
            qFatal("refresh failed");
    }
    const double refresh = seconds(t) / refreshes;
    std::printf("read-only BlockStore on %d blocks, best of %d (ms):\n", blocks + 1, runs);
    std::printf("  %-56s %12.3f\n", "every hash through QSqlQuery (each open before)",
                1000 * oldOpen);
    std::printf("  %-56s %12.3f\n", "BlockStore::open (head row only)", 1000 * newOpen);
    std::printf("  %-56s %12.3f\n", "BlockStore::open + history() (tree built on demand)",
                1000 * newOpenWithHistory);
    std::printf("  %-56s %12.3f\n", "BlockStore::refresh() (the reader after each block)",
                1000 * refresh);
    std::fflush(stdout);
}

// CPU seconds used so far by this process (who = RUSAGE_SELF) or by its
// finished children (RUSAGE_CHILDREN): on a busy machine, rates per CPU second
// still compare with the single-core reference.
double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Gongzhi ledger benchmark"));
    p.addHelpOption();
    p.addOption({ QStringLiteral("transactions"), QStringLiteral("Transactions (default 100000)."),
                  QStringLiteral("N"), QStringLiteral("100000") });
    p.addOption({ QStringLiteral("block"), QStringLiteral("Transactions per block (default 500)."),
                  QStringLiteral("N"), QStringLiteral("500") });
    p.addOption({ QStringLiteral("dir"),
                  QStringLiteral("Where the temporary ledger goes (must be a disk, not tmpfs)."),
                  QStringLiteral("DIR"), QStringLiteral(GONGZHI_BINARY_DIR "/bench-tmp") });
    p.addOption({ QStringLiteral("cli"), QStringLiteral("gongzhi-cli to run verify with."),
                  QStringLiteral("PATH"), QStringLiteral(GONGZHI_CLI) });
    p.addOption({ QStringLiteral("runs"),
                  QStringLiteral("Full-chain verify runs; the best is reported (default 3)."),
                  QStringLiteral("N"), QStringLiteral("3") });
    p.addOption({ QStringLiteral("open-blocks"),
                  QStringLiteral("Blocks of the chain the open phase opens (default 100000)."),
                  QStringLiteral("N"), QStringLiteral("100000") });
    p.addOption(
        { QStringLiteral("phases"),
          QStringLiteral("Comma-separated subset of sign,verify,raw,append,chain,cli,open (for "
                         "profiling; append always runs unless only open is asked for)."),
          QStringLiteral("LIST"), QStringLiteral("sign,verify,raw,append,chain,cli,open") });
    p.process(app);
    const QStringList phases = p.value(QStringLiteral("phases")).split(QLatin1Char(','));
    auto run = [&](const char *phase) { return phases.contains(QLatin1String(phase)); };
    const int total = std::max(1, p.value(QStringLiteral("transactions")).toInt());
    const int perBlock = std::max(1, p.value(QStringLiteral("block")).toInt());
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    const int cores = QThread::idealThreadCount();
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
    const int openBlocks = std::max(1, p.value(QStringLiteral("open-blocks")).toInt());
    if (phases == QStringList { QStringLiteral("open") }) {
        benchOpen(openBlocks);
        return 0;
    }
    double loadBefore[3] = {};
    getloadavg(loadBefore, 3);

    QDir().mkpath(p.value(QStringLiteral("dir")));
    QTemporaryDir dir(p.value(QStringLiteral("dir")) + QStringLiteral("/ledger-XXXXXX"));
    if (!dir.isValid())
        qFatal("cannot create a directory under %s", qPrintable(p.value(QStringLiteral("dir"))));
    struct statfs fs {
    };
    statfs(qPrintable(dir.path()), &fs);
    if (long(fs.f_type) == TmpfsMagic)
        std::printf("WARNING: %s is tmpfs: append figures will not include real fsyncs\n",
                    qPrintable(dir.path()));

    // Transactions (untimed), from 64 authors.
    tests::ChainBuilder builder(2026, 64);
    std::vector<chain::Transaction> txs = builder.nextTransactions(total);
    qint64 bytes = 0;
    for (const auto &tx : txs)
        bytes += tx.encoded().size();
    std::printf("Gongzhi ledger benchmark: %d transactions of %.0f bytes on average, blocks of %d, "
                "%d cores, ledger in %s\n\n",
                total, double(bytes) / total, perBlock, cores, qPrintable(dir.path()));

    // sign/s: Transaction::sign (encode + Ed25519 sign + SHA-256 id), one core.
    if (run("sign")) {
        QElapsedTimer t;
        t.start();
        std::size_t check = 0;
        for (int i = 0; i < total; ++i) {
            const auto &tx = txs[std::size_t(i)];
            check += chain::Transaction::sign(tx.body(), builder.author(i % 64)).encoded().size();
        }
        const double s = seconds(t);
        if (check != std::size_t(bytes))
            qFatal("re-signed transactions differ");
        line("sign/s (Transaction::sign, 1 core)", total / s);
    }
    // verify/s: Transaction::verifySignature, one core.
    double verifyRate = 0;
    if (run("verify")) {
        QElapsedTimer t;
        t.start();
        int ok = 0;
        for (const auto &tx : txs)
            ok += tx.verifySignature() ? 1 : 0;
        verifyRate = total / seconds(t);
        if (ok != total)
            qFatal("a signature did not verify");
        line("verify/s (Transaction::verifySignature, 1 core)", verifyRate);
    }
    // The reference: libsodium's own verify loop over the same messages, the
    // best of --runs like the full-chain verify it is compared with.
    double raw = 0;
    double rawPerCpu = 0;
    if (run("raw")) {
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuSeconds(RUSAGE_SELF);
            int ok = 0;
            for (const auto &tx : txs) {
                const auto msg = tx.signedBytes();
                ok += crypto_sign_verify_detached(
                          tx.signature().data(),
                          reinterpret_cast<const unsigned char *>(msg.data()),
                          std::size_t(msg.size()), tx.author().data())
                    == 0;
            }
            raw = std::max(raw, total / seconds(t));
            rawPerCpu = std::max(rawPerCpu, total / (cpuSeconds(RUSAGE_SELF) - cpu0));
            if (ok != total)
                qFatal("a signature did not verify");
        }
        line("raw verify/s (crypto_sign_verify_detached, 1 core)", raw,
             QStringLiteral("(reference, best of %1; %2 per CPU second; "
                            "Transaction::verifySignature is %3 of it)")
                 .arg(runs)
                 .arg(rawPerCpu, 0, 'f', 0)
                 .arg(verifyRate / raw, 0, 'f', 3));
    }

    // The ceiling on this machine: the same libsodium loop on every core at
    // once (cores that share a physical core or a busy host verify fewer per
    // second each than one core alone). Not the target's reference.
    if (run("raw") && cores > 1) {
        double best = 0;
        for (int r = 0; r < runs; ++r) {
            std::atomic<int> ok { 0 };
            std::vector<std::thread> threads;
            QElapsedTimer t;
            t.start();
            for (int c = 0; c < cores; ++c) {
                threads.emplace_back([&, c] {
                    int mine = 0;
                    for (std::size_t i = std::size_t(c); i < txs.size(); i += std::size_t(cores)) {
                        const auto msg = txs[i].signedBytes();
                        mine += crypto_sign_verify_detached(
                                    txs[i].signature().data(),
                                    reinterpret_cast<const unsigned char *>(msg.data()),
                                    std::size_t(msg.size()), txs[i].author().data())
                            == 0;
                    }
                    ok += mine;
                });
            }
            for (auto &th : threads)
                th.join();
            best = std::max(best, total / seconds(t));
            if (ok != total)
                qFatal("a signature did not verify");
        }
        line("raw verify/s on all cores at once (libsodium, not the reference)", best,
             QStringLiteral("(best of %1; %2 x the 1-core raw rate on %3 cores)")
                 .arg(runs)
                 .arg(raw > 0 ? best / raw : 0, 0, 'f', 2)
                 .arg(cores));
    }

    // Blocks of perBlock (sealing untimed), then append with one fsync per block.
    for (std::size_t i = 0; i < txs.size(); i += std::size_t(perBlock)) {
        const auto end = std::min(txs.size(), i + std::size_t(perBlock));
        builder.addBlock(std::vector<chain::Transaction>(txs.begin() + qsizetype(i),
                                                         txs.begin() + qsizetype(end)));
    }
    txs.clear();
    const QString db = dir.filePath(QStringLiteral("ledger.db"));
    double appendRate = 0;
    {
        auto store = store::BlockStore::create(db, builder.genesis());
        if (!store)
            qFatal("create: %s", qPrintable(store.error().toString()));
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds(RUSAGE_SELF);
        for (std::size_t h = 1; h < builder.blocks().size(); ++h) {
            if (auto st = (*store)->append(builder.blocks()[h]); !st)
                qFatal("append: %s", qPrintable(st.error().toString()));
        }
        const double s = seconds(t);
        const auto blocks = double(builder.blocks().size() - 1);
        appendRate = total / s;
        line("append/s (BlockStore, blocks of 500, fsync per block)", total / s,
             QStringLiteral("tx/s (%1 blocks/s, %2 ms per block, of which %3 ms CPU)")
                 .arg(blocks / s, 0, 'f', 1)
                 .arg(1000 * s / blocks, 0, 'f', 2)
                 .arg(1000 * (cpuSeconds(RUSAGE_SELF) - cpu0) / blocks, 0, 'f', 2));
    }

    const double reference = raw * cores;
    const qint64 chainTx = total + 1;
    // Full-chain verify in-process: verifyChain over the store, all cores.
    if (run("chain")) {
        double best = 0;
        double bestPerCpu = 0;
        for (int r = 0; r < runs; ++r) {
            auto store = store::BlockStore::open(db, true);
            if (!store)
                qFatal("open: %s", qPrintable(store.error().toString()));
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuSeconds(RUSAGE_SELF);
            auto report = chain::verifyChain(**store);
            const double s = seconds(t);
            if (!report || report->transactions != std::uint64_t(chainTx))
                qFatal("verifyChain failed");
            best = std::max(best, chainTx / s);
            bestPerCpu = std::max(bestPerCpu, chainTx / (cpuSeconds(RUSAGE_SELF) - cpu0));
        }
        line("full-chain verify tx/s (verifyChain, all cores)", best,
             QStringLiteral("ratio to raw x %1 cores: %2; per CPU second %3 = %4 of raw")
                 .arg(cores)
                 .arg(best / reference, 0, 'f', 3)
                 .arg(bestPerCpu, 0, 'f', 0)
                 .arg(bestPerCpu / rawPerCpu, 0, 'f', 3));
    }
    // Full-chain verify through the real CLI (process start and store open included).
    double cliBest = 0;
    double cliBestPerCpu = 0;
    if (run("cli")) {
        for (int r = 0; r < runs; ++r) {
            QProcess cli;
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
            cli.start(p.value(QStringLiteral("cli")),
                      { QStringLiteral("verify"), QStringLiteral("--data-dir"), dir.path() });
            if (!cli.waitForFinished(600000) || cli.exitCode() != 0)
                qFatal("gongzhi-cli verify failed: %s", cli.readAllStandardError().constData());
            const double s = seconds(t);
            const QByteArray last = cli.readAllStandardOutput().trimmed().split('\n').last();
            if (last
                != "OK height=" + QByteArray::number(builder.tip().height())
                    + " transactions=" + QByteArray::number(chainTx))
                qFatal("unexpected verify output: %s", last.constData());
            cliBest = std::max(cliBest, chainTx / s);
            const double cpu = cpuSeconds(RUSAGE_CHILDREN) - cpu0;
            if (cpu > 0)
                cliBestPerCpu = std::max(cliBestPerCpu, chainTx / cpu);
        }
        line("full-chain verify tx/s (gongzhi-cli verify, all cores)", cliBest,
             QStringLiteral("ratio to raw x %1 cores: %2; per CPU second %3 = %4 of raw")
                 .arg(cores)
                 .arg(cliBest / reference, 0, 'f', 3)
                 .arg(cliBestPerCpu, 0, 'f', 0)
                 .arg(cliBestPerCpu / rawPerCpu, 0, 'f', 3));
    }
    if (run("open")) {
        std::printf("\n");
        benchOpen(openBlocks);
    }
    std::printf("\ntargets: full-chain verify (gongzhi-cli) >= 0.85 x raw x cores = %.0f tx/s: %s; "
                "append >= 20000 tx/s: %s\n",
                0.85 * reference, cliBest >= 0.85 * reference ? "met" : "MISSED",
                appendRate >= 20000 ? "met" : "MISSED");
    double load[3] = {};
    if (getloadavg(load, 3) == 3)
        std::printf("load average (1, 5, 15 min) before the run: %.2f %.2f %.2f, after: %.2f %.2f "
                    "%.2f (other work on the machine skews figures)\n",
                    loadBefore[0], loadBefore[1], loadBefore[2], load[0], load[1], load[2]);
    return 0;
}
