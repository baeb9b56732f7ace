#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ui {

class AuditJob;

// Shows a running AuditJob: a progress bar over the blocks, Cancel while it
// runs, then the verdict in plain words (green when it succeeded, red with
// the block at fault when it failed) and Close. Owns the job.
class JobProgressDialog : public QDialog
{
    Q_OBJECT
public:
    JobProgressDialog(const QString &title, const QString &what, AuditJob *job,
                      QWidget *parent = nullptr);
    ~JobProgressDialog() override;

    AuditJob *job() const { return m_job; }
    bool isFinished() const { return m_finished; }
    int outcome() const { return m_outcome; }
    QString verdict() const;
    qint64 failedHeight() const { return m_failedHeight; }

Q_SIGNALS:
    void jobFinished(int outcome);

protected:
    void reject() override; // Esc / window close: cancel first

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished(int outcome, const QString &message, qint64 failedHeight);

    AuditJob *m_job;
    QLabel *m_status;
    QProgressBar *m_bar;
    QLabel *m_verdict;
    QPushButton *m_button;
    bool m_finished = false;
    int m_outcome = -1;
    qint64 m_failedHeight = -1;
};

} // namespace ui
