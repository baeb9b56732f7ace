#include "ui/credit/ResidentPicker.h"

#include "ui/credit/ResidentDirectory.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr int MaxMatches = 200;
}

ResidentPicker::ResidentPicker(ResidentDirectory &directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_note(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("residentSearchEdit"));
    m_search->setPlaceholderText(tr("Name or resident number"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("residentList"));
    m_list->setMinimumHeight(120);
    m_list->setUniformItemSizes(true); // Latin-only and CJK labels would differ in height
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #666;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    connect(m_search, &QLineEdit::textChanged, this, &ResidentPicker::updateMatches);
    connect(&m_directory, &ResidentDirectory::changed, this, &ResidentPicker::updateMatches);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this] { Q_EMIT residentChanged(pseudonym()); });
    updateMatches();
}

QByteArray ResidentPicker::pseudonym() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toByteArray() : QByteArray();
}

void ResidentPicker::select(const QByteArray &pseudonym)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toByteArray() == pseudonym) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    if (const auto *e = m_directory.find(pseudonym)) {
        m_search->setText(QString::number(e->residentNo));
        select(pseudonym);
    }
}

void ResidentPicker::updateMatches()
{
    const QByteArray current = pseudonym();
    const QSignalBlocker block(m_list);
    m_list->clear();
    const auto matches = m_directory.search(m_search->text(), MaxMatches);
    for (const auto *e : matches) {
        auto *item = new QListWidgetItem(ResidentDirectory::label(*e), m_list);
        item->setData(Qt::UserRole, e->pseudonym);
        if (e->pseudonym == current)
            m_list->setCurrentItem(item);
    }
    if (matches.size() == 1 && !m_list->currentItem())
        m_list->setCurrentRow(0);
    QString note = m_directory.registryProblem();
    if (!m_directory.isLoaded())
        note = tr("Loading residents…");
    else if (matches.empty())
        note = tr("No resident matches.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    if (pseudonym() != current)
        Q_EMIT residentChanged(pseudonym());
}

} // namespace ui
