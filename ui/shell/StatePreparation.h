#pragma once

#include <QString>

#include <functional>

class QObject;

namespace ui {

// Before the app opens its ledger: brings the data directory's state
// database up to the chain (ledger::service::catchUpStateFiles) on a worker
// thread, with a progress window when it takes more than a moment (a new
// version's schema rebuild, a damaged state file), so the UI thread never
// waits on that work. Calls `then` on the UI thread when done, whatever the
// outcome: opening the ledger reports any real problem. Nothing happens if
// `context` is destroyed first.
void prepareLedgerState(const QString &dataDir, QObject *context, std::function<void()> then);

} // namespace ui
