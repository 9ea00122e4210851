#include "../common/ChartFixtures.h"
#include "../common/TalibData.h"
#include "indicators/Rsi.h"
#include "model/LocaleDecimal.h"
#include "storage/ChartHistoryLoader.h"

#include <QSignalSpy>

using namespace kairos;
using namespace kairos::testing;

// The studies a trader adds to a chart: any study, any number of times, in
// the price pane or panes of their own.
namespace {

ChartStudy study(const char *spec, int pane, QColor color = Qt::cyan)
{
    const auto parsed = StudySpec::parse(QLatin1StringView(spec));
    if (!parsed)
        qFatal("bad spec");
    ChartStudy s { *parsed, color };
    s.pane = pane;
    return s;
}

// The last point of a user line's graph in `rect`, by its name.
const QCPGraph *graphNamed(const CandleChart &chart, const QString &name, QCPAxisRect *rect)
{
    for (int i = 0; i < chart.graphCount(); ++i) {
        const QCPGraph *g = chart.graph(i);
        if (g->name() == name && g->keyAxis()->axisRect() == rect)
            return g;
    }
    return nullptr;
}

QString oneDecimal(double value)
{
    return LocaleDecimal::fixed(value, 1);
}

} // namespace

class TestChartStudyList : public QObject
{
    Q_OBJECT

private slots:
    void twoRsisWithTheirOwnPeriodsInTheirOwnPanes()
    {
        const CandleList series = loadTalibCandles(QStringLiteral("range")).mid(0, 400);
        auto chart = shownChart();
        ChartUpdate update = chartUpdate(series.mid(0, 399), std::nullopt);
        chart->setSeries(QStringLiteral("XYZ"), 4, update);
        const int rowsBefore = chart->plotLayout()->rowCount();

        chart->setStudyList({ study("rsi:14", 1), study("rsi:5", 2, Qt::yellow) });
        const QList<QCPAxisRect *> panes = chart->studies()->userPaneRects();
        QCOMPARE(panes.size(), 2);
        QCOMPARE(chart->plotLayout()->rowCount(), rowsBefore + 2);
        QVERIFY(panes[0]->rect().bottom() <= panes[1]->rect().top());

        // Each pane's line and legend are its own RSI over the candles.
        Rsi slow(14), fast(5);
        double slowLast = 0, fastLast = 0;
        for (const Candle &c : series.mid(0, 399)) {
            slowLast = slow.update(c.close.toDouble());
            fastLast = fast.update(c.close.toDouble());
        }
        QVERIFY(std::abs(slowLast - fastLast) > 0.05);
        const QStringList legends = chart->studies()->userPaneLegends();
        QCOMPARE(legends,
            (QStringList { QStringLiteral("rsi:14 ") + oneDecimal(slowLast),
                QStringLiteral("rsi:5 ") + oneDecimal(fastLast) }));
        chart->replot();
        const QCPGraph *slowGraph = graphNamed(*chart, QStringLiteral("rsi:14"), panes[0]);
        const QCPGraph *fastGraph = graphNamed(*chart, QStringLiteral("rsi:5"), panes[1]);
        QVERIFY(slowGraph && fastGraph);
        QVERIFY(!slowGraph->data()->isEmpty() && !fastGraph->data()->isEmpty());
        QCOMPARE((slowGraph->data()->constEnd() - 1)->value, slowLast);
        QCOMPARE((fastGraph->data()->constEnd() - 1)->value, fastLast);

        // The forming candle previews both; a new confirmed candle moves them on.
        Candle forming = series[399];
        forming.state = CandleState::Forming;
        ChartUpdate next;
        next.timeframe = Minute;
        next.forming = forming;
        chart->update(next);
        QCOMPARE(chart->studies()->userPaneLegends().constFirst(),
            QStringLiteral("rsi:14 ") + oneDecimal(slow.peek(forming.close.toDouble())));
        next.forming.reset();
        next.confirmed = { series[399] };
        chart->update(next);
        QCOMPARE(chart->studies()->userPaneLegends().constLast(),
            QStringLiteral("rsi:5 ") + oneDecimal(fast.update(series[399].close.toDouble())));

        // The legend tells the candle under the pointer, and the latest
        // again once the pointer leaves.
        const QString latest = chart->studies()->userPaneLegends().constFirst();
        const QCPAxisRect *price = chart->axisRect(0);
        QTest::mouseMove(chart.get(),
            QPoint(price->left() + price->width() / 3, price->top() + price->height() / 2));
        QTRY_VERIFY(chart->studies()->userPaneLegends().constFirst() != latest);
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(chart.get(), &leave);
        QCOMPARE(chart->studies()->userPaneLegends().constFirst(), latest);

        // Five panes below the prices leave them the larger part.
        chart->setStudyList({ study("rsi:14", 1), study("rsi:5", 2), study("adx", 3),
            study("cci", 4), study("mfi", 5) });
        chart->replot();
        const QCPAxisRect *pricePane = chart->axisRect(0);
        int panesHeight = 0;
        for (const QCPAxisRect *rect : chart->studies()->userPaneRects())
            panesHeight += rect->height();
        QVERIFY2(pricePane->height() * 3 >= panesHeight,
            qPrintable(QStringLiteral("prices %1 px, panes %2 px")
                           .arg(pricePane->height())
                           .arg(panesHeight)));
        chart->setStudyList({ study("rsi:14", 1), study("rsi:5", 2, Qt::yellow) });
        chart->replot();

        // An oscillator's pane keeps its whole scale.
        QCOMPARE(chart->studies()->userPaneRects().constFirst()->axis(QCPAxis::atRight)->range(),
            QCPRange(0, 100));

        // A hidden study makes no pane.
        ChartStudy hidden = study("rsi:5", 2);
        hidden.visible = false;
        chart->setStudyList({ study("rsi:14", 1), hidden });
        QCOMPARE(chart->studies()->userPaneRects().size(), 1);

        // Both in one pane, then none: the panes go with them.
        chart->setStudyList({ study("rsi:14", 1), study("rsi:5", 1) });
        QCOMPARE(chart->studies()->userPaneRects().size(), 1);
        QVERIFY(chart->studies()->userPaneLegends().constFirst().contains(QStringLiteral("rsi:5")));
        chart->setStudyList({});
        QCOMPARE(chart->studies()->userPaneRects().size(), 0);
        QCOMPARE(chart->plotLayout()->rowCount(), rowsBefore);
    }

