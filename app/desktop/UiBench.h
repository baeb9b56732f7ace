#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

class QAbstractItemView;

namespace ledger::service {
class LedgerService;
}

namespace ui {
class DesktopSession;
class MainWindow;
} // namespace ui

namespace app::desktop {

// `gongzhi --bench-ui`: the desktop app's speed benchmark (issue 6, "Speed";
// run by scripts/bench ui, never a test). Measures start-up to a usable
// signed-in window, every sidebar page's open time (navigation until every
// query it posted has been answered and delivered) and whether scrolling its
// main list loads it page by page; prints one line per figure and a PASS/FAIL
// summary against the targets, then emits finished().
class UiBench : public QObject
{
    Q_OBJECT
public:
    // `sinceMain` was started first thing in main().
    UiBench(ui::DesktopSession &session, QElapsedTimer sinceMain, QObject *parent = nullptr);

    static constexpr qint64 PageTargetMs = 300;
    static constexpr qint64 StartTargetMs = 1500;

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run(ui::MainWindow *window);
    enum class Scope {
        All, // every query posted
        Shown, // queries of what is on screen (LedgerService::pendingShownQueries)
    };
    // Runs the event loop until no query (of `scope`) is outstanding and no
    // posted event is left; returns false after `timeoutMs`.
    bool waitUsable(int timeoutMs, Scope scope = Scope::All);
    void countData();
    void benchScrolling(const QString &slug, QAbstractItemView *view);
    // Every choice of every filter combo box the page shows: time to usable
    // and the main list's rows (e.g. the feedback page's "All public items").
    void benchFilters(const QString &slug, QWidget *page);
    void print(const QString &line);

    ui::DesktopSession &m_session;
    QElapsedTimer m_sinceMain;
    qint64 m_signInShownMs = -1;
    QStringList m_failures;
};

// Seconds between the process's start (/proc/self/stat) and now; -1 if unknown.
double processAgeSeconds();

} // namespace app::desktop
