#include "ui/credit/BatchEntryDialog.h"

#include "ledger/domain/PayloadCodec.h"
#include "ledger/service/LedgerService.h"
#include "ui/common/DomainText.h"
#include "ui/credit/CreditContext.h"
#include "ui/credit/PendingList.h"
#include "ui/credit/ResidentDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

using ledger::service::QueryContext;

BatchEntryDialog::BatchEntryDialog(CreditContext &credit, QWidget *parent)
    : QDialog(parent)
    , m_credit(credit)
    , m_activity(new QComboBox(this))
    , m_attendees(new QListWidget(this))
    , m_rule(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("batchEntryDialog"));
    setWindowTitle(tr("Record points for an activity's attendees"));
    m_activity->setObjectName(QStringLiteral("activityCombo"));
    m_attendees->setObjectName(QStringLiteral("attendeeList"));
    m_attendees->setUniformItemSizes(true);
    m_summary->setWordWrap(true);
    m_rule->setObjectName(QStringLiteral("batchRuleCombo"));
    m_note->setPlaceholderText(tr("Optional note for every entry"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b02020;"));
    auto *form = new QFormLayout;
    form->addRow(tr("Activity"), m_activity);
    form->addRow(tr("Attendees"), m_attendees);
    form->addRow(tr("Rule"), m_rule);
    form->addRow(tr("Note"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *record
        = buttons->addButton(tr("Record for ticked residents"), QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("batchRecordButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(record, &QPushButton::clicked, this, [this] {
        if (submit())
            accept();
    });
    connect(m_activity, &QComboBox::currentIndexChanged, this, &BatchEntryDialog::loadAttendees);
    connect(m_attendees, &QListWidget::itemChanged, this, &BatchEntryDialog::updateSummary);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &BatchEntryDialog::updateSummary);
    resize(620, 560);
    fillRules();
    loadActivities();
}

void BatchEntryDialog::fillRules()
{
    m_rule->clear();
    if (!m_credit.handbook)
        return;
    for (const auto &rule : m_credit.handbook->handbook.rules) {
        // Deductions are individual decisions, not something done to a whole list.
        if (rule.points > 0)
            m_rule->addItem(tr("%1 (%2)").arg(rule.title, DomainText::points(rule.points)),
                            rule.code);
    }
}

void BatchEntryDialog::loadActivities()
{
    using Rows = ledger::core::Result<std::vector<ledger::state::ActivityRow>>;
    m_credit.app.ledger->query<Rows>(
        this, [](const QueryContext &c) { return ledger::state::activities(c.state, 200); },
        [this](Rows rows) {
            if (!rows) {
                m_message->setText(
                    tr("Activities could not be loaded: %1").arg(rows.error().toString()));
                return;
            }
            m_activities = std::move(*rows);
            const QSignalBlocker block(m_activity);
            m_activity->clear();
            for (const auto &a : m_activities) {
                m_activity->addItem(tr("%1 · %2 · %3 attended")
                                        .arg(DomainText::date(a.startMs), a.title)
                                        .arg(a.attended),
                                    a.recordId);
            }
            loadAttendees();
        });
}

void BatchEntryDialog::loadAttendees()
{
    m_attendees->clear();
    const int at = m_activity->currentIndex();
    if (at < 0 || at >= int(m_activities.size())) {
        updateSummary();
        return;
    }
    m_awardRule = m_activities[std::size_t(at)].awardRule;
    const QByteArray recordId = m_activities[std::size_t(at)].recordId;
    using Rows = ledger::core::Result<std::vector<ledger::state::ResidentRow>>;
    m_credit.app.ledger->query<Rows>(
        this,
        [recordId](const QueryContext &c) {
            return ledger::state::activityAttendees(c.state, recordId);
        },
        [this, recordId](Rows rows) {
            if (!rows || m_activity->currentData().toByteArray() != recordId)
                return;
            const QSignalBlocker block(m_attendees);
            m_attendees->clear();
            for (const auto &r : *rows) {
                auto *item
                    = new QListWidgetItem(m_credit.residents.label(r.pseudonym), m_attendees);
                item->setData(Qt::UserRole, r.pseudonym);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
            updateSummary();
        });
}

void BatchEntryDialog::updateSummary()
{
    int ticked = 0;
    for (int i = 0; i < m_attendees->count(); ++i)
        ticked += m_attendees->item(i)->checkState() == Qt::Checked ? 1 : 0;
    QString summary = tr("%1 of %2 residents ticked.").arg(ticked).arg(m_attendees->count());
    // Recording attendance already gave the activity's own rule; the same rule
    // again would pay twice (and eat into the monthly cap).
    const auto *award = m_credit.handbook ? m_credit.handbook->handbook.rule(m_awardRule) : nullptr;
    if (award) {
        summary += QLatin1Char(' ')
            + tr("Attendance already gave each of them “%1”.").arg(award->title);
    }
    m_summary->setText(summary);
    m_summary->setStyleSheet(award && m_rule->currentData().toString() == m_awardRule
                                 ? QStringLiteral("color: #b02020;")
                                 : QString());
}

bool BatchEntryDialog::submit()
{
    m_message->clear();
    const auto *rule = m_credit.handbook
        ? m_credit.handbook->handbook.rule(m_rule->currentData().toString())
        : nullptr;
    if (!rule) {
        m_message->setText(tr("Choose a rule of the handbook in effect."));
        return false;
    }
    if (rule->evidenceRequired) {
        m_message->setText(
            tr("This rule requires evidence for each resident: record it one by one."));
        return false;
    }
    std::vector<QByteArray> ticked;
    for (int i = 0; i < m_attendees->count(); ++i) {
        if (m_attendees->item(i)->checkState() == Qt::Checked)
            ticked.push_back(m_attendees->item(i)->data(Qt::UserRole).toByteArray());
    }
    if (rule->code == m_awardRule) {
        m_message->setText(tr("Attendance already gave this rule's points: choose another rule."));
        return false;
    }
    if (ticked.empty()) {
        m_message->setText(tr("Tick at least one resident."));
        return false;
    }
    m_submitted = 0;
    for (const QByteArray &p : ticked) {
        const auto pseudonym = ledger::domain::Pseudonym::fromBytes(p);
        if (!pseudonym)
            continue;
        ledger::domain::ScoreEventRecorded event;
        event.pseudonym = *pseudonym;
        event.ruleCode = rule->code;
        event.handbookVersion = m_credit.handbook->handbook.version;
        event.note = m_note->text().trimmed();
        m_credit.pending.submit(
            ledger::chain::TxType::ScoreEventRecorded, ledger::domain::encodePayload(event),
            tr("%1: %2 %3")
                .arg(m_credit.residents.label(p), rule->title, DomainText::points(rule->points)),
            p);
        ++m_submitted;
    }
    return true;
}

} // namespace ui
