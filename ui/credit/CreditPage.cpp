#include "ui/credit/CreditPage.h"

#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/FeedbackQueries.h"
#include "ui/credit/BatchEntryDialog.h"
#include "ui/credit/CreditContext.h"
#include "ui/credit/CreditLists.h"
#include "ui/credit/CsvExport.h"
#include "ui/credit/HandbookDraftDialog.h"
#include "ui/credit/HandbookView.h"
#include "ui/credit/LazyTableModel.h"
#include "ui/credit/PendingList.h"
#include "ui/credit/RankingView.h"
#include "ui/credit/RedemptionDialog.h"
#include "ui/credit/ResidentDirectory.h"
#include "ui/credit/ResidentPicker.h"
#include "ui/credit/ScoreEntryDialog.h"
#include "ui/credit/StatementView.h"
#include "ui/credit/StoreView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

using ledger::service::QueryContext;

namespace {
// Blocks can commit several times a second under load; one refresh covers them.
constexpr int RefreshDelayMs = 300;
} // namespace

CreditPage::CreditPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_residents(new ResidentDirectory(context, this))
    , m_pending(new PendingList(context, this))
    , m_credit(new CreditContext(context, *m_residents, *m_pending, this))
    , m_tabs(new QTabWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("creditPage"));
    m_tabs->setObjectName(QStringLiteral("creditTabs"));
    m_statement = new StatementView(*m_credit, m_tabs);
    m_ranking = new RankingView(*m_credit, m_tabs);
    m_store = new StoreView(*m_credit, m_tabs);
    m_handbook = new HandbookView(*m_credit, m_tabs);
    m_tabs->addTab(buildEventsTab(), tr("Score events"));
    m_tabs->addTab(m_statement, tr("Resident statement"));
    m_tabs->addTab(m_ranking, tr("Rankings"));
    m_tabs->addTab(m_store, tr("Points store"));
    m_tabs->addTab(m_handbook, tr("Handbook"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pending);
    layout->addWidget(m_tabs, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &CreditPage::refresh);
    connect(context.ledger, &ledger::service::LedgerService::blockCommitted, m_refreshTimer,
            qOverload<>(&QTimer::start));
    connect(m_residents, &ResidentDirectory::changed, this, [this] {
        if (m_events)
            m_events->setResidentColumn(
                1, [this](const QByteArray &p) { return m_residents->label(p); });
    });
    using T = ledger::chain::TxType;
    m_pending->adoptOutbox(
        { T::ScoreEventRecorded, T::PointsRedeemed, T::StoreItemListed, T::HandbookProposed });
    loadHandbookAndOrgs();
    m_residents->refresh();
}

CreditPage::~CreditPage() = default;

QString CreditPage::title() const
{
    return tr("Credit scores");
}

QIcon CreditPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/credit.svg"));
}

