#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <map>
#include <memory>

namespace app::cli {

class Output;

// One subcommand of gongzhi-cli. A command reads its options, does its work
// through the ledger library and reports through Output. Exit codes: 0 done,
// 1 the ledger check failed (verify, verify-proof ...), 2 usage or input error.
class Command
{
public:
    virtual ~Command() = default;
    // One line for `gongzhi-cli help`, translated.
    virtual QString summary() const = 0;
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual int run(const QCommandLineParser &parser, Output &out) = 0;
};

using CommandFactory = std::function<std::unique_ptr<Command>()>;
std::map<QString, CommandFactory> &commandRegistry();

struct CommandRegistrar {
    CommandRegistrar(const char *name, CommandFactory factory);
};

enum ExitCode { ExitOk = 0, ExitCheckFailed = 1, ExitUsage = 2 };

} // namespace app::cli

// Registers a Command subclass under `name` (in the command's .cpp file).
#define GONGZHI_REGISTER_COMMAND(name, Class) \
    static const ::app::cli::CommandRegistrar s_registrar_##Class( \
        name, [] { return std::unique_ptr<::app::cli::Command>(new Class); })
