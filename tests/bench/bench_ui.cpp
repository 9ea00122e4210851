// Runs the desktop app's pipeline (simulator → engine → main window) at a
// high tick rate and measures how the UI thread fares: how often its event
// loop stalls, how many views and repaints it handles. Prints JSON.
//
//   bench_ui [--seconds N] [--tick-rate N] [--check]
//
// --check exits non-zero when the UI received more views than the engine's
// coalescing allows or no ticks flowed: counts, not timings, so it is stable
// on a shared machine.

#include "MainWindow.h"
#include "SessionWiring.h"
#include "chart/CandleChart.h"
#include "engine/LiveSession.h"
#include "feed/SimulatedFeed.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace kairos;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);

    QCommandLineParser parser;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Duration."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption rateOption(QStringLiteral("tick-rate"), QStringLiteral("Ticks/s."),
        QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"), QStringLiteral("Fail on broken invariants."));
    parser.addOptions({ secondsOption, rateOption, checkOption });
    parser.process(app);
    const int seconds = std::max(1, parser.value(secondsOption).toInt());

    SimulatorConfig config;
    config.symbols = SimulatorConfig::defaultSymbols(6);
    config.ticksPerSecond = std::max(1.0, parser.value(rateOption).toDouble());
    config.seed = 1;
    config.startTime = QDateTime::currentMSecsSinceEpoch();
    config.historySeconds = 4 * 3600;
    config.historyTicksPerSecond = 40;
    config.regimes = false; // a steady rate, so the figures speak of the configured one

    LiveSession session(new SimulatedFeed(config));
    MainWindow window(session.instruments(), QStringLiteral("Simulator"));
    connectWindowToEngine(window, session.engine());
    connectViews(window, session.engine());
    window.showChart(0, Timeframe::fromSeconds(1));
    window.show();

    qint64 replots = 0;
    QObject::connect(window.chart(), &QCustomPlot::afterReplot, &window, [&replots] { ++replots; });
    qint64 ticks = 0;
    QObject::connect(session.engine(), &Engine::viewReady, &window,
        [&ticks](const MarketView &view) { ticks = view.stats.ticks; });

    // A 5 ms heartbeat on the UI thread: the gaps between beats are how long
    // the event loop was busy.
    QList<double> gaps;
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &window, [&] {
        if (beat.isValid())
            gaps.append(double(beat.nsecsElapsed()) / 1e6);
        beat.restart();
    });

    session.start();
    QElapsedTimer clock;
    qint64 viewsAtStart = 0;
    qint64 replotsAtStart = 0;
    qint64 ticksAtStart = 0;
    // Measure after the history has been taken in: the steady live state.
    QTimer::singleShot(1000, &window, [&] {
        viewsAtStart = window.viewsApplied();
        replotsAtStart = replots;
        ticksAtStart = ticks;
        clock.start();
        heartbeat.start();
    });
    QTimer::singleShot(1000 + seconds * 1000, &app, &QApplication::quit);
    app.exec();

    const double elapsed = double(clock.elapsed()) / 1000.0;
    std::sort(gaps.begin(), gaps.end());
    const double p99 = gaps.isEmpty() ? 0.0 : gaps[qsizetype(double(gaps.size() - 1) * 0.99)];
    const double worst = gaps.isEmpty() ? 0.0 : gaps.constLast();
    const double viewsPerSecond = double(window.viewsApplied() - viewsAtStart) / elapsed;
    const QJsonObject report {
        { QStringLiteral("seconds"), elapsed },
        { QStringLiteral("tick_rate_configured"), config.ticksPerSecond },
        { QStringLiteral("ticks_per_second"), double(ticks - ticksAtStart) / elapsed },
        { QStringLiteral("views_per_second"), viewsPerSecond },
        { QStringLiteral("replots_per_second"), double(replots - replotsAtStart) / elapsed },
        { QStringLiteral("heartbeat_interval_ms"), 5 },
        { QStringLiteral("heartbeat_gap_p99_ms"), p99 },
        { QStringLiteral("heartbeat_gap_max_ms"), worst },
        { QStringLiteral("heartbeats"), gaps.size() },
    };
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);

    if (parser.isSet(checkOption)) {
        const double maxViews = 1000.0 / Engine::ViewIntervalMs + 2.0;
        if (viewsPerSecond > maxViews || ticks - ticksAtStart <= 0 || gaps.isEmpty()) {
            QTextStream(stderr) << "bench_ui: invariant broken (views/s " << viewsPerSecond << " > "
                                << maxViews << ", or no ticks or heartbeats)" << Qt::endl;
            return 1;
        }
    }
    return 0;
}
