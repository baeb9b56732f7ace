#include "tests/cluster/ClusterProcesses.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QThread>

#include <csignal>

namespace tests {

namespace {

// A base port P such that P .. P+count-1 are all free on 127.0.0.1 now: the
// kernel picks P (port 0), then the next ones are tried.
quint16 freeConsecutivePorts(int count)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::vector<std::unique_ptr<QTcpServer>> held;
        held.push_back(std::make_unique<QTcpServer>());
        if (!held.back()->listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 base = held.back()->serverPort();
        bool ok = base + count - 1 <= 65535;
        for (int i = 1; ok && i < count; ++i) {
            held.push_back(std::make_unique<QTcpServer>());
            ok = held.back()->listen(QHostAddress::LocalHost, quint16(base + i));
        }
        if (ok)
            return base;
    }
    return 0;
}

} // namespace

QString CliRun::lastLine() const
{
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

ClusterProcesses::ClusterProcesses(int nodes)
    : m_size(nodes)
{
    m_nodes.resize(std::size_t(nodes));
}

ClusterProcesses::~ClusterProcesses()
{
    for (auto &p : m_nodes) {
        if (p && p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
}

bool ClusterProcesses::init()
{
    const quint16 base = freeConsecutivePorts(m_size);
    if (base == 0)
        return false;
    const CliRun r = cli({ QStringLiteral("cluster-init"), QStringLiteral("--nodes"),
                           QString::number(m_size), QStringLiteral("--dir"), m_dir.path(),
                           QStringLiteral("--base-port"), QString::number(base) });
    if (r.exitCode != 0)
        qWarning("cluster-init failed: %s", qPrintable(r.err));
    return r.exitCode == 0;
}

bool ClusterProcesses::start(int i)
{
    auto &p = m_nodes[std::size_t(i)];
    p = std::make_unique<QProcess>();
    p->setProgram(QStringLiteral(GONGZHI_NODE));
    p->setArguments({ QStringLiteral("--data-dir"), dataDir(i) });
    p->setStandardOutputFile(QProcess::nullDevice());
    p->setStandardErrorFile(file(QStringLiteral("node%1.log").arg(i + 1)), QIODevice::Append);
    p->start();
    return p->waitForStarted(10000);
}

bool ClusterProcesses::isRunning(int i) const
{
    const auto &p = m_nodes[std::size_t(i)];
    return p && p->state() == QProcess::Running;
}

void ClusterProcesses::kill(int i)
{
    auto &p = m_nodes[std::size_t(i)];
    p->kill();
    p->waitForFinished(10000);
}

bool ClusterProcesses::terminate(int i, int timeoutMs)
{
    auto &p = m_nodes[std::size_t(i)];
    ::kill(pid_t(p->processId()), SIGTERM);
    if (!p->waitForFinished(timeoutMs))
        return false;
    return p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0;
}

CliRun ClusterProcesses::cli(const QStringList &args, int timeoutMs) const
{
    QProcess p;
    p.start(QStringLiteral(GONGZHI_CLI), args);
    CliRun r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = r.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

int ClusterProcesses::agreedLeader() const
{
    QString leader;
    int leaderIndex = -1;
    for (int i = 0; i < m_size; ++i) {
        if (!isRunning(i))
            continue;
        const CliRun r = cli({ QStringLiteral("status"), QStringLiteral("--data-dir"), dataDir(i),
                               QStringLiteral("--json") },
                             10000);
        if (r.exitCode != 0)
            return -1;
        const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString named = s.value(QStringLiteral("leader")).toString();
        if (named.isEmpty() || (!leader.isEmpty() && named != leader))
            return -1;
        leader = named;
        if (s.value(QStringLiteral("role")).toString() == QLatin1String("leader"))
            leaderIndex = i;
    }
    return leaderIndex;
}

QString ClusterProcesses::head(int i) const
{
    const CliRun r = cli({ QStringLiteral("head"), QStringLiteral("--data-dir"), dataDir(i) });
    return r.exitCode == 0 ? r.lastLine() : QString();
}

bool ClusterProcesses::waitFor(const std::function<bool()> &probe, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!probe()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(200);
    }
    return true;
}

QString ClusterProcesses::nodeLog(int i) const
{
    QFile f(file(QStringLiteral("node%1.log").arg(i + 1)));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray all = f.readAll();
    return QString::fromUtf8(all.right(4000));
}

} // namespace tests
