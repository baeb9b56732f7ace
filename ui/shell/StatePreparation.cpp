#include "ui/shell/StatePreparation.h"

#include "ledger/service/StateCatchUp.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <climits>

Q_LOGGING_CATEGORY(lcPrepare, "gongzhi.shell.prepare", QtInfoMsg)

namespace ui {

void prepareLedgerState(const QString &dataDir, QObject *context, std::function<void()> then)
{
    // Shown only if the work lasts: a normal start has nothing to apply.
    auto *dialog = new QProgressDialog;
    dialog->setObjectName(QStringLiteral("statePreparationDialog"));
    dialog->setWindowTitle(QCoreApplication::translate("ui::StatePreparation", "Gongzhi"));
    dialog->setLabelText(QCoreApplication::translate(
        "ui::StatePreparation", "Bringing this PC's records up to date with the ledger…"));
    dialog->setCancelButton(nullptr);
    dialog->setMinimumDuration(400);
    dialog->setRange(0, 0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    QPointer<QProgressDialog> shown(dialog);

    QThread *worker = QThread::create([dataDir, shown] {
        const std::atomic<bool> never(false); // no cancel: the app needs the state to open
        const auto st = ledger::service::catchUpStateFiles(
            dataDir,
            [shown](std::uint64_t applied, std::uint64_t head) {
                QMetaObject::invokeMethod(
                    shown,
                    [shown, applied, head] {
                        if (!shown)
                            return;
                        shown->setRange(0, int(qMin<std::uint64_t>(head, INT_MAX)));
                        shown->setValue(int(qMin<std::uint64_t>(applied, INT_MAX)));
                        shown->setLabelText(
                            QCoreApplication::translate(
                                "ui::StatePreparation",
                                "Bringing this PC's records up to date with the ledger: block "
                                "%1 of %2…")
                                .arg(applied)
                                .arg(head));
                    },
                    Qt::QueuedConnection);
            },
            never);
        if (!st)
            qCWarning(lcPrepare).noquote()
                << "state not brought up to date before opening:" << st.error().toString();
    });
    QObject::connect(worker, &QThread::finished, context, [shown, then] {
        delete shown.data();
        then();
    });
    // Whether or not the context is still there.
    QObject::connect(worker, &QThread::finished, worker, [shown] { delete shown.data(); });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace ui
