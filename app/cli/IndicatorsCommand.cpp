#include "IndicatorsCommand.h"

#include "BadLineReporter.h"
#include "InputFile.h"
#include "common/CommandLine.h"
#include "feed/CandleCsvReader.h"
#include "indicators/IndicatorCsvWriter.h"
#include "indicators/StudySpec.h"

#include <QCommandLineParser>

namespace kairos {

namespace {

bool writeDefaultSet(const CandleList &candles, QIODevice *output)
{
    IndicatorSet indicators;
    IndicatorCsvWriter writer(output);
    for (const Candle &candle : candles)
        writer.write(candle, indicators.update(candle));
    return writer.flush();
}

bool writeStudies(const QList<StudySpec> &specs, const CandleList &candles, QIODevice *output)
{
    QStringList columns;
    std::vector<std::unique_ptr<Study>> studies;
    std::vector<double> outputs; // every study's outputs, one after the other
    std::vector<std::size_t> picked; // the outputs written, in column order
    for (const StudySpec &spec : specs) {
        columns << spec.columns();
        for (int index : spec.outputIndexes())
            picked.push_back(outputs.size() + std::size_t(index));
        outputs.resize(outputs.size() + std::size_t(spec.definition().outputs.size()));
        studies.push_back(spec.create());
    }
    IndicatorCsvWriter writer(output, columns);
    std::vector<double> row(picked.size());
    for (const Candle &candle : candles) {
        const Bar bar = Bar::from(candle);
        double *values = outputs.data();
        for (std::size_t i = 0; i < studies.size(); ++i) {
            studies[i]->update(bar, values);
            values += specs[qsizetype(i)].definition().outputs.size();
        }
        for (std::size_t i = 0; i < picked.size(); ++i)
            row[i] = outputs[picked[i]];
        writer.write(candle, row);
    }
    return writer.flush();
}

} // namespace

int IndicatorsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Computes indicators (TA-Lib compatible) over a candles CSV: the default set, or "
           "the studies named by --study."));
    parser.addHelpOption();
    const QCommandLineOption candlesOption(QStringLiteral("candles"),
        tr("Candles CSV to read, in time order ('-' for standard input)."), tr("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        tr("Indicators CSV to write (default: standard output)."), tr("FILE"));
    const QCommandLineOption studyOption(QStringLiteral("study"),
        tr("A study to compute instead of the default set, repeatable: NAME or "
           "NAME:PARAM:PARAM… in TA-Lib's parameter order, e.g. adx:14, sar:0.02:0.2, "
           "macd:12:26:9, bb:20:2.upper. Studies: %1.")
            .arg(StudyRegistry::names().join(QStringLiteral(", "))),
        tr("SPEC"));
    parser.addOptions({ candlesOption, outOption, studyOption });
    if (const auto exitCode = parseCommandLine(parser, arguments))
        return *exitCode;
    if (!parser.isSet(candlesOption)) {
        printError(tr("indicators: --candles is required"));
        return 2;
    }
    QList<StudySpec> specs;
    for (const QString &text : parser.values(studyOption)) {
        QString error;
        const auto spec = StudySpec::parse(text, &error);
        if (!spec) {
            printError(tr("indicators: %1").arg(error));
            return 2;
        }
        specs.append(*spec);
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
    const bool written = specs.isEmpty() ? writeDefaultSet(file.candles, &output)
                                         : writeStudies(specs, file.candles, &output);
    QString error;
    if (!written || !finishOutput(output, &error)) {
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
