#include "AggregateCommand.h"

#include "feed/TickCsvReader.h"
#include "market/CandleAggregator.h"
#include "market/CandleCsvWriter.h"

#include "BadLineReporter.h"
#include "InputFile.h"
#include "common/CommandLine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <optional>

namespace kairos {

namespace {

// Ticks stream through, never held: only the candles are kept, to be
// written grouped by symbol.
struct Candles
{
    InstrumentList instruments;
    QList<CandleList> bySymbol;
    CandleAggregator::Counters counters;
    qint64 ticks = 0;
    qint64 badLines = 0;
};

std::optional<Candles> buildCandles(TickCsvReader &reader, QIODevice *input, Timeframe timeframe)
{
    // Confirmed candles stream out through the sink, so the series need no history.
    CandleAggregator aggregator({ timeframe }, 1);
    const int wanted = aggregator.timeframeIndex(timeframe);
    Candles out;
    aggregator.setConfirmedSink([&](std::uint32_t symbol, int index, const Candle &candle) {
        if (index == wanted)
            out.bySymbol[symbol].append(candle);
    });
    const auto sink = [&](const QList<Tick> &ticks, const InstrumentList &instruments, qint64) {
        out.instruments = instruments;
        out.bySymbol.resize(instruments.size());
        aggregator.setSymbolCount(int(instruments.size()));
        for (const Tick &tick : ticks)
            aggregator.addTick(tick);
        out.ticks += ticks.size();
        return true;
    };
    if (!reader.read(input, sink, &out.badLines))
        return std::nullopt;
    aggregator.finish();
    out.counters = aggregator.counters();
    return out;
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
        tr("Candle width in seconds (60) or as 1m, 4h, 1d, 1w (Monday to Sunday) or 1mo (calendar "
           "month, UTC)."),
        tr("SECONDS"));
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

    InputFile input;
    if (!input.open(parser.value(ticksOption))) {
        printError(tr("aggregate: cannot read %1: %2")
                       .arg(parser.value(ticksOption), input.errorString()));
        return 2;
    }
    BadLineReporter reporter;
    TickCsvReader reader(input.sourceName(),
        input.isStandardInput() ? QStringLiteral("TICKS")
                                : QFileInfo(parser.value(ticksOption)).completeBaseName(),
        std::ref(reporter));
    const std::optional<Candles> candles = buildCandles(reader, input.device(), timeframe);
    if (!candles) {
        printError(reader.fatalError());
        return 2;
    }
    reporter.finish(input.sourceName());

    QFile output;
    const QString outPath = parser.value(outOption);
    if (!openOutput(output, outPath)) {
        printError(
            tr("aggregate: cannot write %1: %2")
                .arg(outPath.isEmpty() ? tr("standard output") : outPath, output.errorString()));
        return 1;
    }
    qint64 written = 0;
    CandleCsvWriter writer(&output, candles->instruments.size() > 1);
    for (qsizetype s = 0; s < candles->bySymbol.size(); ++s) {
        for (const Candle &candle : candles->bySymbol[s])
            writer.write(candle, candles->instruments[s].symbol);
        written += candles->bySymbol[s].size();
    }
    QString error;
    if (!writer.flush() || !finishOutput(output, &error)) {
        printError(tr("aggregate: writing %1 failed: %2")
                       .arg(outPath.isEmpty() ? tr("standard output") : outPath,
                           error.isEmpty() ? output.errorString() : error));
        return 1;
    }

    printError(tr("aggregate: %1 ticks, %2 candles of %3, %4 bad lines, %5 late ticks dropped, "
                  "%6 ticks dropped for volume overflow, %7 candles with a saturated volume")
                   .arg(candles->ticks)
                   .arg(written)
                   .arg(timeframe.label())
                   .arg(candles->badLines)
                   .arg(candles->counters.late)
                   .arg(candles->counters.volumeOverflow)
                   .arg(candles->counters.saturatedCandles));
    return candles->badLines > 0 ? 2 : 0;
}

} // namespace kairos
