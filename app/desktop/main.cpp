#include "DataFolder.h"
#include "MainWindow.h"
#include "SessionWiring.h"
#include "Settings.h"
#include "TerminalSession.h"
#include "Theme.h"
#include "chart/CandleChart.h"
#include "engine/RemoteEngine.h"
#include "engine/WorkerThread.h"
#include "feed/FeedSpec.h"
#include <QMessageBox>

#include "common/CommandLine.h"
#include "common/StopSignals.h"
#include <QApplication>

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

namespace {

struct Options
{
    kairos::SimulatorConfig simulator;
    kairos::FeedSpec feed;
    double replaySpeed = 1.0;
    QString screenshot;
    int screenshotDelayMs = 5000;
    QString database; // empty: memory only
    bool defaultDatabase = false; // in the data folder Preferences chose
    std::optional<kairos::RedisUrl> redis; // publish every event there
    std::optional<kairos::RedisUrl> follow; // --feed redis:URL: a node's events
};

// Returns an exit code when the program should stop now (help, version, bad usage).
std::optional<int> parseOptions(const QStringList &arguments, Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Kairos — a desktop trading terminal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption feed(QStringLiteral("feed"),
        QApplication::translate("main",
            "Market data source: 'sim', the simulator (default); 'replay:FILE' for a ticks or "
            "candles CSV or a recorded database; 'VENUE:PAIR,PAIR,…' for a "
            "venue's public trades, VENUE one of binance, coinbase, kraken (e.g. "
            "kraken:BTC/USD,ETH/USD); or 'redis:URL' to follow a headless node through Redis "
            "(read-only)."),
        QApplication::translate("main", "FEED"), QStringLiteral("sim"));
    const QCommandLineOption feedUrl(QStringLiteral("feed-url"),
        QApplication::translate(
            "main", "Base URL of the venue's WebSocket (a proxy, a testnet or a local server)."),
        QApplication::translate("main", "URL"));
    const QCommandLineOption restUrl(QStringLiteral("rest-url"),
        QApplication::translate(
            "main", "Base URL of the venue's REST API, which fills gaps with the trades missed."),
        QApplication::translate("main", "URL"));
    const QCommandLineOption symbols(QStringLiteral("symbols"),
        QApplication::translate("main", "Number of simulated symbols (1-50, default 6)."),
        QApplication::translate("main", "N"), QStringLiteral("6"));
    const QCommandLineOption tickRate(QStringLiteral("tick-rate"),
        QApplication::translate(
            "main", "Simulated ticks per second over all symbols (default 300)."),
        QApplication::translate("main", "N"), QStringLiteral("300"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QApplication::translate(
            "main", "Simulator seed, for a repeatable market (default: random)."),
        QApplication::translate("main", "N"));
    const QCommandLineOption speed(QStringLiteral("speed"),
        QApplication::translate(
            "main", "Replay speed: a multiple of real time (default 1), or max."),
        QApplication::translate("main", "N|max"), QStringLiteral("1"));
    const QCommandLineOption history(QStringLiteral("history"),
        QApplication::translate("main", "Hours of simulated history to start with (default 8)."),
        QApplication::translate("main", "HOURS"), QStringLiteral("8"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Save a picture of the window to FILE after a few seconds "
            "and quit."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption db(QStringLiteral("db"),
        QApplication::translate("main",
            "SQLite database to keep the session in and warm-start from (default: kairos.db in "
            "the user's data folder)."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption noDb(QStringLiteral("no-db"),
        QApplication::translate(
            "main", "Keep nothing: the session lives in a scratch file removed at exit."));
    const QCommandLineOption redis(QStringLiteral("redis"),
        QApplication::translate("main",
            "Publish every event to Redis: redis://[user:password@]host:port[/db] or rediss://."),
        QApplication::translate("main", "URL"));
    parser.addOptions({ feed, feedUrl, restUrl, speed, symbols, tickRate, seed, history, db, noDb,
        redis, screenshot });
    if (const auto exitCode = kairos::parseCommandLine(parser, arguments))
        return exitCode;

    QStringList errors;
    const QString feedName = parser.value(feed);
    if (feedName.startsWith(QStringLiteral("redis:"))) {
        QString error;
        options.follow = kairos::RedisUrl::parse(feedName.mid(6), &error);
        if (!options.follow)
            errors << QApplication::translate("main", "--feed: %1").arg(error);
    } else if (const auto spec
        = kairos::FeedSpec::parse(feedName, parser.value(feedUrl), parser.value(restUrl), errors)) {
        options.feed = *spec;
    }
    bool ok = false;
    if (parser.value(speed) == u"max") {
        options.replaySpeed = 0.0;
    } else {
        options.replaySpeed = kairos::numberIn(parser.value(speed), 0.001, 1e6, true).value_or(0.0);
        if (options.replaySpeed <= 0.0)
            errors << QApplication::translate(
                "main", "--speed: expected a number from 0.001 to 1000000, or max, got '%1'")
                          .arg(parser.value(speed));
    }
    const int symbolCount = parser.value(symbols).toInt(&ok);
    if (!ok || symbolCount < 1 || symbolCount > 50)
        errors << QApplication::translate("main", "--symbols: expected 1 to 50, got '%1'")
                      .arg(parser.value(symbols));
    const double rate = kairos::numberIn(parser.value(tickRate), 0.0, 5e6).value_or(0.0);
    if (rate <= 0.0)
        errors << QApplication::translate("main",
            "--tick-rate: expected a rate above 0 and up to "
            "5000000, got '%1'")
                      .arg(parser.value(tickRate));
    const auto historyHours = kairos::numberIn(parser.value(history), 0.0, 24.0 * 30, true);
    const double hours = historyHours.value_or(0.0);
    if (!historyHours)
        errors << QApplication::translate("main", "--history: expected 0 to 720 hours, got '%1'")
                      .arg(parser.value(history));
    quint64 seedValue = quint64(QDateTime::currentMSecsSinceEpoch());
    if (parser.isSet(seed)) {
        seedValue = parser.value(seed).toULongLong(&ok);
        if (!ok)
            errors << QApplication::translate("main", "--seed: '%1' is not a whole number")
                          .arg(parser.value(seed));
    }
    if (parser.isSet(redis)) {
        QString error;
        options.redis = kairos::RedisUrl::parse(parser.value(redis), &error);
        if (!options.redis)
            errors << QApplication::translate("main", "--redis: %1").arg(error);
    }
    if (!errors.isEmpty()) {
        for (const QString &e : errors)
            QTextStream(stderr) << "kairos: " << e << Qt::endl;
        return 2;
    }

    kairos::SimulatorConfig &sim = options.simulator;
    sim.symbols = kairos::SimulatorConfig::defaultSymbols(symbolCount);
    sim.ticksPerSecond = rate;
    sim.seed = seedValue;
    sim.startTime = QDateTime::currentMSecsSinceEpoch();
    sim.historySeconds = qint64(hours * 3600.0);
    options.screenshot = parser.value(screenshot);
    if (!parser.isSet(noDb)) {
        options.database = parser.value(db);
        options.defaultDatabase = !parser.isSet(db);
    }
    return std::nullopt;
}

// The language chosen in Preferences, or the system's, where Kairos has
// it (English otherwise); numbers and dates in the UI follow it. Replaces
// the translator installed before, if any.
void installTranslator(QCoreApplication &app)
{
    for (QTranslator *old : app.findChildren<QTranslator *>(QStringLiteral("kairos"))) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QString language = kairos::Settings::language.value();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // Kairos's own strings, and Qt's (a dialog's Cancel), where installed.
    const std::pair<QString, QString> catalogues[] = {
        { QStringLiteral("kairos"), QStringLiteral(":/i18n") },
        { QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath) },
    };
    for (const auto &[name, folder] : catalogues) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(QStringLiteral("kairos"));
        if (translator->load(locale, name, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

void scheduleScreenshot(kairos::MainWindow &window, const Options &options)
{
    if (options.screenshot.isEmpty())
        return;
    QTimer::singleShot(options.screenshotDelayMs, &window, [&window, &options] {
        const bool saved = window.grab().save(options.screenshot);
        if (!saved)
            QTextStream(stderr) << "kairos: cannot save " << options.screenshot << Qt::endl;
        QApplication::exit(saved ? 0 : 1);
    });
}

// A terminal on a headless node: its events through Redis, read-only.
int follow(const kairos::RedisUrl &url, const Options &options)
{
    QString error;
    const kairos::InstrumentList instruments = kairos::RemoteEngine::discover(url, 5000, &error);
    if (instruments.isEmpty()) {
        QTextStream(stderr) << "kairos: " << error << Qt::endl;
        return 1;
    }
    auto *remote = new kairos::RemoteEngine(url, instruments);
    kairos::WorkerThread thread(remote, QStringLiteral("remote"));
    kairos::MainWindow window(
        instruments, QApplication::translate("main", "Redis %1").arg(url.display()));
    kairos::connectWindowToRemote(window, remote, url.display());
    thread.start();
    QMetaObject::invokeMethod(remote, &kairos::RemoteEngine::start, Qt::QueuedConnection);
    window.announceCharts();
    window.show();
    scheduleScreenshot(window, options);
    kairos::StopSignals stopSignals;
    QObject::connect(&stopSignals, &kairos::StopSignals::stopRequested, &window,
        [](int) { QApplication::quit(); });
    return QApplication::exec();
}

// Runs one terminal after another: choosing another feed, or seeking a
// replay backwards, ends the event loop with RebuildCode and the next
// terminal takes the window's place, where it was.
int runTerminals(kairos::TerminalSession::Choice choice,
    const kairos::TerminalSession::Environment &environment, const Options &options)
{
    constexpr int RebuildCode = 0x4b41;
    std::optional<kairos::TerminalSession::Choice> previous;
    for (bool first = true;; first = false) {
        // Theme and language as Preferences say, before the window is made.
        kairos::applyTheme(*qApp, kairos::themeFromKey(kairos::Settings::theme.value()));
        installTranslator(*qApp);
        QString error;
        auto terminal = kairos::TerminalSession::create(choice, environment, &error);
        if (!terminal) {
            QTextStream(stderr) << "kairos: " << error << Qt::endl;
            if (!previous)
                return 1;
            QMessageBox::warning(nullptr, QApplication::translate("main", "Market data feed"),
                QApplication::translate("main", "The feed cannot start: %1").arg(error));
            choice = *std::exchange(previous, std::nullopt);
            continue;
        }
        kairos::TerminalSession::Choice next = choice;
        // Only the window is rebuilt: the market, the engine and the account go on.
        QObject::connect(terminal.get(), &kairos::TerminalSession::appearanceChanged,
            terminal.get(), [terminal = terminal.get()] {
                kairos::applyTheme(*qApp, kairos::themeFromKey(kairos::Settings::theme.value()));
                installTranslator(*qApp);
                terminal->rebuildWindow();
            });
        QObject::connect(terminal.get(), &kairos::TerminalSession::feedChangeRequested,
            terminal.get(), [&next](const kairos::TerminalSession::Choice &chosen) {
                next = chosen;
                QApplication::exit(RebuildCode);
            });
        QObject::connect(terminal.get(), &kairos::TerminalSession::rewindRequested, terminal.get(),
            [&next, &choice](qint64 time) {
                next = choice;
                next.replayStartAt = time;
                QApplication::exit(RebuildCode);
            });
        // SIGTERM (a logout, a service manager) or SIGINT ends the loop like
        // closing the window: the terminal is then destroyed in order.
        kairos::StopSignals stopSignals;
        QObject::connect(&stopSignals, &kairos::StopSignals::stopRequested, terminal.get(),
            [terminal = terminal.get()](int signal) {
                QTextStream(stderr) << "kairos: signal " << signal << ", shutting down" << Qt::endl;
                terminal->window()->saveLayout();
                QApplication::quit();
            });
        terminal->show();
        if (first)
            scheduleScreenshot(*terminal->window(), options);
        const int code = QApplication::exec();
        if (code != RebuildCode)
            return code;
        terminal->window()->saveLayout();
        previous = choice;
        choice = next;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral("Kairos"));
    QApplication::setOrganizationName(QStringLiteral("Kairos"));
    QApplication::setApplicationVersion(QStringLiteral(KAIROS_VERSION));

    // Options first, under a plain core application, so --help, --version and
    // usage errors work without a display.
    Options options;
    {
        QCoreApplication parsing(argc, argv);
        installTranslator(parsing);
        if (const auto exitCode = parseOptions(QCoreApplication::arguments(), options))
            return *exitCode;
    }

    QApplication app(argc, argv);
    installTranslator(app);

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kairos.svg")));
    std::optional<kairos::StorageWriter::Options> storage;
    // One database per profile, in the data folder (read once the settings are).
    kairos::AlertList problems;
    if (options.defaultDatabase) {
        QString warning;
        options.database = kairos::DataFolder::databasePath(&warning);
        if (!warning.isEmpty()) {
            QTextStream(stderr) << "kairos: " << warning << Qt::endl;
            problems.append(
                { 0, kairos::AlertSeverity::Warning, QStringLiteral("storage"), warning });
        }
    }
    // Without a database the session still needs one to outlive a change of
    // feed: a scratch file, removed when the app ends, so nothing is kept.
    QTemporaryDir scratch;
    const bool keep = !options.database.isEmpty();
    if (!keep && scratch.isValid())
        options.database = scratch.filePath(QStringLiteral("session.db"));
    if (!options.database.isEmpty()) {
        // A second terminal on the same file stops here, saying whose it is.
        if (const QString holder = kairos::StorageWriter::inUse(options.database);
            !holder.isEmpty()) {
            QTextStream(stderr) << "kairos: " << holder << Qt::endl;
            if (QGuiApplication::platformName() != u"offscreen")
                QMessageBox::critical(nullptr, QStringLiteral("Kairos"), holder);
            return 1;
        }
        storage = kairos::StorageWriter::Options { options.database, {} };
        storage->scratch = !keep;
    }
    std::optional<kairos::EventPublisher::Options> publish;
    if (options.redis) {
        publish = kairos::EventPublisher::Options {};
        publish->url = *options.redis;
    }
    if (options.follow)
        return follow(*options.follow, options);
    const kairos::TerminalSession::Environment environment { options.simulator, storage, publish,
        problems };
    return runTerminals({ options.feed, options.replaySpeed, std::nullopt }, environment, options);
}
