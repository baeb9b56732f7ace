#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QLabel;

namespace ui {

class ResidentDirectory;

// Search box plus matches: type a name (this organization's registry), a
// masked name or a resident number, pick one. objectNames:
// residentSearchEdit, residentList.
class ResidentPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ResidentPicker(ResidentDirectory &directory, QWidget *parent = nullptr);
    QByteArray pseudonym() const; // empty until one is picked
    void select(const QByteArray &pseudonym);

Q_SIGNALS:
    void residentChanged(const QByteArray &pseudonym);

private:
    void updateMatches();

    ResidentDirectory &m_directory;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_note;
};

} // namespace ui
