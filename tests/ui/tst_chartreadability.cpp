// A chart among several is small: it keeps its prices readable.
#include "../common/ChartFixtures.h"
#include "chart/CandleChart.h"
#include "chart/ChartStudies.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QTest>
#include <QTimeZone>

using namespace kairos;
using namespace kairos::testing;

class TestChartReadability : public QObject
{
    Q_OBJECT

private slots:
    // A flat MACD line (one candle) gets room around it: its labels read
    // "-0.0000 … 0.0000" on a range of a nanounit before.
    void aFlatMacdLineHasReadableLabels()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate(candles(1), std::nullopt));
        QCOMPARE(chart.axisRectCount(), 4); // price, volume, RSI, MACD
        QCPAxis *macd = chart.axisRect(3)->axis(QCPAxis::atRight);
        for (const int count : { 1, 100 }) {
            chart.setSeries(
                QStringLiteral("BTCUSDT"), 2, chartUpdate(candles(count), std::nullopt));
            chart.replot(QCustomPlot::rpImmediateRefresh);
            QVERIFY2(
                macd->range().size() > 0.01, qPrintable(QString::number(macd->range().size())));
        }
    }

    // A narrow chart shortens its readout lines with "…" before the price
    // axis (its text as written stays); weekly ticks fall on Mondays.
    void aNarrowChartFitsItsReadoutAndWeeksTickOnMondays()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate(candles(100), std::nullopt));
        chart.resize(420, 600);
        QTRY_COMPARE(chart.width(), 420);
        chart.replot(QCustomPlot::rpImmediateRefresh);
        QCPItemText *readout = nullptr;
        for (int i = 0; i < chart.itemCount(); ++i) {
            auto *text = qobject_cast<QCPItemText *>(chart.item(i));
            if (text && text->text().startsWith(QStringLiteral("BTCUSDT")))
                readout = text;
        }
        QVERIFY(readout);
        QVERIFY2(readout->text().contains(QChar(0x2026)), qPrintable(readout->text()));
        QVERIFY(chart.readoutText().contains(QStringLiteral("V ")));
        const QFontMetrics metrics(readout->font());
        for (const QString &line : readout->text().split(u'\n'))
            QVERIFY(metrics.horizontalAdvance(line) <= chart.axisRect(0)->width());

        ChartUpdate weeks = chartUpdate({}, std::nullopt);
        weeks.timeframe = Timeframe::week();
        const std::int64_t monday = 1'764'547'200'000; // 2025-12-01
        for (int w = 0; w < 12; ++w) {
            Candle c = candles(1).constFirst();
            c.time = monday + w * Timeframe::WeekSeconds * 1000;
            weeks.confirmed.append(c);
            weeks.indicators.append(IndicatorValues());
        }
        chart.resize(900, 600);
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, weeks);
        QCPAxis *time = chart.axisRect(0)->axis(QCPAxis::atBottom);
        time->setRange(double(monday) / 1000.0, double(monday) / 1000.0 + 70 * 86400.0);
        chart.replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(time->tickVector().size() >= 3);
        for (const double tick : time->tickVector())
            QCOMPARE(
                QDateTime::fromSecsSinceEpoch(qint64(tick), QTimeZone::utc()).date().dayOfWeek(),
                int(Qt::Monday));
    }

    // Among several charts a chart is short: its RSI and MACD panes hide
    // (the setting stays) and the highest high stays below the readout and
    // legend lines, on a linear and on a logarithmic scale.
    void aShortChartKeepsItsPricesReadable()
    {
        auto shown = shownChart();
        CandleChart &chart = *shown;
        chart.setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate(candles(100), std::nullopt));
        QVERIFY(!chart.studies()->isCompact());
        const int lines = 3 * QFontMetrics(chart.font()).height();
        for (const auto scale :
            { CandleChart::PriceScale::Linear, CandleChart::PriceScale::Logarithmic }) {
            chart.setPriceScale(scale);
            for (const int height : { 600, 300, 600 }) {
                chart.resize(900, height);
                QTRY_COMPARE(chart.height(), height);
                chart.replot(QCustomPlot::rpImmediateRefresh);
                QCOMPARE(chart.studies()->isCompact(), height < CandleChart::CompactHeight);
                QVERIFY(chart.studies()->isPaneVisible(ChartStudies::RsiPane));
                QCPAxisRect *pane = chart.axisRect(0);
                const double highest = pane->axis(QCPAxis::atRight)->coordToPixel(109.0);
                QVERIFY2(highest - pane->top() >= lines,
                    qPrintable(QStringLiteral("%1 px from the top at height %2")
                                   .arg(highest - pane->top())
                                   .arg(height)));
                QVERIFY(pane->axis(QCPAxis::atRight)->coordToPixel(97.0) < pane->bottom());
            }
        }
    }
};

QTEST_MAIN(TestChartReadability)
#include "tst_chartreadability.moc"
