#include "ui/credit/HandbookView.h"

#include "ui/common/DomainText.h"
#include "ui/credit/CreditContext.h"
#include "ui/credit/CsvExport.h"
#include "ui/credit/HandbookDraftDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

HandbookView::HandbookView(CreditContext &credit, QWidget *parent)
    : QWidget(parent)
    , m_credit(credit)
    , m_title(new QLabel(this))
    , m_rules(new QTableWidget(0, 5, this))
    , m_levels(new QTableWidget(0, 2, this))
{
    m_title->setObjectName(QStringLiteral("handbookTitle"));
    m_rules->setObjectName(QStringLiteral("handbookRules"));
    m_levels->setObjectName(QStringLiteral("handbookLevels"));
    m_title->setTextFormat(Qt::RichText);
    m_rules->setHorizontalHeaderLabels(
        { tr("Category"), tr("Rule"), tr("Points"), tr("Monthly cap"), tr("Evidence") });
    m_levels->setHorizontalHeaderLabels({ tr("Level"), tr("From points earned") });
    for (auto *t : { m_rules, m_levels }) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    auto *prepare = new QPushButton(tr("Prepare a new version…"), this);
    prepare->setObjectName(QStringLiteral("prepareDraftButton"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportHandbookButton"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QList<QStringList> rows;
        for (int r = 0; r < m_rules->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < m_rules->columnCount(); ++c)
                cells << (m_rules->item(r, c) ? m_rules->item(r, c)->text() : QString());
            rows << cells;
        }
        exportRowsCsv(
            this, m_credit.app.ledger, tr("handbook-rules.csv"),
            { tr("Category"), tr("Rule"), tr("Points"), tr("Monthly cap"), tr("Evidence") }, rows);
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(exportButton);
    bar->addWidget(prepare);
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_rules, 3);
    tables->addWidget(m_levels, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(tables, 1);
    connect(prepare, &QPushButton::clicked, this, [this] {
        auto *dialog = createDraftDialog();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(&m_credit, &CreditContext::handbookChanged, this, &HandbookView::showHandbook);
    showHandbook();
}

HandbookDraftDialog *HandbookView::createDraftDialog()
{
    return new HandbookDraftDialog(m_credit, this);
}

void HandbookView::showHandbook()
{
    m_rules->setRowCount(0);
    m_levels->setRowCount(0);
    if (!m_credit.handbook) {
        m_title->setText(tr("No scoring handbook is in effect yet."));
        return;
    }
    const auto &h = m_credit.handbook->handbook;
    m_title->setText(tr("<b>%1</b> · version %2 · in effect since %3")
                         .arg(h.title.toHtmlEscaped())
                         .arg(h.version)
                         .arg(DomainText::date(m_credit.handbook->effectiveMs)));
    for (const auto &category : h.categories) {
        for (const auto &rule : h.rules) {
            if (rule.categoryCode != category.code)
                continue;
            const int row = m_rules->rowCount();
            m_rules->insertRow(row);
            m_rules->setItem(row, 0, new QTableWidgetItem(category.name));
            m_rules->setItem(row, 1, new QTableWidgetItem(rule.title));
            auto *points = new QTableWidgetItem(DomainText::points(rule.points));
            points->setForeground(rule.points < 0 ? QColor(0xb0, 0x20, 0x20)
                                                  : QColor(0x1a, 0x7f, 0x37));
            m_rules->setItem(row, 2, points);
            m_rules->setItem(row, 3,
                             new QTableWidgetItem(rule.capPerPeriod == 0
                                                      ? tr("none")
                                                      : QString::number(rule.capPerPeriod)));
            m_rules->setItem(
                row, 4, new QTableWidgetItem(rule.evidenceRequired ? tr("required") : QString()));
        }
    }
    for (const auto &level : h.levels) {
        const int row = m_levels->rowCount();
        m_levels->insertRow(row);
        m_levels->setItem(row, 0, new QTableWidgetItem(level.name));
        m_levels->setItem(row, 1, new QTableWidgetItem(QString::number(level.minPoints)));
    }
    m_rules->resizeColumnsToContents();
    m_levels->resizeColumnsToContents();
    m_rules->horizontalHeader()->setStretchLastSection(true);
}

} // namespace ui
