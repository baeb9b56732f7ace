#include "ui/feedback/FeedbackDetailDialog.h"

#include "ledger/domain/PayloadCodec.h"
#include "ledger/service/LedgerService.h"
#include "ui/common/AppContext.h"
#include "ui/common/DomainText.h"
#include "ui/credit/PendingList.h"
#include "ui/credit/ResidentDirectory.h"
#include "ui/feedback/FeedbackLists.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

using ledger::service::QueryContext;
using ledger::state::StateQueries;

struct FeedbackDetailDialog::Loaded {
    ledger::core::Result<std::optional<ledger::state::FeedbackItem>> item;
    ledger::core::Result<std::vector<ledger::state::TimelineEntry>> timeline;
    ledger::core::Result<std::vector<ledger::state::PersonRow>> persons;
};

FeedbackDetailDialog::FeedbackDetailDialog(AppContext &context, PendingList &pending,
                                           ResidentDirectory &residents,
                                           std::map<std::uint32_t, QString> orgNames,
                                           std::map<QString, QString> categoryNames,
                                           QByteArray feedbackId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_pending(pending)
    , m_residents(residents)
    , m_orgNames(std::move(orgNames))
    , m_categoryNames(std::move(categoryNames))
    , m_feedbackId(std::move(feedbackId))
    , m_header(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_thread(new QTextBrowser(this))
    , m_timeline(new QTableWidget(0, 5, this))
    , m_queued(new QLabel(this))
    , m_assignee(new QComboBox(this))
    , m_forwardOrg(new QComboBox(this))
    , m_forwardNote(new QLineEdit(this))
    , m_reply(new QPlainTextEdit(this))
    , m_replyButton(new QPushButton(tr("Send reply"), this))
    , m_resolveButton(new QPushButton(tr("Reply and mark resolved"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("feedbackDetailDialog"));
    setWindowTitle(tr("Feedback"));
    m_header->setObjectName(QStringLiteral("feedbackHeader"));
    m_text->setObjectName(QStringLiteral("feedbackText"));
    m_thread->setObjectName(QStringLiteral("threadView"));
    m_timeline->setObjectName(QStringLiteral("timelineTable"));
    m_queued->setObjectName(QStringLiteral("queuedLabel"));
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_forwardOrg->setObjectName(QStringLiteral("forwardOrgCombo"));
    m_forwardNote->setObjectName(QStringLiteral("forwardNoteEdit"));
    m_reply->setObjectName(QStringLiteral("replyEdit"));
    m_replyButton->setObjectName(QStringLiteral("replyButton"));
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_text->setMaximumHeight(110);
    m_queued->setStyleSheet(QStringLiteral("background: #dde8fb; padding: 4px;"));
    m_queued->setWordWrap(true);
    m_queued->hide();
    m_message->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_message->setWordWrap(true);
    m_reply->setPlaceholderText(tr("Your answer to the resident (they read it at the kiosk)"));
    m_reply->setMaximumHeight(90);
    m_forwardNote->setPlaceholderText(tr("Why it goes there"));
    m_timeline->setHorizontalHeaderLabels(
        { tr("Time"), tr("Step"), tr("Who"), tr("Detail"), tr("Block") });
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    for (const auto &[id, name] : m_orgNames)
        m_forwardOrg->addItem(name, id);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_thread, tr("Replies"));
    tabs->addTab(m_timeline, tr("Timeline"));

    auto *assignButton = new QPushButton(tr("Assign"), this);
    assignButton->setObjectName(QStringLiteral("assignButton"));
    auto *forwardButton = new QPushButton(tr("Forward"), this);
    forwardButton->setObjectName(QStringLiteral("forwardButton"));
    auto *actions = new QGroupBox(tr("Handle"), this);
    auto *form = new QFormLayout(actions);
    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(m_assignee, 1);
    assignRow->addWidget(assignButton);
    auto *forwardRow = new QHBoxLayout;
    forwardRow->addWidget(m_forwardOrg);
    forwardRow->addWidget(m_forwardNote, 1);
    forwardRow->addWidget(forwardButton);
    auto *replyButtons = new QHBoxLayout;
    replyButtons->addStretch(1);
    replyButtons->addWidget(m_replyButton);
    replyButtons->addWidget(m_resolveButton);
    form->addRow(tr("Assign to"), assignRow);
    form->addRow(tr("Forward to"), forwardRow);
    form->addRow(tr("Reply"), m_reply);
    form->addRow(QString(), replyButtons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_text);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_queued);
    layout->addWidget(actions);
    layout->addWidget(m_message);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(assignButton, &QPushButton::clicked, this, &FeedbackDetailDialog::assign);
    connect(forwardButton, &QPushButton::clicked, this, &FeedbackDetailDialog::forward);
    connect(m_replyButton, &QPushButton::clicked, this, [this] { answer(false); });
    connect(m_resolveButton, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_context.ledger, &ledger::service::LedgerService::blockCommitted, this,
            &FeedbackDetailDialog::reload);
    connect(&m_pending, &PendingList::submissionChanged, this,
            [this](const ledger::service::Submission &, const QByteArray &subject) {
                if (subject == m_feedbackId)
                    showQueued();
            });
    resize(860, 700);
    reload();
}

void FeedbackDetailDialog::reload()
{
    const QByteArray id = m_feedbackId;
    m_context.ledger->query<Loaded>(
        this,
        [id](const QueryContext &c) {
            Loaded l { ledger::state::feedbackItem(c.state, id), c.queries.timeline(id), {} };
            const std::uint32_t org = l.item && *l.item ? (*l.item)->row.orgId : 0;
            l.persons = ledger::state::currentPersons(c.state, org);
            return l;
        },
        [this](Loaded l) {
            display(l);
            Q_EMIT loaded();
        });
}

void FeedbackDetailDialog::display(const Loaded &l)
{
    if (!l.item || !*l.item) {
        m_header->setText(l.item ? tr("This feedback item is not on the ledger.")
                                 : tr("The item could not be read: %1")
                                       .arg(l.item.error().toString().toHtmlEscaped()));
        return;
    }
    m_item = **l.item;
    const auto &f = m_item->row;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const auto tone = FeedbackLists::deadlineTone(f, now);
    const QString deadlineColour = tone == LazyRow::Tone::Overdue ? QStringLiteral("#b02020")
        : tone == LazyRow::Tone::DueSoon                          ? QStringLiteral("#9a6700")
                                                                  : QStringLiteral("#333");
    const auto category = m_categoryNames.find(f.category);
    const QString categoryName = category == m_categoryNames.end() ? f.category : category->second;
    const QString resident
        = f.pseudonym.isEmpty() ? tr("anonymous") : m_residents.label(f.pseudonym);
    QString header
        = tr("<b>%1</b> · %2 · %3 · <b>%4</b><br>Handled by %5 · assignee %6 · resident %7<br>"
             "Deadline <span style='color:%8'>%9</span>")
              .arg(f.trackingCode, DomainText::feedbackKind(f.kind).toHtmlEscaped(),
                   categoryName.toHtmlEscaped(),
                   DomainText::feedbackStatus(f.status).toHtmlEscaped(),
                   FeedbackLists::orgName(m_orgNames, f.orgId).toHtmlEscaped(),
                   m_item->assigneeName.isEmpty() ? tr("nobody yet")
                                                  : m_item->assigneeName.toHtmlEscaped(),
                   resident.toHtmlEscaped(), deadlineColour,
                   FeedbackLists::deadlineText(f, now).toHtmlEscaped());
    if (f.hidden)
        header += tr("<br>Hidden from public view: %1").arg(f.hiddenReason.toHtmlEscaped());
    m_header->setText(header);
    m_text->setPlainText(f.text);

    QString thread;
    m_timeline->setRowCount(0);
    if (l.timeline) {
        for (const auto &e : *l.timeline) {
            const QString who = e.actorName.isEmpty()
                ? (e.actorOrg ? FeedbackLists::orgName(m_orgNames, e.actorOrg) : tr("the ledger"))
                : tr("%1 (%2)").arg(e.actorName, FeedbackLists::orgName(m_orgNames, e.actorOrg));
            QString detail = e.detail;
            if (e.action == QLatin1String("assigned"))
                detail = m_item->assignee.toHex() == e.detail.toLatin1() ? m_item->assigneeName
                                                                         : QString();
            const int row = m_timeline->rowCount();
            m_timeline->insertRow(row);
            m_timeline->setItem(row, 0, new QTableWidgetItem(DomainText::dateTime(e.tsMs)));
            m_timeline->setItem(row, 1, new QTableWidgetItem(FeedbackLists::actionText(e.action)));
            m_timeline->setItem(row, 2, new QTableWidgetItem(who));
            m_timeline->setItem(row, 3, new QTableWidgetItem(detail));
            m_timeline->setItem(row, 4, new QTableWidgetItem(QString::number(e.height)));
            if (e.action == QLatin1String("replied") || e.action == QLatin1String("resolved")
                || e.action == QLatin1String("reopened")) {
                thread += QStringLiteral("<p><b>%1</b> · %2 · %3<br>%4</p>")
                              .arg(who.toHtmlEscaped(), DomainText::dateTime(e.tsMs),
                                   FeedbackLists::actionText(e.action).toHtmlEscaped(),
                                   e.detail.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                    QStringLiteral("<br>")));
            }
        }
        m_timeline->resizeColumnsToContents();
        m_timeline->horizontalHeader()->setStretchLastSection(true);
    }
    m_thread->setHtml(thread.isEmpty() ? tr("<p>No replies yet.</p>") : thread);

    const QByteArray currentAssignee = m_assignee->currentData().toByteArray();
    m_assignee->clear();
    if (l.persons) {
        for (const auto &p : *l.persons)
            m_assignee->addItem(p.displayName, p.key);
    }
    const int keep = m_assignee->findData(
        currentAssignee.isEmpty()
            ? (m_item->assignee.isEmpty() ? m_context.person->key.publicKey().toByteArray()
                                          : m_item->assignee)
            : currentAssignee);
    if (keep >= 0)
        m_assignee->setCurrentIndex(keep);
    const bool open = f.status < ledger::domain::FeedbackStatus::Resolved;
    m_replyButton->setEnabled(open);
    m_resolveButton->setEnabled(open);
    showQueued();
}

