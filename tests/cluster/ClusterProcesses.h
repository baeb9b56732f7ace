#pragma once

#include "tests/support/TempDir.h"

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

    bool start(int i);
    bool isRunning(int i) const;
    void kill(int i); // SIGKILL, like pulling the plug
    // SIGTERM; true if it exited by itself with code 0 within timeoutMs.
    bool terminate(int i, int timeoutMs);

    CliRun cli(const QStringList &args, int timeoutMs = 60000) const;
    // Index of the node every running node names as leader, or -1.
    int agreedLeader() const;
    QString head(int i) const;
    // Polls `probe` every 200 ms until it holds or timeoutMs passes.
    static bool waitFor(const std::function<bool()> &probe, int timeoutMs);
    // The node's log (its stderr), for failure messages.
    QString nodeLog(int i) const;

private:
    TempDir m_dir;
    int m_size;
    std::vector<std::unique_ptr<QProcess>> m_nodes;
};

} // namespace tests
