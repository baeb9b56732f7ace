#include "ui/credit/CsvExport.h"

#include "ledger/service/LedgerService.h"
#include "ui/common/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>

namespace ui {

void exportCsv(ledger::service::LedgerService *ledger, QObject *receiver, const QString &path,
               const QStringList &headers, const LazyFetch &fetch, int residentColumn,
               const QHash<QByteArray, QString> &residentLabels,
               std::function<void(const QString &error)> done)
{
    ledger->query<QString>(
        receiver,
        [=](const ledger::service::QueryContext &c) -> QString {
            CsvWriter csv(path);
            if (auto opened = csv.open(); !opened)
                return opened.error().toString();
            csv.writeRow(headers);
            std::int64_t cursor = 0;
            int written = 0;
            constexpr int PageRows = 500; // the largest page every list serves
            for (;;) {
                auto page = fetch(c, cursor, written, PageRows);
                if (!page)
                    return page.error().toString();
                for (const LazyRow &row : *page) {
                    QStringList cells = row.cells;
                    if (residentColumn >= 0 && residentColumn < cells.size()
                        && !row.pseudonym.isEmpty()) {
                        const auto label = residentLabels.constFind(row.pseudonym);
                        if (label != residentLabels.constEnd())
                            cells[residentColumn] = *label;
                    }
                    csv.writeRow(cells);
                    cursor = row.cursor;
                    ++written;
                }
                if (int(page->size()) < PageRows)
                    break;
            }
            if (auto finished = csv.finish(); !finished)
                return finished.error().toString();
            return QString();
        },
        std::move(done));
}

namespace {

// Save dialog, export, and a message box with the outcome.
void askAndExport(QWidget *parent, ledger::service::LedgerService *ledger,
                  const QString &suggestedName, const QStringList &headers, const LazyFetch &fetch,
                  int residentColumn, const QHash<QByteArray, QString> &residentLabels)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("ui::CsvExport", "Export to CSV"),
        QDir::home().filePath(suggestedName),
        QCoreApplication::translate("ui::CsvExport", "CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QPointer<QWidget> guard(parent);
    exportCsv(
        ledger, parent, path, headers, fetch, residentColumn, residentLabels,
        [guard, path](const QString &error) {
            if (!guard)
                return;
            if (error.isEmpty()) {
                QMessageBox::information(
                    guard, QCoreApplication::translate("ui::CsvExport", "Export to CSV"),
                    QCoreApplication::translate("ui::CsvExport", "Saved %1.")
                        .arg(QDir::toNativeSeparators(path)));
            } else {
                QMessageBox::warning(
                    guard, QCoreApplication::translate("ui::CsvExport", "Export to CSV"),
                    QCoreApplication::translate("ui::CsvExport", "The list could not be saved: %1")
                        .arg(error));
            }
        });
}

} // namespace

void exportModelCsv(QWidget *parent, ledger::service::LedgerService *ledger,
                    const LazyTableModel &model, const QString &suggestedName, int residentColumn,
                    const QHash<QByteArray, QString> &residentLabels)
{
    askAndExport(parent, ledger, suggestedName, model.headers(), model.fetch(), residentColumn,
                 residentLabels);
}

void exportRowsCsv(QWidget *parent, ledger::service::LedgerService *ledger,
                   const QString &suggestedName, const QStringList &headers,
                   const QList<QStringList> &rows)
{
    LazyFetch all = [rows](const ledger::service::QueryContext &, std::int64_t, int loaded,
                           int limit) -> ledger::core::Result<std::vector<LazyRow>> {
        std::vector<LazyRow> page;
        for (int i = loaded; i < rows.size() && int(page.size()) < limit; ++i)
            page.push_back({ i + 1, {}, {}, rows[i] });
        return page;
    };
    askAndExport(parent, ledger, suggestedName, headers, all, -1, {});
}

} // namespace ui