QString FeedbackDetailDialog::threadText() const
{
    return m_thread->toPlainText();
}

void FeedbackDetailDialog::showQueued()
{
    const QStringList queued = m_pending.pendingFor(m_feedbackId);
    m_queued->setText(tr("Queued, not yet on the ledger: %1").arg(queued.join(tr("; "))));
    m_queued->setVisible(!queued.isEmpty());
}

void FeedbackDetailDialog::assign()
{
    m_message->clear();
    const auto id = ledger::domain::FeedbackId::fromBytes(m_feedbackId);
    const auto key = ledger::crypto::PublicKey::fromBytes(m_assignee->currentData().toByteArray());
    if (!id || !key) {
        m_message->setText(tr("Choose a person of the handling organization."));
        return;
    }
    ledger::domain::FeedbackAssigned p;
    p.feedbackId = *id;
    p.assignee = *key;
    m_pending.submit(
        ledger::chain::TxType::FeedbackAssigned, ledger::domain::encodePayload(p),
        tr("Assign %1 to %2")
            .arg(m_item ? m_item->row.trackingCode : QString(), m_assignee->currentText()),
        m_feedbackId);
}

void FeedbackDetailDialog::forward()
{
    m_message->clear();
    const auto id = ledger::domain::FeedbackId::fromBytes(m_feedbackId);
    ledger::domain::FeedbackTransfer p;
    if (!id)
        return;
    p.feedbackId = *id;
    p.toOrgId = m_forwardOrg->currentData().toUInt();
    p.note = m_forwardNote->text().trimmed();
    if (m_item && p.toOrgId == m_item->row.orgId) {
        m_message->setText(tr("The item is already with %1.").arg(m_forwardOrg->currentText()));
        return;
    }
    if (auto valid = p.validate(); !valid) {
        m_message->setText(tr("Say why it goes there."));
        return;
    }
    m_pending.submit(
        ledger::chain::TxType::FeedbackForwarded, ledger::domain::encodePayload(p),
        tr("Forward %1 to %2")
            .arg(m_item ? m_item->row.trackingCode : QString(), m_forwardOrg->currentText()),
        m_feedbackId);
    m_forwardNote->clear();
}

void FeedbackDetailDialog::answer(bool resolve)
{
    m_message->clear();
    const auto id = ledger::domain::FeedbackId::fromBytes(m_feedbackId);
    ledger::domain::FeedbackNote p;
    if (!id)
        return;
    p.feedbackId = *id;
    p.text = m_reply->toPlainText().trimmed();
    if (p.text.isEmpty()) {
        m_message->setText(tr("Write the reply first."));
        return;
    }
    if (auto valid = p.validate(); !valid) {
        m_message->setText(
            tr("The reply is too long or not valid: %1").arg(valid.error().toString()));
        return;
    }
    m_pending.submit(resolve ? ledger::chain::TxType::FeedbackResolved
                             : ledger::chain::TxType::FeedbackReplied,
                     ledger::domain::encodePayload(p),
                     (resolve ? tr("Resolve %1") : tr("Reply to %1"))
                         .arg(m_item ? m_item->row.trackingCode : QString()),
                     m_feedbackId);
    m_reply->clear();
    showQueued();
}

} // namespace ui
