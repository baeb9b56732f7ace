#pragma once

#include "ui/common/AppContext.h"

#include <QObject>

class QSystemTrayIcon;

namespace ui {

// Counts what waits for the signed-in person (approvals they could decide,
// feedback assigned to them), after every committed block, and announces a
// new item with a system-tray message when the desktop has a tray.
class AttentionNotifier : public QObject
{
    Q_OBJECT
public:
    AttentionNotifier(AppContext &context, QObject *parent = nullptr);
    ~AttentionNotifier() override;
    void refresh();

Q_SIGNALS:
    void countsChanged(int pendingApprovals, int assignedFeedback);

private:
    void update(int approvals, int feedback);

    AppContext &m_context;
    QSystemTrayIcon *m_tray = nullptr;
    int m_approvals = -1; // -1: not loaded yet (no message for what waited before sign-in)
    int m_feedback = -1;
    bool m_loading = false;
    bool m_stale = false;
};

} // namespace ui
