#include "ui/feedback/FeedbackPage.h"

#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/FeedbackQueries.h"
#include "ui/common/DomainText.h"
#include "ui/credit/CsvExport.h"
#include "ui/credit/LazyTableModel.h"
#include "ui/credit/PendingList.h"
#include "ui/credit/ResidentDirectory.h"
#include "ui/feedback/FeedbackDetailDialog.h"
#include "ui/feedback/FeedbackIntakeDialog.h"
#include "ui/feedback/FeedbackLists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

using ledger::domain::FeedbackStatus;
using ledger::service::QueryContext;

namespace {
constexpr int RefreshDelayMs = 300;

QLabel *legendSwatch(LazyRow::Tone tone, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #bbb; padding: 2px 8px;")
                             .arg(LazyTableModel::toneColor(tone).name()));
    return label;
}
} // namespace

FeedbackPage::FeedbackPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_residents(new ResidentDirectory(context, this))
    , m_pending(new PendingList(context, this))
    , m_scope(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Overdue only"), this))
    , m_table(new QTableView(this))
    , m_model(new LazyTableModel(context.ledger, FeedbackLists::headers(), this))
    , m_refreshTimer(new QTimer(this))
    , m_emptyHint(new QLabel(this))
{
    setObjectName(QStringLiteral("feedbackPage"));
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_overdue->setObjectName(QStringLiteral("overdueCheck"));
    m_table->setObjectName(QStringLiteral("feedbackTable"));
    m_scope->addItem(tr("Our organization's inbox"), OurInbox);
    m_scope->addItem(tr("All public items"), AllPublic);
    m_scope->addItem(tr("Escalated to the party committee"), Escalated);
    m_status->addItem(tr("Any status"), 0);
    for (auto s : { FeedbackStatus::Open, FeedbackStatus::Assigned, FeedbackStatus::Replied,
                    FeedbackStatus::Resolved, FeedbackStatus::Closed })
        m_status->addItem(DomainText::feedbackStatus(s), int(s));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    LazyTableModel::styleView(m_table, FeedbackLists::Text);
    m_table->setColumnWidth(FeedbackLists::Code, 90);
    m_table->setColumnWidth(FeedbackLists::Received, 130);
    m_table->setColumnWidth(FeedbackLists::Kind, 90);
    m_table->setColumnWidth(FeedbackLists::Category, 130);
    m_table->setColumnWidth(FeedbackLists::HandledBy, 130);
    m_table->setColumnWidth(FeedbackLists::Assignee, 70);
    m_table->setColumnWidth(FeedbackLists::Status, 90);
    m_table->setColumnWidth(FeedbackLists::Deadline, 190);
    m_table->setColumnWidth(FeedbackLists::Replies, 50);
    m_model->setQueuedLookup(FeedbackLists::Status, [this](const QByteArray &id) {
        return m_pending->pendingFor(id).join(QStringLiteral("; "));
    });

    auto *open = new QPushButton(tr("Open…"), this);
    open->setObjectName(QStringLiteral("openFeedbackButton"));
    auto *intake = new QPushButton(tr("Enter feedback…"), this);
    intake->setObjectName(QStringLiteral("intakeButton"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportFeedbackButton"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scope);
    bar->addWidget(m_status);
    bar->addWidget(m_overdue);
    bar->addStretch(1);
    bar->addWidget(intake);
    bar->addWidget(open);
    bar->addWidget(exportButton);
    auto *legend = new QHBoxLayout;
    legend->addWidget(new QLabel(tr("Deadlines:"), this));
    legend->addWidget(legendSwatch(LazyRow::Tone::DueSoon, tr("due within 2 days"), this));
    legend->addWidget(legendSwatch(LazyRow::Tone::Overdue, tr("overdue"), this));
    legend->addWidget(legendSwatch(LazyRow::Tone::Queued, tr("action queued, not yet sent"), this));
    legend->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_pending);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_table, 1);
    layout->addLayout(legend);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setTextFormat(Qt::RichText);
    m_emptyHint->hide();
    connect(m_emptyHint, &QLabel::linkActivated, this,
            [this] { m_scope->setCurrentIndex(m_scope->findData(AllPublic)); });
    connect(m_model, &LazyTableModel::pageLoaded, this, [this](int totalRows) {
        const bool ours = m_scope->currentData().toInt() == OurInbox;
        if (totalRows > 0) {
            m_emptyHint->hide();
            return;
        }
        m_emptyHint->setText(ours ? tr("Nothing in this organization's inbox matches. Feedback "
                                       "routed to other organizations is under <a "
                                       "href=\"all\">all public items</a>.")
                                  : tr("No feedback matches these filters."));
        m_emptyHint->show();
    });

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        loadReferenceData();
        m_residents->refresh();
    });
    connect(context.ledger, &ledger::service::LedgerService::blockCommitted, m_refreshTimer,
            qOverload<>(&QTimer::start));
    for (auto *combo : { m_scope, m_status })
        connect(combo, &QComboBox::currentIndexChanged, this, &FeedbackPage::reload);
    connect(m_overdue, &QCheckBox::toggled, this, &FeedbackPage::reload);
    connect(m_pending, &PendingList::submissionChanged, this, [this] {
        const int rows = m_model->rowCount();
        if (rows > 0)
            Q_EMIT m_model->dataChanged(m_model->index(0, 0),
                                        m_model->index(rows - 1, m_model->columnCount() - 1));
    });
    connect(m_table, &QTableView::doubleClicked, this, &FeedbackPage::openSelected);
    connect(open, &QPushButton::clicked, this, &FeedbackPage::openSelected);
    connect(intake, &QPushButton::clicked, this, [this] {
        auto *dialog = createIntakeDialog();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        exportModelCsv(this, this->context().ledger, *m_model, tr("feedback.csv"), -1, {});
    });
    using T = ledger::chain::TxType;
    m_pending->adoptOutbox({ T::FeedbackSubmitted, T::FeedbackAssigned, T::FeedbackForwarded,
                             T::FeedbackReplied, T::FeedbackResolved });
    loadReferenceData();
    m_residents->refresh();
}

