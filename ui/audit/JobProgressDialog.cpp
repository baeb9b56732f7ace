#include "ui/audit/JobProgressDialog.h"

#include "ui/audit/AuditJobs.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

JobProgressDialog::JobProgressDialog(const QString &title, const QString &what, AuditJob *job,
                                     QWidget *parent)
    : QDialog(parent)
    , m_job(job)
    , m_status(new QLabel(what))
    , m_bar(new QProgressBar)
    , m_verdict(new QLabel)
    , m_button(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("jobProgressDialog"));
    setWindowTitle(title);
    setMinimumWidth(560);
    job->setParent(this);
    m_status->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_bar->setRange(0, 0); // busy until the first progress report
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a verdict of a few lines from the start, so the dialog does
    // not have to grow (and clip it) when the job ends.
    m_verdict->setMinimumHeight(4 * m_verdict->fontMetrics().lineSpacing());
    m_verdict->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_button->setObjectName(QStringLiteral("jobCancelButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_button);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_verdict);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(job, &AuditJob::progress, this, &JobProgressDialog::onProgress);
    connect(job, &AuditJob::finished, this, &JobProgressDialog::onFinished);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_finished) {
            accept();
        } else {
            m_job->cancel();
            m_button->setEnabled(false);
            m_status->setText(tr("Stopping…"));
        }
    });
}

JobProgressDialog::~JobProgressDialog() = default;

QString JobProgressDialog::verdict() const
{
    return m_verdict->text();
}

void JobProgressDialog::reject()
{
    if (!m_finished)
        m_job->cancel();
    QDialog::reject();
}

void JobProgressDialog::onProgress(qint64 done, qint64 total)
{
    // QProgressBar takes int: scale chains longer than INT_MAX blocks.
    const int scale = total > 1'000'000'000 ? 1000 : 1;
    m_bar->setRange(0, int(std::max<qint64>(total, 1) / scale));
    m_bar->setValue(int(std::min(done, total) / scale));
    if (!m_finished && m_button->isEnabled())
        m_status->setText(tr("Block %1 of %2").arg(done).arg(total));
}

void JobProgressDialog::onFinished(int outcome, const QString &message, qint64 failedHeight)
{
    m_finished = true;
    m_outcome = outcome;
    m_failedHeight = failedHeight;
    if (outcome == AuditJob::Succeeded && m_bar->maximum() == 0)
        m_bar->setRange(0, 1);
    if (outcome == AuditJob::Succeeded)
        m_bar->setValue(m_bar->maximum());
    m_status->setText(outcome == AuditJob::Succeeded       ? tr("Done.")
                          : outcome == AuditJob::Cancelled ? tr("Stopped.")
                                                           : tr("Failed."));
    const QString mark = outcome == AuditJob::Succeeded ? QStringLiteral("✓ ")
        : outcome == AuditJob::Failed                   ? QStringLiteral("✗ ")
                                                        : QString();
    m_verdict->setText(mark + message);
    m_verdict->setStyleSheet(
        outcome == AuditJob::Succeeded    ? QStringLiteral("color: #1b7f3b; font-weight: bold")
            : outcome == AuditJob::Failed ? QStringLiteral("color: #c62828; font-weight: bold")
                                          : QString());
    adjustSize();
    m_button->setText(tr("Close"));
    m_button->setEnabled(true);
    Q_EMIT jobFinished(outcome);
}

} // namespace ui