QWidget *CreditPage::buildEventsTab()
{
    auto *tab = new QWidget(m_tabs);
    m_eventsTable = new QTableView(tab);
    m_eventsTable->setObjectName(QStringLiteral("scoreEventsTable"));
    m_events = new LazyTableModel(context().ledger, CreditLists::scoreEventHeaders(), this);
    m_events->setResidentColumn(1, [this](const QByteArray &p) { return m_residents->label(p); });
    m_eventsTable->setModel(m_events);
    LazyTableModel::styleView(m_eventsTable, 5);
    m_eventsTable->setColumnWidth(0, 140);
    m_eventsTable->setColumnWidth(1, 200);
    m_eventsTable->setColumnWidth(2, 240);
    m_eventsTable->setColumnWidth(3, 70);
    m_eventsTable->setColumnWidth(4, 220);
    m_eventsTable->setColumnWidth(6, 90);
    auto *record = new QPushButton(tr("Record points…"), tab);
    record->setObjectName(QStringLiteral("recordScoreButton"));
    auto *batch = new QPushButton(tr("Batch entry for an activity…"), tab);
    batch->setObjectName(QStringLiteral("batchEntryButton"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), tab);
    exportButton->setObjectName(QStringLiteral("exportEventsButton"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(record);
    bar->addWidget(batch);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_eventsTable, 1);
    connect(record, &QPushButton::clicked, this, [this] {
        auto *dialog = createScoreEntryDialog();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(batch, &QPushButton::clicked, this, [this] {
        auto *dialog = createBatchEntryDialog();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        exportModelCsv(this, context().ledger, *m_events, tr("score-events.csv"), 1,
                       m_residents->labels());
    });
    connect(m_eventsTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const LazyRow *row = m_events->rowAt(index.row())) {
            m_statement->showResident(row->pseudonym);
            m_tabs->setCurrentWidget(m_statement);
        }
    });
    return tab;
}

void CreditPage::loadHandbookAndOrgs()
{
    struct Loaded {
        ledger::core::Result<std::optional<ledger::state::HandbookInEffect>> handbook;
        ledger::core::Result<std::vector<ledger::state::OrgRow>> orgs;
    };
    context().ledger->query<Loaded>(
        this,
        [](const QueryContext &c) {
            return Loaded { ledger::state::handbookInEffect(c.state),
                            ledger::state::activeOrganizations(c.state) };
        },
        [this](Loaded loaded) {
            const bool first = !m_handbookLoaded;
            if (loaded.orgs) {
                m_credit->orgNames.clear();
                for (const auto &o : *loaded.orgs)
                    m_credit->orgNames[o.orgId] = o.name;
            }
            if (loaded.handbook) {
                const auto oldVersion
                    = m_credit->handbook ? m_credit->handbook->handbook.version : 0u;
                m_credit->handbook = *loaded.handbook;
                m_handbookLoaded = true;
                const auto newVersion
                    = m_credit->handbook ? m_credit->handbook->handbook.version : 0u;
                if (first || newVersion != oldVersion)
                    Q_EMIT m_credit->handbookChanged();
            }
            if (first) {
                // Lists need the organization names and levels; load them now.
                m_events->setFetch(CreditLists::scoreEvents({}, m_credit->orgNames));
                m_ranking->reload();
                m_store->reload();
            }
        });
}

void CreditPage::refresh()
{
    loadHandbookAndOrgs();
    if (!m_handbookLoaded)
        return;
    m_events->setFetch(CreditLists::scoreEvents({}, m_credit->orgNames));
    m_statement->reload();
    m_ranking->reload();
    m_store->reload();
    m_residents->refresh();
}

void CreditPage::activate(const QVariantMap &filter)
{
    const QString tab = filter.value(QStringLiteral("tab")).toString();
    QWidget *target = nullptr;
    if (tab == QLatin1String("events"))
        target = m_tabs->widget(0);
    else if (tab == QLatin1String("statement"))
        target = m_statement;
    else if (tab == QLatin1String("ranking"))
        target = m_ranking;
    else if (tab == QLatin1String("store"))
        target = m_store;
    else if (tab == QLatin1String("handbook"))
        target = m_handbook;
    if (target)
        m_tabs->setCurrentWidget(target);
}

ScoreEntryDialog *CreditPage::createScoreEntryDialog()
{
    return new ScoreEntryDialog(*m_credit, this);
}

BatchEntryDialog *CreditPage::createBatchEntryDialog()
{
    return new BatchEntryDialog(*m_credit, this);
}

QList<QPair<QString, QWidget *>> CreditPage::createTourDialogs()
{
    QList<QPair<QString, QWidget *>> out;
    QByteArray resident = m_statement->pseudonym();
    if (resident.isEmpty() && m_events->rowCount() > 0)
        resident = m_events->rowAt(0)->pseudonym;

    auto *entry = createScoreEntryDialog();
    if (!resident.isEmpty())
        entry->picker()->select(resident);
    out.append({ QStringLiteral("credit-score-entry"), entry });
    out.append({ QStringLiteral("credit-batch-entry"), createBatchEntryDialog() });

    if (!resident.isEmpty())
        m_statement->showResident(resident);
    auto *document = new QTextDocument(this);
    auto *preview = m_statement->createPreview(document);
    QPointer<QPrintPreviewDialog> guard(preview);
    QPointer<QTextDocument> shown(document);
    m_statement->buildDocument([guard, shown](QTextDocument *built) {
        built->deleteLater();
        if (guard && shown) {
            shown->setHtml(built->toHtml());
            if (auto *widget = guard->findChild<QPrintPreviewWidget *>())
                widget->updatePreview();
        }
    });
    out.append({ QStringLiteral("credit-statement-preview"), preview });

    auto *redemption = m_store->createRedemptionDialog();
    if (!resident.isEmpty())
        redemption->picker()->select(resident);
    out.append({ QStringLiteral("credit-redemption"), redemption });
    out.append({ QStringLiteral("credit-handbook-draft"), m_handbook->createDraftDialog() });
    return out;
}

} // namespace ui
