#include "ExportCommand.h"

#include "common/CommandLine.h"
#include "model/EventTime.h"
#include "model/Timeframe.h"
#include "storage/CsvExport.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QFile>

namespace kairos {

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes candles, trades, signals, alerts or the order history from a Kairos database "
           "as CSV."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database."), tr("FILE"));
    const QCommandLineOption whatOption(
        QStringLiteral("what"), tr("candles, trades, signals, alerts or orders."), tr("WHAT"));
    const QCommandLineOption symbolOption(
        QStringLiteral("symbol"), tr("Only this symbol (required for candles)."), tr("SYMBOL"));
    const QCommandLineOption timeframeOption(QStringLiteral("timeframe"),
        tr("Candle timeframe in seconds (default 60)."), tr("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
        tr("From this time on (epoch ms or ISO 8601, inclusive)."), tr("TIME"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("Up to this time (inclusive)."), tr("TIME"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("CSV file to write (default: standard output)."), tr("FILE"));
    parser.addOptions(
        { dbOption, whatOption, symbolOption, timeframeOption, fromOption, toOption, outOption });
    if (const auto exitCode = parseCommandLine(parser, arguments))
        return *exitCode;

    QStringList problems;
    const QString what = parser.value(whatOption);
    const QStringList kinds { QStringLiteral("candles"), QStringLiteral("trades"),
        QStringLiteral("signals"), QStringLiteral("alerts"), QStringLiteral("orders") };
    if (!parser.isSet(dbOption))
        problems << tr("--db is required");
    if (!CsvExport::kindFromName(what))
        problems
            << tr("--what must be one of %1, not '%2'").arg(kinds.join(QStringLiteral(", ")), what);
    if (what == u"candles" && !parser.isSet(symbolOption))
        problems << tr("--what candles needs --symbol");
    const Timeframe timeframe = Timeframe::parse(parser.value(timeframeOption));
    if (!Timeframe::standard().contains(timeframe))
        problems << tr("--timeframe '%1' is not one of 1, 60, 300, 900, 3600, 14400, 86400")
                        .arg(parser.value(timeframeOption));
    StorageReader::Range range;
    for (const auto &[option, bound] :
        { std::pair { &fromOption, &range.from }, std::pair { &toOption, &range.to } }) {
        if (!parser.isSet(*option))
            continue;
        if (const auto time = EventTime::parse(parser.value(*option).toUtf8()))
            *bound = *time;
        else
            problems << tr("--%1 '%2' is not epoch milliseconds or an ISO 8601 time")
                            .arg(option->names().constFirst(), parser.value(*option));
    }
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            printError(tr("export: %1").arg(p));
        return 2;
    }

    Database db;
    if (!db.openReadOnly(parser.value(dbOption))) {
        printError(tr("export: %1").arg(db.error()));
        return 1;
    }
    StorageReader reader(db);
    if (parser.isSet(symbolOption)) {
        const auto ids = reader.instrumentIds({ { parser.value(symbolOption) } }, false);
        if (ids.empty() || ids.front() == 0) {
            printError(
                tr("export: the database has no symbol '%1'").arg(parser.value(symbolOption)));
            return 2;
        }
        range.symbol = ids.front();
    }

    QFile out;
    if (!openOutput(out, parser.value(outOption))) {
        printError(
            tr("export: cannot write %1: %2").arg(parser.value(outOption), out.errorString()));
        return 1;
    }
    CsvExport exporter(reader);
    if (!exporter.write(*CsvExport::kindFromName(what), range, timeframe.seconds(), &out)) {
        printError(tr("export: %1").arg(exporter.error()));
        return 1;
    }
    QString error;
    if (!finishOutput(out, &error)) {
        printError(tr("export: writing %1 failed: %2")
                       .arg(parser.value(outOption).isEmpty() ? tr("standard output")
                                                              : parser.value(outOption),
                           error));
        return 1;
    }
    const qint64 rows = exporter.rows();
    printError(tr("export: %n row(s)", nullptr, int(rows)));
    return 0;
}

} // namespace kairos
