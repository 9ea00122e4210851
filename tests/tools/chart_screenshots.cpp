// Takes the README's chart screenshots: four charts tiled in one tab of the
// real window on the simulator (four symbols, four timeframes, one of them
// Heikin-Ashi on a logarithmic scale), a chart of its own showing three
// years of a coin that rose a hundredfold as Heikin-Ashi weekly candles on a
// logarithmic scale, that coin's daily candles with five studies a trader
// added, in three panes, and the same candles with the drawing tools in use.
//
//   chart_screenshots OUTPUT_FOLDER
//
// (The whole-year view of one-minute candles comes from kairos-chart-bench
// --candles 525600 --png FOLDER, which loads them from a database.)
//
// Run it under Xvfb (or QT_QPA_PLATFORM=offscreen) with a fresh
// XDG_CONFIG_HOME, so no saved settings change the pictures.

#include "ChartWorkspace.h"
#include "MainWindow.h"
#include "SessionWiring.h"
#include "Theme.h"
#include "chart/CandleChart.h"
#include "engine/LiveSession.h"
#include "feed/SimulatedFeed.h"
#include "indicators/IndicatorSet.h"
#include "market/CandleRollUp.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <cmath>

using namespace kairos;

namespace {

// Three years of days of a coin rising from 0.5 to about 50, in swings.
ChartUpdate risingDays()
{
    QRandomGenerator random(7);
    ChartUpdate update;
    update.timeframe = Timeframe::fromSeconds(86400);
    update.reset = true;
    IndicatorSet indicators;
    update.indicatorParams = indicators.params();
    std::int64_t time = QDateTime(QDate(2023, 1, 2), QTime(), QTimeZone::utc()).toMSecsSinceEpoch();
    double price = 0.5;
    for (int day = 0; day < 3 * 365; ++day, time += 86'400'000) {
        const double drift = std::log(100.0) / (3 * 365) + 0.02 * std::sin(day / 40.0) / 40.0;
        Candle c;
        c.time = time;
        c.open = Decimal::fromDouble(price);
        price *= std::exp(drift + (random.generateDouble() - 0.5) * 0.06);
        c.close = Decimal::fromDouble(price);
        c.high = Decimal::fromDouble(
            std::max(c.open.toDouble(), price) * (1 + random.generateDouble() * 0.03));
        c.low = Decimal::fromDouble(
            std::min(c.open.toDouble(), price) * (1 - random.generateDouble() * 0.03));
        c.volume = Volume::fromDouble(1e9 * (1 + random.generateDouble()));
        c.trades = 1000;
        c.state = CandleState::Confirmed;
        update.confirmed.append(c);
    }
    for (const Candle &c : std::as_const(update.confirmed))
        update.indicators.append(indicators.update(c));
    return update;
}

// The same coin's weeks, as the engine would build them from the days.
ChartUpdate risingCoin()
{
    ChartUpdate update = risingDays();
    IndicatorSet indicators;
    update.indicators.clear();
    const CandleList weeks = rollUp(update.confirmed, Timeframe::week());
    update.timeframe = Timeframe::week();
    update.confirmed = weeks;
    for (const Candle &c : std::as_const(weeks))
        update.indicators.append(indicators.update(c));
    return update;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kairos"));
    QApplication::setOrganizationName(QStringLiteral("Kairos"));
    if (argc < 2) {
        QTextStream(stderr) << "usage: chart_screenshots OUTPUT_FOLDER" << Qt::endl;
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    applyTheme(app, Theme::Dark);
    int failures = 0;
    auto save = [&](QWidget *widget, const char *name) {
        const QString path = out.filePath(QLatin1StringView(name));
        if (!widget->grab().save(path)) {
            QTextStream(stderr) << "cannot save " << path << Qt::endl;
            ++failures;
        }
    };

    CandleChart rising;
    rising.resize(1200, 700);
    rising.setStyle(PricePane::Style::HeikinAshi);
    rising.setPriceScale(CandleChart::PriceScale::Logarithmic);
    rising.setSeries(QStringLiteral("MOONUSDT"), 4, risingCoin());
    rising.show();
    QApplication::processEvents();
    rising.replot(QCustomPlot::rpImmediateRefresh);
    save(&rising, "chart-heikin-ashi-log.png");
    rising.hide();

    // Five studies in three panes: an EMA and the SuperTrend over the
    // prices, two RSIs of their own periods in one pane, the ADX in another.
    CandleChart studied;
    studied.resize(1200, 800);
    ChartUpdate days = risingDays();
    days.confirmed = days.confirmed.mid(days.confirmed.size() - 240);
    days.indicators = days.indicators.mid(days.indicators.size() - 240);
    studied.setSeries(QStringLiteral("MOONUSDT"), 4, days);
    studied.studies()->showKeys({});
    ChartStudyList list;
    const std::pair<const char *, int> studies[] = { { "ema:50", 0 }, { "supertrend:10:3", 0 },
        { "rsi:14", 1 }, { "rsi:5", 1 }, { "adx:14", 2 } };
    for (const auto &[spec, pane] : studies) {
        ChartStudy study
            = ChartStudy::make(*StudySpec::parse(QLatin1StringView(spec)), int(list.size()), 0);
        study.pane = pane;
        list.append(study);
    }
    list[3].style = Qt::DashLine;
    studied.setStudyList(list);
    studied.show();
    QApplication::processEvents();
    studied.replot(QCustomPlot::rpImmediateRefresh);
    save(&studied, "chart-studies.png");
    studied.hide();

    // Every kind of drawing, and the measure tool reading a swing.
    CandleChart drawn;
    drawn.resize(1200, 700);
    drawn.setSeries(QStringLiteral("MOONUSDT"), 4, days);
    drawn.studies()->showKeys({ QStringLiteral("rsi") });
    drawn.setStudyList({});
    drawn.show();
    QApplication::processEvents();
    drawn.replot(QCustomPlot::rpImmediateRefresh);
    const CandleList &held = days.confirmed;
    const auto at = [&](int index, double price) {
        return DrawingPoint { held[index].time + 43'200'000, price };
    };
    const auto make = [](Drawing::Kind kind, QList<DrawingPoint> points, const char *color,
                          const char *text = "") {
        Drawing d;
        d.kind = kind;
        d.points = std::move(points);
        d.color = QLatin1StringView(color);
        d.text = QString::fromUtf8(text);
        return d;
    };
    const auto lowOf = [&](int index) { return held[index].low.toDouble(); };
    const auto highOf = [&](int index) { return held[index].high.toDouble(); };
    drawn.drawings()->setDrawings({
        make(Drawing::Kind::HorizontalLine, { at(0, highOf(148)) }, "#ef5350", "resistance"),
        make(Drawing::Kind::TrendLine, { at(132, lowOf(132)), at(168, lowOf(168)) }, "#26a69a"),
        make(Drawing::Kind::Ray, { at(150, highOf(150)), at(190, highOf(190)) }, "#ffa726"),
        make(Drawing::Kind::Fibonacci, { at(168, lowOf(168)), at(214, highOf(214)) }, "#ab47bc"),
        make(Drawing::Kind::Rectangle, { at(176, highOf(176) * 1.01), at(196, lowOf(190) * 0.99) },
            "#42a5f5"),
        make(Drawing::Kind::Channel,
            { at(200, lowOf(200)), at(235, lowOf(235)), at(212, highOf(212)) }, "#26c6da"),
        make(Drawing::Kind::Text, { at(138, highOf(150) * 1.015) }, "#fff176",
            "breakout, volume ×3"),
    });
    const QCPAxisRect *rect = drawn.axisRect(0);
    const auto pixel = [rect](const DrawingPoint &p) {
        return QPointF(rect->axis(QCPAxis::atBottom)->coordToPixel(double(p.time) / 1000.0),
            rect->axis(QCPAxis::atRight)->coordToPixel(p.price));
    };
    drawn.drawings()->setTool(ChartDrawings::MeasureTool);
    drawn.drawings()->press(pixel(at(214, highOf(214))));
    drawn.drawings()->press(pixel(at(228, lowOf(228))));
    drawn.replot(QCustomPlot::rpImmediateRefresh);
    save(&drawn, "chart-drawings.png");
    drawn.hide();

    SimulatorConfig config;
    config.symbols = SimulatorConfig::defaultSymbols(4);
    config.ticksPerSecond = 50;
    config.seed = 11;
    config.startTime = QDateTime::currentMSecsSinceEpoch();
    config.historySeconds = 24 * 3600;
    LiveSession session(new SimulatedFeed(config));
    MainWindow window(session.instruments(), QStringLiteral("Simulator"));
    connectWindowToEngine(window, session.engine());
    connectViews(window, session.engine());
    session.start();
    window.resize(1600, 1000);
    window.show();

    ChartWorkspace *charts = window.charts();
    charts->arrange(ChartWorkspace::Layout::Grid);
    const QList<CandleChart *> four = charts->chartsOfTab(charts->currentIndex());
    const int minutes[] = { 1, 5, 15, 60 };
    for (qsizetype i = 0; i < four.size() && i < 4; ++i) {
        charts->setActiveChart(four[i]);
        window.showChart(quint32(i), Timeframe::fromSeconds(60 * minutes[i]));
    }
    four.value(3)->setStyle(PricePane::Style::HeikinAshi);
    four.value(3)->setPriceScale(CandleChart::PriceScale::Logarithmic);
    charts->setActiveChart(four.value(0));
    QTimer::singleShot(25'000, &window, [&] {
        save(&window, "chart-four.png");
        QApplication::quit();
    });
    const int code = app.exec();
    return code != 0 ? code : (failures > 0 ? 1 : 0);
}
