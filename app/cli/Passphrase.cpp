#include "app/cli/Passphrase.h"

#include "app/cli/Output.h"

#include <QCoreApplication>
#include <QFile>

namespace app::cli {

void addPassphraseOptions(QCommandLineParser &parser)
{
    parser.addOption(
        { QStringLiteral("passphrase-file"),
          QCoreApplication::translate(
              "Passphrase",
              "Protect the new key files with the passphrase on the first line of FILE."),
          QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("no-passphrase"),
          QCoreApplication::translate(
              "Passphrase", "Write the key files without a passphrase (demo data only).") });
}

std::optional<QString> passphraseFrom(const QCommandLineParser &parser, Output &out)
{
    if (parser.isSet(QStringLiteral("passphrase-file"))) {
        QFile f(parser.value(QStringLiteral("passphrase-file")));
        if (!f.open(QIODevice::ReadOnly)) {
            out.error(QCoreApplication::translate("Passphrase", "cannot read %1: %2")
                          .arg(f.fileName(), f.errorString()));
            return std::nullopt;
        }
        const QString pass = QString::fromUtf8(f.readLine(4096)).trimmed();
        if (pass.isEmpty()) {
            out.error(QCoreApplication::translate("Passphrase", "the passphrase file %1 is empty")
                          .arg(f.fileName()));
            return std::nullopt;
        }
        return pass;
    }
    const QString env = qEnvironmentVariable("GONGZHI_PASSPHRASE");
    if (!env.isEmpty())
        return env;
    if (parser.isSet(QStringLiteral("no-passphrase"))) {
        out.err() << QCoreApplication::translate(
            "Passphrase",
            "Warning: key files are written without a passphrase; anyone who can read them can "
            "sign in these people's names.")
                  << '\n';
        out.err().flush();
        return QString();
    }
    out.error(QCoreApplication::translate(
        "Passphrase",
        "give --passphrase-file FILE, set GONGZHI_PASSPHRASE, or pass --no-passphrase"));
    return std::nullopt;
}

} // namespace app::cli
