#include "ui/records/RecordEditorDialog.h"

#include "ledger/domain/AttachmentStore.h"
#include "ui/common/DomainText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace ledger;

namespace ui {

namespace {

// "1,234.56" or "1234.5" yuan -> fen; -1 if not a positive amount with at most 2 decimals.
std::int64_t parseYuan(QString text)
{
    text.remove(u',').remove(u'¥').remove(u' ');
    static const QRegularExpression re(QStringLiteral("^(\\d{1,11})(?:\\.(\\d{1,2}))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const std::int64_t yuan = m.captured(1).toLongLong();
    const QString cents = m.captured(2).leftJustified(2, u'0');
    return yuan * 100 + cents.toLongLong();
}

QString formatYuan(std::int64_t fen)
{
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

QDateTimeEdit *dateTimeEdit(QWidget *parent, const char *name)
{
    auto *e = new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    e->setObjectName(QString::fromLatin1(name));
    return e;
}

enum KindPage { PlainPage, LinesPage, TaskPage, ActivityPage };

} // namespace

RecordEditorDialog::RecordEditorDialog(Mode mode, QHash<std::uint32_t, QString> organizations,
                                       QString attachmentRoot, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_organizations(std::move(organizations))
    , m_attachmentRoot(std::move(attachmentRoot))
{
    setObjectName(QStringLiteral("recordEditorDialog"));
    setWindowTitle(mode == Mode::Amendment ? tr("Amend record") : tr("Governance record"));
    resize(760, 640);
    buildForm();
    kindChanged();
}

void RecordEditorDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    for (std::uint8_t k = 1; k <= 6; ++k)
        m_kind->addItem(DomainText::recordKind(domain::RecordKind(k)), k);
    m_kind->setEnabled(m_mode == Mode::Draft);
    form->addRow(tr("Kind"), m_kind);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_title->setMaxLength(100);
    m_title->setPlaceholderText(tr("A short title residents will understand"));
    form->addRow(tr("Title"), m_title);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyPlainTextEdit"));
    m_body->setPlaceholderText(tr("The full text of the notice"));
    form->addRow(tr("Text"), m_body);

    m_kindFields = new QStackedWidget(this);
    m_kindFields->addWidget(new QWidget(this));

    auto *linesPage = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesPage);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    m_lines = new QTableWidget(0, 3, linesPage);
    m_lines->setObjectName(QStringLiteral("linesTableWidget"));
    m_lines->setHorizontalHeaderLabels(
        { tr("Income or expense"), tr("Item"), tr("Amount (yuan)") });
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lines->setColumnWidth(0, 140);
    m_lines->setColumnWidth(2, 140);
    m_lines->verticalHeader()->hide();
    auto *lineButtons = new QHBoxLayout;
    auto *addLineButton = new QPushButton(tr("Add line"), linesPage);
    addLineButton->setObjectName(QStringLiteral("addLineButton"));
    auto *removeLine = new QPushButton(tr("Remove line"), linesPage);
    connect(addLineButton, &QPushButton::clicked, this, [this] { addLine({}); });
    connect(removeLine, &QPushButton::clicked, this, [this] {
        if (m_lines->currentRow() >= 0)
            m_lines->removeRow(m_lines->currentRow());
    });
    lineButtons->addWidget(addLineButton);
    lineButtons->addWidget(removeLine);
    lineButtons->addStretch();
    linesLayout->addWidget(m_lines);
    linesLayout->addLayout(lineButtons);
    m_kindFields->addWidget(linesPage);

    auto *taskPage = new QWidget(this);
    auto *taskForm = new QFormLayout(taskPage);
    taskForm->setContentsMargins(0, 0, 0, 0);
    m_assignee = new QComboBox(taskPage);
    m_assignee->setObjectName(QStringLiteral("assigneeComboBox"));
    QList<std::uint32_t> ids = m_organizations.keys();
    std::sort(ids.begin(), ids.end());
    for (auto id : ids)
        m_assignee->addItem(m_organizations.value(id), id);
    m_deadline = dateTimeEdit(taskPage, "deadlineDateTimeEdit");
    taskForm->addRow(tr("Assigned to"), m_assignee);
    taskForm->addRow(tr("Deadline"), m_deadline);
    m_kindFields->addWidget(taskPage);

    auto *activityPage = new QWidget(this);
    auto *activityForm = new QFormLayout(activityPage);
    activityForm->setContentsMargins(0, 0, 0, 0);
    m_start = dateTimeEdit(activityPage, "startDateTimeEdit");
    m_end = dateTimeEdit(activityPage, "endDateTimeEdit");
    m_end->setDateTime(m_start->dateTime().addSecs(2 * 3600));
    m_capacity = new QSpinBox(activityPage);
    m_capacity->setRange(0, 100000);
    m_capacity->setSpecialValueText(tr("Unlimited"));
    m_awardRule = new QLineEdit(activityPage);
    m_awardRule->setPlaceholderText(tr("Rule code for attendance points (optional)"));
    activityForm->addRow(tr("Starts"), m_start);
    activityForm->addRow(tr("Ends"), m_end);
    activityForm->addRow(tr("Places"), m_capacity);
    activityForm->addRow(tr("Points rule"), m_awardRule);
    m_kindFields->addWidget(activityPage);
    form->addRow(m_kindFields);

    m_attachmentList = new QListWidget(this);
    m_attachmentList->setObjectName(QStringLiteral("attachmentsListWidget"));
    m_attachmentList->setMaximumHeight(90);
    auto *attachButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Attach file…"), this);
    add->setObjectName(QStringLiteral("attachButton"));
    auto *remove = new QPushButton(tr("Remove attachment"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
        if (!path.isEmpty())
            addAttachmentFile(path);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_attachmentList->currentRow();
        if (row >= 0 && row < int(m_attachments.size())) {
            m_attachments.erase(m_attachments.begin() + row);
            refreshAttachments();
        }
    });
    attachButtons->addWidget(add);
    attachButtons->addWidget(remove);
    attachButtons->addStretch();
    auto *attachBox = new QVBoxLayout;
    attachBox->addWidget(m_attachmentList);
    attachBox->addLayout(attachButtons);
    form->addRow(tr("Attachments"), attachBox);

    if (m_mode == Mode::Amendment) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
        m_reason->setPlaceholderText(tr("Why the record is corrected (shown in its history)"));
        form->addRow(tr("Reason"), m_reason);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    if (m_mode == Mode::Draft) {
        auto *save = buttons->addButton(tr("Save draft"), QDialogButtonBox::ActionRole);
        save->setObjectName(QStringLiteral("saveDraftButton"));
        save->setToolTip(tr("Keep it on this PC; nothing is sent"));
        connect(save, &QPushButton::clicked, this, [this] { finish(Action::SaveDraft); });
    }
    auto *submit
        = buttons->addButton(m_mode == Mode::Amendment ? tr("Submit amendment") : tr("Submit"),
                             QDialogButtonBox::AcceptRole);
    submit->setObjectName(QStringLiteral("submitButton"));
    submit->setDefault(true);
    connect(submit, &QPushButton::clicked, this, [this] { finish(Action::Submit); });
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { kindChanged(); });
}

void RecordEditorDialog::kindChanged()
{
    switch (domain::RecordKind(m_kind->currentData().toInt())) {
    case domain::RecordKind::Financial:
        m_kindFields->setCurrentIndex(LinesPage);
        if (m_lines->rowCount() == 0)
            addLine({});
        break;
    case domain::RecordKind::Task: m_kindFields->setCurrentIndex(TaskPage); break;
    case domain::RecordKind::Activity: m_kindFields->setCurrentIndex(ActivityPage); break;
    default: m_kindFields->setCurrentIndex(PlainPage); break;
    }
}

void RecordEditorDialog::addLine(const domain::FinancialLine &line)
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    auto *direction = new QComboBox(m_lines);
    direction->addItem(tr("Expense"), int(domain::LineDirection::Expense));
    direction->addItem(tr("Income"), int(domain::LineDirection::Income));
    direction->setCurrentIndex(line.direction == domain::LineDirection::Income ? 1 : 0);
    m_lines->setCellWidget(row, 0, direction);
    m_lines->setItem(row, 1, new QTableWidgetItem(line.item));
    m_lines->setItem(
        row, 2, new QTableWidgetItem(line.amountFen > 0 ? formatYuan(line.amountFen) : QString()));
}

void RecordEditorDialog::setRecord(const domain::RecordSubmitted &r)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(r.kind))));
    m_title->setText(r.content.title);
    m_body->setPlainText(r.content.body);
    m_lines->setRowCount(0);
    for (const auto &l : r.content.lines)
        addLine(l);
    if (r.assigneeOrgId != 0)
        m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(r.assigneeOrgId)));
    if (r.deadlineMs > 0)
        m_deadline->setDateTime(QDateTime::fromMSecsSinceEpoch(r.deadlineMs));
    if (r.activityStartMs > 0)
        m_start->setDateTime(QDateTime::fromMSecsSinceEpoch(r.activityStartMs));
    if (r.activityEndMs > 0)
        m_end->setDateTime(QDateTime::fromMSecsSinceEpoch(r.activityEndMs));
    m_capacity->setValue(int(r.capacity));
    m_awardRule->setText(r.awardRuleCode);
    m_attachments = r.content.attachments;
    refreshAttachments();
    kindChanged();
}

