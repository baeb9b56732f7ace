#pragma once

#include "ledger/core/Result.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace ui {

// Writes a CSV file that Excel opens correctly with Chinese text: UTF-8 with
// a byte-order mark, CRLF line ends, RFC 4180 quoting. Cells that a
// spreadsheet would run as a formula (=, +, -, @ first) are prefixed with an
// apostrophe (CSV injection). Written to a temporary file and renamed on
// finish(), so a failed export never leaves half a file.
class CsvWriter
{
public:
    explicit CsvWriter(QString path);
    ~CsvWriter();
    ledger::core::Status open();
    void writeRow(const QStringList &cells);
    ledger::core::Status finish();

    static QString escape(const QString &cell);

private:
    QString m_path;
    QFile m_file;
    bool m_ok = true;
};

} // namespace ui
