#include "../common/WindowActions.h"
#include "DatabaseActions.h"
#include "MainWindow.h"
#include "chart/CandleChart.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "panels/FillsModel.h"
#include "panels/OrderHistoryModel.h"
#include "panels/OrderTicket.h"
#include "panels/SignalsModel.h"
#include "panels/TradingPanel.h"
#include "panels/WatchlistModel.h"

#include <QActionGroup>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace kairos;
using kairos::testing::actionNamed;

namespace {

InstrumentList instruments()
{
    InstrumentList list(3);
    const char *names[] = { "BTCUSDT", "ETHUSDT", "SOLUSDT" };
    for (int i = 0; i < 3; ++i) {
        list[i].symbol = QString::fromLatin1(names[i]);
        list[i].priceIncrement = *Decimal::parse("0.01");
    }
    return list;
}

MarketView view(quint32 symbol, Timeframe tf, bool reset, int candles, int first = 0)
{
    MarketView v;
    for (quint32 s = 0; s < 3; ++s) {
        WatchRow row;
        row.symbol = s;
        row.last = Decimal::fromInteger(100 + s);
        row.dayOpen = Decimal::fromInteger(100);
        v.watchlist.append(row);
    }
    ChartUpdate chart;
    chart.symbol = symbol;
    chart.timeframe = tf;
    chart.reset = reset;
    for (int i = 0; i < candles; ++i) {
        Candle c;
        c.time = 1'709'294'400'000 + (first + i) * tf.milliseconds();
        c.open = c.high = c.low = c.close = Decimal::fromInteger(100 + i);
        c.volume = Volume::of(Decimal::fromInteger(1));
        c.trades = 1;
        c.state = CandleState::Confirmed;
        chart.confirmed.append(c);
    }
    v.charts = { chart };
    v.stats.ticks = 12345;
    v.stats.ticksPerSecond = 2000;
    v.stats.eventTime = 1'709'294'400'000;
    return v;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of its own, not the user's
        QCoreApplication::setOrganizationName(QStringLiteral("KairosTest"));
        QSettings().clear();
        qRegisterMetaType<Timeframe>();
        qRegisterMetaType<IndicatorParams>();
        qRegisterMetaType<StrategyConfig>();
    }

    void settingsAreAnnouncedAndRemembered()
    {
        {
            MainWindow window(instruments(), QStringLiteral("Simulator"));
            QSignalSpy params(&window, &MainWindow::chartIndicatorsChanged);
            QSignalSpy strategy(&window, &MainWindow::strategyChanged);
            window.announceSettings();
            QCOMPARE(params.count(), 1);
            QCOMPARE(strategy.count(), 1);
            QCOMPARE(strategy.at(0).at(0).value<StrategyConfig>(), StrategyConfig::standard());

            IndicatorParams p;
            p.sma = 33;
            window.setIndicatorParams(p);
            QCOMPARE(params.count(), 2);
            IndicatorParams bad;
            bad.rsi = 0;
            window.setIndicatorParams(bad); // refused
            QCOMPARE(params.count(), 2);

            StrategyConfig s = StrategyConfig::standard();
            s.name = QStringLiteral("Mine");
            s.rules.removeFirst();
            window.setStrategy(s);
            QCOMPARE(strategy.count(), 2);

            QAction *macd = actionNamed(&window, QStringLiteral("MACD pane"));
            QVERIFY(macd && macd->isChecked());
            macd->trigger();
            QVERIFY(!window.chart()->studies()->isPaneVisible(ChartStudies::MacdPane));
        }
        // A new window starts where the last one stopped.
        MainWindow window(instruments(), QStringLiteral("Simulator"));
        QCOMPARE(window.indicatorParams().sma, 33);
        QCOMPARE(window.strategy().name, QStringLiteral("Mine"));
        QCOMPARE(window.strategy().rules.size(), 3);
        QVERIFY(!window.chart()->studies()->isPaneVisible(ChartStudies::MacdPane));
        QVERIFY(!actionNamed(&window, QStringLiteral("MACD pane"))->isChecked());
        QSettings().clear();
    }

