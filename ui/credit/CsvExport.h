#pragma once

#include "ui/credit/LazyTableModel.h"

#include <QHash>
#include <QObject>

namespace ui {

// Exports every row a LazyFetch produces (not only the loaded ones) to an
// Excel-friendly CSV (CsvWriter), on the ledger's reader thread. Cells of
// `residentColumn` are replaced by residentLabels[pseudonym] when present.
// `done` gets an empty string on success, else a message for the user.
void exportCsv(ledger::service::LedgerService *ledger, QObject *receiver, const QString &path,
               const QStringList &headers, const LazyFetch &fetch, int residentColumn,
               const QHash<QByteArray, QString> &residentLabels,
               std::function<void(const QString &error)> done);

// Asks for a file name (Save dialog) and exports `model`'s whole list with
// its headers; reports the outcome in a message box on `parent`.
void exportModelCsv(QWidget *parent, ledger::service::LedgerService *ledger,
                    const LazyTableModel &model, const QString &suggestedName, int residentColumn,
                    const QHash<QByteArray, QString> &residentLabels);

// Asks for a file name and writes `rows` (already on screen, e.g. a small
// table) on the ledger's reader thread; reports the outcome like exportModelCsv.
void exportRowsCsv(QWidget *parent, ledger::service::LedgerService *ledger,
                   const QString &suggestedName, const QStringList &headers,
                   const QList<QStringList> &rows);

} // namespace ui
