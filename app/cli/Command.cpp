#include "app/cli/Command.h"

namespace app::cli {

std::map<QString, CommandFactory> &commandRegistry()
{
    static std::map<QString, CommandFactory> registry;
    return registry;
}

CommandRegistrar::CommandRegistrar(const char *name, CommandFactory factory)
{
    commandRegistry().emplace(QString::fromLatin1(name), std::move(factory));
}

} // namespace app::cli
