#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace ui {

class DesktopSession;
class MainWindow;
class SignInDialog;

// `gongzhi --screenshots OUTDIR`: saves the first-run wizard's pages, the
// sign-in dialog, then, once signed in, every page of the main window
// (OUTDIR/<page>.png) and every dialog each page offers for the tour
// (OUTDIR/<page>-<name>.png), then asks the app to quit. Waits for each
// view to load and paint before saving (screenshots are for looking).
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(DesktopSession &session, const QString &outDir, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void saveWizard();
    void saveSignIn(SignInDialog *dialog);
    void tourMainWindow(MainWindow *window);
    bool save(QWidget *widget, const QString &name);

    DesktopSession &m_session;
    QString m_outDir;
    int m_failures = 0;
};

} // namespace ui
