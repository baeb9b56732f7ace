// KioskWindow::runScreenshotTour: every kiosk screen as a PNG, for looking at
// (docs/kiosk.md; `gongzhi --kiosk --screenshots OUTDIR`). Nothing is
// submitted: the receipt is shown as it looks while queued.
#include "ledger/domain/TrackingCode.h"
#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/KioskQueries.h"
#include "ui/kiosk/FeedbackScreen.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/kiosk/NoticesScreen.h"
#include "ui/kiosk/PointsScreen.h"
#include "ui/kiosk/TrackingScreen.h"
#include "ui/kiosk/input/HandwritingPad.h"
#include "ui/kiosk/input/OnScreenKeyboard.h"
#include "ui/kiosk/input/PinyinEngine.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QThread>
#include <QTimer>

namespace ui::kiosk {

using ledger::service::QueryContext;

namespace {

struct TourData {
    std::int64_t lastBlockMs = 0;
    QByteArray pseudonym; // a resident with points, for the statement shot
    QString trackingCode; // a feedback item with replies
};

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // No event loop runs the tour: delete the screens it left, as the
        // loop would.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(5);
    }
    return true;
}

// The reader thread answers queries in order: once an empty query comes
// back, every query posted before it has been answered. Twice, because
// answers may post further queries.
void settle(ledger::service::LedgerService &ledger, QObject *receiver)
{
    for (int round = 0; round < 2; ++round) {
        bool back = false;
        ledger.query<int>(
            receiver, [](const QueryContext &) { return 0; }, [&back](int) { back = true; });
        waitFor([&] { return back; }, 30000);
    }
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void clickAll(QWidget *root, const QStringList &names)
{
    for (const QString &name : names) {
        if (auto *b = root->findChild<QAbstractButton *>(name))
            b->click();
    }
}

// Strokes of 木 (horizontal, vertical, left-falling, right-falling) in a
// unit box, for the handwriting shot.
QList<QPolygonF> sampleStrokes(QSizeF size)
{
    const QList<QList<QPointF>> unit = {
        { { 0.15, 0.35 }, { 0.5, 0.34 }, { 0.85, 0.33 } },
        { { 0.5, 0.1 }, { 0.5, 0.5 }, { 0.5, 0.92 } },
        { { 0.48, 0.38 }, { 0.35, 0.6 }, { 0.15, 0.78 } },
        { { 0.52, 0.38 }, { 0.66, 0.6 }, { 0.88, 0.78 } },
    };
    QList<QPolygonF> out;
    for (const auto &s : unit) {
        QPolygonF p;
        for (const QPointF &u : s)
            p << QPointF(u.x() * size.width(), u.y() * size.height());
        out << p;
    }
    return out;
}

} // namespace

