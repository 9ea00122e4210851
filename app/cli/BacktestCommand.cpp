#include "BacktestCommand.h"

#include "BadLineReporter.h"
#include "InputFile.h"
#include "TradingOptions.h"
#include "common/CommandLine.h"
#include "engine/Engine.h"
#include "execution/TradesCsvWriter.h"
#include "feed/CandleCsvReader.h"
#include "feed/TickCsvReader.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

#include <cstdio>

namespace kairos {

namespace {

constexpr qsizetype BatchSize = 4096;

} // namespace

int BacktestCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Replays candles or ticks through signals, risk checks and "
                                        "the paper broker, and prints a summary."));
    parser.addHelpOption();
    const QCommandLineOption candlesOption(
        QStringLiteral("candles"), tr("Candles CSV to replay."), tr("FILE"));
    const QCommandLineOption ticksOption(
        QStringLiteral("ticks"), tr("Ticks CSV to replay."), tr("FILE"));
    const QCommandLineOption timeframeOption(QStringLiteral("timeframe"),
        tr("Strategy timeframe in seconds (default: the strategy's; with --candles, the "
           "candles')."),
        tr("SECONDS"));
    TradingOptions trading;
    const QCommandLineOption tradesOption(
        QStringLiteral("trades"), tr("Trades CSV to write."), tr("FILE"));
    parser.addOptions({ candlesOption, ticksOption, timeframeOption, tradesOption });
    trading.addTo(parser);
    if (const auto exitCode = parseCommandLine(parser, arguments))
        return *exitCode;
    if (parser.isSet(candlesOption) == parser.isSet(ticksOption)) {
        printError(tr("backtest: give exactly one of --candles and --ticks"));
        return 2;
    }

    QStringList problems;
    trading.read(parser, problems);
    const RiskLimits &limits = trading.limits;
    const BrokerConfig &broker = trading.broker;
    StrategyConfig strategy = trading.strategy;
    if (parser.isSet(timeframeOption)) {
        const Timeframe tf = Timeframe::parse(parser.value(timeframeOption));
        if (!tf.isValid() || !Timeframe::standard().contains(tf))
            problems << tr("--timeframe '%1' is not one of 1, 60, 300, 900, 3600, 14400, 86400")
                            .arg(parser.value(timeframeOption));
        else
            strategy.timeframe = tf;
    }
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            printError(tr("backtest: %1").arg(p));
        return 2;
    }

    // Input → ticks.
    const bool fromCandles = parser.isSet(candlesOption);
    const QString path = parser.value(fromCandles ? candlesOption : ticksOption);
    InputFile input;
    if (!input.open(path)) {
        printError(tr("backtest: cannot read %1: %2").arg(path, input.errorString()));
        return 2;
    }
    BadLineReporter reporter;
    InstrumentList instruments;
    QList<Tick> ticks;
    qint64 badLines = 0;
    qint64 candleCount = 0;
    if (fromCandles) {
        CandleCsvReader reader(input.sourceName(), std::ref(reporter));
        CandleFile file;
        if (!reader.read(input.device(), file)) {
            printError(reader.fatalError());
            return 2;
        }
        badLines = file.badLines;
        candleCount = file.candles.size();
        // One candle alone says nothing of its width: take a minute.
        const std::int64_t spacing = candleSpacing(file.candles);
        const std::int64_t width = spacing > 0 ? spacing : 60'000;
        if (const Timeframe of = candleTimeframe(file.candles);
            !parser.isSet(timeframeOption) && of.isValid())
            strategy.timeframe = of;
        ticks.reserve(file.candles.size() * 4);
        for (const Candle &c : std::as_const(file.candles))
            appendCandleTicks(c, width, ticks);
        Instrument instrument;
        instrument.symbol = input.isStandardInput() ? QStringLiteral("CANDLES")
                                                    : QFileInfo(path).baseName().toUpper();
        instruments.append(instrument);
    } else {
        TickCsvReader reader(input.sourceName(),
            input.isStandardInput() ? QStringLiteral("TICKS")
                                    : QFileInfo(path).baseName().toUpper(),
            std::ref(reporter));
        TickFile file;
        if (!reader.read(input.device(), file)) {
            printError(reader.fatalError());
            return 2;
        }
        badLines = file.badLines;
        instruments = file.instruments;
        ticks = std::move(file.ticks);
    }
    reporter.finish(input.sourceName());

    // The same engine the app runs, driven on this thread.
    Engine engine(instruments);
    engine.setStrategy(strategy);
    engine.setRiskLimits(limits);
    engine.setBrokerConfig(broker);
    if (trading.initialCash)
        engine.setInitialCash(*trading.initialCash);
    engine.setAutoTrade(true);
    FillList fills;
    QMap<QString, int> denials;
    QObject::connect(&engine, &Engine::tradingEvents, &engine, [&](const TradingEvents &events) {
        fills += events.fills;
        for (const DeniedOrder &d : events.denied)
            ++denials[d.denial.limit];
    });
    for (qsizetype i = 0; i < ticks.size(); i += BatchSize) {
        TickBatch batch;
        batch.ticks = ticks.mid(i, BatchSize);
        batch.watermark = batch.ticks.constLast().time;
        engine.processBatch(batch);
    }
    if (!ticks.isEmpty()) {
        TickBatch last; // every candle closes at the end of the input
        last.watermark = ticks.constLast().time + strategy.timeframe.milliseconds();
        engine.processBatch(last);
    }

    if (parser.isSet(tradesOption)) {
        QFile out(parser.value(tradesOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            printError(tr("backtest: cannot write %1: %2").arg(out.fileName(), out.errorString()));
            return 1;
        }
        TradesCsvWriter writer(&out);
        for (const Fill &fill : std::as_const(fills))
            writer.write(fill, instruments.value(fill.symbol).symbol);
        QString error;
        if (!writer.flush() || !finishOutput(out, &error)) {
            printError(tr("backtest: writing %1 failed: %2")
                           .arg(out.fileName(), error.isEmpty() ? out.errorString() : error));
            return 1;
        }
    }

    // A trade is a fill that closed (part of) a position.
    const Portfolio &portfolio = engine.trader().portfolio();
    int trades = 0;
    int wins = 0;
    for (const Fill &fill : std::as_const(fills)) {
        if (fill.realizedPnl == Decimal())
            continue;
        ++trades;
        wins += fill.realizedPnl - fill.fee > Decimal() ? 1 : 0;
    }
    const Decimal gross = portfolio.realizedPnl() + portfolio.unrealizedPnl();
    const Decimal peak = std::max(portfolio.peakEquity(), portfolio.initialCash());
    QTextStream outStream(stdout);
    outStream << tr("backtest: %1 %2, strategy \"%3\" on %4, %5 bad lines")
                     .arg(fromCandles ? candleCount : ticks.size())
                     .arg(fromCandles ? tr("candles") : tr("ticks"), strategy.name,
                         strategy.timeframe.label())
                     .arg(badLines)
              << '\n';
    outStream << tr("fills          %1").arg(fills.size()) << '\n';
    outStream << tr("trades         %1").arg(trades) << '\n';
    outStream << tr("win rate       %1 %")
                     .arg(trades ? QString::number(100.0 * wins / trades, 'f', 1)
                                 : QStringLiteral("–"))
              << '\n';
    outStream << tr("gross PnL      %1").arg(gross.toString()) << '\n';
    outStream << tr("fees           %1").arg(portfolio.feesPaid().toString()) << '\n';
    outStream << tr("net PnL        %1").arg((gross - portfolio.feesPaid()).toString()) << '\n';
    outStream << tr("max drawdown   %1 (%2 %)")
                     .arg(portfolio.maxDrawdown().toString(),
                         QString::number(
                             portfolio.maxDrawdown().toDouble() / peak.toDouble() * 100.0, 'f', 2))
              << '\n';
    outStream << tr("starting cash  %1").arg(portfolio.initialCash().toString()) << '\n';
    outStream << tr("final equity   %1").arg(portfolio.equity().toString()) << '\n';
    QStringList denied;
    for (auto it = denials.cbegin(); it != denials.cend(); ++it)
        denied << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    outStream << tr("denials        %1")
                     .arg(denied.isEmpty() ? tr("none") : denied.join(QStringLiteral(", ")))
              << '\n';
    outStream.flush();
    if (outStream.status() != QTextStream::Ok || std::fflush(stdout) != 0) {
        printError(tr("backtest: writing the summary to standard output failed"));
        return 1;
    }
    return badLines > 0 ? 2 : 0;
}

} // namespace kairos
