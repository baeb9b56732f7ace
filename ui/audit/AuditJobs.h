#pragma once

#include "ledger/core/Error.h"
#include "ledger/state/queries/AuditQueries.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace ui {

// A long audit job (full verification, exports) on its own thread with its
// own read-only connection to DIR/ledger.db, so the facade's reader thread
// keeps serving the screens meanwhile. Signals arrive queued on the thread
// that created the job. Destroying a running job cancels it and waits.
class AuditJob : public QObject
{
    Q_OBJECT
public:
    enum Outcome { Succeeded, Failed, Cancelled };
    Q_ENUM(Outcome)

    ~AuditJob() override;
    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const;

Q_SIGNALS:
    // done of total (blocks); total may grow if blocks commit meanwhile.
    void progress(qint64 done, qint64 total);
    // message: one translated sentence; failedHeight: the block at fault, or -1.
    void finished(int outcome, const QString &message, qint64 failedHeight);

protected:
    using QObject::QObject;
    virtual void run() = 0; // on the job's thread; emits finished() once
    bool cancelled() const { return m_cancel.load(); }
    const std::atomic<bool> *cancelFlag() const { return &m_cancel; }
    // A sentence for people from a ledger error: what kind of damage, then
    // the technical detail in English for the expert.
    static QString describe(const ledger::core::Error &error);

private:
    std::atomic<bool> m_cancel = false;
    QThread *m_thread = nullptr;
};

// gongzhi-cli verify from the app: every hash link, Merkle root and signature.
class ChainVerifyJob : public AuditJob
{
    Q_OBJECT
public:
    // followMembership: the chain admitted, removed or re-keyed nodes after
    // genesis, so the verifier follows membership through a scratch state.
    ChainVerifyJob(QString ledgerPath, bool followMembership, QObject *parent = nullptr);

protected:
    void run() override;

private:
    QString m_ledgerPath;
    bool m_followMembership;
};

// gongzhi-cli export from the app: JSON lines, one block per line.
class ChainExportJob : public AuditJob
{
    Q_OBJECT
public:
    ChainExportJob(QString ledgerPath, QString outputPath, QObject *parent = nullptr);

protected:
    void run() override;

private:
    QString m_ledgerPath;
    QString m_outputPath;
};

// The block list as CSV for Excel (every block, not only those on screen).
class BlockCsvJob : public AuditJob
{
    Q_OBJECT
public:
    BlockCsvJob(QString ledgerPath, QString outputPath, ledger::state::AuditNames names,
                QObject *parent = nullptr);

protected:
    void run() override;

private:
    QString m_ledgerPath;
    QString m_outputPath;
    ledger::state::AuditNames m_names;
};

} // namespace ui
