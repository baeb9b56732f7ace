#include "ui/kiosk/PagedList.h"

#include "ui/kiosk/KioskScreen.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui::kiosk {

namespace {
QString rowHtml(const PagedList::Row &row)
{
    QString html = QStringLiteral("<b>") + row.text.toHtmlEscaped() + QStringLiteral("</b>");
    if (!row.detail.isEmpty())
        html += QStringLiteral("<br>")
            + row.detail.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    return html;
}
} // namespace

PagedList::PagedList(int rowsPerPage, bool clickable, QWidget *parent)
    : QWidget(parent)
    , m_rowsPerPage(qMax(1, rowsPerPage))
    , m_clickable(clickable)
{
    setObjectName(QStringLiteral("pagedListWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout = new QVBoxLayout;
    layout->addLayout(m_rowsLayout);
    m_empty = widgets::label(QString(), "note", this);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);
    layout->addStretch(1);
    auto *nav = new QHBoxLayout;
    m_previous = widgets::button(tr("◀ Previous page"), QStringLiteral("previousPageButton"),
                                 nullptr, this);
    m_next = widgets::button(tr("Next page ▶"), QStringLiteral("nextPageButton"), nullptr, this);
    m_pageLabel = widgets::label(QString(), nullptr, this);
    m_pageLabel->setAlignment(Qt::AlignCenter);
    nav->addWidget(m_previous);
    nav->addWidget(m_pageLabel, 1);
    nav->addWidget(m_next);
    layout->addLayout(nav);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    showPage(0);
}

void PagedList::setEmptyText(const QString &text)
{
    m_emptyText = text;
    showPage(m_page);
}

void PagedList::setRows(QList<Row> rows)
{
    m_rows = std::move(rows);
    showPage(0);
}

int PagedList::pageCount() const
{
    return qMax(1, int((m_rows.size() + m_rowsPerPage - 1) / m_rowsPerPage));
}

void PagedList::showPage(int page)
{
    m_page = qBound(0, page, pageCount() - 1);
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    const int first = m_page * m_rowsPerPage;
    for (int i = first; i < qMin(int(m_rows.size()), first + m_rowsPerPage); ++i) {
        const Row &row = m_rows.at(i);
        QWidget *w = nullptr;
        if (m_clickable) {
            // A QPushButton cannot lay out rich text: a card with labels that
            // forwards clicks keeps the whole row one big target.
            auto *b = widgets::button(QString(), QStringLiteral("row%1Button").arg(i - first),
                                      "listItem", this);
            auto *inner = new QHBoxLayout(b);
            auto *text = widgets::label(QString(), nullptr, b);
            text->setTextFormat(Qt::RichText);
            text->setText(rowHtml(row));
            text->setAttribute(Qt::WA_TransparentForMouseEvents);
            inner->addWidget(text, 1);
            if (!row.trailing.isEmpty()) {
                auto *t = widgets::label(row.trailing, "subtitle", b);
                t->setAttribute(Qt::WA_TransparentForMouseEvents);
                inner->addWidget(t);
            }
            b->setMinimumHeight(text->sizeHint().height() + 24);
            connect(b, &QPushButton::clicked, this, [this, i] { Q_EMIT activated(i); });
            w = b;
        } else {
            auto *frame = widgets::card(this);
            auto *inner = new QHBoxLayout(frame);
            auto *text = widgets::label(QString(), nullptr, frame);
            text->setTextFormat(Qt::RichText);
            text->setText(rowHtml(row));
            inner->addWidget(text, 1);
            if (!row.trailing.isEmpty())
                inner->addWidget(widgets::label(row.trailing, "subtitle", frame));
            w = frame;
        }
        w->setObjectName(QStringLiteral("row%1").arg(i - first)
                         + (m_clickable ? QStringLiteral("Button") : QStringLiteral("Frame")));
        m_rowsLayout->addWidget(w);
        m_rowWidgets << w;
    }
    m_empty->setText(m_rows.isEmpty() ? m_emptyText : QString());
    m_empty->setVisible(m_rows.isEmpty());
    const bool paged = pageCount() > 1;
    m_previous->setVisible(paged);
    m_next->setVisible(paged);
    m_pageLabel->setVisible(paged);
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page < pageCount() - 1);
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(pageCount()));
}

} // namespace ui::kiosk
