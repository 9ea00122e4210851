#include "CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace kairos {

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    // Only reachable when the parser has a version option: parse() rejects unknown ones.
    const QStringList given = parser.optionNames();
    if (given.contains(QStringLiteral("version")) || given.contains(QStringLiteral("v"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    return std::nullopt;
}

void printError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}

std::optional<double> numberIn(const QString &text, double low, double high, bool lowIncluded)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value > high || value < low
        || (!lowIncluded && value == low))
        return std::nullopt;
    return value;
}

bool openOutput(QFile &file, const QString &path)
{
    if (path.isEmpty())
        return file.open(stdout, QIODevice::WriteOnly);
    file.setFileName(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

bool finishOutput(QFile &file, QString *error)
{
    bool ok = file.error() == QFileDevice::NoError && file.flush();
    file.close();
    ok = ok && file.error() == QFileDevice::NoError;
    if (!ok && error)
        *error = file.errorString();
    return ok;
}

} // namespace kairos
