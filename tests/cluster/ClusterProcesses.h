#pragma once

#include "tests/support/TcpProxy.h"
#include "tests/support/TempDir.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace tests {

// The outcome of one gongzhi-cli run.
struct CliRun {
    bool finished = false; // false: killed at the time limit
    int exitCode = -1;
    QString out;
    QString err;
    QString lastLine() const;
};

// A cluster of real gongzhi-node processes on 127.0.0.1, made with
// `gongzhi-cli cluster-init` in a temporary directory. Every wait is bounded;
// the destructor kills whatever still runs.
class ClusterProcesses
{
public:
    explicit ClusterProcesses(int nodes);
    ~ClusterProcesses();

    // cluster-init on consecutive free ports. False (see log()) on failure.
    bool init();
    int size() const { return m_size; }
    QString dataDir(int i) const { return m_dir.file(QStringLiteral("node%1").arg(i + 1)); }
    QString file(const QString &name) const { return m_dir.file(name); }

    // Routes every node-to-node connection through a TcpProxy in this process:
    // node i dials node j at the proxy port of the directed link i->j (the
    // node.json files are rewritten). Call after init(), before start(). The
    // transport keeps one connection per pair, dialed by either side, so the
    // calls below act on both directed links of a pair.
    bool routeThroughProxy();
    // The pair i-j stops talking: Blackhole swallows bytes (TCP stays
    // half-open until a keep-alive timeout), Reset refuses with RSTs.
    void cut(int i, int j, TcpProxy::Mode mode = TcpProxy::Mode::Blackhole);
    // Bytes from `from` to `to` are swallowed; the other way still flows.
    void cutOneWay(int from, int to);
    void heal(int i, int j);
    void healAll();
    // Node i cut from every other node.
    void isolate(int i, TcpProxy::Mode mode = TcpProxy::Mode::Blackhole);
    // Heals everything, then cuts every pair whose nodes are in different groups
    // (a node in no group is cut from all).
    void partition(const std::vector<std::vector<int>> &groups,
                   TcpProxy::Mode mode = TcpProxy::Mode::Blackhole);

    // With relativeDataDir the node runs in the cluster directory and is given
    // "nodeN" (a relative --data-dir).
    bool start(int i, bool relativeDataDir = false);
    bool isRunning(int i) const;
    void kill(int i); // SIGKILL, like pulling the plug
    void pause(int i); // SIGSTOP: the process is frozen, its sockets stay open
    void resume(int i); // SIGCONT
    // The node's exit code once it stopped by itself (waits at most timeoutMs), or -1.
    int waitForExit(int i, int timeoutMs);
    // SIGTERM; true if it exited by itself with code 0 within timeoutMs.
    bool terminate(int i, int timeoutMs);

    CliRun cli(const QStringList &args, int timeoutMs = 60000) const;
    // Index of the node every running node names as leader, or -1.
    int agreedLeader() const;
    QString head(int i) const;
    // The height part of head(i), or -1.
    qint64 headHeight(int i) const;
    // `status --json` of a running node; empty if it does not answer.
    QJsonObject status(int i, int timeoutMs = 10000) const;

    // Transactions on node i's chain (from `gongzhi-cli export`): how many rows,
    // and how many distinct ids. False if the export failed.
    struct TxCount {
        qint64 rows = 0;
        qint64 distinct = 0;
    };
    bool countTransactions(int i, TxCount &count) const;

    // Background load: `load --count N --ack-file F` through node i, one round at
    // a time. Acknowledgements are the lines of the ack files; a round whose node
    // is killed ends early (its acks up to then still count).
    bool startLoadRound(int i, int count);
    bool loadRunning() const;
    // Waits for the current round (at most timeoutMs), else kills it. True if
    // the round ended by itself (or none was running).
    bool stopLoad(int timeoutMs);
    // The last line of load.log (the summary line of the last finished round).
    QString loadSummary() const;
    int loadRounds() const { return m_loadRounds; }
    // Every complete ack line of every round so far, in one file (a round killed
    // mid-write may leave a partial last line: it is dropped, never checked). Returns
    // the file's path and the number of ids in `ids`. `extra` ack files are added.
    QString mergedAcks(qint64 *ids = nullptr, const QStringList &extra = {}) const;

    // The end checks of every fault test, on the running nodes: each holds every
    // id of ackFile (waiting up to timeoutMs), all heads are identical, `verify`
    // passes on each, and no chain holds a transaction twice. Empty if all hold,
    // else what failed (with the node's log tail).
    QString convergenceProblem(const QString &ackFile, int timeoutMs) const;
    // Polls `probe` every 200 ms until it holds or timeoutMs passes.
    static bool waitFor(const std::function<bool()> &probe, int timeoutMs);
    // The node's log (its stderr), for failure messages.
    QString nodeLog(int i) const;

private:
    TempDir m_dir;
    int m_size;
    std::vector<std::unique_ptr<QProcess>> m_nodes;
    std::unique_ptr<QProcess> m_load;
    std::unique_ptr<TcpProxy> m_proxy;
    std::vector<std::vector<quint16>> m_links; // [i][j]: proxy port node i dials for j
    int m_loadRounds = 0;
};

} // namespace tests
