#include "IndicatorsCommand.h"

#include "BadLineReporter.h"
#include "InputFile.h"
#include "common/CommandLine.h"
#include "feed/CandleCsvReader.h"
#include "indicators/IndicatorCsvWriter.h"

#include <QCommandLineParser>

namespace kairos {

int IndicatorsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Computes the default indicators (TA-Lib compatible) over a candles CSV."));
    parser.addHelpOption();
    const QCommandLineOption candlesOption(QStringLiteral("candles"),
        tr("Candles CSV to read, in time order ('-' for standard input)."), tr("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        tr("Indicators CSV to write (default: standard output)."), tr("FILE"));
    parser.addOptions({ candlesOption, outOption });
    if (const auto exitCode = parseCommandLine(parser, arguments))
        return *exitCode;
    if (!parser.isSet(candlesOption)) {
        printError(tr("indicators: --candles is required"));
        return 2;
    }

    InputFile input;
    if (!input.open(parser.value(candlesOption))) {
        printError(tr("indicators: cannot read %1: %2")
                       .arg(parser.value(candlesOption), input.errorString()));
        return 2;
    }
    BadLineReporter reporter;
    CandleCsvReader reader(input.sourceName(), std::ref(reporter));
    CandleFile file;
    if (!reader.read(input.device(), file)) {
        printError(reader.fatalError());
        return 2;
    }
    reporter.finish(input.sourceName());

    QFile output;
    const QString outPath = parser.value(outOption);
    if (!openOutput(output, outPath)) {
        printError(
            tr("indicators: cannot write %1: %2")
                .arg(outPath.isEmpty() ? tr("standard output") : outPath, output.errorString()));
        return 1;
    }
    IndicatorSet indicators;
    IndicatorCsvWriter writer(&output);
    for (const Candle &candle : std::as_const(file.candles))
        writer.write(candle, indicators.update(candle));
    QString error;
    if (!writer.flush() || !finishOutput(output, &error)) {
        printError(tr("indicators: writing %1 failed: %2")
                       .arg(outPath.isEmpty() ? tr("standard output") : outPath,
                           error.isEmpty() ? output.errorString() : error));
        return 1;
    }
    printError(
        tr("indicators: %1 candles, %2 bad lines").arg(file.candles.size()).arg(file.badLines));
    return file.badLines > 0 ? 2 : 0;
}

} // namespace kairos
