#pragma once

#include "ledger/state/queries/RecordQueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ui {

struct RecordCsvResult {
    qint64 rows = 0;
    QString error; // empty on success; English, technical
};

// Writes every record matching a list query (not only the rows loaded in the
// view) to an Excel-friendly CSV file (CsvWriter), page by page. Runs on the
// facade's reader thread so the window stays responsive.
class RecordCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(ui::RecordCsvExport)
public:
    static QStringList header();
    static QStringList row(const ledger::state::RecordRow &r,
                           const QHash<std::uint32_t, QString> &organizations);
    static RecordCsvResult write(const ledger::state::StateMachine &state,
                                 const ledger::state::RecordListQuery &query, const QString &path);
};

} // namespace ui
