#include "tests/support/DataDirs.h"

#include "ledger/crypto/KeyFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <memory>

namespace tests {

bool runProgram(const QString &program, const QStringList &args, int timeoutMs, QString *log)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start();
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished)
        p.kill();
    p.waitForFinished(5000);
    const bool ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && log)
        *log = QString::fromUtf8(p.readAll());
    return ok;
}

bool copyTree(const QString &from, const QString &to)
{
    const QDir src(from);
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + src.relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (it.fileInfo().suffix() != QLatin1String("sock")) {
            if (!QFile::copy(path, target))
                return false;
            QFile::setPermissions(target, QFile::permissions(path));
        }
    }
    return true;
}

std::vector<quint16> freePorts(int count)
{
    // Held open together so that the same port is not handed out twice.
    std::vector<std::unique_ptr<QTcpServer>> servers;
    std::vector<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.push_back(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports;
}

std::vector<ledger::crypto::KeyPair> demoPersonKeys(const QString &dataDir)
{
    std::vector<ledger::crypto::KeyPair> keys;
    const QDir dir(dataDir + QStringLiteral("/keys"));
    for (const QString &name : dir.entryList({ QStringLiteral("person-*.key") }, QDir::Files)) {
        if (auto key = ledger::crypto::KeyFile::load(dir.filePath(name), QString()))
            keys.push_back(*key);
    }
    return keys;
}

} // namespace tests
