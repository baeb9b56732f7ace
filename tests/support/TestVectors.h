#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace tests {

// Path of a file under ../shared/testdata (the vectors from outside the project).
QString sharedTestData(const QString &relative);
// Reads and parses a JSON file; fails the calling test (QFAIL-style abort) if missing.
QJsonDocument readJson(const QString &path);
QByteArray readFile(const QString &path);

} // namespace tests
