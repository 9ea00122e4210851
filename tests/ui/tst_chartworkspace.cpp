#include "../common/WindowActions.h"
#include "ChartWorkspace.h"
#include "MainWindow.h"
#include "Settings.h"
#include "chart/CandleChart.h"
#include "dialogs/StudyListDialog.h"
#include "engine/Engine.h"

#include <QAction>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace kairos;
using kairos::testing::actionNamed;

namespace {

InstrumentList instruments()
{
    InstrumentList list;
    for (const char *name : { "BTCUSDT", "ETHUSDT", "SOLUSDT" })
        list.append(
            { QString::fromLatin1(name), *Decimal::parse("0.01"), *Decimal::parse("0.00001") });
    return list;
}

constexpr std::int64_t T0 = 1'709'294'400'000; // 2024-03-01 12:00 UTC

// A trade a second for each symbol, each at its own price level, from `from`
// seconds after T0.
TickBatch trades(int from, int seconds)
{
    TickBatch batch;
    for (int s = from; s < from + seconds; ++s) {
        for (quint32 symbol = 0; symbol < 3; ++symbol) {
            Tick t;
            t.symbol = symbol;
            t.time = T0 + std::int64_t(s) * 1000;
            t.price = Decimal::fromInteger(std::int64_t(100 * (symbol + 1) + s % 7));
            t.quantity = Decimal::fromInteger(1);
            batch.ticks.append(t);
        }
    }
    batch.watermark = batch.ticks.constLast().time;
    return batch;
}

} // namespace

class TestChartWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KairosTest"));
        QSettings().clear();
        qRegisterMetaType<ChartSubscriptionList>();
    }

    void cleanup() { QSettings().clear(); }

    void eachChartKeepsItsStudyListAcrossARestart()
    {
        // Two RSIs of their own periods, each in a pane of its own, and an
        // EMA over the prices, added through the Studies dialog to one of two
        // charts: kept with that chart only, and back after a restart.
        {
            MainWindow window(instruments(), QStringLiteral("Test"));
            ChartWorkspace *charts = window.charts();
            charts->split(Qt::Horizontal);
            const QList<CandleChart *> both = charts->charts();
            QCOMPARE(both.size(), 2);
            charts->setActiveChart(both[0]);
            bool edited = false;
            QTimer::singleShot(0, &window, [&edited] {
                auto *dialog = qobject_cast<StudyListDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                dialog->addStudy(QStringLiteral("rsi"));
                dialog->addStudy(QStringLiteral("rsi"));
                dialog->addStudy(QStringLiteral("ema"));
                dialog->findChild<QLineEdit *>(QStringLiteral("spec1"))
                    ->setText(QStringLiteral("rsi:7"));
                dialog->findChild<QLineEdit *>(QStringLiteral("spec2"))
                    ->setText(QStringLiteral("ema:50"));
                edited = true;
                dialog->accept();
            });
            actionNamed(&window, QStringLiteral("&Studies on this chart…"))->trigger();
            QVERIFY(edited);
            const ChartStudyList studies = both[0]->studyList();
            QCOMPARE(studies.size(), 3);
            QCOMPARE(studies[0].spec.text(), QStringLiteral("rsi:14"));
            QCOMPARE(studies[1].spec.text(), QStringLiteral("rsi:7"));
            QCOMPARE(studies[2].spec.text(), QStringLiteral("ema:50"));
            QCOMPARE(studies[0].pane, 1);
            QCOMPARE(studies[1].pane, 2);
            QCOMPARE(studies[2].pane, 0);
            QVERIFY(studies[0].color != studies[1].color);
            QCOMPARE(both[0]->studies()->userPaneRects().size(), 2);
            QVERIFY(both[1]->studyList().isEmpty());
        }
        MainWindow window(instruments(), QStringLiteral("Test"));
        const QList<CandleChart *> both = window.charts()->charts();
        QCOMPARE(both.size(), 2);
        const ChartStudyList studies = both[0]->studyList();
        QCOMPARE(studies.size(), 3);
        QCOMPARE(studies[1].spec.text(), QStringLiteral("rsi:7"));
        QCOMPARE(studies[1].pane, 2);
        QCOMPARE(both[0]->studies()->userPaneRects().size(), 2);
        QVERIFY(both[1]->studyList().isEmpty());
    }

    void twoChartsWithDifferentSymbolsBothUpdateLive()
    {
        Engine engine(instruments());
        MainWindow window(instruments(), QStringLiteral("Test"));
        connect(&window, &MainWindow::chartsChanged, &engine, &Engine::setCharts);
        connect(&engine, &Engine::viewReady, &window, &MainWindow::applyView);
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ChartWorkspace *charts = window.charts();
        charts->arrange(ChartWorkspace::Layout::TwoColumns);
        QList<CandleChart *> shown = charts->charts();
        QCOMPARE(shown.size(), 2);
        // Split off and closed again: what is left is shown, side by side.
        charts->split(Qt::Vertical);
        QCOMPARE(charts->charts().size(), 3);
        for (CandleChart *chart : charts->charts())
            QTRY_VERIFY(chart->isVisible() && chart->height() > 100);
        charts->closeActiveChart();
        QCOMPARE(charts->charts(), shown);
        for (CandleChart *chart : shown)
            QTRY_VERIFY(chart->isVisible() && chart->width() > 100);
        QVERIFY(shown[0]->mapTo(&window, QPoint()).x() < shown[1]->mapTo(&window, QPoint()).x());
        charts->setActiveChart(shown[1]);
        window.showChart(2, Timeframe::fromSeconds(1));
        QCOMPARE(charts->symbolOf(shown[0]), 0u);
        QCOMPARE(charts->symbolOf(shown[1]), 2u);
        QCOMPARE(window.chartSymbol(), 2u); // the ticket and title follow the active one

        engine.processBatch(trades(0, 120));
        engine.publishView();
        for (CandleChart *chart : shown)
            QVERIFY(chart->candleCount() > 0);
        QCOMPARE(shown[0]->readoutText().contains(QStringLiteral("BTCUSDT")), true);
        QCOMPARE(shown[1]->readoutText().contains(QStringLiteral("SOLUSDT")), true);
        // Each chart's latest candle is its own symbol's.
        QCOMPARE(shown[0]->latestCandle()->close.toDouble(), 100 + 119 % 7);
        QCOMPARE(shown[1]->latestCandle()->close.toDouble(), 300 + 119 % 7);

        // Live: both move on with the next trades, neither starts again.
        const int before0 = shown[0]->candleCount();
        const int before1 = shown[1]->candleCount();
        QSignalSpy views(&engine, &Engine::viewReady);
        engine.processBatch(trades(120, 3));
        engine.publishView();
        QCOMPARE(views.size(), 1);
        const MarketView view = views.constFirst().constFirst().value<MarketView>();
        QCOMPARE(view.charts.size(), 2);
        for (const ChartUpdate &update : view.charts)
            QVERIFY(!update.reset);
        QCOMPARE(shown[1]->candleCount(), before1 + 3); // 1 s candles
        QVERIFY(shown[0]->candleCount() >= before0);
        QCOMPARE(shown[0]->latestCandle()->close.toDouble(), 100 + 122 % 7);
        QCOMPARE(shown[1]->latestCandle()->close.toDouble(), 300 + 122 % 7);
    }

    void theLayoutComesBackAfterARestart()
    {
        {
            MainWindow window(instruments(), QStringLiteral("Test"));
            ChartWorkspace *charts = window.charts();
            charts->arrange(ChartWorkspace::Layout::Grid);
            QList<CandleChart *> grid = charts->charts();
            QCOMPARE(grid.size(), 4);
            const quint32 symbols[] = { 0, 1, 2, 1 };
            const int seconds[] = { 60, 300, 3600, 86400 };
            for (int i = 0; i < 4; ++i) {
                charts->setActiveChart(grid[i]);
                window.showChart(symbols[i], Timeframe::fromSeconds(seconds[i]));
            }
            charts->setActiveChart(grid[2]);
            actionNamed(&window, QStringLiteral("&Heikin-Ashi"))->trigger();
            actionNamed(&window, QStringLiteral("L&ogarithmic"))->trigger();
            QCOMPARE(grid[2]->style(), PricePane::Style::HeikinAshi);
            QCOMPARE(grid[2]->priceScale(), CandleChart::PriceScale::Logarithmic);
            QCOMPARE(grid[0]->style(), PricePane::Style::Candles); // its own type
            // Its own studies: the RSI pane off and Bollinger toggled on one chart only.
            charts->setActiveChart(grid[1]);
            QVERIFY(actionNamed(&window, QStringLiteral("RSI pane"))->isChecked());
            actionNamed(&window, QStringLiteral("RSI pane"))->trigger();
            actionNamed(&window, QStringLiteral("Bollinger Bands"))->trigger();
            QVERIFY(!grid[1]->studies()->isPaneVisible(ChartStudies::RsiPane));
            QVERIFY(grid[0]->studies()->isPaneVisible(ChartStudies::RsiPane));
            QVERIFY(grid[1]->studies()->isOverlayVisible(ChartStudies::BollingerOverlay)
                != grid[0]->studies()->isOverlayVisible(ChartStudies::BollingerOverlay));
            charts->setActiveChart(grid[0]);
            QVERIFY(actionNamed(&window, QStringLiteral("RSI pane"))->isChecked()); // grid[0]'s
            charts->setActiveChart(grid[2]);
            charts->addChartTab();
            QCOMPARE(charts->count(), 2);
            charts->split(Qt::Vertical);
            QCOMPARE(charts->chartsOfTab(1).size(), 2);
            charts->setCrosshairLinked(true);
            charts->setCurrentIndex(0);
            QCOMPARE(charts->activeChart(), grid[2]); // each tab remembers its own
        }
        MainWindow window(instruments(), QStringLiteral("Test"));
        ChartWorkspace *charts = window.charts();
        QCOMPARE(charts->count(), 2);
        QCOMPARE(charts->currentIndex(), 0);
        const QList<CandleChart *> grid = charts->chartsOfTab(0);
        QCOMPARE(grid.size(), 4);
        QCOMPARE(charts->chartsOfTab(1).size(), 2);
        const quint32 symbols[] = { 0, 1, 2, 1 };
        const int seconds[] = { 60, 300, 3600, 86400 };
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(charts->symbolOf(grid[i]), symbols[i]);
            QCOMPARE(charts->timeframeOf(grid[i]), Timeframe::fromSeconds(seconds[i]));
        }
        QCOMPARE(charts->activeChart(), grid[2]);
        QCOMPARE(window.chartSymbol(), 2u);
        QCOMPARE(window.chartTimeframe(), Timeframe::fromSeconds(3600));
        QCOMPARE(grid[2]->style(), PricePane::Style::HeikinAshi);
        QCOMPARE(grid[2]->priceScale(), CandleChart::PriceScale::Logarithmic);
        QVERIFY(actionNamed(&window, QStringLiteral("&Heikin-Ashi"))->isChecked());
        QVERIFY(!grid[1]->studies()->isPaneVisible(ChartStudies::RsiPane));
        QVERIFY(grid[0]->studies()->isPaneVisible(ChartStudies::RsiPane));
        QVERIFY(grid[1]->studies()->isOverlayVisible(ChartStudies::BollingerOverlay)
            != grid[0]->studies()->isOverlayVisible(ChartStudies::BollingerOverlay));
        charts->setActiveChart(grid[1]);
        QVERIFY(!actionNamed(&window, QStringLiteral("RSI pane"))->isChecked());
        charts->setActiveChart(grid[2]);
        QVERIFY(charts->crosshairLinked());
        QVERIFY(!charts->symbolsLinked());
        QVERIFY(actionNamed(&window, QStringLiteral("Link cross&hair across the tab's charts"))
                    ->isChecked());

        // The engine is told every chart, once it is connected.
        QSignalSpy announced(&window, &MainWindow::chartsChanged);
        window.announceCharts();
        const auto list = announced.constFirst().constFirst().value<ChartSubscriptionList>();
        QCOMPARE(list.size(), 6);
        QCOMPARE(list[2].symbol, 2u);
        QCOMPARE(list[2].timeframe, Timeframe::fromSeconds(3600));
        for (qsizetype i = 0; i < list.size(); ++i) {
            for (qsizetype j = i + 1; j < list.size(); ++j)
                QVERIFY(list[i].chart != list[j].chart);
        }
    }

    void aLayoutThatDoesNotReadShowsOneChartAndSaysSo()
    {
        ChartWorkspace charts(instruments());
        QString problem;
        charts.restore(QJsonDocument::fromJson("[1,2").object(), &problem);
        QCOMPARE(charts.charts().size(), 1);
        QVERIFY(problem.isEmpty()); // nothing saved: nothing to say

        charts.restore(
            QJsonObject { { QStringLiteral("tabs"), QJsonArray { 7, QStringLiteral("x") } } },
            &problem);
        QCOMPARE(charts.charts().size(), 1);
        QVERIFY2(problem.contains(QStringLiteral("does not read")), qPrintable(problem));

        // A symbol this session does not trade: the first instrument's, named.
        problem.clear();
        charts.restore(
            QJsonObject { { QStringLiteral("tabs"),
                QJsonArray { QJsonObject { { QStringLiteral("symbol"), QStringLiteral("DOGEUSDT") },
                    { QStringLiteral("timeframe"), 7 }, { QStringLiteral("type"), 3.5 } } } } },
            &problem);
        QCOMPARE(charts.charts().size(), 1);
        QCOMPARE(charts.symbolOf(charts.activeChart()), 0u);
        QCOMPARE(charts.timeframeOf(charts.activeChart()), Timeframe::fromSeconds(60));
        QCOMPARE(charts.activeChart()->style(), PricePane::Style::Candles);
        QVERIFY2(problem.contains(QStringLiteral("DOGEUSDT")), qPrintable(problem));

        // However many charts or however deep the saved tree, the window
        // builds a bounded number.
        QJsonObject deep { { QStringLiteral("symbol"), QStringLiteral("ETHUSDT") } };
        for (int depth = 0; depth < 10; ++depth)
            deep = { { QStringLiteral("split"), QStringLiteral("vertical") },
                { QStringLiteral("items"), QJsonArray { deep, deep } } };
        charts.restore(QJsonObject { { QStringLiteral("tabs"), QJsonArray { deep, deep } } });
        QVERIFY(charts.charts().size() >= 1);
        QVERIFY(charts.charts().size() <= ChartWorkspace::MaxCharts);
        QCOMPARE(charts.subscriptions().size(), charts.charts().size());
        QJsonArray many;
        for (int i = 0; i < 40; ++i)
            many.append(QJsonObject { { QStringLiteral("symbol"), QStringLiteral("SOLUSDT") } });
        charts.restore(QJsonObject { { QStringLiteral("tabs"),
            QJsonArray { QJsonObject { { QStringLiteral("split"), QStringLiteral("horizontal") },
                             { QStringLiteral("items"), many } },
                QJsonObject { { QStringLiteral("symbol"), QStringLiteral("ETHUSDT") } } } } });
        QCOMPARE(charts.charts().size(), ChartWorkspace::MaxCharts);
        QCOMPARE(charts.count(), 1); // the second tab found no room
        QCOMPARE(charts.symbolOf(charts.activeChart()), 2u);
    }

    void splitsAndClosesKeepAChart()
    {
        ChartWorkspace charts(instruments());
        charts.restoreSaved();
        QSignalSpy changed(&charts, &ChartWorkspace::subscriptionsChanged);
        CandleChart *first = charts.activeChart();
        charts.split(Qt::Horizontal);
        charts.split(Qt::Vertical);
        QCOMPARE(charts.charts().size(), 3);
        QCOMPARE(changed.size(), 2);
        QVERIFY(charts.activeChart() != first); // the new chart is the active one
        // Each new chart starts like the one it was split from.
        for (const CandleChart *chart : charts.charts())
            QCOMPARE(charts.symbolOf(chart), 0u);
        for (int i = 0; i < 30; ++i)
            charts.split(i % 2 ? Qt::Vertical : Qt::Horizontal);
        QCOMPARE(charts.charts().size(), ChartWorkspace::MaxCharts);
        for (int i = 0; i < 40; ++i)
            charts.closeActiveChart();
        QCOMPARE(charts.charts().size(), 1);
        QVERIFY(charts.activeChart());
        QCOMPARE(charts.subscriptions().size(), 1);

        // A tab closes with its charts; the last tab stays.
        charts.addChartTab();
        charts.arrange(ChartWorkspace::Layout::TwoRows);
        QCOMPARE(charts.charts().size(), 3);
        charts.closeTab(1);
        QCOMPARE(charts.count(), 1);
        QCOMPARE(charts.charts().size(), 1);
        charts.closeTab(0);
        QCOMPARE(charts.count(), 1);
        QVERIFY(charts.activeChart());
    }

    void aLinkedSymbolGoesToEveryChartOfTheTab()
    {
        ChartWorkspace charts(instruments());
        charts.restoreSaved();
        charts.arrange(ChartWorkspace::Layout::TwoRows);
        const QList<CandleChart *> pair = charts.charts();
        charts.setActiveChart(pair[1]);
        charts.show(0, Timeframe::fromSeconds(3600));
        charts.show(1, Timeframe::fromSeconds(3600));
        QCOMPARE(charts.symbolOf(pair[0]), 0u); // not linked
        charts.setSymbolsLinked(true);
        QCOMPARE(charts.symbolOf(pair[0]), 1u);
        charts.show(2, Timeframe::fromSeconds(3600));
        QCOMPARE(charts.symbolOf(pair[0]), 2u);
        QCOMPARE(charts.timeframeOf(pair[0]), Timeframe::fromSeconds(60)); // its own timeframe
        // Another tab's charts keep theirs.
        charts.addChartTab();
        charts.show(0, Timeframe::fromSeconds(60));
        QCOMPARE(charts.symbolOf(pair[0]), 2u);
    }

    void aLinkedCrosshairShowsThePointersTimeOnEveryChart()
    {
        Engine engine(instruments());
        MainWindow window(instruments(), QStringLiteral("Test"));
        connect(&window, &MainWindow::chartsChanged, &engine, &Engine::setCharts);
        connect(&engine, &Engine::viewReady, &window, &MainWindow::applyView);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChartWorkspace *charts = window.charts();
        charts->arrange(ChartWorkspace::Layout::TwoColumns);
        const QList<CandleChart *> pair = charts->charts();
        charts->setActiveChart(pair[1]);
        window.showChart(1, Timeframe::fromSeconds(1));
        charts->setActiveChart(pair[0]);
        window.showChart(0, Timeframe::fromSeconds(1));
        engine.processBatch(trades(0, 60));
        engine.publishView();
        for (CandleChart *chart : pair)
            chart->replot();

        // The pointer over the 20th second of the left chart.
        const std::int64_t target = T0 + 20'000;
        QCPAxis *time = pair[0]->axisRect(0)->axis(QCPAxis::atBottom);
        const QPoint at(int(time->coordToPixel(double(target) / 1000.0 + 0.5)),
            pair[0]->axisRect(0)->rect().center().y());
        const QString right = pair[1]->readoutText();
        QTest::mouseMove(pair[0], at);
        QCOMPARE(pair[1]->readoutText(), right); // not linked: the latest candle
        charts->setCrosshairLinked(true);
        QTest::mouseMove(pair[0], at + QPoint(1, 0));
        const QString linked = pair[1]->readoutText();
        QVERIFY2(linked.contains(QStringLiteral("12:00:20")), qPrintable(linked));
        QVERIFY2(linked.contains(QStringLiteral("ETHUSDT")), qPrintable(linked));
        // The pointer leaves: the other chart shows its latest candle again.
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(pair[0], &leave);
        QCOMPARE(pair[1]->readoutText(), right);
    }
};

QTEST_MAIN(TestChartWorkspace)
#include "tst_chartworkspace.moc"
