#pragma once

#include <QObject>

namespace ui {

// Asks whether this desktop has a working system keychain (a Secret Service
// over D-Bus on Linux), without ever hanging: a locked keyring can wait on
// an invisible prompt (PLATFORM.md), so no answer within `timeoutMs` counts
// as "no keychain". Emits finished() once, then deletes itself.
class KeychainProbe : public QObject
{
    Q_OBJECT
public:
    explicit KeychainProbe(QObject *parent = nullptr);
    void start(int timeoutMs = 3000);

Q_SIGNALS:
    void finished(bool available);

private:
    void finish(bool available);
    bool m_done = false;
};

} // namespace ui
