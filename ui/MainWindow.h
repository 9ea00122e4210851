#pragma once

#include "chart/ChartStudies.h"
#include "engine/AlertRule.h"
#include "engine/ChartSubscriptions.h"
#include "engine/MarketView.h"
#include "execution/BrokerConfig.h"
#include "feed/FeedSpec.h"
#include "model/Instrument.h"
#include "model/OrderEvent.h"
#include "model/Timeframe.h"
#include "strategy/StrategyConfig.h"

#include <QMainWindow>

class QThread;

#include <array>

class QActionGroup;
class QLabel;
class QMenu;
class QTableView;

namespace kairos {

class AlertNotifier;
class CandleChart;
class ChartHistoryLoader;
class ChartWorkspace;
class DatabaseActions;
class DrawingActions;
class HistoryProgress;
class OrderTicket;
class SignalsModel;
class TradingPanel;
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
    ~MainWindow() override;

    // The active chart.
    CandleChart *chart() const;
    ChartWorkspace *charts() const { return m_charts; }
    WatchlistModel *watchlist() const { return m_watchlist; }
    SignalsModel *signalsModel() const { return m_signals; }
    const StrategyConfig &strategy() const { return m_strategy; }
    const IndicatorParams &indicatorParams() const { return m_indicatorParams; }
    TradingPanel *tradingPanel() const { return m_trading; }
    OrderTicket *orderTicket() const { return m_ticket; }
    const RiskLimits &riskLimits() const { return m_riskLimits; }
    // What the active chart shows.
    quint32 chartSymbol() const;
    Timeframe chartTimeframe() const;
    qint64 viewsApplied() const { return m_viewsApplied; }
    // The session keeps a database: import, recording switches, exports
    // from it. Null until setDatabase().
    DatabaseActions *database() const { return m_database; }
    AlertNotifier *notifier() const { return m_notifier; }
    void setDatabase(const QString &path, bool scratch = false);
    // Following a node through Redis: the window shows, never trades.
    void setFollowing(const QString &source);
    // The feed this window shows, as File → Market data feed… offers it.
    void setFeedSpec(const FeedSpec &spec) { m_feedSpec = spec; }
    // What the panels hold, oldest first (alerts not yet acknowledged are
    // not quiet), for a new window that replaces this one to take in: the
    // engine does not keep it.
    struct Shown
    {
        FillList fills;
        AlertList alerts;
        SignalList firedSignals;
        OrderEventList orderHistory;
    };
    Shown shown() const;
    void showAgain(const Shown &shown);

public slots:
    void applyView(const kairos::MarketView &view);
    // The active chart shows `symbol` at `timeframe`.
    void showChart(quint32 symbol, kairos::Timeframe timeframe);
    // Tells the engine every chart's series (call once after connecting).
    void announceCharts();
    // Tells the engine what the settings say (call once after connecting).
    void announceSettings();
    void setIndicatorParams(const kairos::IndicatorParams &params);
    void setStrategy(const kairos::StrategyConfig &strategy);
    void editIndicators();
    void editStrategy();
    void setRiskLimits(const kairos::RiskLimits &limits);
    void editRiskLimits();
    void setBroker(const kairos::BrokerConfig &config);
    // Trading → Paper broker…
    void editBroker();
    // The engine's answer to modifyCheckRequested, for the chart.
    void showModifyCheck(const kairos::Order &changed, const QString &refusal);
    const BrokerConfig &broker() const { return m_broker; }
    void setAutoTrade(bool on);
    // Trading → Starting cash…
    void editInitialCash();
    void exportTrades();
    // File → Market data feed…: choose another, applied without restarting.
    void chooseFeed();
    // File → Preferences…
    void editPreferences();
    // Alerts → Alert rules…
    void editAlertRules();
    const AlertRuleList &alertRules() const { return m_alertRules; }
    // Window geometry and dock positions into the settings (also on close).
    void saveLayout();
    // File → Reset layout: the docks where they were at first.
    void resetLayout();
    // Writes the session's trades between two times to a CSV file.
    bool writeTrades(const QString &path, qint64 from, qint64 to, QString *error) const;

signals:
    void chartsChanged(const kairos::ChartSubscriptionList &charts);
    void chartIndicatorsChanged(const kairos::IndicatorParams &params);
    void strategyChanged(const kairos::StrategyConfig &strategy);
    void riskLimitsChanged(const kairos::RiskLimits &limits);
    void brokerChanged(const kairos::BrokerConfig &config);
    void autoTradeChanged(bool on);
    void initialCashChanged(const kairos::Decimal &cash);
    // Saved settings that no longer read, for the alert list.
    void problemsFound(const kairos::AlertList &problems);
    void orderRequested(const kairos::Order &order);
    void cancelOrderRequested(qint64 orderId);
    void linkOrdersRequested(qint64 first, qint64 second);
    void unlinkOrderRequested(qint64 orderId);
    void modifyOrderRequested(const kairos::Order &changed);
    void modifyCheckRequested(const kairos::Order &changed);
    void cancelAllRequested();
    void flattenRequested(quint32 symbol);
    void reverseRequested(quint32 symbol);
    void protectRequested(
        quint32 symbol, const kairos::Decimal &takeProfit, const kairos::Decimal &stopLoss);
    void resumeRequested();
    void reducingRequested(bool on);
    void feedChangeRequested(const kairos::FeedSpec &spec, double replaySpeed);
    void appearanceChanged();
    void alertRulesChanged(const kairos::AlertRuleList &rules);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    // Connects a new chart of the workspace to the window.
    void wireChart(CandleChart *chart);
    // Older candles for `chart` from the database, on the loader's thread.
    void connectHistory(CandleChart *chart);
    // The toolbar, watchlist, ticket and title follow the active chart.
    void followActiveChart();
    void setupWatchlist();
    void setupIndicatorMenu();
    // The alert rules from now on: kept in the settings and sent to the engine.
    void applyAlertRules(const AlertRuleList &rules);
    void setupSignals();
    void setupTrading();
    void setupStatusBar(const QString &feedName);
    void setupAlertsMenu();
    void setupHelpMenu();
    void loadAlertSwitches();
    QMenu *m_strategyMenu = nullptr;
    QMenu *m_tradingMenu = nullptr;
    QString m_following;
    void updateTitle();

