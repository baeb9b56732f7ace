#pragma once

#include "ledger/state/queries/CreditQueries.h"

#include <QCoreApplication>
#include <QWidget>

class QLabel;
class QPrinter;
class QPrintPreviewDialog;
class QPushButton;
class QTableView;
class QTextDocument;

namespace ui {

class CreditContext;
class LazyTableModel;
class ResidentPicker;

// Everything a printed statement shows, read in one go on the reader thread.
struct StatementData {
    QByteArray pseudonym;
    ledger::state::BalanceRow balance;
    std::vector<ledger::state::ScoreEventRow> events; // newest first
    std::vector<ledger::state::RedemptionRow> redemptions; // newest first
};

// A resident's points statement (积分明细): balance, level, history; print
// preview, PDF and CSV. objectNames: statementSummary, statementHistory,
// printPreviewButton, exportPdfButton, exportStatementCsvButton.
class StatementView : public QWidget
{
    Q_OBJECT
public:
    explicit StatementView(CreditContext &credit, QWidget *parent = nullptr);
    void showResident(const QByteArray &pseudonym);
    QByteArray pseudonym() const { return m_pseudonym; }
    LazyTableModel *history() const { return m_history; }
    QString summaryText() const;
    void reload();

    // Loads the full statement and calls `done` with a document ready to print.
    void buildDocument(std::function<void(QTextDocument *document)> done);
    // A print preview of the current resident's statement (not shown).
    QPrintPreviewDialog *createPreview(QTextDocument *document);
    // Writes the statement as PDF to `path`; empty string or an error message.
    QString writePdf(QTextDocument *document, const QString &path);

private:
    void loadSummary();
    void exportPdf();
    QString html(const StatementData &data) const;

    CreditContext &m_credit;
    ResidentPicker *m_picker;
    QLabel *m_summary;
    QTableView *m_table;
    LazyTableModel *m_history;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QByteArray m_pseudonym;
};

} // namespace ui
