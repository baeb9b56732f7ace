// gongzhi-node: the headless ledger node of one organization's office PC.
#include "app/node/NodeLog.h"
#include "app/node/NodeProcess.h"
#include "app/node/SignalWatcher.h"
#include "translations/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

using namespace app::node;

int main(int argc, char *argv[])
{
    SignalWatcher::blockTerminationSignals(); // before any thread exists
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gongzhi-node"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONGZHI_VERSION));
    translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Runs this PC's Gongzhi ledger node."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("data-dir"),
                       QCoreApplication::translate("main", "The node's data directory."),
                       QStringLiteral("DIR") });
    parser.process(app);
    QTextStream err(stderr);
    // Absolute from here on: the control socket's name is derived from it, and
    // QLocalServer refuses a relative name ("QLocalServer::listen: Name error").
    const QString given = parser.value(QStringLiteral("data-dir"));
    const QString dataDir = given.isEmpty() ? QString() : QFileInfo(given).absoluteFilePath();
    if (dataDir.isEmpty()) {
        err << QCoreApplication::translate("main", "gongzhi-node: --data-dir DIR is required.")
            << '\n';
        return 2;
    }

    installNodeLog();
    SignalWatcher watcher;
    if (!watcher.isValid()) {
        err << QCoreApplication::translate("main", "gongzhi-node: cannot watch for signals.")
            << '\n';
        return 1;
    }
    NodeProcess node(dataDir);
    if (auto s = node.start(); !s) {
        err << QCoreApplication::translate(
                   "main", "gongzhi-node: cannot run a node from the data directory %1: %2")
                   .arg(dataDir, s.error().toString())
            << '\n';
        return 1;
    }
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &node, [&node](int signo) {
        qInfo("signal %d: stopping", signo);
        node.shutdown();
    });
    QObject::connect(
        &node, &NodeProcess::finished, &app, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    return app.exec();
}
