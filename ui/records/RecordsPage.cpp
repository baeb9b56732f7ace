#include "ui/records/RecordsPage.h"

#include "ledger/domain/PayloadCodec.h"
#include "ui/common/DomainText.h"
#include "ui/records/RecordCsvExport.h"
#include "ui/records/RecordEditorDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace ledger;

namespace ui {

RecordsPage::RecordsPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("recordsPage"));
    m_model = new RecordListModel(
        [this](const state::RecordListQuery &query, state::Page page,
               std::function<void(RecordListModel::PageResult)> done) {
            if (!this->context().ledger)
                return;
            // Pages of at most 500 rows (the query's bound); a refresh of
            // many loaded rows reads several in the same job.
            this->context().ledger->query<RecordListModel::PageResult>(
                this,
                [query, page](const service::QueryContext &c) -> RecordListModel::PageResult {
                    std::vector<state::RecordRow> rows;
                    for (int offset = page.offset; offset < page.offset + page.limit;) {
                        const int limit = qMin(500, page.offset + page.limit - offset);
                        auto part
                            = state::listRecords(c.state, query, state::Page { offset, limit });
                        if (!part)
                            return core::fail(part.error());
                        const int got = int(part->size());
                        for (auto &r : *part)
                            rows.push_back(std::move(r));
                        if (got < limit)
                            break;
                        offset += got;
                    }
                    return rows;
                },
                std::move(done));
        },
        this);
    buildUi();
    connect(m_model, &RecordListModel::loadFailed, this, [this](const QString &why) {
        showMessage(tr("The list cannot be loaded: %1").arg(why), true);
    });
    if (auto *ledger = this->context().ledger) {
        connect(ledger, &service::LedgerService::blockCommitted, this,
                &RecordsPage::onBlockCommitted);
        connect(ledger, &service::LedgerService::outboxChanged, this,
                &RecordsPage::reloadLocalItems);
        loadOrganizations();
        applyFilter();
        reloadLocalItems();
    } else {
        showMessage(tr("The ledger is not open."), true);
    }
}

RecordsPage::~RecordsPage() = default;

QString RecordsPage::title() const
{
    return tr("Records");
}

QIcon RecordsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/records.svg"));
}

