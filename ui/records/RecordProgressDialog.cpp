#include "ui/records/RecordProgressDialog.h"

#include "ledger/domain/Types.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

RecordProgressDialog::RecordProgressDialog(Mode mode, int currentPercent, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("recordProgressDialog"));
    auto *form = new QFormLayout;
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("textPlainTextEdit"));
    m_text->setMinimumHeight(120);
    switch (mode) {
    case Mode::Progress:
        setWindowTitle(tr("Progress update"));
        m_percent = new QSpinBox(this);
        m_percent->setObjectName(QStringLiteral("percentSpinBox"));
        m_percent->setRange(0, 99);
        m_percent->setSuffix(QStringLiteral("%"));
        m_percent->setValue(qMin(99, currentPercent));
        form->addRow(tr("Done so far"), m_percent);
        form->addRow(tr("What happened"), m_text);
        break;
    case Mode::Complete:
        setWindowTitle(tr("Mark completed"));
        form->addRow(tr("Result"), m_text);
        break;
    case Mode::Withdraw:
        setWindowTitle(tr("Withdraw record"));
        form->addRow(new QLabel(tr("A withdrawn record stays in the ledger with its history; "
                                   "residents see that it was withdrawn and why."),
                                this));
        form->addRow(tr("Reason"), m_text);
        break;
    }
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Withdraw ? tr("Withdraw") : tr("Submit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordProgressDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 300);
}

int RecordProgressDialog::percent() const
{
    if (m_mode == Mode::Complete)
        return 100;
    return m_percent ? m_percent->value() : 0;
}

QString RecordProgressDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void RecordProgressDialog::tryAccept()
{
    if (!ledger::domain::isTidyText(text())) {
        m_error->setText(m_mode == Mode::Withdraw ? tr("Please give a reason.")
                                                  : tr("Please describe what was done."));
        m_error->show();
        return;
    }
    accept();
}

} // namespace ui
