#include "ui/records/RecordDetailDialog.h"

#include "ledger/chain/Genesis.h"
#include "ledger/domain/AttachmentStore.h"
#include "ui/common/DomainText.h"
#include "ui/records/RecordHtml.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace ledger;

namespace ui {

namespace {

QPushButton *actionButton(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

RecordDetailDialog::RecordDetailDialog(AppContext &context, QByteArray recordId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_recordId(std::move(recordId))
{
    setObjectName(QStringLiteral("recordDetailDialog"));
    setWindowTitle(tr("Governance record"));
    resize(980, 680);

    m_content = new QTextBrowser(this);
    m_content->setObjectName(QStringLiteral("contentTextBrowser"));
    m_attachments = new QListWidget(this);
    m_attachments->setObjectName(QStringLiteral("attachmentsListWidget"));
    auto *open = actionButton(tr("Open attachment"), "openAttachmentButton", this);
    connect(open, &QPushButton::clicked, this, &RecordDetailDialog::openAttachment);
    connect(m_attachments, &QListWidget::itemDoubleClicked, this,
            &RecordDetailDialog::openAttachment);

    m_timeline = new QTableWidget(0, 6, this);
    m_timeline->setObjectName(QStringLiteral("timelineTableWidget"));
    m_timeline->setHorizontalHeaderLabels(
        { tr("When"), tr("Step"), tr("Who"), tr("Organization"), tr("Block"), tr("Signature") });
    // Everything but the step fits its contents; the step (with its detail,
    // full text in the tooltip) takes the rest, so block and signature stay in view.
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_content, 1);
    m_attachmentsLabel = new QLabel(tr("Attachments"), left);
    leftLayout->addWidget(m_attachmentsLabel);
    m_attachments->setMaximumHeight(100);
    leftLayout->addWidget(m_attachments);
    m_openAttachment = open;
    leftLayout->addWidget(open, 0, Qt::AlignLeft);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(
        new QLabel(tr("History (every step is signed and kept on the ledger)"), right));
    rightLayout->addWidget(m_timeline);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    splitter->setSizes({ 500, 460 });

    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    m_publish = actionButton(tr("Publish"), "publishButton", this);
    m_progress = actionButton(tr("Progress update…"), "progressButton", this);
    m_complete = actionButton(tr("Mark completed…"), "completeButton", this);
    m_amend = actionButton(tr("Amend…"), "amendButton", this);
    m_withdraw = actionButton(tr("Withdraw…"), "withdrawButton", this);
    m_print = actionButton(tr("Print notice…"), "printNoticeButton", this);
    m_savePdf = actionButton(tr("Notice as PDF…"), "saveNoticePdfButton", this);
    const std::pair<QPushButton *, Action> actions[] = {
        { m_publish, Action::Publish },       { m_progress, Action::Progress },
        { m_complete, Action::Complete },     { m_amend, Action::Amend },
        { m_withdraw, Action::Withdraw },     { m_print, Action::PrintNotice },
        { m_savePdf, Action::SaveNoticePdf },
    };
    auto *buttons = new QHBoxLayout;
    for (const auto &[button, action] : actions) {
        const Action a = action;
        connect(button, &QPushButton::clicked, this, [this, a] { Q_EMIT actionRequested(a); });
        buttons->addWidget(button);
        button->setEnabled(false);
    }
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    m_message->setText(tr("Loading…"));
    reload();
}

void RecordDetailDialog::reload()
{
    if (!m_context.ledger)
        return;
    const QByteArray id = m_recordId;
    m_context.ledger->query<RecordDetailData>(
        this, [id](const service::QueryContext &c) { return loadRecordDetail(c, id); },
        [this](RecordDetailData data) { setData(std::move(data)); });
}

void RecordDetailDialog::setData(RecordDetailData data)
{
    m_data = std::move(data);
    if (!m_data.detail) {
        m_content->clear();
        m_message->setText(tr("This record cannot be shown: %1").arg(m_data.detail.error().detail));
        updateButtons();
        Q_EMIT loaded();
        return;
    }
    const state::RecordDetail &d = *m_data.detail;
    m_content->setHtml(RecordHtml::content(d, m_data.organizations));
    m_attachments->clear();
    for (const auto &a : d.attachments)
        m_attachments->addItem(tr("%1 (%2 KB)").arg(a.ref.name).arg((a.ref.size + 1023) / 1024));
    for (QWidget *w :
         { static_cast<QWidget *>(m_attachmentsLabel), static_cast<QWidget *>(m_attachments),
           static_cast<QWidget *>(m_openAttachment) })
        w->setVisible(!d.attachments.empty());

    m_timeline->setRowCount(int(m_data.steps.size()));
    int row = 0;
    int unverified = 0;
    for (const auto &step : m_data.steps) {
        const auto &e = step.entry;
        QString who = e.actorName;
        if (who.isEmpty() && step.signature != VerifiedStep::Signature::BlockTime)
            who = tr("Node %1").arg(DomainText::fingerprint(e.actor));
        QString signature;
        switch (step.signature) {
        case VerifiedStep::Signature::Verified: signature = tr("✓ verified"); break;
        case VerifiedStep::Signature::Invalid: signature = tr("✗ does not verify"); break;
        case VerifiedStep::Signature::Missing: signature = tr("✗ not in the block store"); break;
        case VerifiedStep::Signature::BlockTime: signature = tr("— (block time)"); break;
        }
        if (step.signature == VerifiedStep::Signature::Invalid
            || step.signature == VerifiedStep::Signature::Missing)
            ++unverified;
        const QStringList cells { DomainText::dateTime(e.tsMs),
                                  actionText(e.action)
                                      + (e.detail.isEmpty() ? QString()
                                                            : QStringLiteral(": ") + e.detail),
                                  who,
                                  m_data.organizations.value(e.actorOrg),
                                  QString::number(e.height),
                                  signature };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (c == 5 && step.signature == VerifiedStep::Signature::Verified)
                item->setForeground(QColor(0x1a, 0x7f, 0x37));
            else if (c == 5 && signature.startsWith(u'✗'))
                item->setForeground(QColor(0xb0, 0x20, 0x20));
            m_timeline->setItem(row, c, item);
        }
        ++row;
    }
    if (!m_data.error.isEmpty())
        m_message->setText(tr("The history cannot be read: %1").arg(m_data.error));
    else if (unverified > 0)
        m_message->setText(
            tr("Warning: %n step(s) of this history do not verify.", nullptr, unverified));
    else
        m_message->setText(tr("Every signed step verifies against the ledger."));
    updateButtons();
    Q_EMIT loaded();
}

std::int64_t RecordDetailDialog::publishedHeight() const
{
    for (const auto &s : m_data.steps) {
        if (s.entry.action == QLatin1String("published"))
            return s.entry.height;
    }
    return 0;
}

QString RecordDetailDialog::actionText(const QString &action) const
{
    if (action == QLatin1String("submitted"))
        return tr("Submitted");
    if (action == QLatin1String("approved"))
        return tr("Approved");
    if (action == QLatin1String("rejected"))
        return tr("Rejected");
    if (action == QLatin1String("refused"))
        return tr("Approval refused");
    if (action == QLatin1String("published"))
        return tr("Published");
    if (action == QLatin1String("progress"))
        return tr("Progress update");
    if (action == QLatin1String("completed"))
        return tr("Completed");
    if (action == QLatin1String("amended"))
        return tr("Amended");
    if (action == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    if (action == QLatin1String("overdue"))
        return tr("Deadline passed");
    return action;
}

void RecordDetailDialog::updateButtons()
{
    const SignedInPerson *p = m_context.person;
    const bool have = m_data.detail.has_value() && p != nullptr;
    if (!have) {
        for (auto *b :
             { m_publish, m_progress, m_complete, m_amend, m_withdraw, m_print, m_savePdf })
            b->setEnabled(false);
        return;
    }
    const state::RecordRow &r = m_data.detail->row;
    using S = domain::RecordStatus;
    const bool staff = chain::hasRole(p->roles, chain::Role::Staff)
        || chain::hasRole(p->roles, chain::Role::Secretary);
    // The party committee's organization id is not known here; the ledger
    // checks scope and the reply explains a refusal.
    const bool own = p->orgId == r.orgId;
    const bool assignee = r.kind == domain::RecordKind::Task && p->orgId == r.assigneeOrg;
    const bool open = r.status != S::Rejected && r.status != S::Withdrawn;
    m_publish->setEnabled(staff && r.status == S::Approved);
    m_progress->setEnabled(staff && (own || assignee)
                           && (r.status == S::Published || r.status == S::InProgress));
    m_complete->setEnabled(m_progress->isEnabled());
    m_amend->setEnabled(staff && own && open);
    m_withdraw->setEnabled(staff && own && open && r.status != S::Completed);
    m_print->setEnabled(r.status == S::Published || r.status == S::InProgress
                        || r.status == S::Completed);
    m_savePdf->setEnabled(m_print->isEnabled());
}

void RecordDetailDialog::openAttachment()
{
    const int row = m_attachments->currentRow();
    if (!m_data.detail || row < 0 || row >= int(m_data.detail->attachments.size()))
        return;
    const auto &ref = m_data.detail->attachments[size_t(row)].ref;
    domain::AttachmentStore store(m_context.ledger->dataDir() + QStringLiteral("/attachments"));
    auto ok = store.check(ref);
    if (!ok) {
        m_message->setText(
            ok.error().code == core::ErrorCode::NotFound
                ? tr("The file “%1” is not on this PC yet (attachments are not copied between "
                     "organizations).")
                      .arg(ref.name)
                : tr("The file “%1” on this PC does not match the ledger: %2")
                      .arg(ref.name, ok.error().detail));
        return;
    }
    // The store names files by hash; a copy under the original name lets the
    // desktop pick the right program.
    auto bytes = store.get(ref.sha256);
    const QString dir
        = QDir::tempPath() + QStringLiteral("/gongzhi-attachments/") + ref.sha256.toHex().left(16);
    QFile copy(dir + u'/' + QFileInfo(ref.name).fileName());
    if (!bytes || !QDir().mkpath(dir) || !copy.open(QIODevice::WriteOnly)
        || copy.write(*bytes) != bytes->size()) {
        m_message->setText(tr("The file “%1” cannot be opened.").arg(ref.name));
        return;
    }
    copy.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(copy.fileName()));
}

} // namespace ui
