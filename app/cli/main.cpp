// gongzhi-cli: administration and audit of a Gongzhi ledger from the shell.
#include "app/cli/Command.h"
#include "app/cli/Output.h"
#include "translations/Translations.h"

#include <QCoreApplication>

using namespace app::cli;

namespace {
int usage(Output &out)
{
    out.line(QCoreApplication::translate("main", "Usage: gongzhi-cli <command> [options]"));
    out.line(QString());
    out.line(QCoreApplication::translate("main", "Commands:"));
    for (const auto &[name, factory] : commandRegistry())
        out.line(QStringLiteral("  %1  %2").arg(name, -20).arg(factory()->summary()));
    out.line(QString());
    out.line(QCoreApplication::translate(
        "main", "Run gongzhi-cli <command> --help for the options of a command."));
    return ExitUsage;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gongzhi-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONGZHI_VERSION));
    translations::install();

    Output out;
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QLatin1String("help") || args[1] == QLatin1String("--help"))
        return usage(out);
    const auto it = commandRegistry().find(args[1]);
    if (it == commandRegistry().end()) {
        out.error(QCoreApplication::translate("main", "unknown command '%1'").arg(args[1]));
        return usage(out);
    }
    auto command = it->second();
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addHelpOption();
    parser.addPositionalArgument(args[1], command->summary());
    command->addOptions(parser);
    QStringList commandArgs = args;
    commandArgs.removeAt(1);
    if (!parser.parse(commandArgs)) {
        out.error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out.line(parser.helpText());
        return ExitOk;
    }
    return command->run(parser, out);
}
