// Every shipped translation is complete, and the .ts files hold every string
// the sources pass to tr() (so a new string cannot ship untranslated).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool finished = true;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QList<Message> out;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message { context,
                                {},
                                true,
                                xml.attributes().value(QLatin1String("numerus"))
                                    == QLatin1String("yes") };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            const bool marked = !type.isEmpty(); // unfinished, vanished or obsolete
            if (current.numerus) {
                bool allForms = true;
                bool any = false;
                while (xml.readNextStartElement()) {
                    any = true;
                    allForms = allForms && !xml.readElementText().trimmed().isEmpty();
                }
                current.finished = !marked && any && allForms;
            } else {
                current.finished = !marked && !xml.readElementText().trimmed().isEmpty();
            }
            out.append(current);
        }
    }
    if (xml.hasError())
        qFatal("bad XML in %s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QString tsPath(const QString &lang)
{
    return QStringLiteral(GONGZHI_SOURCE_DIR "/translations/gongzhi_%1.ts").arg(lang);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chinese_isComplete()
    {
        const auto messages = readTs(tsPath(QStringLiteral("zh_CN")));
        QVERIFY(!messages.isEmpty());
        QStringList missing;
        for (const auto &m : messages) {
            if (!m.finished)
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        if (!missing.isEmpty())
            QFAIL(qPrintable(QStringLiteral("untranslated in zh_CN:\n")
                             + missing.join(QLatin1Char('\n'))));
    }

    void english_hasEveryPluralForm()
    {
        QStringList missing;
        for (const auto &m : readTs(tsPath(QStringLiteral("en")))) {
            if (m.numerus && !m.finished)
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        if (!missing.isEmpty())
            QFAIL(qPrintable(QStringLiteral("plural forms missing in en:\n")
                             + missing.join(QLatin1Char('\n'))));
    }

    void tsFiles_holdEveryStringOfTheSources()
    {
        // lupdate into a copy: strings it adds come out unfinished.
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QStringLiteral("check_zh_CN.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("zh_CN")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList args { QStringLiteral("-locations"), QStringLiteral("none"),
                           QStringLiteral("-no-obsolete"), QStringLiteral("-silent"),
                           // Headers are included as "ui/...": without the root
                           // lupdate cannot see namespaces and writes contexts
                           // ("RecordsPage") that tr() never asks for ("ui::RecordsPage").
                           QStringLiteral("-I"), QStringLiteral(GONGZHI_SOURCE_DIR) };
        for (const char *dir : { "app", "ui" }) {
            const QString path = QStringLiteral(GONGZHI_SOURCE_DIR "/") + QString::fromLatin1(dir);
            if (QDir(path).exists())
                args << path;
        }
        args << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(GONGZHI_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        QStringList missing;
        for (const auto &m : readTs(copy)) {
            if (!m.finished)
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        if (!missing.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral(
                    "strings in the sources that translations/gongzhi_zh_CN.ts lacks "
                    "(run: cmake --build build --target update_translations, then translate):\n")
                + missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
