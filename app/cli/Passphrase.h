#pragma once

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace app::cli {

class Output;

// --passphrase-file F (first line of F) or the GONGZHI_PASSPHRASE environment
// variable protect the person key files a command writes; --no-passphrase
// writes them unprotected (for throw-away demo data only) with a warning.
void addPassphraseOptions(QCommandLineParser &parser);
// nullopt (after printing why) when no choice was made; an empty string means unprotected.
std::optional<QString> passphraseFrom(const QCommandLineParser &parser, Output &out);

} // namespace app::cli
