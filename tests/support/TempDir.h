#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tests {

// A fresh directory removed at the end of the test (kept when the environment
// variable GONGZHI_KEEP_TEMP is set, for debugging).
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace tests
