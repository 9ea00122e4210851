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

// A finite number above `low` (or at it, when `lowIncluded`) and at most
// `high`, or nothing: "nan", "inf" and 1e300 are usage errors, not values.
std::optional<double> numberIn(
    const QString &text, double low, double high, bool lowIncluded = false);

// The longest --duration: a timer counts milliseconds in an int.
inline constexpr double MaxDurationSeconds = 2'000'000.0;

// Opens `path` for writing, or standard output when it is empty.
bool openOutput(QFile &file, const QString &path);
// Flushes and closes what openOutput() opened: a full disk often fails only
// here, not at write(). False, with the reason in `error`, when any of it
// did not reach the file.
bool finishOutput(QFile &file, QString *error);

} // namespace kairos
