// A terminal on each kind of feed, the Feed dialog's checks, and the
// replay toolbar driving a real replay through the engine into the window.
#include "TerminalSession.h"
#include "Theme.h"
#include "chart/CandleChart.h"
#include "dialogs/FeedDialog.h"
#include "panels/AlertsModel.h"
#include "panels/FillsModel.h"
#include "panels/OrdersModel.h"
#include "panels/PositionsModel.h"
#include "panels/ReplayToolBar.h"
#include "panels/TradingPanel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace kairos;

namespace {

constexpr qint64 T0 = 1'704'067'200'000;

// Ten minutes of trades, one every 5 s.
QString ticksFile(const QTemporaryDir &dir)
{
    QFile file(dir.filePath(QStringLiteral("btc.csv")));
    file.open(QIODevice::WriteOnly);
    file.write("time,price,quantity\n");
    for (int i = 0; i < 120; ++i)
        file.write(QByteArray::number(T0 + i * 5000) + ',' + QByteArray::number(100 + i % 7)
            + ".25,0.5\n");
    return file.fileName();
}

bool okEnabled(const FeedDialog &dialog)
{
    const auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problems"));
    return problems && problems->text().isEmpty();
}

QString problems(const FeedDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("problems"))->text();
}

} // namespace

class TestTerminalSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theFeedDialogChecksEveryField()
    {
        QTemporaryDir dir;
        FeedDialog dialog(FeedSpec {}, false);
        QVERIFY(okEnabled(dialog)); // the simulator needs nothing
        dialog.sourceBox()->setCurrentIndex(dialog.sourceBox()->findData(QStringLiteral("kraken")));
        QVERIFY(problems(dialog).contains(QStringLiteral("at least one pair")));
        dialog.pairsField()->setText(QStringLiteral("BTC/USD, ETHXYZ"));
        QVERIFY(problems(dialog).contains(QStringLiteral("BASE/QUOTE")));
        dialog.pairsField()->setText(QStringLiteral("BTC/USD, eth-usd"));
        QVERIFY(okEnabled(dialog));
        auto *ws = dialog.findChildren<QLineEdit *>().at(1);
        ws->setText(QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(problems(dialog).contains(QStringLiteral("WebSocket URL")));
        ws->setText(QStringLiteral("ws://127.0.0.1:9"));
        QVERIFY(okEnabled(dialog));
        const FeedSpec venue = dialog.spec();
        QCOMPARE(venue.kind, FeedSpec::Kind::Venue);
        QCOMPARE(venue.venue.venue, QStringLiteral("kraken"));
        QCOMPARE(venue.venue.symbols.size(), 2);
        QCOMPARE(venue.venue.symbols[1].instrument(), QStringLiteral("ETHUSD"));
        QCOMPARE(venue.venue.baseUrl, QUrl(QStringLiteral("ws://127.0.0.1:9")));
        QCOMPARE(venue.toString(), QStringLiteral("kraken:BTC/USD,ETH/USD"));

        dialog.sourceBox()->setCurrentIndex(1); // replay
        QVERIFY(problems(dialog).contains(QStringLiteral("Choose a file")));
        dialog.fileField()->setText(dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(problems(dialog).contains(QStringLiteral("cannot be read")));
        dialog.fileField()->setText(ticksFile(dir));
        QVERIFY(okEnabled(dialog));
        QCOMPARE(dialog.spec().kind, FeedSpec::Kind::Replay);

        // It opens on what the window shows.
        FeedDialog again(venue, true);
        QCOMPARE(again.pairsField()->text(), QStringLiteral("BTC/USD, ETH/USD"));
        QVERIFY(again.recordTicks());
    }

    void aReplayIsDrivenFromTheToolbar()
    {
        QTemporaryDir dir;
        TerminalSession::Choice choice;
        choice.feed.kind = FeedSpec::Kind::Replay;
        choice.feed.replayPath = ticksFile(dir);
        choice.replaySpeed = 1.0;
        QString error;
        auto terminal = TerminalSession::create(choice, {}, &error);
        QVERIFY2(terminal, qPrintable(error));
        QVERIFY(!terminal->session()->storage()); // a replay runs in memory
        auto *bar = terminal->window()->findChild<ReplayToolBar *>();
        QVERIFY(bar);
        QSignalSpy rewind(terminal.get(), &TerminalSession::rewindRequested);
        terminal->show();
        QTRY_VERIFY(bar->positionText().contains(QStringLiteral("2024")));
        bar->playAction()->trigger(); // pause
        QTRY_COMPARE(bar->playAction()->text(), QStringLiteral("Play"));
        QVERIFY(bar->stepAction()->isEnabled());
        // Step: the chart's minute completes and is confirmed.
        const auto latest = [&terminal] { return terminal->window()->chart()->latestCandle(); };
        bar->stepAction()->trigger();
        QTRY_VERIFY(latest() && latest()->state == CandleState::Confirmed);
        const qint64 stepped = latest()->time;
        bar->stepAction()->trigger(); // and the next one
        QTRY_VERIFY(latest() && latest()->state == CandleState::Confirmed
            && latest()->time == stepped + 60'000);
        // As fast as possible: the whole file.
        bar->speedBox()->setCurrentIndex(3);
        emit bar->speedRequested(0.0);
        EngineStats stats;
        connect(terminal->session()->engine(), &Engine::viewReady, this,
            [&](const MarketView &view) { stats = view.stats; });
        bar->playAction()->trigger();
        QTRY_VERIFY(terminal->window()->chart()->candleCount() >= 10);
        // Its end is said, and the counters stop.
        QTRY_COMPARE(bar->playAction()->text(), QStringLiteral("Finished"));
        QVERIFY(!bar->playAction()->isEnabled());
        QVERIFY(!bar->stepAction()->isEnabled());
        QVERIFY(bar->positionText().contains(QStringLiteral("finished")));
        QTRY_COMPARE(stats.ticks, 120);
        QTRY_COMPARE_WITH_TIMEOUT(stats.ticksPerSecond, 0.0, 4000);
        // Back to the start asks for a new terminal.
        emit bar->seekRequested(T0);
        QTRY_COMPARE(rewind.size(), 1);
        QCOMPARE(rewind.constFirst().constFirst().toLongLong(), T0);
    }

    void aFeedThatCannotStartSaysWhy()
    {
        TerminalSession::Choice choice;
        choice.feed.kind = FeedSpec::Kind::Replay;
        choice.feed.replayPath = QStringLiteral("/nonexistent/ticks.csv");
        QString error;
        QVERIFY(!TerminalSession::create(choice, {}, &error));
        QVERIFY(error.contains(QStringLiteral("cannot read")));
    }

    void theThemeAndLanguageChangeOnlyTheWindow()
    {
        QTemporaryDir dir;
        TerminalSession::Environment environment;
        environment.simulator.symbols = SimulatorConfig::defaultSymbols(2);
        environment.simulator.startTime = QDateTime::currentMSecsSinceEpoch();
        environment.simulator.ticksPerSecond = 400;
        environment.simulator.seed = 8;
        environment.storage
            = StorageWriter::Options { dir.filePath(QStringLiteral("session.db")), {} };
        QString error;
        EngineStats stats;
        auto terminal = TerminalSession::create({}, environment, &error);
        QVERIFY2(terminal, qPrintable(error));
        connect(terminal.get(), &TerminalSession::appearanceChanged, terminal.get(),
            [&terminal] { terminal->rebuildWindow(); });
        Engine *engine = terminal->session()->engine();
        // Views are queued to the terminal: they die with it, never reaching
        // `stats` after this function has returned.
        connect(engine, &Engine::viewReady, terminal.get(),
            [&](const MarketView &view) { stats = view.stats; });
        terminal->show();
        QTRY_VERIFY(stats.live && stats.ticks > 100); // orders wait for live data

        // A fill and a resting order.
        Order buy;
        buy.symbol = 1;
        buy.quantity = Decimal::fromInteger(1);
        emit terminal->window()->orderRequested(buy);
        Order rest = buy;
        rest.type = OrderType::Limit;
        rest.limitPrice = Decimal::fromInteger(1);
        emit terminal->window()->orderRequested(rest);
        const auto trading = [&terminal] { return terminal->window()->tradingPanel(); };
        QTRY_COMPARE(trading()->fills()->rowCount(), 1);
        QTRY_COMPARE(trading()->orders()->rowCount(), 1);
        QTRY_COMPARE(trading()->positions()->rowCount(), 1);
        const int alerts = trading()->alerts()->rowCount();

        // The engine keeps no fills or alerts for a new window: the old
        // window hands over what it shows.
        const auto unchangedAndFlowing = [&](int fills) {
            QCOMPARE(terminal->session()->engine(), engine); // the same engine runs on
            QTRY_COMPARE(trading()->fills()->rowCount(), fills);
            QTRY_COMPARE(trading()->orders()->rowCount(), 1);
            QTRY_COMPARE(trading()->positions()->rowCount(), 1);
            QTRY_VERIFY(trading()->alerts()->rowCount() >= alerts);
            const qint64 before = stats.ticks;
            QTRY_VERIFY(stats.ticks > before + 100); // the market never stopped
            QCOMPARE(stats.lateTicks, 0);
        };
        trading()->alerts()->acknowledgeAll();
        MainWindow *old = terminal->window();
        applyTheme(*qApp, Theme::Light);
        emit old->appearanceChanged();
        QTRY_VERIFY(terminal->window() != old);
        unchangedAndFlowing(1);
        QCOMPARE(trading()->alerts()->unacknowledged(), 0); // shown again, not new

        // An alert not yet read stays unread; a fill made while the window
        // is replaced shows once (its view may come to either window).
        const QString unread = QStringLiteral("not read before the window was replaced");
        QMetaObject::invokeMethod(engine, [engine, unread] {
            engine->raiseAlerts({ { 0, AlertSeverity::Warning, QStringLiteral("feed"), unread } });
        });
        QTRY_COMPARE(trading()->alerts()->unacknowledged(), 1);
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/kairos_de.qm")));
        QCoreApplication::installTranslator(&german);
        old = terminal->window();
        emit old->orderRequested(buy);
        emit old->appearanceChanged();
        QTRY_VERIFY(terminal->window() != old);
        QCoreApplication::removeTranslator(&german);
        QStringList menus;
        for (const QAction *action : terminal->window()->menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u' ')));
        unchangedAndFlowing(2);
        const AlertsModel *shown = trading()->alerts();
        QVERIFY(shown->unacknowledged() >= 1);
        bool unreadShown = false;
        for (int row = 0; row < shown->unacknowledged(); ++row)
            unreadShown = unreadShown || shown->itemAt(row).text == unread;
        QVERIFY(unreadShown);
        QTest::qWait(200); // the fill's view came once, to one window
        QCOMPARE(trading()->fills()->rowCount(), 2);
        applyTheme(*qApp, Theme::Dark);
    }

    void aFeedChangeAndBackKeepsTheAccountAndTheClock()
    {
        QTemporaryDir dir;
        TerminalSession::Environment environment;
        environment.simulator.symbols = SimulatorConfig::defaultSymbols(2);
        environment.simulator.startTime = QDateTime::currentMSecsSinceEpoch(); // the app's start
        environment.simulator.ticksPerSecond = 400;
        environment.simulator.seed = 9;
        environment.storage
            = StorageWriter::Options { dir.filePath(QStringLiteral("session.db")), {} };
        QString error;
        const auto trading = [](TerminalSession &t) { return t.window()->tradingPanel(); };
        QString position;
        const auto held = [](TerminalSession &t) {
            return t.window()
                ->tradingPanel()
                ->positions()
                ->index(0, PositionsModel::QuantityColumn)
                .data()
                .toString();
        };
        {
            bool live = false; // outlives the session, whose views set it
            auto simulator = TerminalSession::create({}, environment, &error);
            QVERIFY2(simulator, qPrintable(error));
            connect(simulator->session()->engine(), &Engine::viewReady, simulator.get(),
                [&](const MarketView &view) { live = view.stats.live; });
            simulator->show();
            QTRY_VERIFY(live); // orders wait for live data
            Order buy;
            buy.symbol = 1;
            buy.quantity = Decimal::fromInteger(2);
            buy.reason = QStringLiteral("test");
            emit simulator->window()->orderRequested(buy);
            Order rest = buy;
            rest.type = OrderType::Limit;
            rest.limitPrice = Decimal::fromInteger(1);
            emit simulator->window()->orderRequested(rest);
            QTRY_COMPARE(trading(*simulator)->fills()->rowCount(), 1);
            QTRY_COMPARE(trading(*simulator)->orders()->rowCount(), 1);
            QTRY_COMPARE(trading(*simulator)->positions()->rowCount(), 1);
            position = held(*simulator);
            QCOMPARE(position, QStringLiteral("2.0000")); // to the instrument's lot of 0.0001
            QTest::qWait(1500); // the session runs on past the app's start
        }
        {
            TerminalSession::Choice replay;
            replay.feed.kind = FeedSpec::Kind::Replay;
            replay.feed.replayPath = ticksFile(dir);
            replay.replaySpeed = 0.0;
            auto other = TerminalSession::create(replay, environment, &error);
            QVERIFY2(other, qPrintable(error));
            other->show();
            QTRY_VERIFY(other->window()->viewsApplied() > 0);
        }
        // Back on the simulator: the same account, and a market that goes on.
        auto back = TerminalSession::create({}, environment, &error);
        QVERIFY2(back, qPrintable(error));
        EngineStats stats;
        connect(back->session()->engine(), &Engine::viewReady, this,
            [&](const MarketView &view) { stats = view.stats; });
        back->show();
        QTRY_VERIFY(stats.ticks > 200);
        QCOMPARE(stats.lateTicks, 0);
        QTRY_COMPARE(trading(*back)->fills()->rowCount(), 1);
        QTRY_COMPARE(trading(*back)->orders()->rowCount(), 1);
        QTRY_COMPARE(trading(*back)->positions()->rowCount(), 1);
        QCOMPARE(held(*back), position);
    }

    void theWindowAsksForAnotherFeed()
    {
        TerminalSession::Environment environment;
        environment.simulator.symbols = SimulatorConfig::defaultSymbols(2);
        environment.simulator.startTime = T0;
        QString error;
        auto terminal = TerminalSession::create({}, environment, &error);
        QVERIFY(terminal);
        QSignalSpy asked(terminal.get(), &TerminalSession::feedChangeRequested);
        FeedSpec kraken;
        kraken.kind = FeedSpec::Kind::Venue;
        kraken.venue.venue = QStringLiteral("kraken");
        emit terminal->window()->feedChangeRequested(kraken, 1.0);
        QCOMPARE(asked.size(), 1);
        const auto chosen = asked.constFirst().constFirst().value<TerminalSession::Choice>();
        QCOMPARE(chosen.feed.venue.venue, QStringLiteral("kraken"));
    }
};

QTEST_MAIN(TestTerminalSession)
#include "tst_terminalsession.moc"
