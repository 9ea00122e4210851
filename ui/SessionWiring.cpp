#include "SessionWiring.h"

#include "DatabaseActions.h"
#include "MainWindow.h"
#include "engine/Engine.h"
#include "storage/StorageWriter.h"

#include <QTimer>

namespace kairos {

void connectWindowToEngine(MainWindow &window, Engine *engine)
{
    qRegisterMetaType<TickBatch>();
    qRegisterMetaType<MarketView>();
    qRegisterMetaType<Timeframe>();
    qRegisterMetaType<IndicatorParams>();
    qRegisterMetaType<StrategyConfig>();
    qRegisterMetaType<SignalList>();
    qRegisterMetaType<RiskLimits>();
    qRegisterMetaType<Order>();
    qRegisterMetaType<TradingEvents>();

    QObject::connect(engine, &Engine::viewReady, &window, &MainWindow::applyView);
    QObject::connect(&window, &MainWindow::chartSelected, engine, &Engine::selectChart);
    QObject::connect(
        &window, &MainWindow::chartIndicatorsChanged, engine, &Engine::setChartIndicators);
    QObject::connect(&window, &MainWindow::strategyChanged, engine, &Engine::setStrategy);
    QObject::connect(&window, &MainWindow::riskLimitsChanged, engine, &Engine::setRiskLimits);
    QObject::connect(&window, &MainWindow::autoTradeChanged, engine, &Engine::setAutoTrade);
    QObject::connect(&window, &MainWindow::orderRequested, engine, &Engine::submitOrder);
    QObject::connect(&window, &MainWindow::cancelOrderRequested, engine, &Engine::cancelOrder);
    QObject::connect(&window, &MainWindow::cancelAllRequested, engine, &Engine::cancelAllOrders);
    QObject::connect(&window, &MainWindow::flattenRequested, engine, &Engine::flattenPosition);
    QObject::connect(&window, &MainWindow::resumeRequested, engine, &Engine::resumeTrading);
    QObject::connect(&window, &MainWindow::reducingRequested, engine, &Engine::setReducing);
    window.announceSettings();
}

void connectWindowToStorage(MainWindow &window, Engine *engine, StorageWriter *storage)
{
    window.setDatabase(storage->options().path);
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

} // namespace kairos
