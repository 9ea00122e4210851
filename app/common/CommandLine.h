#pragma once

#include <QCommandLineParser>
#include <QFile>
#include <QStringList>

#include <optional>

namespace kairos {

// Parses like every Kairos executable does: a usage error prints the reason
// and means exit code 2; --help and --version print and mean exit code 0.
// Returns the exit code when the program should stop now, nothing otherwise.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments);

// One line on standard error.
void printError(const QString &message);

// Opens `path` for writing, or standard output when it is empty.
bool openOutput(QFile &file, const QString &path);

} // namespace kairos
