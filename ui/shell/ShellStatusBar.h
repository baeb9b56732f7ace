#pragma once

#include "ledger/node/NodeStatus.h"

#include <QStatusBar>

class QLabel;

namespace ledger::service {
class LedgerService;
}

namespace ui {

// The node's state in plain words, always visible: which organizations are
// connected, whether changes are being saved to the ledger or queued
// (待发送), and the block height.
class ShellStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit ShellStatusBar(ledger::service::LedgerService &ledger, QWidget *parent = nullptr);
    void show(const ledger::node::NodeStatus &status, int notFinal);

private:
    ledger::service::LedgerService *m_ledger;
    QLabel *m_connection;
    QLabel *m_saving;
    QLabel *m_height;
};

} // namespace ui
