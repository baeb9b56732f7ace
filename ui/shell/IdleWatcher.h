#pragma once

#include <QObject>
#include <QTimer>

namespace ui {

// Emits idle() after `minutes` without keyboard or mouse input anywhere in
// the application (auto-lock). 0 minutes: never.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    void setTimeout(int minutes);
    void setTimeoutMs(int ms); // tests
    void restart();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace ui
