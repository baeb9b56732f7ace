#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace ui {

// A progress update or completion of a published record (task or activity),
// or the reason for a withdrawal: a short text, and for progress a percentage.
class RecordProgressDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Progress, Complete, Withdraw };
    RecordProgressDialog(Mode mode, int currentPercent, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    int percent() const;
    QString text() const;

private:
    void tryAccept();

    Mode m_mode;
    QSpinBox *m_percent = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ui
