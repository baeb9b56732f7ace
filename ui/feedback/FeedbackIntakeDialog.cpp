#include "ui/feedback/FeedbackIntakeDialog.h"

#include "ledger/domain/PayloadCodec.h"
#include "ui/common/AppContext.h"
#include "ui/common/DomainText.h"
#include "ui/credit/PendingList.h"
#include "ui/credit/ResidentDirectory.h"
#include "ui/credit/ResidentPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ui {

using ledger::domain::FeedbackKind;

FeedbackIntakeDialog::FeedbackIntakeDialog(AppContext &context, PendingList &pending,
                                           ResidentDirectory &residents,
                                           std::vector<ledger::domain::FeedbackCategory> categories,
                                           std::map<std::uint32_t, QString> orgNames,
                                           QWidget *parent)
    : QDialog(parent)
    , m_pending(pending)
    , m_residents(residents)
    , m_kind(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_anonymous(new QCheckBox(tr("The resident wants to stay anonymous"), this))
    , m_picker(new ResidentPicker(residents, this))
    , m_text(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    Q_UNUSED(context);
    setObjectName(QStringLiteral("feedbackIntakeDialog"));
    setWindowTitle(tr("Enter feedback received by phone or in person"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_target->setObjectName(QStringLiteral("targetOrgCombo"));
    m_anonymous->setObjectName(QStringLiteral("anonymousCheck"));
    m_text->setObjectName(QStringLiteral("feedbackTextEdit"));
    m_message->setObjectName(QStringLiteral("intakeMessage"));
    for (auto kind :
         { FeedbackKind::Suggestion, FeedbackKind::Complaint, FeedbackKind::HelpRequest })
        m_kind->addItem(DomainText::feedbackKind(kind), int(kind));
    for (const auto &c : categories)
        m_category->addItem(tr("%1 (answer within %2 days)").arg(c.name).arg(c.deadlineDays),
                            c.code);
    m_target->addItem(tr("As the category says"), 0u);
    for (const auto &[id, name] : orgNames)
        m_target->addItem(name, id);
    m_text->setPlaceholderText(tr("What the resident said, in their words"));
    auto *warning = new QLabel(
        tr("Everything typed here stays on the community ledger for good. Do not write ID "
           "numbers, phone numbers or addresses."),
        this);
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #9a6700;"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b02020;"));
    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Send to"), m_target);
    form->addRow(tr("Resident"), m_picker);
    form->addRow(QString(), m_anonymous);
    form->addRow(tr("Feedback"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *submitButton = buttons->addButton(tr("Submit"), QDialogButtonBox::AcceptRole);
    submitButton->setObjectName(QStringLiteral("submitFeedbackButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(warning);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(submitButton, &QPushButton::clicked, this, [this] {
        if (submit())
            accept();
    });
    connect(m_anonymous, &QCheckBox::toggled, m_picker, &QWidget::setDisabled);
    resize(620, 640);
}

QString FeedbackIntakeDialog::message() const
{
    return m_message->text();
}

bool FeedbackIntakeDialog::looksLikePersonalNumber(const QString &text)
{
    // Mainland mobile numbers have 11 digits, ID numbers 18 (the last may be X);
    // spaces or dashes inside are common when people dictate them.
    static const QRegularExpression run(QStringLiteral("(\\d[\\s-]?){10,}\\d|\\d{17}[\\dXx]"));
    return run.match(text).hasMatch();
}

bool FeedbackIntakeDialog::submit()
{
    m_message->clear();
    ledger::domain::FeedbackSubmitted p;
    p.kind = FeedbackKind(m_kind->currentData().toInt());
    p.categoryCode = m_category->currentData().toString();
    p.targetOrgId = m_target->currentData().toUInt();
    p.text = m_text->toPlainText().trimmed();
    if (p.categoryCode.isEmpty()) {
        m_message->setText(tr("Choose a category."));
        return false;
    }
    if (p.text.isEmpty()) {
        m_message->setText(tr("Write down what the resident said."));
        return false;
    }
    if (looksLikePersonalNumber(p.text)) {
        m_message->setText(tr("The text seems to contain a phone or ID number. Remove it: the "
                              "ledger keeps every word for good."));
        return false;
    }
    QByteArray subject;
    if (!m_anonymous->isChecked()) {
        const auto pseudonym = ledger::domain::Pseudonym::fromBytes(m_picker->pseudonym());
        if (!pseudonym) {
            m_message->setText(tr("Choose the resident, or tick anonymous."));
            return false;
        }
        p.pseudonym = *pseudonym;
        subject = m_picker->pseudonym();
    }
    if (auto valid = p.validate(); !valid) {
        m_message->setText(tr("The feedback is not valid: %1").arg(valid.error().toString()));
        return false;
    }
    QString summary = p.text.simplified();
    if (summary.size() > 30)
        summary = summary.left(29) + QChar(0x2026);
    m_pending.submit(ledger::chain::TxType::FeedbackSubmitted, ledger::domain::encodePayload(p),
                     tr("New feedback: %1").arg(summary), subject);
    return true;
}

} // namespace ui
