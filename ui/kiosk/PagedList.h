#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ui::kiosk {

// A list shown a page at a time with big "previous / next page" buttons:
// no scrolling, which many elderly users find hard on a touch screen. Rows
// are large buttons when clickable (activated(index)), plain cards otherwise.
class PagedList : public QWidget
{
    Q_OBJECT
public:
    struct Row {
        QString text; // first line, bold
        QString detail; // further lines
        QString trailing; // right-aligned (points, amounts)
    };
    PagedList(int rowsPerPage, bool clickable, QWidget *parent = nullptr);

    void setRows(QList<Row> rows);
    void clear() { setRows({}); }
    int rowCount() const { return int(m_rows.size()); }
    const QList<Row> &rows() const { return m_rows; }
    void setEmptyText(const QString &text);
    int page() const { return m_page; }

Q_SIGNALS:
    void activated(int index);

private:
    void showPage(int page);
    int pageCount() const;
    QList<Row> m_rows;
    int m_rowsPerPage;
    bool m_clickable;
    int m_page = 0;
    QVBoxLayout *m_rowsLayout = nullptr;
    QList<QWidget *> m_rowWidgets;
    QLabel *m_empty = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QString m_emptyText;
};

} // namespace ui::kiosk
