#include "ui/credit/StatementView.h"

#include "ledger/service/LedgerService.h"
#include "ui/common/DomainText.h"
#include "ui/credit/CreditContext.h"
#include "ui/credit/CreditLists.h"
#include "ui/credit/CsvExport.h"
#include "ui/credit/LazyTableModel.h"
#include "ui/credit/ResidentDirectory.h"
#include "ui/credit/ResidentPicker.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ui {

using ledger::service::QueryContext;

namespace {
// A statement lists a resident's whole history; past this it says how many more.
constexpr int PrintedRowsMax = 2000;
} // namespace

StatementView::StatementView(CreditContext &credit, QWidget *parent)
    : QWidget(parent)
    , m_credit(credit)
    , m_picker(new ResidentPicker(credit.residents, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_history(new LazyTableModel(credit.app.ledger, CreditLists::scoreEventHeaders(), this))
    , m_preview(new QPushButton(tr("Print preview…"), this))
    , m_pdf(new QPushButton(tr("Export PDF…"), this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
{
    m_summary->setObjectName(QStringLiteral("statementSummary"));
    m_table->setObjectName(QStringLiteral("statementHistory"));
    m_preview->setObjectName(QStringLiteral("printPreviewButton"));
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_csv->setObjectName(QStringLiteral("exportStatementCsvButton"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_table->setModel(m_history);
    LazyTableModel::styleView(m_table, 5);
    m_table->setColumnWidth(0, 130);
    m_table->setColumnWidth(1, 150);
    m_table->setColumnWidth(2, 180);
    m_table->setColumnWidth(3, 60);
    m_table->setColumnWidth(4, 180);
    m_table->setColumnWidth(6, 80);
    m_history->setResidentColumn(
        1, [this](const QByteArray &p) { return m_credit.residents.label(p); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_csv);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_picker);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 280, 900 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_picker, &ResidentPicker::residentChanged, this, &StatementView::showResident);
    connect(m_preview, &QPushButton::clicked, this, [this] {
        buildDocument([this](QTextDocument *document) {
            auto *preview = createPreview(document);
            preview->setAttribute(Qt::WA_DeleteOnClose);
            preview->open();
        });
    });
    connect(m_pdf, &QPushButton::clicked, this, &StatementView::exportPdf);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        exportModelCsv(this, m_credit.app.ledger, *m_history, tr("statement.csv"), 1,
                       m_credit.residents.labels());
    });
    showResident({});
}

void StatementView::showResident(const QByteArray &pseudonym)
{
    m_pseudonym = pseudonym;
    if (m_picker->pseudonym() != pseudonym && !pseudonym.isEmpty())
        m_picker->select(pseudonym);
    for (auto *b : { m_preview, m_pdf, m_csv })
        b->setEnabled(!pseudonym.isEmpty());
    reload();
}

void StatementView::reload()
{
    if (m_pseudonym.isEmpty()) {
        m_summary->setText(tr("Choose a resident to see their points."));
        m_history->setFetch({});
        return;
    }
    ledger::state::ScoreFilter filter;
    filter.pseudonym = m_pseudonym;
    m_history->setFetch(CreditLists::scoreEvents(filter, m_credit.orgNames));
    loadSummary();
}

QString StatementView::summaryText() const
{
    return m_summary->text();
}

void StatementView::loadSummary()
{
    using Balance = ledger::core::Result<ledger::state::BalanceRow>;
    const QByteArray pseudonym = m_pseudonym;
    m_credit.app.ledger->query<Balance>(
        this,
        [pseudonym](const QueryContext &c) { return ledger::state::balanceOf(c.state, pseudonym); },
        [this, pseudonym](Balance b) {
            if (pseudonym != m_pseudonym)
                return;
            if (!b) {
                m_summary->setText(
                    tr("The balance could not be read: %1").arg(b.error().toString()));
                return;
            }
            const QString level = m_credit.levelFor(b->earned);
            m_summary->setText(
                tr("<b>%1</b><br>Balance <b>%2</b> points · earned %3 · redeemed %4 · level "
                   "<b>%5</b>")
                    .arg(m_credit.residents.label(pseudonym).toHtmlEscaped())
                    .arg(b->balance)
                    .arg(b->earned)
                    .arg(b->redeemed)
                    .arg(level.isEmpty() ? tr("none yet") : level.toHtmlEscaped()));
        });
}

void StatementView::buildDocument(std::function<void(QTextDocument *document)> done)
{
    const QByteArray pseudonym = m_pseudonym;
    using Data = ledger::core::Result<StatementData>;
    m_credit.app.ledger->query<Data>(
        this,
        [pseudonym](const QueryContext &c) -> Data {
            StatementData d;
            d.pseudonym = pseudonym;
            d.balance = GONGZHI_TRY(ledger::state::balanceOf(c.state, pseudonym));
            ledger::state::ScoreFilter filter;
            filter.pseudonym = pseudonym;
            d.events
                = GONGZHI_TRY(ledger::state::scoreEventsBefore(c.state, filter, 0, PrintedRowsMax));
            d.redemptions = GONGZHI_TRY(
                ledger::state::redemptionsBefore(c.state, pseudonym, 0, PrintedRowsMax));
            return d;
        },
        [this, done](Data loaded) {
            if (!loaded) {
                QMessageBox::warning(
                    this, tr("Statement"),
                    tr("The statement could not be read: %1").arg(loaded.error().toString()));
                return;
            }
            auto *document = new QTextDocument(this);
            document->setHtml(html(*loaded));
            done(document);
        });
}

QString StatementView::html(const StatementData &d) const
{
    const QString level = m_credit.levelFor(d.balance.earned);
    QString out = QStringLiteral("<h2>%1</h2>").arg(tr("Points statement").toHtmlEscaped());
    out += QStringLiteral("<p><b>%1</b></p>")
               .arg(m_credit.residents.label(d.pseudonym).toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Balance %1 points · earned %2 · redeemed %3 · level %4")
                        .arg(d.balance.balance)
                        .arg(d.balance.earned)
                        .arg(d.balance.redeemed)
                        .arg(level.isEmpty() ? tr("none yet") : level)
                        .toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Printed %1 by %2, from the community ledger.")
                        .arg(DomainText::dateTime(QDateTime::currentMSecsSinceEpoch()),
                             m_credit.app.person ? m_credit.app.person->displayName : QString())
                        .toHtmlEscaped());
    auto cell
        = [](const QString &s) { return QStringLiteral("<td>%1</td>").arg(s.toHtmlEscaped()); };
    out += QStringLiteral("<h3>%1</h3><table border=1 cellspacing=0 cellpadding=4 width=100%><tr>")
               .arg(tr("Points history").toHtmlEscaped());
    for (const QString &h : { tr("Time"), tr("Rule"), tr("Points"), tr("Note") })
        out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    out += QStringLiteral("</tr>");
    for (const auto &e : d.events) {
        out += QStringLiteral("<tr>") + cell(DomainText::dateTime(e.tsMs))
            + cell(e.ruleTitle.isEmpty() ? e.ruleCode : e.ruleTitle)
            + cell(e.reversed ? tr("%1 (reversed)").arg(DomainText::points(e.points))
                              : DomainText::points(e.points))
            + cell(e.note) + QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    if (!d.redemptions.empty()) {
        out += QStringLiteral("<h3>%1</h3><table border=1 cellspacing=0 cellpadding=4 "
                              "width=100%><tr>")
                   .arg(tr("Redemptions").toHtmlEscaped());
        for (const QString &h : { tr("Time"), tr("Item"), tr("Quantity"), tr("Points") })
            out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
        out += QStringLiteral("</tr>");
        for (const auto &r : d.redemptions) {
            out += QStringLiteral("<tr>") + cell(DomainText::dateTime(r.tsMs))
                + cell(r.itemName.isEmpty() ? r.itemCode : r.itemName)
                + cell(QString::number(r.quantity)) + cell(DomainText::points(-r.points))
                + QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table>");
    }
    return out;
}

QPrintPreviewDialog *StatementView::createPreview(QTextDocument *document)
{
    auto *preview = new QPrintPreviewDialog(this);
    preview->setObjectName(QStringLiteral("statementPreviewDialog"));
    preview->setWindowTitle(tr("Points statement"));
    preview->resize(900, 700);
    document->setParent(preview);
    connect(preview, &QPrintPreviewDialog::paintRequested, document,
            [document](QPrinter *printer) { document->print(printer); });
    return preview;
}

QString StatementView::writePdf(QTextDocument *document, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    document->print(&printer);
    return QFileInfo::exists(path) ? QString()
                                   : tr("The PDF could not be written to %1.").arg(path);
}

void StatementView::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"),
                                                      QDir::home().filePath(tr("statement.pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    buildDocument([this, path](QTextDocument *document) {
        const QString error = writePdf(document, path);
        document->deleteLater();
        if (error.isEmpty())
            QMessageBox::information(this, tr("Export PDF"), tr("Saved %1.").arg(path));
        else
            QMessageBox::warning(this, tr("Export PDF"), error);
    });
}

} // namespace ui