    void overlaysJoinThePriceLegendAndTheRange()
    {
        auto chart = shownChart();
        const CandleList series = loadTalibCandles(QStringLiteral("trend")).mid(0, 300);
        chart->setSeries(QStringLiteral("BTCUSDT"), 2, chartUpdate(series, std::nullopt));
        chart->setStudyList({ study("donchian:20", 0), study("supertrend", 0) });
        QCOMPARE(chart->studies()->userPaneRects().size(), 0);
        const QString legend = chart->legendText();
        QVERIFY2(legend.contains(QStringLiteral("donchian:20 ")), qPrintable(legend));
        QVERIFY2(legend.contains(QStringLiteral("supertrend ")), qPrintable(legend));
        chart->replot();
        // The channel's three lines are on the price axis and inside its range.
        const QCPAxisRect *price = chart->axisRect(0);
        const QCPRange prices = price->axis(QCPAxis::atRight)->range();
        int lines = 0;
        for (int i = 0; i < chart->graphCount(); ++i) {
            const QCPGraph *g = chart->graph(i);
            if (g->name() != QStringLiteral("donchian:20") || g->data()->isEmpty())
                continue;
            ++lines;
            QVERIFY(g->keyAxis()->axisRect() == price);
            QVERIFY(prices.contains((g->data()->constEnd() - 1)->value));
        }
        QCOMPARE(lines, 3);
    }

    void olderCandlesStartTheWarmUpAtTheOldest()
    {
        // A page of older candles: the studies are computed again from the
        // oldest candle held, exactly as over the whole series at once.
        const CandleList series = loadTalibCandles(QStringLiteral("forex")).mid(0, 600);
        auto chart = shownChart();
        QSignalSpy asked(chart.get(), &CandleChart::olderCandlesWanted);
        chart->setSeries(QStringLiteral("EURCHF"), 5, chartUpdate(series.mid(500), std::nullopt));
        chart->setStudyList({ study("ema:50", 0), study("adx:14", 1) });
        QVERIFY(!asked.isEmpty());
        ChartPage page;
        page.request = asked.constLast().at(0).toULongLong();
        page.symbol = QStringLiteral("EURCHF");
        page.timeframe = Minute;
        page.candles = series.mid(0, 500);
        IndicatorSet set;
        for (const Candle &c : page.candles)
            page.indicators << set.update(c);
        page.reachedStart = true;
        chart->addOlder(page);

        auto whole = StudySpec::parse(QStringLiteral("adx:14"))->create();
        double adx = 0;
        for (const Candle &c : series)
            whole->update(Bar::from(c), &adx);
        QCOMPARE(chart->studies()->userPaneLegends().constFirst(),
            QStringLiteral("adx:14 ") + oneDecimal(adx));
        chart->replot();
        const QCPGraph *line
            = graphNamed(*chart, QStringLiteral("adx:14"), chart->studies()->userPaneRects()[0]);
        QVERIFY(line);
        QCOMPARE((line->data()->constEnd() - 1)->value, adx);
    }

    void studiesSaveAsData()
    {
        ChartStudy s = study("bb:20:2.5", 0, QColor(0x12, 0x34, 0x56));
        s.style = Qt::DashLine;
        s.visible = false;
        const auto back = ChartStudy::fromJson(s.toJson());
        QVERIFY(back);
        QCOMPARE(*back, s);
        QString error;
        QJsonObject bad = s.toJson();
        bad[QStringLiteral("spec")] = QStringLiteral("bb:0");
        QVERIFY(!ChartStudy::fromJson(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("'bb:0'")), qPrintable(error));
    }
};

QTEST_MAIN(TestChartStudyList)
#include "tst_chartstudylist.moc"
