#pragma once

#include <QObject>

class QSocketNotifier;

namespace app::node {

// Turns SIGTERM and SIGINT into a Qt signal on the main thread, through a
// signalfd watched by the event loop (no work in a signal handler).
// blockTerminationSignals() must run first thing in main(), before any thread
// exists, so that every thread inherits the mask and the signals stay queued
// for the signalfd instead of killing the process.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    static void blockTerminationSignals();

    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    bool isValid() const { return m_fd >= 0; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace app::node
