#include "tests/cluster/ClusterProcesses.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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
    if (m_load && m_load->state() != QProcess::NotRunning) {
        m_load->kill();
        m_load->waitForFinished(5000);
    }
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

bool ClusterProcesses::start(int i, bool relativeDataDir)
{
    auto &p = m_nodes[std::size_t(i)];
    p = std::make_unique<QProcess>();
    p->setProgram(QStringLiteral(GONGZHI_NODE));
    if (relativeDataDir) {
        p->setWorkingDirectory(m_dir.path());
        p->setArguments({ QStringLiteral("--data-dir"), QStringLiteral("node%1").arg(i + 1) });
    } else {
        p->setArguments({ QStringLiteral("--data-dir"), dataDir(i) });
    }
    p->setStandardOutputFile(QProcess::nullDevice());
    p->setStandardErrorFile(file(QStringLiteral("node%1.log").arg(i + 1)), QIODevice::Append);
    p->start();
    return p->waitForStarted(10000);
}

bool ClusterProcesses::isRunning(int i) const
{
    const auto &p = m_nodes[std::size_t(i)];
    if (p && p->state() == QProcess::Running)
        p->waitForFinished(0); // notices an exit of its own (no event loop runs here)
    return p && p->state() == QProcess::Running;
}

void ClusterProcesses::kill(int i)
{
    auto &p = m_nodes[std::size_t(i)];
    p->kill();
    p->waitForFinished(10000);
}

void ClusterProcesses::pause(int i)
{
    ::kill(pid_t(m_nodes[std::size_t(i)]->processId()), SIGSTOP);
}

void ClusterProcesses::resume(int i)
{
    ::kill(pid_t(m_nodes[std::size_t(i)]->processId()), SIGCONT);
}

int ClusterProcesses::waitForExit(int i, int timeoutMs)
{
    auto &p = m_nodes[std::size_t(i)];
    if (!p->waitForFinished(timeoutMs) && p->state() != QProcess::NotRunning)
        return -1;
    return p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
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
    if (p.error() == QProcess::FailedToStart)
        r.err += QStringLiteral("gongzhi-cli did not start: ") + p.errorString();
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

qint64 ClusterProcesses::headHeight(int i) const
{
    const QString h = head(i);
    bool ok = false;
    const qint64 height = h.section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
    return ok ? height : -1;
}

QJsonObject ClusterProcesses::status(int i, int timeoutMs) const
{
    const CliRun r = cli({ QStringLiteral("status"), QStringLiteral("--data-dir"), dataDir(i),
                           QStringLiteral("--json") },
                         timeoutMs);
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

bool ClusterProcesses::countTransactions(int i, TxCount &count) const
{
    const QString path = file(QStringLiteral("export%1.jsonl").arg(i + 1));
    const CliRun r = cli({ QStringLiteral("export"), QStringLiteral("--data-dir"), dataDir(i),
                           QStringLiteral("--output"), path },
                         300000);
    if (r.exitCode != 0) {
        qWarning("export of node%d failed: %s", i + 1, qPrintable(r.err));
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QSet<QString> ids;
    count = {};
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject block = QJsonDocument::fromJson(line).object();
        if (block.isEmpty())
            return false;
        for (const QJsonValue &tx : block.value(QStringLiteral("transactions")).toArray()) {
            ++count.rows;
            ids.insert(tx.toObject().value(QStringLiteral("id")).toString());
        }
    }
    count.distinct = ids.size();
    return true;
}

bool ClusterProcesses::startLoadRound(int i, int count)
{
    if (loadRunning())
        return false;
    ++m_loadRounds;
    m_load = std::make_unique<QProcess>();
    m_load->setProgram(QStringLiteral(GONGZHI_CLI));
    m_load->setArguments({ QStringLiteral("load"), QStringLiteral("--data-dir"), dataDir(i),
                           QStringLiteral("--count"), QString::number(count),
                           QStringLiteral("--concurrency"), QStringLiteral("16"),
                           QStringLiteral("--ack-file"),
                           file(QStringLiteral("acks-%1.txt").arg(m_loadRounds)) });
    m_load->setStandardOutputFile(file(QStringLiteral("load.log")), QIODevice::Append);
    m_load->setStandardErrorFile(file(QStringLiteral("load.log")), QIODevice::Append);
    m_load->start();
    return m_load->waitForStarted(10000);
}

bool ClusterProcesses::loadRunning() const
{
    // Without an event loop QProcess learns of the exit only while waiting.
    if (m_load && m_load->state() != QProcess::NotRunning)
        m_load->waitForFinished(0);
    return m_load && m_load->state() != QProcess::NotRunning;
}

bool ClusterProcesses::stopLoad(int timeoutMs)
{
    if (!loadRunning())
        return true;
    if (!m_load->waitForFinished(timeoutMs)) {
        m_load->kill();
        m_load->waitForFinished(5000);
        return false;
    }
    return true;
}

QString ClusterProcesses::loadSummary() const
{
    QFile f(file(QStringLiteral("load.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n'));
    return lines.last().trimmed();
}

QString ClusterProcesses::mergedAcks(qint64 *ids, const QStringList &extra) const
{
    QStringList files = extra;
    for (int round = 1; round <= m_loadRounds; ++round)
        files << file(QStringLiteral("acks-%1.txt").arg(round));
    const QString path = file(QStringLiteral("acks-all.txt"));
    QFile out(path);
    qint64 n = 0;
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        for (const QString &name : files) {
            QFile in(name);
            if (!in.open(QIODevice::ReadOnly))
                continue;
            while (!in.atEnd()) {
                const QByteArray line = in.readLine();
                if (line.size() == 65 && line.endsWith('\n')) {
                    out.write(line);
                    ++n;
                }
            }
        }
    }
    if (ids)
        *ids = n;
    return path;
}

QString ClusterProcesses::convergenceProblem(const QString &ackFile, int timeoutMs) const
{
    for (int i = 0; i < m_size; ++i) {
        const bool has = waitFor(
            [&] {
                return cli({ QStringLiteral("has"), QStringLiteral("--data-dir"), dataDir(i),
                             QStringLiteral("--tx-file"), ackFile })
                           .exitCode
                    == 0;
            },
            timeoutMs);
        if (!has)
            return QStringLiteral("node%1 misses acknowledged ids\n").arg(i + 1) + nodeLog(i);
    }
    QStringList heads;
    const bool sameHead = waitFor(
        [&] {
            heads.clear();
            for (int i = 0; i < m_size; ++i)
                heads << head(i);
            return !heads.first().isEmpty() && heads.count(heads.first()) == heads.size();
        },
        timeoutMs);
    if (!sameHead)
        return QStringLiteral("heads differ: ") + heads.join(QStringLiteral(" | "));
    for (int i = 0; i < m_size; ++i) {
        const CliRun v
            = cli({ QStringLiteral("verify"), QStringLiteral("--data-dir"), dataDir(i) }, 300000);
        if (v.exitCode != 0)
            return QStringLiteral("verify failed on node%1: ").arg(i + 1) + v.out + v.err;
        TxCount count;
        if (!countTransactions(i, count))
            return QStringLiteral("export failed on node%1").arg(i + 1);
        if (count.rows != count.distinct)
            return QStringLiteral("node%1 holds %2 transaction rows but only %3 distinct ids")
                .arg(i + 1)
                .arg(count.rows)
                .arg(count.distinct);
    }
    return {};
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