    void applicationIconIsBuiltIn()
    {
        const QIcon icon(QStringLiteral(":/icons/kairos.svg"));
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(64).isNull());
    }

    void appliesViews()
    {
        MainWindow window(instruments(), QStringLiteral("Simulator"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.applyView(view(0, Timeframe::fromSeconds(60), true, 50));
        QCOMPARE(window.chart()->candleCount(), 50);
        QCOMPARE(window.watchlist()->changePercent(2).value(), 2.0);
        window.applyView(view(0, Timeframe::fromSeconds(60), false, 3, 50));
        QCOMPARE(window.chart()->candleCount(), 53);
        // An update for a series the chart no longer shows is ignored.
        window.applyView(view(1, Timeframe::fromSeconds(60), false, 3));
        QCOMPARE(window.chart()->candleCount(), 53);
        QCOMPARE(window.viewsApplied(), 3);

        const auto labels = window.statusBar()->findChildren<QLabel *>();
        QStringList texts;
        for (QLabel *l : labels)
            texts << l->text();
        const QString all = texts.join(u'|');
        QVERIFY2(all.contains(QStringLiteral("Simulator")), qPrintable(all));
        QVERIFY2(all.contains(QLocale().toString(12345)), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("2024-03-01 12:00:00")));
    }

    // The engine keeps no signals for charts that open later: the window's
    // list does, and a new window takes over what the old one showed.
    void aChartThatOpensShowsTheSignalsTheWindowKept()
    {
        const Timeframe minute = Timeframe::fromSeconds(60);
        auto signalAt = [&](quint32 symbol, Timeframe tf, int candle) {
            Signal s;
            s.symbol = symbol;
            s.timeframe = tf;
            s.side = candle % 2 ? Side::Sell : Side::Buy;
            s.time = 1'709'294'400'000 + candle * tf.milliseconds();
            s.price = 100 + candle;
            s.reason = QStringLiteral("test %1").arg(candle);
            return s;
        };
        MainWindow window(instruments(), QStringLiteral("Simulator"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showChart(0, minute);
        window.applyView(view(0, minute, true, 50));
        // Fired while another chart was shown: two on BTC 1m, one on ETH, one on BTC 5m.
        MarketView elsewhere = view(1, minute, false, 1);
        elsewhere.newSignals = { signalAt(0, minute, 10), signalAt(1, minute, 11),
            signalAt(0, Timeframe::fromSeconds(300), 2), signalAt(0, minute, 20) };
        window.applyView(elsewhere);
        QCOMPARE(window.chart()->markers().count(), 0);
        window.applyView(view(0, minute, true, 50));
        QCOMPARE(window.chart()->markers().count(), 2);

        const MainWindow::Shown shown = window.shown();
        QCOMPARE(shown.firedSignals.size(), 4);
        QCOMPARE(shown.firedSignals.constFirst().reason, QStringLiteral("test 10")); // oldest first
        MainWindow next(instruments(), QStringLiteral("Simulator"));
        next.showAgain(shown);
        next.showChart(0, minute);
        next.applyView(view(0, minute, true, 50));
        QCOMPARE(next.chart()->markers().count(), 2);
        QCOMPARE(next.signalsModel()->rowCount(), 4);
        QCOMPARE(next.signalsModel()->itemAt(0).reason, QStringLiteral("test 20")); // newest on top
    }

    void aWarmStartShowsItsFillsOnTheChartAndItsOrderHistory()
    {
        const Timeframe minute = Timeframe::fromSeconds(60);
        MainWindow window(instruments(), QStringLiteral("Simulator"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showChart(0, minute);
        // The engine's first view after a restart: the stored fills (two of
        // BTC, one of ETH) and order steps, with the chart's series.
        MarketView restored = view(0, minute, true, 50);
        for (quint32 symbol : { 0u, 1u, 0u }) {
            Fill f;
            f.symbol = symbol;
            f.orderId = restored.trading.shownFills.size() + 1;
            f.time = 1'709'294'400'000 + 60'000 * (10 + f.orderId);
            f.quantity = Decimal::fromInteger(1);
            f.price = Decimal::fromInteger(110);
            restored.trading.shownFills.append(f);
            restored.trading.shownHistory.append({ f.orderId, symbol, f.time,
                OrderEvent::Kind::Submitted, f.quantity, Decimal(), QStringLiteral("manual") });
            restored.trading.shownHistory.append({ f.orderId, symbol, f.time,
                OrderEvent::Kind::Filled, f.quantity, f.price, QStringLiteral("taker") });
        }
        window.applyView(restored);
        QCOMPARE(window.chart()->markers().count(), 2);
        QCOMPARE(window.tradingPanel()->fills()->rowCount(), 3);
        OrderHistoryModel *history = window.tradingPanel()->history();
        QCOMPARE(history->rowCount(), 6);
        QCOMPARE(history->itemAt(0).orderId, 3); // newest on top
        QCOMPARE(history->itemAt(0).kind, OrderEvent::Kind::Filled);
        // A chart switch and back marks them again; ETH has its own.
        window.showChart(1, minute);
        window.applyView(view(1, minute, true, 50));
        QCOMPARE(window.chart()->markers().count(), 1);
        window.showChart(0, minute);
        window.applyView(view(0, minute, true, 50));
        QCOMPARE(window.chart()->markers().count(), 2);
        QCOMPARE(history->rowCount(), 6);
    }

    void showsHistoryLoadingUntilLiveDataBegins()
    {
        MainWindow window(instruments(), QStringLiteral("Simulator"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *progress
            = window.statusBar()->findChild<QProgressBar *>(QStringLiteral("HistoryProgress"));
        QVERIFY(progress);
        MarketView loading = view(0, Timeframe::fromSeconds(60), true, 5);
        loading.stats.live = false;
        loading.stats.historyFrom = 1'709'251'200'000;
        loading.stats.historyUntil = loading.stats.historyFrom + 200 * 3'600'000LL;
        loading.stats.eventTime = loading.stats.historyFrom + 50 * 3'600'000LL;
        window.applyView(loading);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->value(), 250);
        QVERIFY2(progress->text().contains(QStringLiteral("25%")), qPrintable(progress->text()));
        QVERIFY(progress->text().contains(QStringLiteral("200")));
        MarketView live = loading;
        live.stats.live = true;
        window.applyView(live);
        QVERIFY(!progress->isVisible());
    }

    void timeframeAndSymbolSelection()
    {
        MainWindow window(instruments(), QStringLiteral("Simulator"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy selected(&window, &MainWindow::chartsChanged);
        const auto shown
            = [&selected] { return selected.last().at(0).value<ChartSubscriptionList>().value(0); };

        QAction *fiveMinutes = actionNamed(&window, QStringLiteral("5m"));
        QVERIFY(fiveMinutes);
        fiveMinutes->trigger();
        QCOMPARE(selected.count(), 1);
        QCOMPARE(shown().timeframe, Timeframe::fromSeconds(300));
        QVERIFY(fiveMinutes->isChecked());
        QVERIFY(window.windowTitle().contains(QStringLiteral("5m")));

        auto *table = window.findChild<QTableView *>(QStringLiteral("Watchlist"));
        QVERIFY(table);
        table->setCurrentIndex(table->model()->index(2, 0));
        QCOMPARE(selected.count(), 2);
        QCOMPARE(shown().symbol, 2u);
        QCOMPARE(shown().timeframe, Timeframe::fromSeconds(300));
        QVERIFY(window.windowTitle().contains(QStringLiteral("SOLUSDT")));

        // The ticket trades what the chart shows, and the watchlist marks it.
        QString problem;
        QCOMPARE(window.orderTicket()->orderFor(Side::Buy, &problem)->symbol, 2u);
        window.showChart(1, Timeframe::fromSeconds(60));
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(window.orderTicket()->orderFor(Side::Buy, &problem)->symbol, 1u);
        QSignalSpy ordered(window.orderTicket(), &OrderTicket::orderRequested);
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(ordered.size(), 1);
        QCOMPARE(ordered.constFirst().constFirst().value<Order>().symbol, 1u);
    }

    void exportsTradesInARange()
    {
        MainWindow window(instruments(), QStringLiteral("Simulator"));
        MarketView v = view(0, Timeframe::fromSeconds(60), true, 5);
        for (std::int64_t t : { 1000, 2000, 3000 }) {
            Fill f;
            f.time = t;
            f.quantity = Decimal::fromInteger(1);
            f.price = Decimal::fromInteger(100);
            f.orderId = t;
            f.clientOrderId = QStringLiteral("c%1").arg(t);
            v.trading.events.fills.append(f);
        }
        window.applyView(v);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trades.csv"));
        QString error;
        QVERIFY(window.writeTrades(path, 1500, 3000, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // header and the fills at 2000 and 3000
        QVERIFY(lines[1].contains(",c2000,"));
        QVERIFY(!window.writeTrades(dir.filePath(QStringLiteral("no/such/dir.csv")), 0, 1, &error));
        QVERIFY(!error.isEmpty());
    }

    void theStatusBarSaysWhetherTheDatabaseIsKept()
    {
        auto statusText = [](MainWindow &window) {
            QStringList texts;
            for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
                texts << label->text();
            return texts.join(u'|');
        };
        MainWindow kept(instruments(), QStringLiteral("Simulator"));
        kept.setDatabase(QStringLiteral("/data/kairos.db"));
        QVERIFY2(statusText(kept).contains(QStringLiteral("DB kairos.db · 0 rows saved")),
            qPrintable(statusText(kept)));
        // --no-db: a scratch file, never named as if it were kept.
        MainWindow scratch(instruments(), QStringLiteral("Simulator"));
        scratch.setDatabase(QStringLiteral("/tmp/x/session.db"), true);
        QVERIFY2(statusText(scratch).contains(QStringLiteral("DB not kept")),
            qPrintable(statusText(scratch)));
        QVERIFY(!statusText(scratch).contains(QStringLiteral("session.db")));
    }

    // Candles imported while a chart of their symbol is open appear in it:
    // those older than its candles, paged in from the database.
    void anImportShowsInAnOpenChart()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("k.db"));
        MainWindow window(instruments(), QStringLiteral("Test"));
        window.setDatabase(db, false);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showChart(0, Timeframe::fromSeconds(60));
        window.applyView(view(0, Timeframe::fromSeconds(60), true, 50));
        auto *chart = window.chart();
        QCOMPARE(chart->candleCount(), 50);
        QTRY_VERIFY(chart->hasAllHistory()); // nothing stored yet

        QByteArray csv = "time,open,high,low,close,volume\n";
        const qint64 first = 1'709'294'400'000 - 1000 * 60'000;
        for (int i = 0; i < 1000; ++i)
            csv += QByteArray::number(first + qint64(i) * 60'000) + ",90,91,89,90.5,2\n";
        QFile file(dir.filePath(QStringLiteral("btcusdt.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        QSignalSpy imported(window.database(), &DatabaseActions::historyImported);
        const CsvImport::Result result = window.database()->importFile(
            file.fileName(), CsvImport::Kind::Candles, QStringLiteral("BTCUSDT"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(imported.count(), 1);
        QTRY_COMPARE(chart->candleCount(), 1050);
        QVERIFY(chart->hasAllHistory());
        // The view may go back to the first imported candle.
        QCPAxis *time = chart->axisRect(0)->axis(QCPAxis::atBottom);
        time->setRange(0.0, 3600.0);
        QVERIFY(time->range().contains(double(first) / 1000.0 + 30.0));

        // An import among the candles held, from the 500th imported one to
        // the 11th live one (not stored): they change; nothing held is lost.
        const qint64 imported500 = first + 500 * 60'000;
        const qint64 live10 = 1'709'294'400'000 + 10 * 60'000;
        QByteArray fixes = "time,open,high,low,close,volume\n";
        for (qint64 t = imported500; t <= live10; t += 60'000)
            fixes += QByteArray::number(t)
                + (t == live10 ? ",110,200,100,110,2\n" : ",90,95,89,90.5,2\n");
        QFile again(dir.filePath(QStringLiteral("fix.csv")));
        QVERIFY(again.open(QIODevice::WriteOnly));
        again.write(fixes);
        again.close();
        const auto highAt = [chart](qint64 t) {
            const CandleHistory &held = chart->history();
            const qsizetype i = held.lowerBound(t);
            return i < held.size() && held.at(i).time == t ? held.at(i).high.toDouble() : -1.0;
        };
        QCOMPARE(highAt(imported500), 91.0);
        QCOMPARE(highAt(live10), 110.0);
        const CsvImport::Result fix = window.database()->importFile(
            again.fileName(), CsvImport::Kind::Candles, QStringLiteral("BTCUSDT"));
        QVERIFY2(fix.error.isEmpty(), qPrintable(fix.error));
        QTRY_COMPARE(highAt(imported500), 95.0);
        QCOMPARE(highAt(live10), 200.0);
        QCOMPARE(chart->candleCount(), 1050);
        QCOMPARE(highAt(live10 + 60'000), 111.0); // the live ones after it stay
    }

    void followActionMirrorsTheChart()
    {
        MainWindow window(instruments(), QStringLiteral("Simulator"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.applyView(view(0, Timeframe::fromSeconds(60), true, 300));
        QAction *follow = actionNamed(&window, QStringLiteral("Follow latest"));
        QVERIFY(follow && follow->isChecked());
        window.chart()->setFollowing(false);
        QVERIFY(!follow->isChecked());
        follow->trigger();
        QVERIFY(window.chart()->isFollowing());
    }

    void helpListsTheShortcutsAndTheLicences()
    {
        MainWindow window(instruments(), QStringLiteral("Test"));
        ShortcutsDialog shortcuts(&window);
        QVERIFY(shortcuts.count() >= 15);
        QCOMPARE(shortcuts.shortcutOf(QStringLiteral("Export trades…")),
            QKeySequence(QStringLiteral("Ctrl+E")).toString(QKeySequence::NativeText));
        QCOMPARE(shortcuts.shortcutOf(QStringLiteral("KILL SWITCH")),
            QKeySequence(QStringLiteral("Ctrl+K")).toString(QKeySequence::NativeText));
        QCOMPARE(shortcuts.shortcutOf(QStringLiteral("Buy at the ticket's quantity")),
            QKeySequence(QStringLiteral("Ctrl+Alt+B")).toString(QKeySequence::NativeText));
        QCOMPARE(shortcuts.shortcutOf(QStringLiteral("1h")),
            QKeySequence(QStringLiteral("Alt+5"))
                .toString(QKeySequence::NativeText)); // 1s 1m 5m 15m 1h
        QVERIFY(!shortcuts.shortcutOf(QStringLiteral("Market data feed…")).isEmpty());
        AboutDialog about(&window);
        QVERIFY(about.text().contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(about.text().contains(QStringLiteral("QCustomPlot")));
        QVERIFY(QFile::exists(QStringLiteral(KAIROS_SOURCE_DIR "/LICENSE")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
