#include "SessionWiring.h"

#include "DatabaseActions.h"
#include "MainWindow.h"
#include "engine/Engine.h"
#include "engine/RemoteEngine.h"
#include "feed/MarketFeed.h"
#include "panels/FeedStatusLabel.h"
#include "publish/EventPublisher.h"
#include "storage/StorageWriter.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

#include <QTimer>

namespace kairos {

void connectViews(MainWindow &window, Engine *engine)
{
    qRegisterMetaType<MarketView>();
    QObject::connect(engine, &Engine::viewReady, &window, &MainWindow::applyView);
}

void connectWindowToEngine(MainWindow &window, Engine *engine, bool announceSettings)
{
    qRegisterMetaType<TickBatch>();
    qRegisterMetaType<MarketView>();
    qRegisterMetaType<Timeframe>();
    qRegisterMetaType<ChartSubscriptionList>();
    qRegisterMetaType<IndicatorParams>();
    qRegisterMetaType<StrategyConfig>();
    qRegisterMetaType<SignalList>();
    qRegisterMetaType<RiskLimits>();
    qRegisterMetaType<Order>();
    qRegisterMetaType<TradingEvents>();

    QObject::connect(&window, &MainWindow::chartsChanged, engine, &Engine::setCharts);
    QObject::connect(
        &window, &MainWindow::chartIndicatorsChanged, engine, &Engine::setChartIndicators);
    QObject::connect(&window, &MainWindow::strategyChanged, engine, &Engine::setStrategy);
    QObject::connect(&window, &MainWindow::riskLimitsChanged, engine, &Engine::setRiskLimits);
    qRegisterMetaType<BrokerConfig>();
    QObject::connect(&window, &MainWindow::brokerChanged, engine, &Engine::setBrokerConfig);
    QObject::connect(&window, &MainWindow::autoTradeChanged, engine, &Engine::setAutoTrade);
    QObject::connect(&window, &MainWindow::initialCashChanged, engine, &Engine::setInitialCash);
    qRegisterMetaType<AlertList>();
    QObject::connect(&window, &MainWindow::problemsFound, engine, &Engine::raiseAlerts);
    QObject::connect(&window, &MainWindow::orderRequested, engine, &Engine::submitOrder);
    QObject::connect(&window, &MainWindow::cancelOrderRequested, engine, &Engine::cancelOrder);
    QObject::connect(&window, &MainWindow::modifyOrderRequested, engine, &Engine::modifyOrder);
    QObject::connect(&window, &MainWindow::modifyCheckRequested, engine, &Engine::checkModify);
    QObject::connect(engine, &Engine::modifyChecked, &window, &MainWindow::showModifyCheck);
    QObject::connect(&window, &MainWindow::linkOrdersRequested, engine, &Engine::linkOrders);
    QObject::connect(&window, &MainWindow::unlinkOrderRequested, engine, &Engine::unlinkOrder);
    QObject::connect(&window, &MainWindow::cancelAllRequested, engine, &Engine::cancelAllOrders);
    QObject::connect(&window, &MainWindow::flattenRequested, engine, &Engine::flattenPosition);
    QObject::connect(&window, &MainWindow::reverseRequested, engine, &Engine::reversePosition);
    QObject::connect(&window, &MainWindow::protectRequested, engine, &Engine::protectPosition);
    QObject::connect(&window, &MainWindow::resumeRequested, engine, &Engine::resumeTrading);
    QObject::connect(&window, &MainWindow::reducingRequested, engine, &Engine::setReducing);
    qRegisterMetaType<AlertRuleList>();
    QObject::connect(&window, &MainWindow::alertRulesChanged, engine, &Engine::setAlertRules);
    // A window is made after the language is chosen (again on a change):
    // what the engine writes from now on is in it too.
    QMetaObject::invokeMethod(
        engine, [engine, locale = QLocale()] { engine->setLocale(locale); }, Qt::QueuedConnection);
    if (announceSettings)
        window.announceSettings();
}

void connectWindowToStorage(MainWindow &window, Engine *engine, StorageWriter *storage)
{
    window.setDatabase(storage->options().path, storage->options().scratch);
    DatabaseActions *database = window.database();
    QObject::connect(
        database, &DatabaseActions::recordTicksChanged, engine, &Engine::setRecordTicks);
    QObject::connect(
        database, &DatabaseActions::secondCandlesChanged, engine, &Engine::setStoreSecondCandles);
    QObject::connect(storage, &StorageWriter::failed, database, &DatabaseActions::setFailed);
    // The counters are read under the writer's lock: once a second is plenty.
    auto *poll = new QTimer(database);
    QObject::connect(poll, &QTimer::timeout, database,
        [database, storage] { database->setCounters(storage->counters()); });
    poll->start(1000);
    QMetaObject::invokeMethod(
        engine,
        [engine, record = database->recordTicks(), seconds = database->secondCandles()] {
            engine->setRecordTicks(record);
            engine->setStoreSecondCandles(seconds);
        },
        Qt::QueuedConnection);
}

void connectWindowToFeed(MainWindow &window, MarketFeed *feed)
{
    qRegisterMetaType<FeedStatus>();
    qRegisterMetaType<FeedHealth>();
    auto *label = new FeedStatusLabel;
    label->setObjectName(QStringLiteral("feedStatus"));
    window.statusBar()->addPermanentWidget(label);
    QObject::connect(feed, &MarketFeed::statusChanged, label, &FeedStatusLabel::setStatus);
    QObject::connect(feed, &MarketFeed::healthChanged, label, &FeedStatusLabel::setHealth);
}

void connectWindowToPublisher(MainWindow &window, EventPublisher *publisher)
{
    auto *label = new QLabel;
    label->setContentsMargins(8, 0, 8, 0);
    window.statusBar()->addPermanentWidget(label);
    auto *poll = new QTimer(label);
    const auto update = [label, publisher] {
        const EventPublisher::Counters c = publisher->counters();
        const QLocale locale;
        QString text = c.connected
            ? MainWindow::tr("Redis · %1 sent").arg(locale.toString(c.delivered))
            : MainWindow::tr("Redis DOWN · retrying");
        if (c.dropped > 0)
            text += MainWindow::tr(" · %1 dropped").arg(locale.toString(c.dropped));
        label->setText(text);
        label->setToolTip(c.lastError);
        label->setStyleSheet(c.connected ? QString() : QStringLiteral("color: #ffb74d"));
    };
    QObject::connect(poll, &QTimer::timeout, label, update);
    update();
    poll->start(1000);
}

void connectWindowToRemote(MainWindow &window, RemoteEngine *remote, const QString &source)
{
    qRegisterMetaType<MarketView>();
    qRegisterMetaType<ChartSubscriptionList>();
    qRegisterMetaType<IndicatorParams>();
    qRegisterMetaType<RemoteEventList>();
    QObject::connect(remote, &RemoteEngine::viewReady, &window, &MainWindow::applyView);
    QObject::connect(&window, &MainWindow::chartsChanged, remote, &RemoteEngine::setCharts);
    QObject::connect(
        &window, &MainWindow::chartIndicatorsChanged, remote, &RemoteEngine::setChartIndicators);
    window.setFollowing(source);
    auto *label = new QLabel(MainWindow::tr("Redis · connecting"));
    label->setContentsMargins(8, 0, 8, 0);
    window.statusBar()->addPermanentWidget(label);
    QObject::connect(remote, &RemoteEngine::connectionChanged, label,
        [label](bool connected, const QString &why) {
            label->setText(connected ? MainWindow::tr("Redis · following")
                                     : MainWindow::tr("Redis DOWN · retrying"));
            label->setToolTip(why);
            label->setStyleSheet(connected ? QString() : QStringLiteral("color: #ffb74d"));
        });
    window.announceSettings();
}

} // namespace kairos
