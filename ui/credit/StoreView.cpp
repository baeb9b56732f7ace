#include "ui/credit/StoreView.h"

#include "ledger/domain/PayloadCodec.h"
#include "ledger/service/LedgerService.h"
#include "ui/credit/CreditContext.h"
#include "ui/credit/CreditLists.h"
#include "ui/credit/CsvExport.h"
#include "ui/credit/LazyTableModel.h"
#include "ui/credit/PendingList.h"
#include "ui/credit/RedemptionDialog.h"
#include "ui/credit/ResidentDirectory.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

using ledger::service::QueryContext;

StoreView::StoreView(CreditContext &credit, QWidget *parent)
    : QWidget(parent)
    , m_credit(credit)
    , m_itemsTable(new QTableWidget(this))
    , m_redemptionsTable(new QTableView(this))
    , m_redemptions(new LazyTableModel(credit.app.ledger, CreditLists::redemptionHeaders(), this))
{
    m_itemsTable->setObjectName(QStringLiteral("storeItemsTable"));
    m_redemptionsTable->setObjectName(QStringLiteral("redemptionsTable"));
    m_itemsTable->setColumnCount(4);
    m_itemsTable->setHorizontalHeaderLabels({ tr("Code"), tr("Item"), tr("Cost"), tr("State") });
    m_itemsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsTable->verticalHeader()->hide();
    m_itemsTable->horizontalHeader()->setStretchLastSection(true);
    m_redemptionsTable->setModel(m_redemptions);
    LazyTableModel::styleView(m_redemptionsTable, 5);
    m_redemptionsTable->setColumnWidth(0, 140);
    m_redemptionsTable->setColumnWidth(1, 200);
    m_redemptionsTable->setColumnWidth(2, 160);
    m_redemptions->setResidentColumn(
        1, [this](const QByteArray &p) { return m_credit.residents.label(p); });

    auto *redeem = new QPushButton(tr("Redeem…"), this);
    redeem->setObjectName(QStringLiteral("redeemButton"));
    auto *list = new QPushButton(tr("List or change an item…"), this);
    list->setObjectName(QStringLiteral("listItemButton"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportRedemptionsButton"));
    auto *itemsBar = new QHBoxLayout;
    itemsBar->addWidget(new QLabel(tr("<b>Items</b>"), this));
    itemsBar->addStretch(1);
    auto *exportItems = new QPushButton(tr("Export CSV…"), this);
    exportItems->setObjectName(QStringLiteral("exportItemsButton"));
    connect(exportItems, &QPushButton::clicked, this, [this] {
        QList<QStringList> rows;
        for (const auto &item : m_items) {
            rows << QStringList { item.code, item.name, QString::number(item.cost),
                                  item.active ? tr("On offer") : tr("Withdrawn") };
        }
        exportRowsCsv(this, m_credit.app.ledger, tr("store-items.csv"),
                      { tr("Code"), tr("Item"), tr("Cost"), tr("State") }, rows);
    });
    itemsBar->addWidget(exportItems);
    itemsBar->addWidget(list);
    itemsBar->addWidget(redeem);
    auto *redemptionsBar = new QHBoxLayout;
    redemptionsBar->addWidget(new QLabel(tr("<b>Redemptions</b>"), this));
    redemptionsBar->addStretch(1);
    redemptionsBar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(itemsBar);
    layout->addWidget(m_itemsTable, 2);
    layout->addLayout(redemptionsBar);
    layout->addWidget(m_redemptionsTable, 3);

    connect(redeem, &QPushButton::clicked, this, [this] {
        auto *dialog = createRedemptionDialog();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(list, &QPushButton::clicked, this, &StoreView::listItem);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        exportModelCsv(this, m_credit.app.ledger, *m_redemptions, tr("redemptions.csv"), 1,
                       m_credit.residents.labels());
    });
}

RedemptionDialog *StoreView::createRedemptionDialog()
{
    return new RedemptionDialog(m_credit, m_items, this);
}

void StoreView::reload()
{
    m_redemptions->setFetch(CreditLists::redemptions({}, m_credit.orgNames));
    using Items = ledger::core::Result<std::vector<ledger::state::StoreItemRow>>;
    m_credit.app.ledger->query<Items>(
        this, [](const QueryContext &c) { return ledger::state::storeItems(c.state); },
        [this](Items items) {
            if (!items)
                return;
            m_items = std::move(*items);
            m_itemsTable->setRowCount(int(m_items.size()));
            for (int i = 0; i < int(m_items.size()); ++i) {
                const auto &item = m_items[std::size_t(i)];
                m_itemsTable->setItem(i, 0, new QTableWidgetItem(item.code));
                m_itemsTable->setItem(i, 1, new QTableWidgetItem(item.name));
                m_itemsTable->setItem(i, 2, new QTableWidgetItem(tr("%1 points").arg(item.cost)));
                m_itemsTable->setItem(
                    i, 3, new QTableWidgetItem(item.active ? tr("On offer") : tr("Withdrawn")));
            }
            m_itemsTable->resizeColumnsToContents();
        });
}

void StoreView::listItem()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("List or change a store item"));
    auto *code = new QLineEdit(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *cost = new QSpinBox(&dialog);
    auto *active = new QCheckBox(tr("On offer"), &dialog);
    cost->setRange(1, 1000000);
    active->setChecked(true);
    code->setPlaceholderText(tr("Letters, digits, - _ . (e.g. rice-5kg)"));
    const int row = m_itemsTable->currentRow();
    if (row >= 0 && row < int(m_items.size())) {
        const auto &item = m_items[std::size_t(row)];
        code->setText(item.code);
        name->setText(item.name);
        cost->setValue(int(item.cost));
        active->setChecked(item.active);
    }
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Code"), code);
    form->addRow(tr("Name"), name);
    form->addRow(tr("Cost in points"), cost);
    form->addRow(QString(), active);
    form->addRow(new QLabel(tr("Staff changes wait for a secretary's approval."), &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ledger::domain::StoreItemListed listed;
    listed.itemCode = code->text().trimmed();
    listed.name = name->text().trimmed();
    listed.cost = cost->value();
    listed.active = active->isChecked();
    if (auto valid = listed.validate(); !valid) {
        QMessageBox::warning(this, tr("Store item"),
                             tr("The item is not valid: %1").arg(valid.error().toString()));
        return;
    }
    m_credit.pending.submit(ledger::chain::TxType::StoreItemListed,
                            ledger::domain::encodePayload(listed),
                            tr("Store item %1").arg(listed.name));
}

} // namespace ui
