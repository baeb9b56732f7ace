// STYLE.md "Keeping the ledger headless": no GUI include under ledger/, and
// gongzhi-cli / gongzhi-node load no GUI library.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestHeadless : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ledgerSources_includeNoGuiHeader()
    {
        static const QRegularExpression gui(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtGui|QtWidgets|QtCharts|QtPrintSupport|"
                           "QtSvg|QApplication|"
                           "QWidget|QGuiApplication|QPainter|QImage|QPixmap|QColor|QFont)\\b"),
            QRegularExpression::MultilineOption);
        QDirIterator it(QStringLiteral(GONGZHI_SOURCE_DIR "/ledger"),
                        { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const auto m = gui.match(text);
            if (m.hasMatch())
                QFAIL(qPrintable(f.fileName() + QStringLiteral(" includes ") + m.captured(1)));
            ++files;
        }
        QVERIFY(files > 10);
    }

    void headlessBinaries_needNoGuiLibrary()
    {
        const QStringList binaries
            = QStringLiteral(GONGZHI_HEADLESS_BINARIES).split(QLatin1Char('|'));
        QVERIFY(!binaries.isEmpty());
        for (const QString &bin : binaries) {
            QProcess readelf;
            readelf.start(QStringLiteral("readelf"), { QStringLiteral("-d"), bin });
            QVERIFY2(readelf.waitForFinished(30000), "readelf did not finish");
            QCOMPARE(readelf.exitCode(), 0);
            const QString needed = QString::fromUtf8(readelf.readAllStandardOutput());
            QVERIFY2(needed.contains(QLatin1String("libQt6Core")), qPrintable(bin));
            for (const char *lib : { "libQt6Gui", "libQt6Widgets", "libQt6Charts",
                                     "libQt6PrintSupport", "libQt6Svg" })
                QVERIFY2(!needed.contains(QLatin1String(lib)),
                         qPrintable(bin + QStringLiteral(" needs ") + QLatin1String(lib)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "TestHeadless.moc"
