#include "ui/credit/RedemptionDialog.h"

#include "ledger/domain/PayloadCodec.h"
#include "ledger/service/LedgerService.h"
#include "ui/credit/CreditContext.h"
#include "ui/credit/PendingList.h"
#include "ui/credit/ResidentDirectory.h"
#include "ui/credit/ResidentPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

using ledger::service::QueryContext;

RedemptionDialog::RedemptionDialog(CreditContext &credit,
                                   std::vector<ledger::state::StoreItemRow> items, QWidget *parent)
    : QDialog(parent)
    , m_credit(credit)
    , m_items(std::move(items))
    , m_picker(new ResidentPicker(credit.residents, this))
    , m_item(new QComboBox(this))
    , m_quantity(new QSpinBox(this))
    , m_cost(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("redemptionDialog"));
    setWindowTitle(tr("Redeem points"));
    m_item->setObjectName(QStringLiteral("itemCombo"));
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    m_message->setObjectName(QStringLiteral("redemptionMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b02020; font-weight: bold;"));
    m_quantity->setRange(1, 100);
    for (const auto &item : m_items) {
        if (item.active)
            m_item->addItem(tr("%1 (%2 points)").arg(item.name).arg(item.cost), item.code);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Resident"), m_picker);
    form->addRow(tr("Balance"), m_balance);
    form->addRow(tr("Item"), m_item);
    form->addRow(tr("Quantity"), m_quantity);
    form->addRow(tr("Cost"), m_cost);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_redeem = buttons->addButton(tr("Redeem"), QDialogButtonBox::AcceptRole);
    m_redeem->setObjectName(QStringLiteral("redeemButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_redeem, &QPushButton::clicked, this, &RedemptionDialog::submit);
    connect(this, &RedemptionDialog::checked, this, [this](bool submitted) {
        if (submitted)
            accept();
    });
    connect(m_item, &QComboBox::currentIndexChanged, this, &RedemptionDialog::updateCost);
    connect(m_quantity, &QSpinBox::valueChanged, this, &RedemptionDialog::updateCost);
    connect(m_picker, &ResidentPicker::residentChanged, this, &RedemptionDialog::showBalance);
    resize(520, 520);
    updateCost();
    showBalance();
}

QString RedemptionDialog::message() const
{
    return m_message->text();
}

void RedemptionDialog::updateCost()
{
    const auto code = m_item->currentData().toString();
    for (const auto &item : m_items) {
        if (item.code == code) {
            m_cost->setText(tr("%1 points").arg(item.cost * m_quantity->value()));
            return;
        }
    }
    m_cost->setText(tr("The store has no active items."));
}

void RedemptionDialog::showBalance()
{
    m_message->clear();
    const QByteArray pseudonym = m_picker->pseudonym();
    if (pseudonym.isEmpty()) {
        m_balance->setText(tr("Choose a resident."));
        return;
    }
    using Balance = ledger::core::Result<ledger::state::BalanceRow>;
    m_credit.app.ledger->query<Balance>(
        this,
        [pseudonym](const QueryContext &c) { return ledger::state::balanceOf(c.state, pseudonym); },
        [this, pseudonym](Balance b) {
            if (m_picker->pseudonym() == pseudonym && b)
                m_balance->setText(tr("%1 points").arg(b->balance));
        });
}

void RedemptionDialog::submit()
{
    m_message->clear();
    const QByteArray pseudonymBytes = m_picker->pseudonym();
    const auto pseudonym = ledger::domain::Pseudonym::fromBytes(pseudonymBytes);
    const QString code = m_item->currentData().toString();
    const auto item = std::find_if(m_items.begin(), m_items.end(),
                                   [&](const auto &i) { return i.code == code; });
    if (!pseudonym || item == m_items.end()) {
        m_message->setText(!pseudonym ? tr("Choose a resident.") : tr("Choose an item."));
        Q_EMIT checked(false);
        return;
    }
    const int quantity = m_quantity->value();
    const std::int64_t cost = item->cost * quantity;
    const QString itemName = item->name;
    m_redeem->setEnabled(false);
    using Balance = ledger::core::Result<ledger::state::BalanceRow>;
    m_credit.app.ledger->query<Balance>(
        this,
        [pseudonymBytes](const QueryContext &c) {
            return ledger::state::balanceOf(c.state, pseudonymBytes);
        },
        [this, pseudonymBytes, pseudonym, code, quantity, cost, itemName](Balance b) {
            m_redeem->setEnabled(true);
            if (!b) {
                m_message->setText(
                    tr("The balance could not be read: %1").arg(b.error().toString()));
                Q_EMIT checked(false);
                return;
            }
            m_balance->setText(tr("%1 points").arg(b->balance));
            if (b->balance < cost) {
                m_message->setText(tr("Not enough points: this needs %1 points, the balance is %2. "
                                      "Nothing was redeemed.")
                                       .arg(cost)
                                       .arg(b->balance));
                Q_EMIT checked(false);
                return;
            }
            ledger::domain::PointsRedeemed redeemed;
            redeemed.pseudonym = *pseudonym;
            redeemed.itemCode = code;
            redeemed.quantity = std::uint32_t(quantity);
            m_credit.pending.submit(ledger::chain::TxType::PointsRedeemed,
                                    ledger::domain::encodePayload(redeemed),
                                    tr("%1: %2 × %3")
                                        .arg(m_credit.residents.label(pseudonymBytes), itemName)
                                        .arg(quantity),
                                    pseudonymBytes);
            Q_EMIT checked(true);
        });
}

} // namespace ui
