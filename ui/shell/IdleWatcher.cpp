#include "ui/shell/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace ui {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setTimeout(int minutes)
{
    if (minutes <= 0) {
        stop();
        m_timer.setInterval(0);
        return;
    }
    setTimeoutMs(minutes * 60 * 1000);
}

void IdleWatcher::setTimeoutMs(int ms)
{
    m_timer.setInterval(ms);
    restart();
}

void IdleWatcher::restart()
{
    if (m_timer.interval() > 0)
        m_timer.start();
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ui
