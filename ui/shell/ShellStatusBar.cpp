#include "ui/shell/ShellStatusBar.h"

#include "ledger/service/LedgerService.h"
#include "ui/common/HaltReason.h"
#include "ui/overview/ClusterHealth.h"

#include <QLabel>
#include <QLocale>

namespace ui {

ShellStatusBar::ShellStatusBar(ledger::service::LedgerService &ledger, QWidget *parent)
    : QStatusBar(parent)
    , m_ledger(&ledger)
    , m_connection(new QLabel(this))
    , m_saving(new QLabel(this))
    , m_height(new QLabel(this))
{
    setObjectName(QStringLiteral("shellStatusBar"));
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_saving->setObjectName(QStringLiteral("savingLabel"));
    m_height->setObjectName(QStringLiteral("heightLabel"));
    for (QLabel *label : { m_connection, m_saving })
        label->setContentsMargins(8, 0, 8, 0);
    addWidget(m_connection);
    addWidget(m_saving, 1);
    addPermanentWidget(m_height);
    auto *service = &ledger;
    connect(service, &ledger::service::LedgerService::statusChanged, this,
            [this, service](const ledger::node::NodeStatus &s) {
                show(s, int(service->outbox().size()));
            });
    connect(service, &ledger::service::LedgerService::outboxChanged, this,
            [this, service](int notFinal) { show(service->status(), notFinal); });
    connect(service, &ledger::service::LedgerService::halted, this,
            [this, service] { show(service->status(), int(service->outbox().size())); });
    show(service->status(), int(service->outbox().size()));
}

void ShellStatusBar::show(const ledger::node::NodeStatus &status, int notFinal)
{
    const auto health = ClusterHealth::from(status);
    const int others = health.members - 1;
    if (others == 0)
        m_connection->setText(tr("This PC is the ledger's only member"));
    else
        m_connection->setText(tr("Connected to %1 of %n other organizations", nullptr, others)
                                  .arg(health.membersOnline - 1));
    QString saving;
    QString colour = QStringLiteral("#23834a");
    m_saving->setToolTip({});
    if (status.halted || !m_ledger->haltReason().isEmpty()) {
        // The plain sentence; what to do and the node's own words in the tooltip.
        HaltReason::describe(m_saving, m_ledger->haltReason(),
                             tr("%1 (changes made here are kept and wait)")
                                 .arg(HaltReason::headline(m_ledger->haltReason())));
        m_saving->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_height->setText(tr("Block %1").arg(QLocale().toString(qulonglong(status.commitHeight))));
        return;
    }
    if (notFinal == 0) {
        saving = tr("All changes are saved in the ledger");
    } else if (health.quorum) {
        saving = tr("Saving %n changes to the ledger…", nullptr, notFinal);
        colour = QStringLiteral("#52606d");
    } else {
        saving = tr("%n changes queued: they are sent when most members are reachable", nullptr,
                    notFinal);
        colour = QStringLiteral("#b9770e");
    }
    m_saving->setText(saving);
    m_saving->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_height->setText(tr("Block %1").arg(QLocale().toString(qulonglong(status.commitHeight))));
}

} // namespace ui
