#include "../common/ChartFixtures.h"
#include "../common/WindowActions.h"
#include "ChartWorkspace.h"
#include "MainWindow.h"
#include "chart/CandleChart.h"
#include "engine/Engine.h"
#include "storage/DrawingStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kairos;
using namespace kairos::testing;

// Drawing on a chart with the mouse, and the drawings kept per symbol.
namespace {

InstrumentList instruments()
{
    return { { QStringLiteral("BTCUSDT"), *Decimal::parse("0.01"), *Decimal::parse("0.00001") },
        { QStringLiteral("ETHUSDT"), *Decimal::parse("0.01"), *Decimal::parse("0.00001") } };
}

// The pixel of a time (ms) and a price on a chart's price pane.
QPoint pixel(const CandleChart &chart, std::int64_t time, double price)
{
    const QCPAxisRect *rect = chart.axisRect(0);
    return QPoint(
        int(std::lround(rect->axis(QCPAxis::atBottom)->coordToPixel(double(time) / 1000.0))),
        int(std::lround(rect->axis(QCPAxis::atRight)->coordToPixel(price))));
}

void press(CandleChart &chart, QPoint at)
{
    QTest::mouseClick(&chart, Qt::LeftButton, Qt::NoModifier, at);
}

// A chart of 60 candles (100 … 108) of `symbol`.
void showCandles(CandleChart &chart, const QString &symbol)
{
    chart.setSeries(symbol, 2, chartUpdate(candles(60), std::nullopt));
    chart.replot();
}

} // namespace

