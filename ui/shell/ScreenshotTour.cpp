#include "ui/shell/ScreenshotTour.h"

#include "ui/common/Page.h"
#include "ui/shell/DesktopSession.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PageCatalog.h"
#include "ui/shell/SetupWizard.h"
#include "ui/shell/SignInDialog.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>

namespace ui {

namespace {
// Lets queries answer and widgets lay out and paint: the event loop runs for
// `ms` (the tour is a tool, not a test; nothing is asserted on timing).
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

ScreenshotTour::ScreenshotTour(DesktopSession &session, const QString &outDir, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_outDir(outDir)
{
    QDir().mkpath(outDir);
    saveWizard();
    connect(&session, &DesktopSession::signInShown, this, &ScreenshotTour::saveSignIn);
    connect(&session, &DesktopSession::signedIn, this, [this](MainWindow *window) {
        // After the sign-in dialog's own slot returns.
        QTimer::singleShot(0, this, [this, window] { tourMainWindow(window); });
    });
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        qWarning("screenshot tour: cannot write %s", qPrintable(path));
        ++m_failures;
        return false;
    }
    return true;
}

void ScreenshotTour::saveWizard()
{
    // A wizard on a scratch folder: shown, filled in, never run.
    QTemporaryDir scratch;
    SetupWizard wizard(scratch.path());
    wizard.resize(720, 560);
    wizard.show();
    settle(300);
    save(&wizard, QStringLiteral("wizard-start"));
    wizard.next();
    wizard.findChild<QLineEdit *>(QStringLiteral("communityEdit"))
        ->setText(tr("Xingfuli Community, Chengguan Town"));
    wizard.findChild<QLineEdit *>(QStringLiteral("organizationEdit"))
        ->setText(tr("Xingfuli Community Party Committee"));
    settle(200);
    save(&wizard, QStringLiteral("wizard-consortium"));
    wizard.next();
    wizard.findChild<QLineEdit *>(QStringLiteral("adminNameEdit"))->setText(tr("Zhang Wei"));
    wizard.findChild<QLineEdit *>(QStringLiteral("secretaryNameEdit"))->setText(tr("Li Hong"));
    for (const char *name : { "adminPasswordEdit", "adminConfirmEdit" })
        wizard.findChild<QLineEdit *>(QLatin1String(name))->setText(QStringLiteral("password1"));
    settle(200);
    save(&wizard, QStringLiteral("wizard-people"));
    wizard.restart();
    wizard.findChild<QWidget *>(QStringLiteral("joinRadio"))->setProperty("checked", true);
    wizard.next();
    settle(200);
    save(&wizard, QStringLiteral("wizard-join"));
    wizard.hide();
}

void ScreenshotTour::saveSignIn(SignInDialog *dialog)
{
    // Called before the automatic sign-in starts: wait for the people list.
    QDeadlineTimer deadline(10000);
    while (!dialog->isLoaded() && !deadline.hasExpired())
        settle(50);
    settle(200);
    save(dialog, QStringLiteral("sign-in"));
}

void ScreenshotTour::tourMainWindow(MainWindow *window)
{
    window->resize(1366, 768);
    settle(1500);
    for (const auto &[id, page] : window->pages()) {
        window->showPage(id);
        settle(2000);
        const QString slug = PageCatalog::slug(id);
        save(window, slug);
        for (auto &[name, dialog] : page->createTourDialogs()) {
            dialog->show();
            settle(800);
            // Pages may already name their dialogs "<page>-<dialog>".
            const QString prefix = slug + QLatin1Char('-');
            save(dialog, name.startsWith(prefix) ? name : prefix + name);
            delete dialog;
        }
    }
    Q_EMIT finished(m_failures == 0 ? 0 : 1);
}

} // namespace ui
