#include "ui/common/CsvWriter.h"

#include <QFileInfo>

namespace ui {

CsvWriter::CsvWriter(QString path)
    : m_path(std::move(path))
    , m_file(m_path + QStringLiteral(".part"))
{
}

CsvWriter::~CsvWriter()
{
    if (m_file.isOpen()) {
        m_file.close();
        m_file.remove();
    }
}

ledger::core::Status CsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ledger::core::fail(ledger::core::ErrorCode::Io, m_file.errorString(), m_path);
    m_ok = m_file.write("\xEF\xBB\xBF") == 3;
    return {};
}

QString CsvWriter::escape(const QString &cell)
{
    QString value = cell;
    if (!value.isEmpty()
        && (value.front() == QLatin1Char('=') || value.front() == QLatin1Char('+')
            || value.front() == QLatin1Char('-') || value.front() == QLatin1Char('@')))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const auto &c : cells)
        escaped << escape(c);
    const QByteArray line = escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
    if (m_ok)
        m_ok = m_file.write(line) == line.size();
}

ledger::core::Status CsvWriter::finish()
{
    if (!m_ok || !m_file.flush()) {
        const QString why = m_file.errorString();
        m_file.close();
        m_file.remove();
        return ledger::core::fail(ledger::core::ErrorCode::Io, why, m_path);
    }
    m_file.close();
    QFile::remove(m_path);
    if (!m_file.rename(m_path))
        return ledger::core::fail(ledger::core::ErrorCode::Io, m_file.errorString(), m_path);
    return {};
}

} // namespace ui
