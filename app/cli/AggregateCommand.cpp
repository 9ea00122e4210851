#include "AggregateCommand.h"

#include "feed/TickCsvReader.h"
#include "market/CandleAggregator.h"
#include "market/CandleCsvWriter.h"

#include "common/CommandLine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace kairos {

namespace {

constexpr int MaxReportedLines = 100;

void printError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}

} // namespace

int AggregateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Builds candles from a ticks CSV (time,price,quantity[,symbol][,side])."));
    parser.addHelpOption();
    const QCommandLineOption ticksOption(
        QStringLiteral("ticks"), tr("Ticks CSV to read ('-' for standard input)."), tr("FILE"));
    const QCommandLineOption timeframeOption(QStringLiteral("timeframe"),
        tr("Candle width in seconds (60) or as 1m, 4h, 1d."), tr("SECONDS"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("Candles CSV to write (default: standard output)."), tr("FILE"));
    parser.addOptions({ ticksOption, timeframeOption, outOption });
    if (const auto exitCode = parseCommandLine(parser, arguments))
        return *exitCode;
    if (!parser.isSet(ticksOption) || !parser.isSet(timeframeOption)) {
        printError(tr("aggregate: --ticks and --timeframe are required"));
        return 2;
    }
    const Timeframe timeframe = Timeframe::parse(parser.value(timeframeOption));
    if (!timeframe.isValid()) {
        printError(tr("aggregate: --timeframe '%1' is not a positive number of seconds")
                       .arg(parser.value(timeframeOption)));
        return 2;
    }

    const QString path = parser.value(ticksOption);
    QFile input;
    const bool fromStdin = path == QStringLiteral("-");
    const bool opened = fromStdin ? input.open(stdin, QIODevice::ReadOnly)
                                  : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!opened) {
        printError(tr("aggregate: cannot read %1: %2").arg(path, input.errorString()));
        return 2;
    }
    QByteArray buffer;
    QByteArrayView data;
    if (uchar *mapped = fromStdin ? nullptr : input.map(0, input.size()))
        data = QByteArrayView(reinterpret_cast<const char *>(mapped), input.size());
    else
        data = buffer = input.readAll();

    int reported = 0;
    qint64 badLines = 0;
    const QString source = fromStdin ? QStringLiteral("<stdin>") : path;
    TickCsvReader reader(source,
        fromStdin ? QStringLiteral("TICKS") : QFileInfo(path).completeBaseName(),
        [&](const QString &message) {
            if (++reported <= MaxReportedLines)
                printError(message);
        });
    TickFile ticks;
    if (!reader.read(data, ticks)) {
        printError(reader.fatalError());
        return 2;
    }
    badLines = ticks.badLines;
    if (reported > MaxReportedLines)
        printError(tr("%1: %n more bad line(s) not shown", nullptr, reported - MaxReportedLines)
                       .arg(source));

    CandleAggregator aggregator({ timeframe }, 1);
    const int wanted = aggregator.timeframeIndex(timeframe);
    aggregator.setSymbolCount(int(ticks.instruments.size()));
    QList<CandleList> candles(ticks.instruments.size());
    aggregator.setConfirmedSink([&](std::uint32_t symbol, int index, const Candle &candle) {
        if (index == wanted)
            candles[symbol].append(candle);
    });
    for (const Tick &tick : std::as_const(ticks.ticks))
        aggregator.addTick(tick);
    aggregator.finish();

    QFile output;
    const bool toStdout = !parser.isSet(outOption);
    if (toStdout ? !output.open(stdout, QIODevice::WriteOnly)
                 : (output.setFileName(parser.value(outOption)),
                     !output.open(QIODevice::WriteOnly | QIODevice::Truncate))) {
        printError(
            tr("aggregate: cannot write %1: %2")
                .arg(toStdout ? tr("standard output") : output.fileName(), output.errorString()));
        return 1;
    }
    qint64 written = 0;
    {
        CandleCsvWriter writer(&output, ticks.instruments.size() > 1);
        for (qsizetype s = 0; s < candles.size(); ++s) {
            for (const Candle &candle : std::as_const(candles[s]))
                writer.write(candle, ticks.instruments[s].symbol);
            written += candles[s].size();
        }
        if (!writer.flush()) {
            printError(tr("aggregate: writing failed: %1").arg(output.errorString()));
            return 1;
        }
    }

    const auto counters = aggregator.counters();
    printError(tr("aggregate: %1 ticks, %2 candles of %3, %4 bad lines, %5 late ticks dropped, "
                  "%6 ticks dropped for volume overflow")
                   .arg(ticks.ticks.size())
                   .arg(written)
                   .arg(timeframe.label())
                   .arg(badLines)
                   .arg(counters.late)
                   .arg(counters.volumeOverflow));
    return badLines > 0 ? 2 : 0;
}

} // namespace kairos
