#include "SessionWiring.h"

#include "MainWindow.h"
#include "engine/Engine.h"

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

} // namespace kairos
