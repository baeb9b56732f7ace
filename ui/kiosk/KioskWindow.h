#pragma once

#include "ui/kiosk/HomeScreen.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QPushButton;
class QTimer;
class QTranslator;
class QVBoxLayout;

namespace ledger::service {
class LedgerService;
}
namespace ledger::node {
struct NodeStatus;
}

namespace ui::kiosk {

class HandwritingRecognizer;
class KioskSettings;
class PinGuard;
class PinyinEngine;
class ReadAloud;
class ResidentGate;
class KioskScreen;

// The resident self-service kiosk (issue 7): full screen, frameless, no menu
// and no shortcut out. A top bar with a big "home" button, bigger text,
// read aloud and language; the screen a resident opened below it. Tapping the
// title five times within four seconds opens the staff PIN (the only way out).
// After the idle timeout (kiosk setting, default 60 s) the open screen is
// destroyed, text size and language go back to the defaults and the input
// engines forget their composition: nothing of the last resident remains.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    explicit KioskWindow(ledger::service::LedgerService &ledger, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Shows full screen; call instead of show().
    void showKiosk();
    // Renders every kiosk screen at 1920×1080 and 1280×800 into OUTDIR as
    // PNGs (for `gongzhi --kiosk --screenshots OUTDIR`). Returns 0 or 1.
    static int runScreenshotTour(ledger::service::LedgerService &ledger, const QString &outDir);

    KioskScreen *currentScreen() const { return m_screen; }
    KioskScreen *openScreen(HomeScreen::Target target);
    KioskScreen *openStaffScreen(); // what the hidden gesture does after the taps
    void goHome();
    void resetSession(); // what the idle timeout does
    KioskSettings &settings();
    PinGuard &pinGuard();
    PinyinEngine &pinyin();
    const HandwritingRecognizer *handwriting() const;
    bool isEnglish() const { return m_english != nullptr; }
    void setEnglish(bool english);
    void setBiggerText(bool bigger);
    void setClockOverride(std::int64_t ms); // the tour: the demo's "now"
    // The tour: size the window and its metrics as if the screen were `size`.
    void setDesignSize(QSize size);
    // True once organization names and the node key are loaded (ready()).
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    // A staff member left kiosk mode (staff PIN, then "leave"); the window
    // closes itself after emitting this.
    void leaveRequested();
    void sessionReset();
    void handwritingReady();
    void ready();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Services;
    void buildTopBar();
    void retranslateTopBar();
    void applyStyle();
    void setScreen(KioskScreen *screen);
    void updateReadAloud();
    void hiddenTap();
    void statusChanged(const ledger::node::NodeStatus &status);
    void refreshLocalCopy();
    void restartIdleTimer();

    ledger::service::LedgerService &m_ledger;
    std::unique_ptr<Services> d;
    QFrame *m_topBar = nullptr;
    QPushButton *m_home = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_bigger = nullptr;
    QPushButton *m_readAloud = nullptr;
    QPushButton *m_language = nullptr;
    QLabel *m_offline = nullptr;
    QVBoxLayout *m_host = nullptr;
    QPointer<KioskScreen> m_screen;
    QTimer *m_idle = nullptr;
    QList<qint64> m_hiddenTaps;
    QTranslator *m_english = nullptr;
    bool m_bigText = false;
    bool m_leaving = false;
    bool m_ready = false;
    bool m_touring = false;
    QSize m_designSize; // the screenshot tour: no idle reset midway
    bool m_online = true;
    std::int64_t m_lastBlockMs = 0;
};

} // namespace ui::kiosk
