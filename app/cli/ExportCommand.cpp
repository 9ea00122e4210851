#include "ExportCommand.h"

#include "common/CommandLine.h"
#include "execution/TradesCsvWriter.h"
#include "market/CandleCsvWriter.h"
#include "model/EventTime.h"
#include "model/Timeframe.h"
#include "storage/Database.h"
#include "storage/StorageReader.h"

#include <QCommandLineParser>
#include <QFile>

namespace kairos {

namespace {

QByteArray severityKey(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return "info";
    case AlertSeverity::Warning:
        return "warning";
    case AlertSeverity::Critical:
        return "critical";
    }
    return {};
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes candles, trades, signals or alerts from a Kairos database as CSV."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database."), tr("FILE"));
    const QCommandLineOption whatOption(
        QStringLiteral("what"), tr("candles, trades, signals or alerts."), tr("WHAT"));
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
        QStringLiteral("signals"), QStringLiteral("alerts") };
    if (!parser.isSet(dbOption))
        problems << tr("--db is required");
    if (!kinds.contains(what))
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
    const InstrumentList instruments = reader.storedInstruments();
    const auto symbolName = [&](std::uint32_t id) { return instruments.value(int(id) - 1).symbol; };
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
    qint64 rows = 0;
    bool read = false;
    bool written = false;
    if (what == u"candles") {
        CandleCsvWriter writer(&out, false);
        read = reader.candles(*range.symbol, timeframe.seconds(), range, [&](const Candle &c) {
            writer.write(c);
            ++rows;
        });
        written = writer.flush();
    } else if (what == u"trades") {
        TradesCsvWriter writer(&out);
        read = reader.fills(range, [&](const Fill &fill) {
            writer.write(fill, symbolName(fill.symbol));
            ++rows;
        });
        written = writer.flush();
    } else {
        // Signals and alerts: documented in the README, RFC 4180, times ISO 8601 UTC.
        written = true;
        QByteArray buffer = what == u"signals"
            ? QByteArrayLiteral("time,symbol,timeframe,side,confidence,price,rule,reason\n")
            : QByteArrayLiteral("time,severity,source,text\n");
        const auto text = [](const QString &s) { return TradesCsvWriter::textCell(s); };
        const auto drain = [&] {
            if (buffer.size() > (1 << 16)) {
                written = written && out.write(buffer) == buffer.size();
                buffer.clear();
            }
        };
        if (what == u"signals") {
            read = reader.signalRows(range, [&](const Signal &s) {
                buffer += EventTime::toIso(s.time).toUtf8() + ',' + text(symbolName(s.symbol)) + ','
                    + QByteArray::number(s.timeframe.seconds()) + ',' + sideName(s.side).toUtf8()
                    + ',' + QByteArray::number(s.confidence, 'g', 6) + ','
                    + QByteArray::number(s.price, 'g', 15) + ',' + text(s.rule) + ','
                    + text(s.reason) + '\n';
                ++rows;
                drain();
            });
        } else {
            read = reader.alerts(range, [&](const Alert &a) {
                buffer += EventTime::toIso(a.time).toUtf8() + ',' + severityKey(a.severity) + ','
                    + text(a.source) + ',' + text(a.text) + '\n';
                ++rows;
                drain();
            });
        }
        written = written && out.write(buffer) == buffer.size() && out.flush();
    }
    if (!read) {
        printError(tr("export: %1").arg(reader.error()));
        return 1;
    }
    if (!written) {
        printError(tr("export: writing %1 failed: %2")
                       .arg(out.fileName().isEmpty() ? tr("standard output") : out.fileName(),
                           out.errorString()));
        return 1;
    }
    printError(tr("export: %n row(s)", nullptr, int(rows)));
    return 0;
}

} // namespace kairos
