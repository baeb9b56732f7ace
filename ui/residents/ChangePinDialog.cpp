#include "ui/residents/ChangePinDialog.h"

#include "ui/residents/PinEntry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

ChangePinDialog::ChangePinDialog(const QString &residentLabel, QWidget *parent)
    : QDialog(parent)
    , m_pin(new PinEntry(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("changePinDialog"));
    setWindowTitle(tr("Change PIN"));
    auto *intro = new QLabel(
        tr("A new PIN for %1. Ask the resident to show an ID card first; the old PIN stops "
           "working once the change is on the ledger.")
            .arg(residentLabel),
        this);
    intro->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changePinOkButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->setText(m_pin->problem());
        if (m_error->text().isEmpty())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_pin);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString ChangePinDialog::pin() const
{
    return m_pin->pin();
}

} // namespace ui
