#include "RunCommand.h"

#include "BadLineReporter.h"
#include "TradingOptions.h"
#include "common/CommandLine.h"
#include "common/StopSignals.h"
#include "engine/LiveSession.h"
#include "engine/VenueRules.h"
#include "execution/TradesCsvWriter.h"
#include "feed/FeedSpec.h"
#include "feed/ReplayFeed.h"
#include "feed/SimulatedFeed.h"
#include "model/EventTime.h"
#include "storage/ReplayInput.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

namespace kairos {

int RunCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a headless session: feed, candles, indicators, signals, risk checks, the paper "
           "broker and storage, without a window. Acknowledged fills are written to standard "
           "output as trades CSV; the log goes to standard error."));
    parser.addHelpOption();
    const QCommandLineOption feedOption(QStringLiteral("feed"),
        tr("Market data source: sim (default), replay:FILE for a ticks CSV, or "
           "VENUE:PAIR,PAIR,… for a venue's public trades, VENUE one of binance, coinbase, "
           "kraken (e.g. coinbase:BTC-USD,ETH-USD)."),
        tr("FEED"), QStringLiteral("sim"));
    const QCommandLineOption feedUrlOption(QStringLiteral("feed-url"),
        tr("Base URL of the venue's WebSocket (a proxy, a testnet or a local server)."), tr("URL"));
    const QCommandLineOption restUrlOption(QStringLiteral("rest-url"),
        tr("Base URL of the venue's REST API, which fills gaps with the trades missed."),
        tr("URL"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
        tr("Replay speed: a multiple of real time, or max (default)."), tr("N|max"),
        QStringLiteral("max"));
    const QCommandLineOption symbolsOption(QStringLiteral("symbols"),
        tr("Number of simulated symbols (1-50, default 6)."), tr("N"), QStringLiteral("6"));
    const QCommandLineOption rateOption(QStringLiteral("tick-rate"),
        tr("Simulated ticks per second over all symbols (default 300)."), tr("N"),
        QStringLiteral("300"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), tr("Simulator seed (default: random)."), tr("N"));
    const QCommandLineOption historyOption(QStringLiteral("history"),
        tr("Hours of simulated history to start with, or to fill a database's gap with "
           "(default 0)."),
        tr("HOURS"), QStringLiteral("0"));
    const QCommandLineOption autoTradeOption(
        QStringLiteral("auto-trade"), tr("Turn signals into paper orders."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        tr("SQLite database to keep the session in and warm-start from (default: none)."),
        tr("FILE"));
    const QCommandLineOption recordOption(
        QStringLiteral("record-ticks"), tr("Keep raw ticks in the database too."));
    const QCommandLineOption secondsOption(
        QStringLiteral("second-candles"), tr("Keep 1-second candles in the database too."));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
        tr("Stop after this many seconds (default: run until SIGINT or SIGTERM)."), tr("SECONDS"));
    const QCommandLineOption redisOption(QStringLiteral("redis"),
        tr("Publish every event to Redis: redis://[user:password@]host:port[/db] or rediss://."),
        tr("URL"));
    const QCommandLineOption maxLengthOption(QStringLiteral("redis-maxlen"),
        tr("Entries kept per Redis stream, approximately (default 10000)."), tr("N"),
        QStringLiteral("10000"));
    parser.addOptions({ feedOption, feedUrlOption, restUrlOption, speedOption, symbolsOption,
        rateOption, seedOption, historyOption, autoTradeOption, dbOption, recordOption,
        secondsOption, durationOption, redisOption, maxLengthOption });
    TradingOptions trading;
    trading.addTo(parser);
    if (const auto exitCode = parseCommandLine(parser, arguments))
        return *exitCode;

    QStringList problems;
    trading.read(parser, problems);
    const QString feedName = parser.value(feedOption);
    const std::optional<FeedSpec> feedSpec = FeedSpec::parse(
        feedName, parser.value(feedUrlOption), parser.value(restUrlOption), problems);
    const bool replay = feedSpec && feedSpec->kind == FeedSpec::Kind::Replay;
    const bool venue = feedSpec && feedSpec->kind == FeedSpec::Kind::Venue;
    bool ok = false;
    double speed = 0.0;
    if (parser.value(speedOption) != QStringLiteral("max")) {
        const auto given = numberIn(parser.value(speedOption), 0.001, 1e6, true);
        speed = given.value_or(0.0);
        if (!given)
            problems << tr("--speed: expected a multiple from 0.001 to 1000000, or max, got "
                           "'%1'")
                            .arg(parser.value(speedOption));
    }
    const int symbols = parser.value(symbolsOption).toInt(&ok);
    if (!ok || symbols < 1 || symbols > 50)
        problems << tr("--symbols: expected 1 to 50, got '%1'").arg(parser.value(symbolsOption));
    const double rate = numberIn(parser.value(rateOption), 0.0, 5e6).value_or(0.0);
    if (rate <= 0.0)
        problems << tr("--tick-rate: expected above 0 and up to 5000000, got '%1'")
                        .arg(parser.value(rateOption));
    const auto historyHours = numberIn(parser.value(historyOption), 0.0, 24.0 * 30, true);
    const double hours = historyHours.value_or(0.0);
    if (!historyHours)
        problems
            << tr("--history: expected 0 to 720 hours, got '%1'").arg(parser.value(historyOption));
    quint64 seed = quint64(QDateTime::currentMSecsSinceEpoch());
    if (parser.isSet(seedOption)) {
        seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            problems << tr("--seed: '%1' is not a whole number").arg(parser.value(seedOption));
    }
    double duration = 0.0;
    if (parser.isSet(durationOption)) {
        duration = numberIn(parser.value(durationOption), 0.0, MaxDurationSeconds).value_or(0.0);
        if (duration <= 0.0)
            problems << tr("--duration: expected seconds above 0 and up to %1, got '%2'")
                            .arg(MaxDurationSeconds, 0, 'f', 0)
                            .arg(parser.value(durationOption));
    }
    std::optional<EventPublisher::Options> publish;
    if (parser.isSet(redisOption)) {
        QString error;
        if (const auto url = RedisUrl::parse(parser.value(redisOption), &error)) {
            publish = EventPublisher::Options {};
            publish->url = *url;
        } else {
            problems << tr("--redis: %1").arg(error);
        }
        const int length = parser.value(maxLengthOption).toInt(&ok);
        if (!ok || length < 1)
            problems << tr("--redis-maxlen: expected a positive whole number, got '%1'")
                            .arg(parser.value(maxLengthOption));
        else if (publish)
            publish->streamLength = length;
    }
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            printError(tr("run: %1").arg(p));
        return 2;
    }

    SimulatorConfig sim;
    sim.symbols = SimulatorConfig::defaultSymbols(symbols);
    sim.ticksPerSecond = rate;
    sim.seed = seed;
    sim.startTime = QDateTime::currentMSecsSinceEpoch();
    sim.historySeconds = qint64(hours * 3600.0);
    std::optional<StorageWriter::Options> storage;
    if (parser.isSet(dbOption)) {
        storage = StorageWriter::Options {};
        storage->path = parser.value(dbOption);
    }
    MarketFeed *feed = nullptr;
    if (replay) {
        const QString path = feedSpec->replayPath;
        BadLineReporter reporter;
        QString error;
        std::unique_ptr<TickSource> source = ReplayInput::load(path, std::ref(reporter), &error);
        if (!source) {
            printError(tr("run: %1").arg(error));
            return 2;
        }
        reporter.finish(QFileInfo(path).fileName());
        feed = new ReplayFeed(std::move(source), speed);
    } else if (venue) {
        VenueFeed::Options options = feedSpec->venue;
        const QString warning = VenueRules::prepare(options, storage ? storage->path : QString());
        if (!warning.isEmpty())
            printError(tr("run: %1").arg(warning));
        auto *venueFeed = new VenueFeed(options);
        QObject::connect(venueFeed, &MarketFeed::statusChanged, QCoreApplication::instance(),
            [](const FeedStatus &status) {
                QTextStream(stderr) << tr("run: %1").arg(status.describe()) << Qt::endl;
            });
        QObject::connect(venueFeed, &MarketFeed::gapDetected, QCoreApplication::instance(),
            [](const FeedGap &gap) {
                QTextStream(stderr)
                    << tr("run: gap %1 %2 – %3: %4")
                           .arg(gap.symbol.isEmpty() ? tr("(all)") : gap.symbol,
                               EventTime::toIso(gap.start), EventTime::toIso(gap.end), gap.reason)
                    << Qt::endl;
            });
        feed = venueFeed;
    } else {
        feed = new SimulatedFeed(sim);
    }
    LiveSession session(feed, storage, publish);
    // A replay ends the session once the engine has taken its last batch
    // (queued after it, so on the engine's thread it runs after it), unless
    // a duration says otherwise.
    if (auto *replayFeed = qobject_cast<ReplayFeed *>(feed); replayFeed && duration <= 0.0)
        QObject::connect(replayFeed, &ReplayFeed::finished, session.engine(), [] {
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit);
        });
    Engine *engine = session.engine();
    const InstrumentList instruments = session.instruments();
    QTextStream log(stderr);
    int exitCode = 0;

    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    TradesCsvWriter trades(&out);
    QObject::connect(engine, &Engine::tradingEvents, QCoreApplication::instance(),
        [&](const TradingEvents &events) {
            for (const Fill &fill : events.fills)
                trades.write(fill, instruments.value(fill.symbol).symbol);
            trades.flush();
            out.flush();
            // A reader that went away (`run | head`) ends the session in order.
            if (out.error() != QFileDevice::NoError && exitCode == 0) {
                log << tr("run: standard output closed (%1), stopping").arg(out.errorString())
                    << Qt::endl;
                exitCode = 1;
                QCoreApplication::exit(1);
            }
            for (const Alert &alert : events.alerts)
                log << EventTime::toIso(alert.time) << ' '
                    << QString(alertSeverityKey(alert.severity)).toUpper() << ' ' << alert.source
                    << ": " << alert.text << Qt::endl;
        });
    if (StorageWriter *writer = session.storage()) {
        QObject::connect(writer, &StorageWriter::opened, QCoreApplication::instance(),
            [&log, writer](const WarmState &state) {
                log << tr("run: %1: %2 series, %3 fills, %4 open orders restored")
                           .arg(writer->options().path)
                           .arg(state.series.size())
                           .arg(state.fills.size())
                           .arg(state.openOrders.size())
                    << Qt::endl;
            });
        // Without persistence the session must not go on.
        QObject::connect(writer, &StorageWriter::failed, QCoreApplication::instance(),
            [&](const QString &error) {
                printError(tr("run: storage failed: %1").arg(error));
                exitCode = 1;
                QCoreApplication::exit(1);
            });
    }
    if (EventPublisher *publisher = session.publisher()) {
        // Redis down never stops the session: it is logged and retried.
        QObject::connect(publisher, &EventPublisher::warning, QCoreApplication::instance(),
            [&log](const QString &text) { log << tr("run: Redis: %1").arg(text) << Qt::endl; });
        QObject::connect(publisher, &EventPublisher::connectionChanged,
            QCoreApplication::instance(), [&log](bool connected, const QString &why) {
                log << (connected ? tr("run: publishing to %1").arg(why)
                                  : tr("run: Redis unavailable (%1); retrying").arg(why))
                    << Qt::endl;
            });
    }
    const auto configure
        = [engine, trading, autoTrade = parser.isSet(autoTradeOption),
              seconds = parser.isSet(secondsOption), record = parser.isSet(recordOption)] {
              engine->setStoreSecondCandles(seconds);
              engine->setRecordTicks(record);
              engine->setStrategy(trading.strategy);
              engine->setRiskLimits(trading.limits);
              engine->setBrokerConfig(trading.broker);
              if (trading.initialCash)
                  engine->setInitialCash(*trading.initialCash);
              engine->setAutoTrade(autoTrade);
          };
    QMetaObject::invokeMethod(engine, configure, Qt::QueuedConnection);
    session.start();

    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, QCoreApplication::instance(),
        [&log](int signal) {
            log << tr("run: signal %1, stopping").arg(signal) << Qt::endl;
            QCoreApplication::quit();
        });
    if (duration > 0.0)
        QTimer::singleShot(
            qRound64(duration * 1000.0), QCoreApplication::instance(), &QCoreApplication::quit);
    const int loop = QCoreApplication::exec();
    // Every fill committed is printed (and published) before the end.
    session.drain();
    QCoreApplication::sendPostedEvents();
    // Everything made is worth a wait while Redis takes it.
    session.shutdown(30'000);
    if (EventPublisher *publisher = session.publisher()) {
        const EventPublisher::Counters c = publisher->counters();
        log << tr("run: Redis events: %1 made, %2 delivered, %3 dropped, %4 refused")
                   .arg(c.produced)
                   .arg(c.delivered)
                   .arg(c.dropped)
                   .arg(c.refused)
            << Qt::endl;
    }
    return exitCode != 0 ? exitCode : loop;
}

} // namespace kairos
