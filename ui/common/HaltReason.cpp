#include "ui/common/HaltReason.h"

#include <QLabel>
#include <QMessageBox>

namespace ui {

HaltReason::Kind HaltReason::classify(const QString &technical)
{
    // The sentences of ledger/node (LedgerNode::halt, StateCheckpoints::judge).
    if (technical.contains(QLatin1String("differs from the majority's")))
        return Kind::Diverged;
    if (technical.contains(QLatin1String("cannot write the Raft log"))
        || technical.contains(QLatin1String("cannot apply blocks")))
        return Kind::DiskWrite;
    if (technical.contains(QLatin1String("does not hold a valid block"))
        || technical.contains(QLatin1String("differs from the stored one"))
        || technical.contains(QLatin1String("does not extend the chain")))
        return Kind::ChainMismatch;
    return Kind::Unknown;
}

QString HaltReason::headline(const QString &technical)
{
    switch (classify(technical)) {
    case Kind::Diverged:
        return tr("Stopped: this PC's ledger differs from the other organizations'");
    case Kind::DiskWrite: return tr("Stopped: the ledger could not be saved on this PC");
    case Kind::ChainMismatch: return tr("Stopped: this PC's copy of the ledger is damaged");
    case Kind::Unknown: break;
    }
    return tr("Stopped to protect the ledger's data");
}

QString HaltReason::explanation(const QString &technical)
{
    switch (classify(technical)) {
    case Kind::Diverged:
        return tr("This PC's ledger no longer matches the other organizations'. It stopped "
                  "taking part so that the error does not spread. The other organizations "
                  "keep working. Please contact technical support.");
    case Kind::DiskWrite:
        return tr("This PC could not save the ledger to its disk (the disk may be full or "
                  "failing). It stopped so that nothing is recorded only halfway. Free some "
                  "disk space and restart Gongzhi; if it stops again, contact technical "
                  "support.");
    case Kind::ChainMismatch:
        return tr("The copy of the ledger on this PC does not fit what the organizations "
                  "agreed on. It stopped so that the damage does not spread; the other "
                  "organizations' copies are not affected. Please contact technical support.");
    case Kind::Unknown: break;
    }
    return tr("This PC's ledger node stopped to protect the data. Nothing that was saved is "
              "lost, and changes made here wait until it runs again. Please contact technical "
              "support.");
}

QString HaltReason::details(const QString &technical)
{
    return technical.isEmpty() ? tr("The node reported no reason.") : technical;
}

QString HaltReason::tooltip(const QString &technical)
{
    return QStringLiteral("<p>%1</p><p><b>%2</b><br>%3</p>")
        .arg(explanation(technical).toHtmlEscaped(), tr("Details").toHtmlEscaped(),
             details(technical).toHtmlEscaped());
}

void HaltReason::describe(QLabel *label, const QString &technical, const QString &text)
{
    label->setText(text.isEmpty() ? headline(technical) : text);
    label->setToolTip(tooltip(technical));
}

QMessageBox *HaltReason::messageBox(const QString &technical, QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("The ledger stopped"),
                                headline(technical), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("haltMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(explanation(technical));
    box->setDetailedText(details(technical)); // for technical support
    // QMessageBox wraps at a narrow width: three sentences became seven lines.
    box->setStyleSheet(QStringLiteral("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel"
                                      " { min-width: 420px; }"));
    return box;
}

} // namespace ui