    AlertList m_settingsProblems; // read before the members that need them
    InstrumentList m_instruments;
    ChartWorkspace *m_charts = nullptr;
    ChartHistoryLoader *m_historyLoader = nullptr;
    WatchlistModel *m_watchlist = nullptr;
    SignalsModel *m_signals = nullptr;
    IndicatorParams m_indicatorParams;
    StrategyConfig m_strategy;
    RiskLimits m_riskLimits;
    BrokerConfig m_broker;
    bool m_autoTrade = false;
    TradingPanel *m_trading = nullptr;
    OrderTicket *m_ticket = nullptr;
    QTableView *m_watchlistView = nullptr;
    QActionGroup *m_timeframeGroup = nullptr;
    QAction *m_followAction = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_healthLabel = nullptr;
    HistoryProgress *m_historyProgress = nullptr;
    qint64 m_viewsApplied = 0;
    DatabaseActions *m_database = nullptr;
    DrawingActions *m_drawings = nullptr;
    QThread *m_historyThread = nullptr; // reads older candles for the chart
    AlertNotifier *m_notifier = nullptr;
    std::array<QAction *, 3> m_notifyActions {};
    std::array<QAction *, 3> m_soundActions {};
    QByteArray m_defaultLayout;
    AlertRuleList m_alertRules;
    FeedSpec m_feedSpec;
    QAction *m_feedAction = nullptr;
};

} // namespace kairos
