// gongzhi-bench-raftlog [DIR] [SECONDS]: RaftLogStore rates on disk with fsync
// (synchronous=FULL). Persist: one persist() per Ready, carrying a HardState and N
// entries of ~150 bytes (a small record) or of 150 KB (one block); then term() and
// entries() read rates. DIR defaults to a temporary directory under the current one,
// so it measures the disk it runs on; each case runs SECONDS (default 2). Prints
// numbers and asserts nothing.
#include "ledger/store/RaftLogStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <limits>

using namespace ledger;
using raft::Entry;
using raft::EntryType;
using raft::HardState;
using raft::Index;
using store::RaftLogStore;

namespace {

double g_seconds = 2.0;

QByteArray payload(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator rng(size);
    for (char &c : out)
        c = char(rng.bounded(256));
    return out;
}

std::unique_ptr<RaftLogStore> createOrDie(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QString::fromLatin1(suffix));
    auto s = RaftLogStore::create(path);
    if (!s)
        qFatal("create %s: %s", qPrintable(path), qPrintable(s.error().toString()));
    return std::move(*s);
}

std::vector<Entry> batch(Index first, int count, const QByteArray &data)
{
    std::vector<Entry> out;
    for (int i = 0; i < count; ++i)
        out.push_back(Entry { 1, first + Index(i), EntryType::Normal, data });
    return out;
}

void benchPersist(const QString &dir, int perReady, qsizetype entrySize)
{
    const QString path = QDir(dir).filePath(QStringLiteral("persist.db"));
    auto s = createOrDie(path);
    const QByteArray data = payload(entrySize);
    Index last = 0;
    long readys = 0;
    QElapsedTimer t;
    t.start();
    while (t.nsecsElapsed() < qint64(g_seconds * 1e9) || readys < 3) {
        const auto entries = batch(last + 1, perReady, data);
        last += Index(perReady);
        // A leader's Ready: its new entries plus the commit index it advanced.
        if (auto st = s->persist(HardState { 1, 1, last - Index(perReady) }, entries); !st)
            qFatal("persist: %s", qPrintable(st.error().toString()));
        ++readys;
    }
    const double secs = double(t.nsecsElapsed()) / 1e9;
    const double entries = double(readys) * perReady;
    std::printf("persist %2d x %6lld B per Ready: %8.1f Readys/s %9.1f entries/s %7.1f MB/s "
                "(%.2f ms per Ready)\n",
                perReady, static_cast<long long>(entrySize), double(readys) / secs, entries / secs,
                entries * double(entrySize) / secs / 1e6, secs * 1e3 / double(readys));
    s.reset();
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QString::fromLatin1(suffix));
}

template<class F>
void rate(const char *what, F &&op, double unitsPerCall, const char *unit)
{
    long calls = 0;
    QElapsedTimer t;
    t.start();
    while (t.nsecsElapsed() < qint64(g_seconds * 1e9)) {
        for (int i = 0; i < 64; ++i)
            op();
        calls += 64;
    }
    const double secs = double(t.nsecsElapsed()) / 1e9;
    std::printf("%-44s %11.0f calls/s %11.0f %s/s\n", what, double(calls) / secs,
                double(calls) * unitsPerCall / secs, unit);
}

void benchReads(const QString &dir, Index count, qsizetype entrySize, Index perCall)
{
    const QString path = QDir(dir).filePath(QStringLiteral("read.db"));
    auto s = createOrDie(path);
    const QByteArray data = payload(entrySize);
    for (Index first = 1; first <= count; first += 1000) {
        const int n = int(std::min<Index>(1000, count - first + 1));
        if (auto st = s->append(batch(first, n, data)); !st)
            qFatal("append: %s", qPrintable(st.error().toString()));
    }
    QRandomGenerator rng(42);
    std::printf("-- log of %llu entries of %lld B\n", static_cast<unsigned long long>(count),
                static_cast<long long>(entrySize));
    rate(
        "term(random index)  [mostly SQL]",
        [&] {
            if (!s->term(1 + rng.bounded(quint64(count))))
                qFatal("term");
        },
        1, "terms");
    rate(
        "term(one of the last 64)  [cache]",
        [&] {
            if (!s->term(count - rng.bounded(quint64(64))))
                qFatal("term");
        },
        1, "terms");
    const QByteArray label = "entries(lo, lo + " + QByteArray::number(perCall) + ", 1 MB)";
    rate(
        label.constData(),
        [&] {
            const Index lo = 1 + rng.bounded(quint64(count - perCall));
            if (!s->entries(lo, lo + perCall, 1 << 20))
                qFatal("entries");
        },
        double(perCall), "entries");
    s.reset();
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QString::fromLatin1(suffix));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir temp(QDir::current().filePath(QStringLiteral("raftlog-bench-XXXXXX")));
    const QString dir = args.size() > 1 ? args[1] : temp.path();
    if (args.size() > 2)
        g_seconds = args[2].toDouble();
    if (dir.isEmpty() || g_seconds <= 0) {
        std::fputs("usage: gongzhi-bench-raftlog [DIR] [SECONDS]\n", stderr);
        return 2;
    }
    std::printf("RaftLogStore in %s, %.1f s per case, WAL + synchronous=FULL\n",
                qPrintable(QDir(dir).absolutePath()), g_seconds);
    for (qsizetype size : { qsizetype(150), qsizetype(150 * 1024) }) {
        for (int perReady : { 1, 16, 64 })
            benchPersist(dir, perReady, size);
    }
    benchReads(dir, 100000, 150, 16);
    benchReads(dir, 300, 150 * 1024, 4);
    return 0;
}