void RecordsPage::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search title and text"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300); // typing pauses, then one query
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &RecordsPage::applyFilter);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilterComboBox"));
    m_kind->addItem(tr("All kinds"), 0);
    for (int k = 1; k <= 6; ++k)
        m_kind->addItem(DomainText::recordKind(domain::RecordKind(k)), k);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_status->addItem(tr("All statuses"), 0);
    for (int s = 1; s <= 7; ++s)
        m_status->addItem(DomainText::recordStatus(domain::RecordStatus(s)), s);
    m_org = new QComboBox(this);
    m_org->setObjectName(QStringLiteral("orgFilterComboBox"));
    m_org->addItem(tr("All organizations"), 0);
    m_org->setMinimumContentsLength(12);
    for (auto *combo : { m_kind, m_status, m_org })
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordsPage::applyFilter);

    auto *newButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("New record"), this);
    newButton->setObjectName(QStringLiteral("newRecordButton"));
    connect(newButton, &QPushButton::clicked, this, [this] { newRecord(); });
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_deleteDraft = new QPushButton(tr("Delete draft"), this);
    m_deleteDraft->setObjectName(QStringLiteral("deleteDraftButton"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export records"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                + tr("records") + QStringLiteral(".csv"),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_org, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(newButton);
    actions->addWidget(m_open);
    actions->addWidget(m_deleteDraft);
    actions->addStretch();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    actions->addWidget(m_count);
    actions->addWidget(exportButton);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(RecordListModel::Number, Qt::DescendingOrder);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(RecordListModel::Title, QHeaderView::Stretch);
    header->resizeSection(RecordListModel::Number, 70);
    header->resizeSection(RecordListModel::Kind, 100);
    header->resizeSection(RecordListModel::Status, 130);
    header->resizeSection(RecordListModel::Organization, 200);
    header->resizeSection(RecordListModel::Figures, 200);
    header->resizeSection(RecordListModel::Updated, 140);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        openRow(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1);
    });
    connect(m_deleteDraft, &QPushButton::clicked, this, [this] {
        const RecordListItem *item = m_model->item(m_table->currentIndex().row());
        if (item && item->origin == RecordListItem::Origin::Draft && drafts()) {
            if (auto removed = drafts()->remove(item->draftId); !removed)
                showMessage(tr("The draft cannot be deleted: %1").arg(removed.error().detail),
                            true);
            reloadLocalItems();
        }
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
}

void RecordsPage::activate(const QVariantMap &filter)
{
    if (filter.isEmpty())
        return; // back from another page: keep the person's own filters
    const QSignalBlocker a(m_kind), b(m_status);
    m_kind->setCurrentIndex(
        qMax(0, m_kind->findData(filter.value(QStringLiteral("kind"), 0).toInt())));
    m_status->setCurrentIndex(
        qMax(0, m_status->findData(filter.value(QStringLiteral("status"), 0).toInt())));
    applyFilter();
}

void RecordsPage::applyFilter()
{
    state::RecordListQuery q = m_model->query();
    q.filter = {};
    if (int k = m_kind->currentData().toInt())
        q.filter.kind = domain::RecordKind(k);
    if (int s = m_status->currentData().toInt())
        q.filter.status = domain::RecordStatus(s);
    if (auto org = m_org->currentData().toUInt())
        q.filter.orgId = org;
    q.text = m_search->text().trimmed();
    if (!context().ledger)
        return;
    m_model->setQuery(q);
    updateCount();
    reloadLocalItems();
}

void RecordsPage::updateCount()
{
    const state::RecordListQuery q = m_model->query();
    context().ledger->query<core::Result<std::int64_t>>(
        this, [q](const service::QueryContext &c) { return state::countRecords(c.state, q); },
        [this](core::Result<std::int64_t> n) {
            m_count->setText(n ? tr("%n record(s)", nullptr, int(*n)) : QString());
        });
}

void RecordsPage::loadOrganizations()
{
    context().ledger->query<core::Result<QHash<std::uint32_t, QString>>>(
        this, [](const service::QueryContext &c) { return state::organizationNames(c.state); },
        [this](core::Result<QHash<std::uint32_t, QString>> names) {
            if (!names)
                return;
            m_organizations = *names;
            m_model->setOrganizationNames(m_organizations);
            const QSignalBlocker block(m_org);
            const auto current = m_org->currentData();
            while (m_org->count() > 1)
                m_org->removeItem(1);
            QList<std::uint32_t> ids = m_organizations.keys();
            std::sort(ids.begin(), ids.end());
            for (auto id : ids)
                m_org->addItem(m_organizations.value(id), id);
            m_org->setCurrentIndex(qMax(0, m_org->findData(current)));
        });
}

void RecordsPage::onBlockCommitted()
{
    m_model->refresh();
    updateCount();
    reloadLocalItems();
    for (const auto &dialog : std::as_const(m_openDetails)) {
        if (dialog)
            dialog->reload();
    }
}

void RecordsPage::exportCsv(const QString &path)
{
    const state::RecordListQuery q = m_model->query();
    showMessage(tr("Exporting…"));
    context().ledger->query<RecordCsvResult>(
        this,
        [q, path](const service::QueryContext &c) {
            return RecordCsvExport::write(c.state, q, path);
        },
        [this, path](RecordCsvResult r) {
            if (r.error.isEmpty())
                showMessage(tr("Exported %n record(s) to %1.", nullptr, int(r.rows)).arg(path));
            else
                showMessage(tr("The export failed: %1").arg(r.error), true);
            Q_EMIT csvExported(r.rows, r.error);
        });
}

void RecordsPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b02020;") : QString());
    m_message->setText(text);
}

QString RecordsPage::attachmentRoot() const
{
    return context().ledger->dataDir() + QStringLiteral("/attachments");
}

RecordDraftStore *RecordsPage::drafts()
{
    if (!m_drafts && context().ledger) {
        auto opened
            = RecordDraftStore::open(context().ledger->dataDir() + QStringLiteral("/drafts.db"));
        if (!opened) {
            showMessage(tr("Drafts cannot be opened: %1").arg(opened.error().detail), true);
            return nullptr;
        }
        m_drafts = std::move(*opened);
    }
    return m_drafts.get();
}

} // namespace ui