domain::RecordSubmitted RecordEditorDialog::record() const
{
    domain::RecordSubmitted r;
    r.kind = domain::RecordKind(m_kind->currentData().toInt());
    r.content.title = m_title->text().trimmed();
    r.content.body = m_body->toPlainText().trimmed();
    r.content.attachments = m_attachments;
    switch (r.kind) {
    case domain::RecordKind::Financial:
        for (int row = 0; row < m_lines->rowCount(); ++row) {
            auto *direction = qobject_cast<QComboBox *>(m_lines->cellWidget(row, 0));
            const QString item
                = m_lines->item(row, 1) ? m_lines->item(row, 1)->text().trimmed() : QString();
            const QString amount
                = m_lines->item(row, 2) ? m_lines->item(row, 2)->text() : QString();
            if (item.isEmpty() && amount.trimmed().isEmpty())
                continue; // an empty row the user added and left
            r.content.lines.push_back(
                { direction ? domain::LineDirection(direction->currentData().toInt())
                            : domain::LineDirection::Expense,
                  item, parseYuan(amount) });
        }
        break;
    case domain::RecordKind::Task:
        r.assigneeOrgId = m_assignee->currentData().toUInt();
        r.deadlineMs = m_deadline->dateTime().toMSecsSinceEpoch();
        break;
    case domain::RecordKind::Activity:
        r.activityStartMs = m_start->dateTime().toMSecsSinceEpoch();
        r.activityEndMs = m_end->dateTime().toMSecsSinceEpoch();
        r.capacity = std::uint32_t(m_capacity->value());
        r.awardRuleCode = m_awardRule->text().trimmed();
        break;
    default: break;
    }
    return r;
}

