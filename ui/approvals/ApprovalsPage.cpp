#include "ui/approvals/ApprovalsPage.h"

#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/domain/PayloadCodec.h"
#include "ledger/service/LedgerService.h"
#include "ui/approvals/ApprovalDescription.h"
#include "ui/approvals/ApprovalDialog.h"
#include "ui/approvals/ApprovalQueueModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace ledger;
using chain::TxType;
using state::ApprovalItem;

namespace ui {

ApprovalsPage::ApprovalsPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("approvalsPage"));
    m_model = new ApprovalQueueModel(
        [this](state::Page page, std::function<void(ApprovalQueueModel::PageResult)> done) {
            if (!this->context().ledger || !this->context().person)
                return;
            const auto key = this->context().person->key.publicKey();
            this->context().ledger->query<ApprovalQueueModel::PageResult>(
                this,
                [key, page](const service::QueryContext &c) -> ApprovalQueueModel::PageResult {
                    auto approver = GONGZHI_TRY(state::approverOf(c.state, key));
                    return state::approvalQueue(c.state, approver, page);
                },
                std::move(done));
        },
        this);
    connect(m_model, &ApprovalQueueModel::loadFailed, this, [this](const QString &why) {
        showMessage(tr("The queue cannot be loaded: %1").arg(why), true);
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("approvalsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ApprovalQueueModel::Subject, QHeaderView::Stretch);
    header->resizeSection(ApprovalQueueModel::What, 140);
    header->resizeSection(ApprovalQueueModel::From, 100);
    header->resizeSection(ApprovalQueueModel::Organization, 200);
    header->resizeSection(ApprovalQueueModel::Submitted, 140);
    header->resizeSection(ApprovalQueueModel::State, 140);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { review({ index.row() }); });

    m_review = new QPushButton(tr("Review…"), this);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_batch = new QPushButton(tr("Approve selected…"), this);
    m_batch->setObjectName(QStringLiteral("batchApproveButton"));
    m_batch->setToolTip(tr("Routine items only: records and store listings. Deductions, "
                           "handbooks and changes to people are reviewed one by one."));
    connect(m_review, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            review({ m_table->currentIndex().row() });
    });
    connect(m_batch, &QPushButton::clicked, this, [this] { review(selectedRows()); });

    auto *intro = new QLabel(tr("Items waiting for your approval. Open one to see everything it "
                                "contains and what approving it changes."),
                             this);
    intro->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_review);
    buttons->addWidget(m_batch);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    if (!this->context().ledger)
        return;
    connect(this->context().ledger, &service::LedgerService::blockCommitted, this,
            &ApprovalsPage::refresh);
    this->context().ledger->query<core::Result<QHash<std::uint32_t, QString>>>(
        this, [](const service::QueryContext &c) { return state::organizationNames(c.state); },
        [this](core::Result<QHash<std::uint32_t, QString>> names) {
            if (names) {
                m_organizations = *names;
                m_model->setOrganizationNames(m_organizations);
            }
        });
    using Sample = std::optional<ApprovalItem>;
    this->context().ledger->query<Sample>(
        this,
        [](const service::QueryContext &c) -> Sample {
            auto newest = state::listRecords(c.state, {}, state::Page { 0, 1 });
            if (!newest || newest->empty())
                return std::nullopt;
            auto detail = state::recordDetail(c.state, newest->front().recordId);
            if (!detail)
                return std::nullopt;
            ApprovalItem item;
            item.source = ApprovalItem::Source::RecordSubmission;
            item.id = detail->row.recordId;
            item.type = std::uint16_t(TxType::RecordSubmitted);
            item.author = detail->author;
            item.authorName = detail->authorName;
            item.orgId = detail->row.orgId;
            item.height = detail->submittedHeight;
            item.tsMs = detail->row.submittedMs;
            item.subject = detail->row.title;
            return item;
        },
        [this](Sample sample) { m_tourSample = std::move(sample); });
    refresh();
}

QString ApprovalsPage::title() const
{
    return tr("Approvals");
}

QIcon ApprovalsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/approvals.svg"));
}

void ApprovalsPage::activate(const QVariantMap &filter)
{
    Q_UNUSED(filter);
    refresh();
}

void ApprovalsPage::refresh()
{
    m_model->reload();
    updateBadge();
}