FeedbackPage::~FeedbackPage() = default;

QString FeedbackPage::title() const
{
    return tr("Feedback inbox");
}

QIcon FeedbackPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/feedback.svg"));
}

void FeedbackPage::loadReferenceData()
{
    struct Loaded {
        ledger::core::Result<std::vector<ledger::state::OrgRow>> orgs;
        ledger::core::Result<std::vector<ledger::domain::FeedbackCategory>> categories;
    };
    context().ledger->query<Loaded>(
        this,
        [](const QueryContext &c) {
            return Loaded { ledger::state::activeOrganizations(c.state),
                            ledger::state::feedbackCategories(c.state) };
        },
        [this](Loaded loaded) {
            if (loaded.orgs) {
                m_orgNames.clear();
                for (const auto &o : *loaded.orgs)
                    m_orgNames[o.orgId] = o.name;
            }
            if (loaded.categories) {
                m_categories = *loaded.categories;
                m_categoryNames.clear();
                for (const auto &c : m_categories)
                    m_categoryNames[c.code] = c.name;
            }
            m_ready = true;
            reload();
            updateBadge();
        });
}

void FeedbackPage::reload()
{
    if (!m_ready)
        return;
    ledger::state::InboxFilter filter;
    switch (m_scope->currentData().toInt()) {
    case OurInbox: filter.orgId = context().person->orgId; break;
    case AllPublic: filter.includeHidden = false; break;
    case Escalated: filter.escalatedOnly = true; break;
    }
    if (const int status = m_status->currentData().toInt(); status != 0)
        filter.status = FeedbackStatus(status);
    filter.overdueOnly = m_overdue->isChecked();
    m_model->setFetch(FeedbackLists::inbox(filter, m_orgNames, m_categoryNames,
                                           QDateTime::currentMSecsSinceEpoch()));
}

void FeedbackPage::updateBadge()
{
    const std::uint32_t orgId = context().person->orgId;
    using Count = ledger::core::Result<std::int64_t>;
    context().ledger->query<Count>(
        this,
        [orgId](const QueryContext &c) { return ledger::state::feedbackWaiting(c.state, orgId); },
        [this](Count count) {
            if (count)
                setBadge(int(qMin<std::int64_t>(*count, 9999)));
        });
}

void FeedbackPage::activate(const QVariantMap &filter)
{
    const QSignalBlocker blockScope(m_scope);
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockOverdue(m_overdue);
    if (filter.contains(QStringLiteral("overdue")) || filter.contains(QStringLiteral("status"))) {
        // The overview's tiles count the whole consortium's items.
        m_scope->setCurrentIndex(m_scope->findData(AllPublic));
        m_overdue->setChecked(filter.value(QStringLiteral("overdue")).toBool());
        const int status = filter.value(QStringLiteral("status"), 0).toInt();
        const int at = m_status->findData(status);
        m_status->setCurrentIndex(at >= 0 ? at : 0);
    }
    reload();
}

FeedbackDetailDialog *FeedbackPage::createDetailDialog(const QByteArray &feedbackId)
{
    return new FeedbackDetailDialog(context(), *m_pending, *m_residents, m_orgNames,
                                    m_categoryNames, feedbackId, this);
}

FeedbackIntakeDialog *FeedbackPage::createIntakeDialog()
{
    return new FeedbackIntakeDialog(context(), *m_pending, *m_residents, m_categories, m_orgNames,
                                    this);
}

void FeedbackPage::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const LazyRow *row = m_model->rowAt(current.isValid() ? current.row() : 0);
    if (!row)
        return;
    auto *dialog = createDetailDialog(row->id);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QList<QPair<QString, QWidget *>> FeedbackPage::createTourDialogs()
{
    QList<QPair<QString, QWidget *>> out;
    if (const LazyRow *row = m_model->rowAt(0))
        out.append({ QStringLiteral("feedback-detail"), createDetailDialog(row->id) });
    out.append({ QStringLiteral("feedback-intake"), createIntakeDialog() });
    return out;
}

} // namespace ui