QString RecordEditorDialog::amendmentReason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

bool RecordEditorDialog::addAttachmentFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        m_error->show();
        return false;
    }
    domain::AttachmentStore store(m_attachmentRoot);
    auto ref = store.put(file.readAll(), QFileInfo(path).fileName());
    if (!ref) {
        m_error->setText(tr("Cannot store the attachment: %1").arg(ref.error().detail));
        m_error->show();
        return false;
    }
    for (const auto &a : m_attachments) {
        if (a.sha256 == ref->sha256)
            return true; // the same bytes are attached already
    }
    m_attachments.push_back(*ref);
    refreshAttachments();
    return true;
}

void RecordEditorDialog::refreshAttachments()
{
    m_attachmentList->clear();
    for (const auto &a : m_attachments) {
        m_attachmentList->addItem(tr("%1 (%2 KB, SHA-256 %3)")
                                      .arg(a.name)
                                      .arg((a.size + 1023) / 1024)
                                      .arg(DomainText::fingerprint(a.sha256.toByteArray())));
    }
}

QString RecordEditorDialog::explain(const core::Error &error) const
{
    const QString field = error.field;
    if (field == QLatin1String("title"))
        return tr("Please give the record a title.");
    if (field == QLatin1String("body"))
        return tr("The text is blank.");
    if (field == QLatin1String("lines"))
        return tr("A financial disclosure needs at least one income or expense line.");
    if (field == QLatin1String("line.item"))
        return tr("Every line needs an item.");
    if (field == QLatin1String("line.amount_fen"))
        return tr("Every line needs an amount in yuan, e.g. 1280.50.");
    if (field == QLatin1String("deadline_ms"))
        return tr("A task needs an organization and a deadline.");
    if (field == QLatin1String("activity_end_ms"))
        return tr("An activity must end after it starts.");
    if (field == QLatin1String("award_rule_code"))
        return tr("The points rule code may contain only letters, digits, '.', '_' and '-'.");
    if (field == QLatin1String("attachments"))
        return tr("An attachment has no name or is too large.");
    return tr("The record is not valid: %1").arg(error.detail);
}

void RecordEditorDialog::finish(Action action)
{
    const domain::RecordSubmitted r = record();
    if (action == Action::SaveDraft) {
        if (r.content.title.isEmpty()) {
            m_error->setText(tr("Please give the draft a title."));
            m_error->show();
            return;
        }
    } else {
        auto valid = r.validate();
        if (!valid) {
            m_error->setText(explain(valid.error()));
            m_error->show();
            return;
        }
        if (m_mode == Mode::Amendment && !domain::isTidyText(amendmentReason())) {
            m_error->setText(tr("Please say why the record is amended."));
            m_error->show();
            return;
        }
    }
    m_action = action;
    accept();
}

} // namespace ui