class TestChartDrawings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KairosDrawingTest"));
        QSettings().clear();
    }
    void cleanup() { QSettings().clear(); }

    void aTrendLineIsTwoClicksAndMovesByDragging()
    {
        auto chart = shownChart();
        showCandles(*chart, QStringLiteral("BTCUSDT"));
        ChartDrawings *drawings = chart->drawings();
        QSignalSpy added(drawings, &ChartDrawings::added);
        QSignalSpy changed(drawings, &ChartDrawings::changed);
        QSignalSpy removed(drawings, &ChartDrawings::removed);

        drawings->setTool(int(Drawing::Kind::TrendLine));
        const std::int64_t a = T0 + 20 * 60'000, b = T0 + 40 * 60'000;
        QTest::mouseMove(chart.get(), pixel(*chart, a, 101));
        QCOMPARE(chart->cursor().shape(), Qt::CrossCursor); // the tool waits for a point
        press(*chart, pixel(*chart, a, 101));
        QVERIFY(added.isEmpty()); // one point of two
        press(*chart, pixel(*chart, b, 106));
        QCOMPARE(added.size(), 1);
        QVERIFY(!drawings->tool()); // one drawing per pick of the tool
        Drawing line = added.first().first().value<Drawing>();
        QCOMPARE(line.kind, Drawing::Kind::TrendLine);
        QCOMPARE(line.symbol, QStringLiteral("BTCUSDT"));
        QCOMPARE(line.points.size(), 2);
        // Where clicked, to a pixel.
        const double minutePixels
            = std::abs(pixel(*chart, T0 + 60'000, 0).x() - pixel(*chart, T0, 0).x());
        QVERIFY(std::abs(line.points[0].time - a) <= 60'000 / std::max(minutePixels, 1.0) + 1000);
        QVERIFY(std::abs(line.points[1].price - 106) < 0.1);

        // The store answers with the drawing, its id given; it can be picked
        // and dragged: the whole line moves.
        line.id = 7;
        drawings->setDrawings({ line });
        const QPoint middle = pixel(*chart, (a + b) / 2, *line.priceAt((a + b) / 2));
        QCOMPARE(drawings->drawingAt(middle), std::optional<qsizetype>(0));
        QTest::mousePress(chart.get(), Qt::LeftButton, Qt::NoModifier, middle);
        QCOMPARE(drawings->selected(), std::optional<qsizetype>(0));
        QTest::mouseMove(chart.get(), middle + QPoint(0, -40));
        QTest::mouseRelease(chart.get(), Qt::LeftButton, Qt::NoModifier, middle + QPoint(0, -40));
        QCOMPARE(changed.size(), 1);
        const Drawing moved = changed.first().first().value<Drawing>();
        QCOMPARE(moved.id, 7);
        QVERIFY(moved.points[0].price > line.points[0].price + 0.5);
        QVERIFY(std::abs((moved.points[1].price - moved.points[0].price)
                    - (line.points[1].price - line.points[0].price))
            < 1e-9);

        // Its colour and text edited: kept as the same drawing.
        Drawing recoloured = moved;
        recoloured.color = QStringLiteral("#ff0000");
        recoloured.text = QStringLiteral("support");
        drawings->edit(0, recoloured);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().value<Drawing>(), recoloured);
        drawings->edit(0, recoloured); // no change, nothing said
        QCOMPARE(changed.size(), 2);

        // Copied and pasted: a new one, a little later; Delete removes.
        QTest::keyClick(chart.get(), Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(chart.get(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(added.size(), 2);
        const Drawing copy = added.last().first().value<Drawing>();
        QCOMPARE(copy.id, 0);
        QVERIFY(copy.points[0].time > moved.points[0].time);
        QTest::keyClick(chart.get(), Qt::Key_Delete);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().value<Drawing>().id, 7);
        QVERIFY(drawings->drawings().isEmpty());
    }

    void theMagnetSnapsToTheCandlesPrices()
    {
        auto chart = shownChart();
        showCandles(*chart, QStringLiteral("BTCUSDT"));
        ChartDrawings *drawings = chart->drawings();
        QSignalSpy added(drawings, &ChartDrawings::added);
        drawings->setMagnet(true);
        drawings->setTool(int(Drawing::Kind::HorizontalLine));
        // Candle 30: open 102, high 105, low 99; a click just under its high.
        const Candle c = candles(60)[30];
        press(*chart, pixel(*chart, c.time + 10'000, c.high.toDouble() - 0.3));
        QCOMPARE(added.size(), 1);
        const Drawing level = added.first().first().value<Drawing>();
        QCOMPARE(level.points[0].price, c.high.toDouble());
        QCOMPARE(level.points[0].time, c.time + 30'000); // the candle's centre
    }

    void theMeasureToolReadsPriceTimeAndBars()
    {
        auto chart = shownChart();
        showCandles(*chart, QStringLiteral("BTCUSDT"));
        ChartDrawings *drawings = chart->drawings();
        drawings->setTool(ChartDrawings::MeasureTool);
        press(*chart, pixel(*chart, T0 + 10 * 60'000, 100));
        press(*chart, pixel(*chart, T0 + 40 * 60'000, 105));
        const QString text = drawings->measureText();
        QVERIFY2(text.startsWith(QStringLiteral("+5.0")) || text.startsWith(QStringLiteral("+4.9")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("30 min")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("· 30 bar")), qPrintable(text));
        QTest::keyClick(chart.get(), Qt::Key_Escape);
        QVERIFY(drawings->measureText().isEmpty());
        QVERIFY(!drawings->tool());
    }

    void aLineAlertFiresOnceWhenThePriceCrossesIt()
    {
        // A falling trend line drawn on the chart becomes an alert rule in
        // the running engine; the price, flat at 100, meets it once.
        Engine engine(instruments());
        MainWindow window(instruments(), QStringLiteral("Test"));
        connect(&window, &MainWindow::alertRulesChanged, &engine, &Engine::setAlertRules);
        QSignalSpy events(&engine, &Engine::tradingEvents);
        CandleChart *chart = window.charts()->activeChart();
        showCandles(*chart, QStringLiteral("BTCUSDT"));
        Drawing line;
        line.kind = Drawing::Kind::TrendLine;
        line.symbol = QStringLiteral("BTCUSDT");
        line.points = { { T0, 110.0 }, { T0 + 20 * 60'000, 90.0 } };
        emit chart->drawings()->alertRequested(line);

        int alerts = 0;
        QString text;
        for (int minute = 0; minute < 20; ++minute) {
            TickBatch batch;
            Tick tick;
            tick.symbol = 0;
            tick.time = T0 + std::int64_t(minute) * 60'000;
            tick.price = Decimal::fromInteger(100);
            tick.quantity = Decimal::fromInteger(1);
            batch.ticks = { tick };
            batch.watermark = tick.time;
            batch.live = true;
            engine.processBatch(batch);
            QCoreApplication::processEvents();
        }
        QTRY_VERIFY(!events.isEmpty());
        for (const QList<QVariant> &e : std::as_const(events)) {
            for (const Alert &alert : e.first().value<TradingEvents>().alerts) {
                ++alerts;
                text = alert.text;
            }
        }
        QCOMPARE(alerts, 1);
        QVERIFY2(
            text.contains(QStringLiteral("rose through the trend line at 100")), qPrintable(text));
    }

    void aDrawingSurvivesARestartAndShowsOnEveryTimeframe()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        {
            Database db;
            QVERIFY(db.open(path)); // the session's writer has migrated it
        }
        {
            MainWindow window(instruments(), QStringLiteral("Test"));
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setDatabase(path, false);
            CandleChart *chart = window.charts()->activeChart();
            showCandles(*chart, QStringLiteral("BTCUSDT"));
            actionNamed(&window, Drawing::kindName(Drawing::Kind::Ray))->trigger();
            QCOMPARE(chart->drawings()->tool(), std::optional<int>(int(Drawing::Kind::Ray)));
            press(*chart, pixel(*chart, T0 + 10 * 60'000, 101));
            press(*chart, pixel(*chart, T0 + 30 * 60'000, 104));
            QCOMPARE(chart->drawings()->drawings().size(), 1);
            QVERIFY(chart->drawings()->drawings()[0].id > 0); // stored

            // An alert from the line: a rule of the line's symbol.
            QSignalSpy rules(&window, &MainWindow::alertRulesChanged);
            emit chart->drawings()->alertRequested(chart->drawings()->drawings()[0]);
            QCOMPARE(rules.size(), 1);
            const AlertRule rule = rules.first().first().value<AlertRuleList>().constLast();
            QCOMPARE(rule.kind, AlertRule::Kind::LineCrosses);
            QCOMPARE(rule.symbol, QStringLiteral("BTCUSDT"));
            QCOMPARE(rule.line.kind, Drawing::Kind::Ray);
            QCOMPARE(rule.line.id, chart->drawings()->drawings()[0].id);

            // A second ray, drawn on the other chart of a split: the tool,
            // picked while the first was active, goes to the chart clicked.
            window.charts()->split(Qt::Horizontal);
            const QList<CandleChart *> both = window.charts()->charts();
            QCOMPARE(both.size(), 2);
            CandleChart *other = both[0] == chart ? both[1] : both[0];
            showCandles(*other, QStringLiteral("BTCUSDT"));
            window.charts()->setActiveChart(chart);
            actionNamed(&window, Drawing::kindName(Drawing::Kind::Ray))->trigger();
            QVERIFY(chart->drawings()->tool());
            QApplication::processEvents();
            press(*other, pixel(*other, T0 + 12 * 60'000, 102));
            QCOMPARE(window.charts()->activeChart(), other);
            press(*other, pixel(*other, T0 + 32 * 60'000, 103));
            QCOMPARE(other->drawings()->drawings().size(), 2); // both charts show both
            QCOMPARE(chart->drawings()->drawings().size(), 2);
            QVERIFY(!chart->drawings()->tool());

            // Deleting the first ray takes its alert with it.
            rules.clear();
            chart->drawings()->select(0);
            QTest::keyClick(chart, Qt::Key_Delete);
            QCOMPARE(rules.size(), 1);
            QVERIFY(rules.first().first().value<AlertRuleList>().isEmpty());
            QCOMPARE(other->drawings()->drawings().size(), 1);
        }
        MainWindow window(instruments(), QStringLiteral("Test"));
        window.setDatabase(path, false);
        CandleChart *chart = window.charts()->activeChart();
        ChartUpdate hours = chartUpdate(candles(10, T0 - 3'600'000), std::nullopt);
        hours.timeframe = Timeframe::fromSeconds(3600);
        chart->setSeries(QStringLiteral("BTCUSDT"), 2, hours);
        QCOMPARE(chart->drawings()->drawings().size(), 1);
        const Drawing ray = chart->drawings()->drawings()[0];
        QCOMPARE(ray.kind, Drawing::Kind::Ray);
        QVERIFY(std::abs(ray.points[1].price - 103) < 0.2); // the second one
        // Another symbol has none.
        chart->setSeries(QStringLiteral("ETHUSDT"), 2, hours);
        QVERIFY(chart->drawings()->drawings().isEmpty());
    }
};

QTEST_MAIN(TestChartDrawings)
#include "tst_chartdrawings.moc"
