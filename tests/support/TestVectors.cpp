#include "tests/support/TestVectors.h"

#include <QFile>

namespace tests {

QString sharedTestData(const QString &relative)
{
    return QStringLiteral(GONGZHI_SHARED_TESTDATA_DIR "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(path));
    return f.readAll();
}

QJsonDocument readJson(const QString &path)
{
    QJsonParseError err {};
    auto doc = QJsonDocument::fromJson(readFile(path), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad JSON in %s: %s", qPrintable(path), qPrintable(err.errorString()));
    return doc;
}

} // namespace tests
