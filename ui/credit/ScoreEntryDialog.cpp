#include "ui/credit/ScoreEntryDialog.h"

#include "ledger/domain/AttachmentStore.h"
#include "ledger/domain/PayloadCodec.h"
#include "ledger/service/LedgerService.h"
#include "ui/common/DomainText.h"
#include "ui/credit/CreditContext.h"
#include "ui/credit/PendingList.h"
#include "ui/credit/ResidentDirectory.h"
#include "ui/credit/ResidentPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ui {

ScoreEntryDialog::ScoreEntryDialog(CreditContext &credit, QWidget *parent)
    : QDialog(parent)
    , m_credit(credit)
    , m_picker(new ResidentPicker(credit.residents, this))
    , m_rule(new QComboBox(this))
    , m_points(new QLabel(this))
    , m_evidenceButton(new QPushButton(tr("Choose file…"), this))
    , m_evidence(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("scoreEntryDialog"));
    setWindowTitle(tr("Record points"));
    m_rule->setObjectName(QStringLiteral("ruleCombo"));
    m_points->setObjectName(QStringLiteral("pointsLabel"));
    m_evidenceButton->setObjectName(QStringLiteral("evidenceButton"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Optional: what happened, where"));
    m_note->setMaxLength(1000);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b02020;"));
    QFont big = m_points->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_points->setFont(big);

    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidenceButton);
    evidenceRow->addWidget(m_evidence, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Resident"), m_picker);
    form->addRow(tr("Rule"), m_rule);
    form->addRow(tr("Points"), m_points);
    form->addRow(tr("Evidence"), evidenceRow);
    form->addRow(tr("Note"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *record = buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("recordButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(record, &QPushButton::clicked, this, [this] {
        if (submit())
            accept();
    });
    connect(m_rule, &QComboBox::currentIndexChanged, this, &ScoreEntryDialog::updateRule);
    connect(m_evidenceButton, &QPushButton::clicked, this, &ScoreEntryDialog::chooseEvidence);
    connect(&m_credit, &CreditContext::handbookChanged, this, &ScoreEntryDialog::fillRules);
    resize(560, 520);
    fillRules();
}

void ScoreEntryDialog::fillRules()
{
    const QString current = m_rule->currentData().toString();
    const QSignalBlocker block(m_rule);
    m_rule->clear();
    if (m_credit.handbook) {
        const auto &h = m_credit.handbook->handbook;
        for (const auto &category : h.categories) {
            for (const auto &rule : h.rules) {
                if (rule.categoryCode != category.code)
                    continue;
                m_rule->addItem(
                    tr("%1 · %2 (%3)")
                        .arg(category.name, rule.title, DomainText::points(rule.points)),
                    rule.code);
            }
        }
    }
    if (!current.isEmpty())
        selectRule(current);
    updateRule();
}

void ScoreEntryDialog::selectRule(const QString &code)
{
    const int at = m_rule->findData(code);
    if (at >= 0)
        m_rule->setCurrentIndex(at);
}

void ScoreEntryDialog::updateRule()
{
    const auto *rule = m_credit.handbook
        ? m_credit.handbook->handbook.rule(m_rule->currentData().toString())
        : nullptr;
    if (!m_credit.handbook) {
        m_points->setText(QString());
        m_message->setText(tr("No scoring handbook is in effect yet."));
        return;
    }
    m_points->setText(rule ? DomainText::points(rule->points) : QString());
    m_points->setStyleSheet(rule && rule->points < 0 ? QStringLiteral("color: #b02020;")
                                                     : QStringLiteral("color: #1a7f37;"));
    QString evidence = m_evidencePath.isEmpty() ? QString() : QFileInfo(m_evidencePath).fileName();
    if (evidence.isEmpty())
        evidence
            = rule && rule->evidenceRequired ? tr("Required by this rule") : tr("Not required");
    m_evidence->setText(evidence);
}

void ScoreEntryDialog::setEvidenceFile(const QString &path)
{
    m_evidencePath = path;
    updateRule();
}

void ScoreEntryDialog::chooseEvidence()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Evidence (photo, scan, minutes)"));
    if (!path.isEmpty())
        setEvidenceFile(path);
}

bool ScoreEntryDialog::submit()
{
    m_message->clear();
    const QByteArray pseudonymBytes = m_picker->pseudonym();
    const auto pseudonym = ledger::domain::Pseudonym::fromBytes(pseudonymBytes);
    const auto *rule = m_credit.handbook
        ? m_credit.handbook->handbook.rule(m_rule->currentData().toString())
        : nullptr;
    if (!pseudonym) {
        m_message->setText(tr("Choose a resident."));
        return false;
    }
    if (!rule) {
        m_message->setText(tr("Choose a rule of the handbook in effect."));
        return false;
    }
    ledger::domain::ScoreEventRecorded event;
    event.pseudonym = *pseudonym;
    event.ruleCode = rule->code;
    event.handbookVersion = m_credit.handbook->handbook.version;
    event.note = m_note->text().trimmed();
    if (!m_evidencePath.isEmpty()) {
        QFile file(m_evidencePath);
        if (!file.open(QIODevice::ReadOnly)) {
            m_message->setText(tr("The evidence file cannot be read: %1").arg(file.errorString()));
            return false;
        }
        ledger::domain::AttachmentStore store(m_credit.app.ledger->dataDir()
                                              + QStringLiteral("/attachments"));
        const auto ref = store.put(file.readAll(), QFileInfo(m_evidencePath).fileName());
        if (!ref) {
            m_message->setText(
                tr("The evidence could not be stored: %1").arg(ref.error().toString()));
            return false;
        }
        event.evidence = ref->sha256;
    } else if (rule->evidenceRequired) {
        m_message->setText(tr("This rule requires evidence: choose a file."));
        return false;
    }
    if (auto valid = event.validate(); !valid) {
        m_message->setText(tr("The entry is not valid: %1").arg(valid.error().toString()));
        return false;
    }
    m_credit.pending.submit(ledger::chain::TxType::ScoreEventRecorded,
                            ledger::domain::encodePayload(event),
                            tr("%1: %2 %3")
                                .arg(m_credit.residents.label(pseudonymBytes), rule->title,
                                     DomainText::points(rule->points)),
                            pseudonymBytes);
    return true;
}

} // namespace ui
