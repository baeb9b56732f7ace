#include "app/node/NodeLog.h"

#include <QDateTime>
#include <QString>

#include <cstdio>

namespace app::node {

namespace {

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void writeLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8()
        + ' ' + levelName(type) + ' ' + (context.category ? context.category : "default") + ": "
        + message.toUtf8() + '\n';
    // One write per line, so lines from several threads do not interleave.
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void installNodeLog()
{
    qInstallMessageHandler(writeLine);
}

} // namespace app::node