int KioskWindow::runScreenshotTour(ledger::service::LedgerService &ledger, const QString &outDir)
{
    QTextStream err(stderr);
    if (!QDir().mkpath(outDir)) {
        err << "cannot create " << outDir << '\n';
        return 1;
    }
    TourData data;
    bool loaded = false;
    QObject anchor;
    ledger.query<TourData>(
        &anchor,
        [](const QueryContext &c) {
            TourData t;
            if (auto local = ledger::state::kiosk::localCopy(c.state))
                t.lastBlockMs = local->lastBlockMs;
            if (auto top = c.queries.ranking(0, { 0, 1 }); top && !top->empty())
                t.pseudonym = top->front().pseudonym;
            ledger::state::InboxFilter f;
            f.includeHidden = false;
            if (auto inbox = c.queries.inbox(f, { 0, 200 })) {
                for (const auto &row : *inbox) {
                    if (row.replies > 0) {
                        t.trackingCode = row.trackingCode;
                        if (row.status == ledger::domain::FeedbackStatus::Resolved)
                            break;
                    }
                }
            }
            return t;
        },
        [&](TourData t) {
            data = t;
            loaded = true;
        });
    if (!waitFor([&] { return loaded; }, 60000)) {
        err << "the ledger did not answer\n";
        return 1;
    }

    KioskWindow w(ledger);
    w.m_touring = true;
    w.m_idle->stop();
    w.setClockOverride(data.lastBlockMs);
    w.setAttribute(Qt::WA_DontShowOnScreen);
    w.show();
    waitFor([&] { return w.isReady(); }, 60000);
    waitFor([&] { return w.pinyin().isReady(); }, 60000);
    waitFor([&] { return w.handwriting() != nullptr; }, 60000);

    int failures = 0;
    const QList<QSize> sizes = { QSize(1920, 1080), QSize(1280, 800) };
    for (const QSize &size : sizes) {
        w.setDesignSize(size);
        settle(ledger, &w);
        const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
        auto shot = [&](const QString &name) {
            settle(ledger, &w);
            w.resize(size);
            QCoreApplication::processEvents();
            const QString path = outDir + u'/' + name + suffix;
            if (!w.grab().save(path)) {
                err << "cannot write " << path << '\n';
                ++failures;
            }
        };
        shot(QStringLiteral("01-home"));

        auto *notices = static_cast<NoticesScreen *>(w.openScreen(HomeScreen::Target::Notices));
        shot(QStringLiteral("02-notices"));
        notices->setKind(ledger::domain::RecordKind::Financial);
        settle(ledger, &w);
        notices->openNotice(0);
        shot(QStringLiteral("03-notice-detail"));

        KioskScreen *points = w.openScreen(HomeScreen::Target::MyPoints);
        if (auto *pad = points->findChild<QWidget *>(QStringLiteral("residentCodeKeypad")))
            clickAll(pad,
                     { QStringLiteral("key1Button"), QStringLiteral("key0Button"),
                       QStringLiteral("key2Button"), QStringLiteral("key5Button") });
        shot(QStringLiteral("04-points-keypad"));
        if (auto p = ledger::domain::Pseudonym::fromBytes(data.pseudonym)) {
            static_cast<PointsScreen *>(w.currentScreen())->showStatementForTour(*p);
            shot(QStringLiteral("05-points-statement"));
        }

        w.openScreen(HomeScreen::Target::Ranking);
        shot(QStringLiteral("06-ranking"));

        auto *feedback = static_cast<FeedbackScreen *>(w.openScreen(HomeScreen::Target::Feedback));
        shot(QStringLiteral("07-feedback-kind"));
        feedback->chooseKind(ledger::domain::FeedbackKind::Complaint);
        shot(QStringLiteral("08-feedback-category"));
        feedback->chooseCategory(0);
        if (auto *text = feedback->findChild<QPlainTextEdit *>(QStringLiteral("feedbackTextEdit")))
            text->setPlainText(
                QStringLiteral("3号楼二单元的楼道灯坏了一个星期，晚上老人上下楼很不方便，"));
        for (char c : QByteArrayLiteral("shequ"))
            w.pinyin().typeLetter(c);
        shot(QStringLiteral("09-keyboard-pinyin"));
        feedback->keyboard()->setMode(OnScreenKeyboard::Mode::Handwriting);
        QCoreApplication::processEvents();
        HandwritingPad *pad = feedback->keyboard()->pad();
        pad->setStrokes(sampleStrokes(pad->box().size()));
        shot(QStringLiteral("10-keyboard-handwriting"));
        feedback->keyboard()->setMode(OnScreenKeyboard::Mode::Pinyin);
        clickAll(feedback, { QStringLiteral("textNextButton") });
        shot(QStringLiteral("11-feedback-identity"));
        clickAll(feedback, { QStringLiteral("anonymousButton") });
        shot(QStringLiteral("12-feedback-confirm"));
        feedback->showReceiptForTour(ledger::domain::tracking::format(3805217));
        shot(QStringLiteral("13-feedback-receipt"));

        auto *tracking = static_cast<TrackingScreen *>(w.openScreen(HomeScreen::Target::Tracking));
        shot(QStringLiteral("14-tracking-keypad"));
        if (!data.trackingCode.isEmpty()) {
            tracking->lookUp(data.trackingCode);
            shot(QStringLiteral("15-tracking-status"));
        }

        w.openScreen(HomeScreen::Target::Activities);
        shot(QStringLiteral("16-activities"));

        w.setBiggerText(true);
        w.goHome();
        shot(QStringLiteral("17-home-bigger-text"));
        w.setBiggerText(false);
        w.openStaffScreen();
        shot(QStringLiteral("18-staff-pin"));
        w.resetSession();
    }
    w.m_leaving = true;
    return failures == 0 ? 0 : 1;
}

} // namespace ui::kiosk
