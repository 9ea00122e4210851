#include "../common/ChartFixtures.h"
#include "chart/CandleChart.h"
#include "chart/ChartStudies.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace kairos;
using namespace kairos::testing;

class TestCandleChart : public QObject
{
    Q_OBJECT

private slots:
    void showsSeriesAndFollowsLatest()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        chart.setSeries(QStringLiteral("BTCUSDT"), 2,
            chartUpdate(candles(300), forming(T0 + 300 * 60'000, 120)));
        QCOMPARE(chart.candleCount(), 301);
        QVERIFY(chart.isFollowing());
        QCOMPARE(chart.latestCandle()->state, CandleState::Forming);
        QVERIFY(chart.readoutText().contains(QStringLiteral("BTCUSDT")));
        QVERIFY(chart.readoutText().contains(QStringLiteral("forming")));

        QCPAxis *time = chart.axisRect(0)->axis(QCPAxis::atBottom);
        const double lastKey = double(T0 + 300 * 60'000) / 1000.0 + 30.0;
        QVERIFY(time->range().contains(lastKey));
        QVERIFY(!time->range().contains(double(T0) / 1000.0)); // about 120 candles in view

        // New candles scroll into view while following.
        chart.update(chartUpdate(candles(5, T0 + 300 * 60'000), forming(T0 + 305 * 60'000, 101)));
        QCOMPARE(chart.candleCount(), 306);
        QVERIFY(time->range().contains(double(T0 + 305 * 60'000) / 1000.0 + 30.0));
    }

    void panningStopsFollowingUntilAskedAgain()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        chart.setSeries(QStringLiteral("ETHUSDT"), 2, chartUpdate(candles(300), std::nullopt));
        QSignalSpy following(&chart, &CandleChart::followingChanged);

        const QPoint centre = chart.axisRect(0)->rect().center();
        // A click alone (for keyboard focus) keeps the view on the latest candle.
        QTest::mouseClick(&chart, Qt::LeftButton, {}, centre);
        QVERIFY(chart.isFollowing());
        QCOMPARE(following.count(), 0);
        QTest::mousePress(&chart, Qt::LeftButton, {}, centre);
        QTest::mouseMove(&chart, centre + QPoint(200, 0));
        QTest::mouseRelease(&chart, Qt::LeftButton, {}, centre + QPoint(200, 0));
        QVERIFY(!chart.isFollowing());
        QCOMPARE(following.count(), 1);

        QCPAxis *time = chart.axisRect(0)->axis(QCPAxis::atBottom);
        const QCPRange panned = time->range();
        chart.update(chartUpdate(candles(3, T0 + 300 * 60'000), std::nullopt));
        QCOMPARE(time->range(), panned); // the user's view stays put

        chart.setFollowing(true);
        QCOMPARE(following.count(), 2);
        QVERIFY(time->range().contains(double(T0 + 302 * 60'000) / 1000.0 + 30.0));
    }

    void zoomOutAtTheLimitStaysOnTheData()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        chart.setSeries(QStringLiteral("SOLUSDT"), 2, chartUpdate(candles(5000), std::nullopt));
        QCPAxis *time = chart.axisRect(0)->axis(QCPAxis::atBottom);
        const double first = double(T0) / 1000.0 + 30.0;
        const double last = first + 4999 * 60.0;
        const double before = time->range().size();
        const QPoint centre = chart.axisRect(0)->rect().center();
        wheel(&chart, centre, 120);
        QVERIFY(!chart.isFollowing());
        QVERIFY(time->range().size() < before);
        // Out to the whole history (more than the 2,000 candles it once
        // stopped at), and no further: the data fills the view.
        for (int i = 0; i < 100; ++i)
            wheel(&chart, centre, -120);
        QVERIFY2(time->range().lower <= first && time->range().upper >= last,
            qPrintable(QStringLiteral("%1 %2").arg(time->range().lower).arg(time->range().upper)));
        QVERIFY(time->range().lower >= first - 3 * 60.0);
        QVERIFY(time->range().upper <= last + 4 * 60.0);
        chart.replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(chart.frame().bucket > 60'000); // drawn in buckets of candles
        QVERIFY(chart.frame().drawn <= 2 * chart.axisRect(0)->width());

        // Panned past either end, the view stays on the data.
        time->setRange(first - 1e6, first - 1e6 + 600.0);
        QVERIFY(time->range().lower >= first - 3 * 60.0);
        QVERIFY(time->range().contains(first));
        time->setRange(last + 1e6, last + 1e6 + 600.0);
        QVERIFY(time->range().contains(last));
        QVERIFY(time->range().upper <= last + 600.0 / 4 + 60.0);
        for (int i = 0; i < 100; ++i)
            wheel(&chart, centre, 120);
        QVERIFY(time->range().size() >= 60.0 * CandleChart::MinVisible - 1e-6);
    }

    void aShortSeriesOpensOnItsCandles()
    {
        // Eight hourly candles: the view is theirs, not 120 hours of which
        // 112 are empty.
        auto shown = shownChart();
        CandleChart &chart = *shown;
        ChartUpdate update = chartUpdate(candles(8), forming(T0 + 8 * 60'000, 101));
        chart.setSeries(QStringLiteral("SOLUSDT"), 2, update);
        QCPAxis *time = chart.axisRect(0)->axis(QCPAxis::atBottom);
        const double first = double(T0) / 1000.0 + 30.0;
        QVERIFY2(time->range().lower >= first - 3 * 60.0,
            qPrintable(QString::number(time->range().lower - first)));
        QVERIFY(time->range().contains(first + 8 * 60.0));
        QVERIFY(time->range().size() <= 60.0 * (2 + 9 + 3) + 1e-6); // margins, candles
        chart.update(chartUpdate(candles(1, T0 + 8 * 60'000), forming(T0 + 9 * 60'000, 102)));
        QVERIFY(time->range().lower >= first - 3 * 60.0);
        QVERIFY(time->range().contains(first + 9 * 60.0));
    }

    void aZoomedOutChartDrawsEachBucketsExactCandle()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        const CandleList all = candles(100'000);
        ChartUpdate update;
        update.timeframe = Minute;
        update.confirmed = all;
        chart.setSeries(QStringLiteral("SOLUSDT"), 2, update);
        QCPAxis *time = chart.axisRect(0)->axis(QCPAxis::atBottom);
        time->setRange(0.0, 1e12); // everything
        chart.replot(QCustomPlot::rpImmediateRefresh);
        const PricePane::Frame frame = chart.frame();
        QVERIFY(frame.drawn > 0);
        QVERIFY(frame.drawn <= 2 * chart.axisRect(0)->width());
        // A frame reads a few candles per bar and the block summaries, not
        // the 100,000 candles in view.
        QVERIFY2(frame.candlesRead <= frame.drawn * 2 * CandleHistory::BlockSize,
            qPrintable(QString::number(frame.candlesRead)));
        QVERIFY(frame.blocksRead <= 100'000 / CandleHistory::BlockSize);
        auto *bars = qobject_cast<QCPFinancial *>(chart.plottable(0));
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), frame.drawn);
        // Every bar is the exact fold of the candles of its bucket.
        for (int b = 0; b < bars->data()->size(); b += 7) {
            const QCPFinancialData bar = *(bars->data()->constBegin() + b);
            const auto start
                = std::int64_t(std::llround((bar.key - frame.bucket / 2000.0) * 1000.0));
            double high = -1e300;
            double low = 1e300;
            std::optional<double> open;
            double close = 0.0;
            for (const Candle &c : all) {
                if (c.time < start || c.time >= start + frame.bucket)
                    continue;
                open = open.value_or(c.open.toDouble());
                high = std::max(high, c.high.toDouble());
                low = std::min(low, c.low.toDouble());
                close = c.close.toDouble();
            }
            QVERIFY(open);
            QCOMPARE(bar.open, *open);
            QCOMPARE(bar.high, high);
            QCOMPARE(bar.low, low);
            QCOMPARE(bar.close, close);
        }
    }

    void crosshairReadsTheCandleUnderTheMouse()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        CandleList list = candles(200);
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate(list, std::nullopt));
        chart.replot(); // lays out the axis rects, as the screen would have
        QCPAxis *time = chart.axisRect(0)->axis(QCPAxis::atBottom);
        const Candle &target = list[190];
        const int x = int(time->coordToPixel(double(target.time) / 1000.0 + 30.0));
        const int y = chart.axisRect(0)->rect().center().y();
        QTest::mouseMove(&chart, QPoint(x, y));
        const QString readout = chart.readoutText();
        QVERIFY2(readout.contains(QLocale().toString(target.open.toDouble(), 'f', 2)),
            qPrintable(readout));
        QVERIFY2(readout.contains(QDateTime::fromMSecsSinceEpoch(target.time, QTimeZone::utc())
                                      .toString(QStringLiteral("HH:mm"))),
            qPrintable(readout));
    }

    void priceLabelsFollowTheLanguageAndTheInstrument_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("unitsPerStep"); // the candles' prices in 1e-8
        QTest::addColumn<int>("priceDecimals");
        QTest::addColumn<QString>("expected"); // in one of the labels
        QTest::newRow("BTC, English") << "en_US" << qint64(1'000'000'000'000) << 2 << ",";
        QTest::newRow("BTC, German") << "de_DE" << qint64(1'000'000'000'000) << 2 << ".";
        QTest::newRow("coin, English") << "en_US" << qint64(1) << 8 << "0.00000";
        QTest::newRow("coin, German") << "de_DE" << qint64(1) << 8 << "0,00000";
    }
    void priceLabelsFollowTheLanguageAndTheInstrument()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, unitsPerStep);
        QFETCH(int, priceDecimals);
        QFETCH(QString, expected);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        // Prices near 10^4 × 100 (BTC-like, grouped) or 10^-6 (a coin).
        CandleList list = candles(100);
        for (Candle &c : list) {
            for (Decimal *p : { &c.open, &c.high, &c.low, &c.close })
                *p = Decimal::fromUnits(p->units() / Decimal::Scale * unitsPerStep);
        }
        CandleChart chart;
        chart.resize(800, 500);
        chart.setSeries(QStringLiteral("X"), priceDecimals, chartUpdate(list, std::nullopt));
        chart.replot();
        QLocale::setDefault(before);
        const QStringList labels = chart.axisRect(0)->axis(QCPAxis::atRight)->tickVectorLabels();
        QVERIFY(!labels.isEmpty());
        const QString all = labels.join(u' ');
        QVERIFY2(all.contains(expected), qPrintable(all));
        QVERIFY2(!all.contains(u'e') && !all.contains(QChar(0x00b7)), qPrintable(all)); // "1·10⁻⁶"
        // MACD, a difference of prices: never "5E-08" on its axis, nor
        // "-0,0000" in its legend for a coin.
        const QString macd = chart.studies()
                                 ->paneRect(ChartStudies::MacdPane)
                                 ->axis(QCPAxis::atRight)
                                 ->tickVectorLabels()
                                 .join(u' ');
        QVERIFY2(!macd.contains(u'E') && !macd.contains(u'e'), qPrintable(macd));
        const QString legend = chart.studies()->paneLegend(ChartStudies::MacdPane);
        QVERIFY2(!legend.contains(QStringLiteral("-0") + QLocale(locale).decimalPoint() + u"0000 "),
            qPrintable(legend));
        QVERIFY2(!legend.contains(u'e'), qPrintable(legend));
    }

    void theReadoutNeverSaysMinusZero()
    {
        CandleChart chart;
        Candle c = forming(T0, 100);
        c.open = *Decimal::parse("64000");
        c.close = *Decimal::parse("63999.99"); // -0.0000156 %
        c.volume = Volume::of(*Decimal::parse("4831914"));
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate({}, c));
        const QString readout = chart.readoutText();
        QVERIFY2(
            readout.endsWith(u"  " + QLocale().toString(0.0, 'f', 2) + u'%'), qPrintable(readout));
        // A volume as it is, grouped, without padding zeros.
        QVERIFY2(
            readout.contains(u"V " + QLocale().toString(4831914) + u"  "), qPrintable(readout));
    }

    void keepsABoundedHistory()
    {
        CandleChart chart;
        ChartUpdate update;
        update.timeframe = Minute;
        update.confirmed = candles(int(CandleChart::MaxCandles));
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, update);
        QCOMPARE(chart.candleCount(), CandleChart::MaxCandles);
        update.confirmed = candles(500, T0 + std::int64_t(CandleChart::MaxCandles) * 60'000);
        chart.update(update);
        // The oldest eighth goes at once, so trimming is rare.
        QVERIFY(chart.candleCount() <= CandleChart::MaxCandles / 8 * 7);
        QVERIFY(chart.candleCount() > CandleChart::MaxCandles / 8 * 7 - CandleHistory::BlockSize);
        QCOMPARE(chart.latestCandle()->time, update.confirmed.constLast().time);
    }

    void rendersCandles()
    {
        CandleChart chart;
        chart.resize(800, 500);
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate(candles(100), std::nullopt));
        chart.replot();
        const QImage image = chart.grab().toImage();
        int up = 0;
        int down = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                up += c == QColor(0x26, 0xa6, 0x9a) ? 1 : 0;
                down += c == QColor(0xef, 0x53, 0x50) ? 1 : 0;
            }
        }
        QVERIFY2(up > 100 && down > 100, "rising and falling candles are drawn");
    }

    void studiesMarkersAndLegend()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        ChartUpdate update = chartUpdate(candles(300), forming(T0 + 300 * 60'000, 120));
        Signal buy;
        buy.side = Side::Buy;
        buy.time = T0 + 290 * 60'000;
        buy.timeframe = Minute;
        buy.rule = QStringLiteral("RSI(14) 30/70");
        buy.reason = QStringLiteral("RSI(14) rose above 30 (28.4 → 31.2)");
        Signal sell = buy;
        sell.side = Side::Sell;
        sell.time = T0 + 295 * 60'000;
        update.seriesSignals = { buy, sell };
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, update);
        chart.replot();
        QCOMPARE(chart.markers().count(), 2);
        QVERIFY2(
            chart.legendText().contains(QStringLiteral("SMA(20)")), qPrintable(chart.legendText()));
        QVERIFY(chart.legendText().contains(QStringLiteral("BB(20,2)")));

        // The marker sits below the candle's low; hovering it shows the reason.
        QCPAxisRect *price = chart.axisRect(0);
        const double key = double(buy.time) / 1000.0 + 30.0;
        const double low = update.confirmed[290].low.toDouble();
        const QPointF anchor(price->axis(QCPAxis::atBottom)->coordToPixel(key),
            price->axis(QCPAxis::atRight)->coordToPixel(low));
        QVERIFY(chart.markers().tooltipAt(anchor + QPointF(0, 9)).contains(buy.reason));
        QVERIFY(chart.markers().tooltipAt(anchor + QPointF(0, 60)).isEmpty());

        // Panes come and go from the layout: price, volume, RSI, MACD.
        QCOMPARE(chart.plotLayout()->rowCount(), 4);
        chart.studies()->setPaneVisible(ChartStudies::MacdPane, false);
        QCOMPARE(chart.plotLayout()->rowCount(), 3);
        chart.studies()->setPaneVisible(ChartStudies::RsiPane, false);
        QCOMPARE(chart.plotLayout()->rowCount(), 2);
        chart.studies()->setPaneVisible(ChartStudies::MacdPane, true);
        QCOMPARE(chart.plotLayout()->rowCount(), 3);
        QCOMPARE(
            chart.plotLayout()->element(2, 0), chart.studies()->paneRect(ChartStudies::MacdPane));

        // The panes share the time axis.
        QCPAxis *time = price->axis(QCPAxis::atBottom);
        time->setRange(time->range().lower - 600, time->range().upper - 600);
        QCOMPARE(
            chart.studies()->paneRect(ChartStudies::MacdPane)->axis(QCPAxis::atBottom)->range(),
            time->range());
    }

    // The legends tell the values of the candle under the pointer, the
    // forming candle's preview over it, and the latest once it leaves.
    void legendsShowTheValuesUnderTheCrosshair()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        const ChartUpdate update = chartUpdate(candles(300), forming(T0 + 300 * 60'000, 102));
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, update);
        chart.replot();
        const QLocale locale;
        const auto sma = [&](const IndicatorValues &v) {
            return QStringLiteral("SMA(20) %1").arg(locale.toString(v.sma, 'f', 2));
        };
        const auto rsi = [&](const IndicatorValues &v) {
            return QStringLiteral("RSI(14) %1").arg(locale.toString(v.rsi, 'f', 1));
        };
        const IndicatorValues preview = *update.formingIndicators;
        QVERIFY2(chart.legendText().contains(sma(preview)), qPrintable(chart.legendText()));
        QCOMPARE(chart.studies()->paneLegend(ChartStudies::RsiPane), rsi(preview));

        QCPAxisRect *price = chart.axisRect(0);
        QCPAxis *time = price->axis(QCPAxis::atBottom);
        const int y = price->rect().center().y();
        const auto pointAt = [&](int candle) {
            return QPoint(int(time->coordToPixel(double(T0 + candle * 60'000) / 1000.0 + 30.0)), y);
        };
        QTest::mouseMove(&chart, pointAt(280));
        const IndicatorValues at280 = update.indicators[280];
        QVERIFY(sma(at280) != sma(preview));
        QVERIFY2(chart.legendText().contains(sma(at280)), qPrintable(chart.legendText()));
        QCOMPARE(chart.studies()->paneLegend(ChartStudies::RsiPane), rsi(at280));
        QTest::mouseMove(&chart, pointAt(300)); // the forming candle
        QVERIFY2(chart.legendText().contains(sma(preview)), qPrintable(chart.legendText()));
        // A pointer resting on it sees it change; beyond it, it is still what is read.
        const ChartUpdate next = chartUpdate({}, forming(T0 + 300 * 60'000, 105));
        chart.update(next);
        QVERIFY2(chart.readoutText().contains(
                     QStringLiteral("C %1").arg(locale.toString(105.0, 'f', 2))),
            qPrintable(chart.readoutText()));
        QTest::mouseMove(&chart, pointAt(303));
        QVERIFY2(chart.readoutText().contains(QStringLiteral("forming")),
            qPrintable(chart.readoutText()));
        QTest::mouseMove(&chart, pointAt(281));
        QCOMPARE(chart.studies()->paneLegend(ChartStudies::RsiPane), rsi(update.indicators[281]));
        // Panned under a resting pointer: what it rests on now is read.
        time->setRange(time->range().lower - 600, time->range().upper - 600);
        QCOMPARE(chart.studies()->paneLegend(ChartStudies::RsiPane), rsi(update.indicators[271]));
        QVERIFY2(chart.readoutText().contains(QStringLiteral("2024-03-01 16:31:00")),
            qPrintable(chart.readoutText()));
        time->setRange(time->range().lower + 600, time->range().upper + 600);
        // The crosshair's price and the last trade's are written on the axis.
        QVERIFY(chart.crosshairTag().isVisible());
        const double atPointer = price->axis(QCPAxis::atRight)->pixelToCoord(y);
        QCOMPARE(chart.crosshairTag().text(), locale.toString(atPointer, 'f', 2));
        QVERIFY(chart.lastPriceTag().isVisible());
        QCOMPARE(chart.lastPriceTag().text(), locale.toString(105.0, 'f', 2));
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(&chart, &leave);
        QCOMPARE(chart.studies()->paneLegend(ChartStudies::RsiPane),
            QStringLiteral("RSI(14) —")); // the new preview's (none yet)
        QVERIFY(!chart.crosshairTag().isVisible());
    }

    void candlesBarsLineAndHeikinAshi()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        const CandleList list = candles(300);
        const Candle live = forming(T0 + 300 * 60'000, 104);
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate(list, live));
        chart.replot();
        const PricePane &pane = chart.pane();
        QCOMPARE(pane.bars()->chartStyle(), QCPFinancial::csCandlestick);
        chart.setStyle(PricePane::Style::Bars);
        QCOMPARE(pane.bars()->chartStyle(), QCPFinancial::csOhlc);
        QVERIFY(pane.bars()->visible());

        // A line of closes, one point a candle, on to the forming close.
        chart.setStyle(PricePane::Style::Line);
        QVERIFY(!pane.bars()->visible());
        QVERIFY(pane.line()->visible());
        QCOMPARE(pane.line()->dataCount(), qsizetype(pane.columns().size()));
        for (auto it = pane.line()->data()->constBegin(); it != pane.line()->data()->constEnd();
             ++it) {
            const qsizetype i = qsizetype(std::llround((it->key - 30.0) * 1000.0 - T0) / 60'000);
            QCOMPARE(it->value, list[i].close.toDouble());
        }
        QCPAxis *prices = chart.axisRect(0)->axis(QCPAxis::atRight);
        QVERIFY2(prices->range().lower > 97 - 1 && prices->range().lower < 98,
            qPrintable(QString::number(prices->range().lower))); // closes, not lows (97)

        // Heikin-Ashi: close the bar's average, open the mean of the previous
        // bar's open and close, each bar seeded from those before the view.
        chart.setStyle(PricePane::Style::HeikinAshi);
        double open = (list[0].open.toDouble() + list[0].close.toDouble()) / 2.0;
        double close = 0.0;
        QHash<qint64, QCPFinancialData> expected;
        for (const Candle &c : list) {
            if (&c != &list[0])
                open = (open + close) / 2.0;
            close = (c.open.toDouble() + c.high.toDouble() + c.low.toDouble() + c.close.toDouble())
                / 4.0;
            expected.insert(c.time,
                QCPFinancialData(0, open, std::max(c.high.toDouble(), std::max(open, close)),
                    std::min(c.low.toDouble(), std::min(open, close)), close));
        }
        QVERIFY(pane.bars()->dataCount() > 50);
        for (auto it = pane.bars()->data()->constBegin(); it != pane.bars()->data()->constEnd();
             ++it) {
            const QCPFinancialData want = expected.value(std::llround((it->key - 30.0) * 1000.0));
            QVERIFY(std::abs(it->open - want.open) < 1e-9);
            QVERIFY(std::abs(it->close - want.close) < 1e-9);
            QCOMPARE(it->high, want.high);
            QCOMPARE(it->low, want.low);
        }
        const QCPFinancialData formingBar = *pane.formingBar()->data()->constBegin();
        QVERIFY(std::abs(formingBar.open - (open + close) / 2.0) < 1e-9);
        chart.setStyle(PricePane::Style::Candles);
        QVERIFY(pane.bars()->visible());
        QCOMPARE(pane.bars()->data()->constBegin()->open,
            list[qsizetype(
                     std::llround((pane.bars()->data()->constBegin()->key - 30.0) * 1000.0 - T0)
                     / 60'000)]
                .open.toDouble());
    }

    void logarithmicAndPercentScales()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        // From 100 to about 12,800: a hundredfold.
        CandleList list = candles(120);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const double price = 100.0 * std::pow(2.0, double(i) / 17.0);
            Candle &c = list[i];
            c.open = c.close = Decimal::fromDouble(price);
            c.high = Decimal::fromDouble(price * 1.01);
            c.low = Decimal::fromDouble(price * 0.99);
        }
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate(list, std::nullopt));
        QCPAxis *time = chart.axisRect(0)->axis(QCPAxis::atBottom);
        time->setRange(double(T0) / 1000.0, double(T0) / 1000.0 + 120 * 60);
        chart.replot();
        QCPAxis *prices = chart.axisRect(0)->axis(QCPAxis::atRight);
        chart.setPriceScale(CandleChart::PriceScale::Logarithmic);
        chart.replot();
        QCOMPARE(prices->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(prices->range().lower > 0.0);
        // Ticks at round prices, evenly spread on the log axis.
        const QVector<double> ticks = prices->tickVector();
        QVERIFY2(ticks.size() >= 3, qPrintable(QString::number(ticks.size())));
        for (double tick : ticks) {
            const double magnitude = std::pow(10.0, std::floor(std::log10(tick)) - 1.0);
            QCOMPARE(std::round(tick / magnitude) * magnitude, tick);
        }

        chart.setPriceScale(CandleChart::PriceScale::Percent);
        chart.replot();
        QCOMPARE(prices->scaleType(), QCPAxis::stLinear);
        const QStringList labels = chart.priceLabels();
        QVERIFY2(labels.contains(QStringLiteral("0 %")) || labels.contains(QStringLiteral("0.0 %"))
                || labels.contains(QStringLiteral("0.00 %")),
            qPrintable(labels.join(u'|')));
        QVERIFY2(labels.constLast().startsWith(u'+'), qPrintable(labels.join(u'|')));
        QVERIFY(!labels.join(QString()).contains(QStringLiteral("-0")));
        // Labels carry the step's decimals: a 0.25 % step is not "+0.2 %, +0.5 %".
        ScaleTicker percent(ScaleTicker::Mode::Percent);
        percent.setBase(100.0);
        QVector<double> at;
        QVector<QString> texts;
        percent.generate(QCPRange(99.4, 100.9), QLocale::c(), u'f', 2, at, nullptr, &texts);
        QVERIFY2(texts.contains(QStringLiteral("+0.25 %")),
            qPrintable(QStringList(texts.begin(), texts.end()).join(u'|')));
        QVERIFY(
            texts.contains(QStringLiteral("−0.50 %")) || texts.contains(QStringLiteral("−0.25 %")));
        QVERIFY(texts.contains(QStringLiteral("0.00 %")));
        QVERIFY2(chart.lastPriceTag().text().endsWith(QStringLiteral(" %")),
            qPrintable(chart.lastPriceTag().text()));
        chart.setPriceScale(CandleChart::PriceScale::Linear);
        chart.replot();
        QVERIFY(!chart.priceLabels().join(QString()).contains(u'%'));
        QVERIFY(!chart.lastPriceTag().text().contains(u'%'));
    }

    void aFormingCandleDoesNotFlattenTheVolumes()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        Candle burst = forming(T0 + 300 * 60'000, 120);
        burst.volume = Volume::of(Decimal::fromInteger(10'000));
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate(candles(300), burst));
        chart.replot();
        QCPAxis *volume = chart.axisRect(1)->axis(QCPAxis::atRight);
        QVERIFY2(volume->range().upper < 20, qPrintable(QString::number(volume->range().upper)));
        QVERIFY(volume->range().upper >= 14); // the largest confirmed volume

        chart.setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate({}, burst));
        chart.replot();
        QVERIFY2(
            volume->range().upper >= 10'000, qPrintable(QString::number(volume->range().upper)));
    }

    void deniedOrdersAreMarked()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate(candles(100), std::nullopt));
        ChartUpdate update = chartUpdate({}, std::nullopt);
        DeniedOrder denied;
        denied.order.time = T0 + 95 * 60'000 + 1234;
        denied.denial = { QStringLiteral("maxOrderNotional"), QStringLiteral("1000"),
            QStringLiteral("1500"), QStringLiteral("order notional 1500 exceeds the limit 1000") };
        update.seriesDenials = { denied };
        chart.update(update);
        chart.replot();
        QCOMPARE(chart.markers().count(), 1);
        QCPAxisRect *price = chart.axisRect(0);
        const QPointF at(
            price->axis(QCPAxis::atBottom)->coordToPixel(double(T0 + 95 * 60'000) / 1000.0 + 30.0),
            price->axis(QCPAxis::atRight)->coordToPixel(candles(100)[95].close.toDouble()));
        // Why, in words: the limit's internal key is not for the trader.
        const QString tooltip = chart.markers().tooltipAt(at);
        QVERIFY2(tooltip.contains(QStringLiteral("order notional 1500 exceeds the limit 1000")),
            qPrintable(tooltip));
        QVERIFY(!tooltip.contains(QStringLiteral("maxOrderNotional")));
    }

    // Working orders and the position as labelled lines; an order's line
    // dragged to a new price asks to move the order there, saying on the way
    // whether it would trade at once; right-click places a limit or stop.
    void ordersShowAsLinesAndMoveByDragging()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restore = qScopeGuard([&saved] { QLocale::setDefault(saved); });
        auto shown = shownChart();
        CandleChart &chart = *shown;
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate(candles(100), std::nullopt));
        QCOMPARE(chart.latestCandle()->close, Decimal::fromInteger(103));
        TradingSnapshot trading;
        Order limit;
        limit.id = 3;
        limit.type = OrderType::Limit;
        limit.limitPrice = Decimal::fromInteger(98);
        limit.quantity = Decimal::fromInteger(1);
        Order exit = limit;
        exit.id = 4;
        exit.side = Side::Sell;
        exit.limitPrice = Decimal::fromInteger(150); // far above what is in view
        exit.parentId = 3;
        exit.held = true;
        exit.reduceOnly = true;
        Order stop = limit;
        stop.id = 5;
        stop.side = Side::Sell;
        stop.type = OrderType::StopMarket;
        stop.limitPrice = Decimal();
        stop.stopPrice = Decimal::fromInteger(95);
        Order other = limit;
        other.id = 6;
        other.symbol = 1; // another symbol's: not on this chart
        trading.openOrders = { limit, exit, stop, other };
        PositionRow position;
        position.quantity = *Decimal::parse("0.5");
        position.averagePrice = Decimal::fromInteger(101);
        trading.positions.append(position);
        Fill fill;
        fill.price = Decimal::fromInteger(102);
        fill.quantity = *Decimal::parse("0.5");
        fill.time = T0 + 90 * 60'000;
        trading.events.fills = { fill };
        chart.setTrading(trading);
        chart.replot();
        QCOMPARE(chart.orderLines().labels(),
            (QStringList { QStringLiteral("▲ Take profit 1 #4 at 150.00 (held)"),
                QStringLiteral("Long 0.5 at 101.00"), QStringLiteral("Buy 1 limit #3 at 98.00"),
                QStringLiteral("▼ Sell 1 stop #5 at 95.00") }));
        QCOMPARE(chart.markers().count(), 1); // the fill

        QCPAxis *price = chart.axisRect(0)->axis(QCPAxis::atRight);
        const int x = chart.axisRect(0)->rect().center().x();
        const auto rowOf
            = [price](double value) { return int(std::lround(price->coordToPixel(value))); };
        QSignalSpy modify(&chart, &CandleChart::modifyOrderRequested);
        QSignalSpy check(&chart, &CandleChart::modifyCheckRequested);
        QTest::mousePress(&chart, Qt::LeftButton, Qt::NoModifier, QPoint(x, rowOf(98)));
        QTest::mouseMove(&chart, QPoint(x, rowOf(104)));
        QVERIFY2(chart.orderLines().labels().at(1)
                == QStringLiteral("Buy 1 limit #3 at 104.00: trades at once at 103 — checking…"),
            qPrintable(chart.orderLines().labels().join(u'|')));
        // The engine's whole check is asked for, one question at a time, and
        // its answer shown only for where the line is.
        QCOMPARE(check.count(), 1);
        const Order at104 = check.constFirst().constFirst().value<Order>();
        QCOMPARE(at104.id, 3);
        QCOMPARE(at104.limitPrice, *Decimal::parse("104"));
        QTest::mouseMove(&chart, QPoint(x, rowOf(102)));
        QCOMPARE(check.count(), 1);
        chart.showModifyCheck(at104, QString());
        QCOMPARE(check.count(), 2);
        const Order at102 = check.constLast().constFirst().value<Order>();
        QCOMPARE(at102.limitPrice, *Decimal::parse("102"));
        QVERIFY2(chart.orderLines().labels().at(1).endsWith(QStringLiteral("— checking…")),
            qPrintable(chart.orderLines().labels().join(u'|')));
        chart.showModifyCheck(
            at102, QStringLiteral("an order notional of 102 would exceed the limit 100 by 2"));
        QVERIFY2(chart.orderLines().labels().contains(
                     QStringLiteral("Buy 1 limit #3 at 102.00 — refused: an order notional of "
                                    "102 would exceed the limit 100 by 2")),
            qPrintable(chart.orderLines().labels().join(u'|')));
        QTest::mouseMove(&chart, QPoint(x, rowOf(100)));
        QCOMPARE(check.count(), 3);
        chart.showModifyCheck(check.constLast().constFirst().value<Order>(), QString());
        QVERIFY2(chart.orderLines().labels().contains(
                     QStringLiteral("Buy 1 limit #3 at 100.00 — risk check passes")),
            qPrintable(chart.orderLines().labels().join(u'|')));
        QTest::mouseRelease(&chart, Qt::LeftButton, Qt::NoModifier, QPoint(x, rowOf(100)));
        QCOMPARE(modify.count(), 1);
        const Order changed = modify.constFirst().constFirst().value<Order>();
        QCOMPARE(changed.id, 3);
        QVERIFY2(std::abs(changed.limitPrice.toDouble() - 100.0) < 0.1,
            qPrintable(changed.limitPrice.toString()));
        QCOMPARE(changed.limitPrice.decimals() <= 2, true); // on the tick
        // Back where the engine says it is until it says otherwise.
        QVERIFY(chart.orderLines().labels().contains(QStringLiteral("Buy 1 limit #3 at 98.00")));

        QSignalSpy place(&chart, &CandleChart::placeOrderRequested);
        QObject owner;
        QList<QAction *> below = chart.orderActions(rowOf(99), &owner);
        QCOMPARE(below.size(), 4);
        QVERIFY2(below[0]->text().startsWith(QStringLiteral("Buy limit at ")),
            qPrintable(below[0]->text()));
        QVERIFY(below[1]->text().startsWith(QStringLiteral("Sell stop at ")));
        QCOMPARE(below[3]->text(), QStringLiteral("Reverse BTCUSDT"));
        below[0]->trigger();
        QCOMPARE(place.count(), 1);
        QCOMPARE(place.constFirst().at(0).value<Side>(), Side::Buy);
        QCOMPARE(place.constFirst().at(1).value<OrderType>(), OrderType::Limit);
        QVERIFY(std::abs(place.constFirst().at(2).value<Decimal>().toDouble() - 99.0) < 0.1);
        const QList<QAction *> above = chart.orderActions(rowOf(106), &owner);
        QVERIFY(above[0]->text().startsWith(QStringLiteral("Sell limit at ")));
        QVERIFY(above[1]->text().startsWith(QStringLiteral("Buy stop at ")));

        // A window following a node shows orders but does not move them.
        chart.setReadOnly(true);
        QVERIFY(chart.orderActions(rowOf(99), &owner).isEmpty());
        QTest::mousePress(&chart, Qt::LeftButton, Qt::NoModifier, QPoint(x, rowOf(98)));
        QTest::mouseMove(&chart, QPoint(x, rowOf(100)));
        QTest::mouseRelease(&chart, Qt::LeftButton, Qt::NoModifier, QPoint(x, rowOf(100)));
        QCOMPARE(modify.count(), 1);
    }

    void emptySeriesSaysSo()
    {
        CandleChart chart;
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate({}, std::nullopt));
        QCOMPARE(chart.candleCount(), 0);
        QVERIFY(chart.readoutText().contains(QStringLiteral("waiting")));
    }
};

QTEST_MAIN(TestCandleChart)
#include "tst_candlechart.moc"
