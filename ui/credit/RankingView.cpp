#include "ui/credit/RankingView.h"

#include "ledger/domain/BlockTime.h"
#include "ledger/service/LedgerService.h"
#include "ui/credit/CreditContext.h"
#include "ui/credit/CreditLists.h"
#include "ui/credit/CsvExport.h"
#include "ui/credit/LazyTableModel.h"
#include "ui/credit/ResidentDirectory.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace ui {

namespace {
enum Kind { Month, Year, AllTime };
constexpr int MonthsShown = 24;
constexpr int YearsShown = 5;
} // namespace

RankingView::RankingView(CreditContext &credit, QWidget *parent)
    : QWidget(parent)
    , m_credit(credit)
    , m_kind(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new LazyTableModel(credit.app.ledger, CreditLists::rankingHeaders(), this))
{
    m_kind->setObjectName(QStringLiteral("periodKindCombo"));
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_table->setObjectName(QStringLiteral("rankingTable"));
    m_kind->addItem(tr("By month"), Month);
    m_kind->addItem(tr("By year"), Year);
    m_kind->addItem(tr("All time"), AllTime);
    m_table->setModel(m_model);
    LazyTableModel::styleView(m_table, 1);
    m_model->setResidentColumn(1,
                               [this](const QByteArray &p) { return m_credit.residents.label(p); });
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportRankingButton"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period"), this));
    bar->addWidget(m_kind);
    bar->addWidget(m_period);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    auto *note = new QLabel(
        tr("Residents are shown by name only on the PC of the organization that registered "
           "them; elsewhere by masked name (with consent) or number. The level comes from all "
           "points earned."),
        this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #666;"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        reload();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &RankingView::reload);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        exportModelCsv(this, m_credit.app.ledger, *m_model, tr("ranking-%1.csv").arg(period()), -1,
                       {});
    });
    fillPeriods();
    // The newest month with points is the useful default (not an empty current month).
    using Latest = ledger::core::Result<int>;
    m_credit.app.ledger->query<Latest>(
        this,
        [](const ledger::service::QueryContext &c) {
            return ledger::state::latestScorePeriod(c.state);
        },
        [this](Latest latest) {
            if (latest && *latest > 0 && m_kind->currentData().toInt() == Month) {
                const int at = m_period->findData(*latest);
                if (at >= 0)
                    m_period->setCurrentIndex(at);
            }
        });
}

void RankingView::fillPeriods()
{
    const QSignalBlocker block(m_period);
    m_period->clear();
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const int month = ledger::domain::monthPeriod(now);
    const int kind = m_kind->currentData().toInt();
    if (kind == Month) {
        int y = month / 100;
        int m = month % 100;
        for (int i = 0; i < MonthsShown; ++i) {
            m_period->addItem(tr("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0')), y * 100 + m);
            if (--m == 0) {
                m = 12;
                --y;
            }
        }
    } else if (kind == Year) {
        for (int i = 0; i < YearsShown; ++i)
            m_period->addItem(QString::number(month / 100 - i), month / 100 - i);
    }
    m_period->setVisible(kind != AllTime);
}

int RankingView::period() const
{
    return m_kind->currentData().toInt() == AllTime ? 0 : m_period->currentData().toInt();
}

void RankingView::reload()
{
    std::vector<ledger::domain::Level> levels;
    if (m_credit.handbook)
        levels = m_credit.handbook->handbook.levels;
    m_model->setFetch(CreditLists::ranking(period(), levels));
}

} // namespace ui
