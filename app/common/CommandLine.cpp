#include "CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

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

bool openOutput(QFile &file, const QString &path)
{
    if (path.isEmpty())
        return file.open(stdout, QIODevice::WriteOnly);
    file.setFileName(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

} // namespace kairos
