#pragma once

#include "chart/ChartStudies.h"
#include "engine/MarketView.h"
#include "model/Instrument.h"
#include "model/Timeframe.h"
#include "strategy/StrategyConfig.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QTableView;

namespace kairos {

class CandleChart;
class SignalsModel;
class WatchlistModel;

// The terminal's main window: watchlist, chart and status. It only shows
// what the engine's coalesced views say and tells the engine what to show;
// it owns no market state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(
        const InstrumentList &instruments, const QString &feedName, QWidget *parent = nullptr);

    CandleChart *chart() const { return m_chart; }
    WatchlistModel *watchlist() const { return m_watchlist; }
    SignalsModel *signalsModel() const { return m_signals; }
    const StrategyConfig &strategy() const { return m_strategy; }
    const IndicatorParams &indicatorParams() const { return m_indicatorParams; }
    quint32 chartSymbol() const { return m_symbol; }
    Timeframe chartTimeframe() const { return m_timeframe; }
    qint64 viewsApplied() const { return m_viewsApplied; }

public slots:
    void applyView(const kairos::MarketView &view);
    void showChart(quint32 symbol, kairos::Timeframe timeframe);
    // Tells the engine what the settings say (call once after connecting).
    void announceSettings();
    void setIndicatorParams(const kairos::IndicatorParams &params);
    void setStrategy(const kairos::StrategyConfig &strategy);
    void editIndicators();
    void editStrategy();

signals:
    void chartSelected(quint32 symbol, kairos::Timeframe timeframe);
    void chartIndicatorsChanged(const kairos::IndicatorParams &params);
    void strategyChanged(const kairos::StrategyConfig &strategy);

private:
    void setupActions();
    void setupWatchlist();
    void setupIndicatorMenu();
    void setupSignals();
    void setupStatusBar(const QString &feedName);
    void updateTitle();

    InstrumentList m_instruments;
    CandleChart *m_chart = nullptr;
    WatchlistModel *m_watchlist = nullptr;
    SignalsModel *m_signals = nullptr;
    IndicatorParams m_indicatorParams;
    StrategyConfig m_strategy;
    QTableView *m_watchlistView = nullptr;
    QActionGroup *m_timeframeGroup = nullptr;
    QAction *m_followAction = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_healthLabel = nullptr;
    quint32 m_symbol = 0;
    Timeframe m_timeframe = Timeframe::fromSeconds(60);
    qint64 m_viewsApplied = 0;
};

} // namespace kairos