void ApprovalsPage::updateBadge()
{
    if (!context().ledger || !context().person)
        return;
    const auto key = context().person->key.publicKey();
    using Counted = core::Result<std::pair<state::Approver, std::int64_t>>;
    context().ledger->query<Counted>(
        this,
        [key](const service::QueryContext &c) -> Counted {
            auto approver = GONGZHI_TRY(state::approverOf(c.state, key));
            auto n = GONGZHI_TRY(state::approvalCount(c.state, approver));
            return std::make_pair(approver, n);
        },
        [this](Counted counted) {
            if (!counted)
                return;
            m_approver = counted->first;
            setBadge(int(counted->second));
            if (!m_approver.secretary)
                showMessage(
                    tr("Only party secretaries approve items; nothing waits for you here."));
            else if (counted->second == 0)
                showMessage(tr("Nothing is waiting for your approval."));
            else
                showMessage(
                    tr("%n item(s) waiting for your approval.", nullptr, int(counted->second)));
        });
}

QList<int> ApprovalsPage::selectedRows() const
{
    QList<int> rows;
    for (const auto &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

ApprovalDialog *ApprovalsPage::review(const QList<int> &rows)
{
    std::vector<ApprovalItem> items;
    int skipped = 0;
    for (int row : rows) {
        const ApprovalItem *item = m_model->item(row);
        if (!item)
            continue;
        if (rows.size() > 1 && !ApprovalDescription::isRoutine(*item)) {
            ++skipped; // decided one at a time, with everything in view
            continue;
        }
        items.push_back(*item);
    }
    if (items.empty()) {
        showMessage(skipped ? tr("The selected items are not routine; review them one by one.")
                            : tr("Select an item first."),
                    skipped > 0);
        return nullptr;
    }
    if (skipped > 0)
        showMessage(
            tr("%n item(s) left out of the batch: review them one by one.", nullptr, skipped));
    auto *dialog = new ApprovalDialog(context(), std::move(items), m_organizations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApprovalDialog::decided, this,
            [this, dialog](bool approve) { decide(dialog, approve); });
    dialog->open();
    return dialog;
}

void ApprovalsPage::decide(ApprovalDialog *dialog, bool approve)
{
    const QString comment = dialog->comment();
    const bool publish = dialog->publishRecords();
    for (const ApprovalItem &item : dialog->items()) {
        const auto id = chain::TxId::fromBytes(item.id);
        if (!id)
            continue;
        if (item.source == ApprovalItem::Source::HeldTransaction) {
            send(item, approve ? TxType::ApprovalGranted : TxType::ApprovalRefused,
                 domain::encodePayload(domain::ApprovalDecision { *id, comment }));
            continue;
        }
        std::function<void()> thenPublish;
        if (approve && publish) {
            // Published only once the approval is applied: both carry this
            // secretary's sequence, and publishing needs the approved status.
            thenPublish = [this, item, id = *id] {
                send(item, TxType::RecordPublished,
                     domain::encodePayload(domain::RecordRef { id }));
            };
        }
        send(item, approve ? TxType::RecordApproved : TxType::RecordRejected,
             domain::encodePayload(domain::RecordDecision { *id, comment }), thenPublish);
    }
}

void ApprovalsPage::send(const ApprovalItem &item, TxType type, const QByteArray &payload,
                         std::function<void()> afterApplied)
{
    const QByteArray id = item.id;
    m_model->setDecisionState(id, tr("Decision queued"));
    context().ledger->submit(
        type, payload, context().person->key, this,
        [this, id, afterApplied](const service::Submission &s) {
            using Stage = service::Submission::Stage;
            switch (s.stage) {
            case Stage::Queued: m_model->setDecisionState(id, tr("Decision queued")); break;
            case Stage::Sent: m_model->setDecisionState(id, tr("Decision sent")); break;
            case Stage::Applied:
            case Stage::HeldForApproval:
                m_model->setDecisionState(id, tr("Decided"));
                if (afterApplied)
                    afterApplied();
                break;
            case Stage::Rejected:
                m_model->setDecisionState(id, QString());
                showMessage(tr("Your decision was not accepted: %1").arg(s.reason), true);
                break;
            }
        });
}

void ApprovalsPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b02020;") : QString());
    m_message->setText(text);
}

QList<QPair<QString, QWidget *>> ApprovalsPage::createTourDialogs()
{
    QList<QPair<QString, QWidget *>> out;
    const ApprovalItem *item = m_model->rowCount() > 0 ? m_model->item(0)
        : m_tourSample                                 ? &*m_tourSample
                                                       : nullptr;
    if (!item)
        return out;
    auto *dialog = new ApprovalDialog(context(), { *item }, m_organizations, this);
    out.append({ QStringLiteral("approval-dialog"), dialog });
    return out;
}

} // namespace ui
