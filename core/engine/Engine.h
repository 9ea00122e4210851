#pragma once

#include "AlertRules.h"
#include "ChartSubscriptions.h"
#include "MarketView.h"
#include "MemoryRelease.h"
#include "SeriesIndicators.h"
#include "execution/PaperTrader.h"
#include "feed/FeedStatus.h"
#include "market/CandleAggregator.h"
#include "model/Instrument.h"
#include "model/Tick.h"
#include "storage/StorageBatch.h"
#include "storage/WarmState.h"
#include "strategy/StrategyRunner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <deque>
#include <limits>
#include <memory>
#include <optional>

namespace kairos {

class EventPublisher;
class StorageWriter;

// Owns all market state and runs the pipeline on its own thread. Batches of
// ticks come in through queued connections; coalesced views go out on a
// timer at about 30 per second, and only when something changed.
//
// Thread rules: after moveToThread, call its slots only through queued
// connections or QMetaObject::invokeMethod; nothing else touches its state.
class Engine : public QObject
{
    Q_OBJECT

public:
    static constexpr int ViewIntervalMs = 33;
    static constexpr int ChartHistory = 5000; // candles sent when a chart opens
    // Signals a view has not taken (a backtest takes none) are dropped beyond
    // this. The window keeps the recent ones for its charts (SignalsModel).
    static constexpr int RecentSignals = 2000;
    // Likewise; fewer, as a halted account denies every signal alike.
    static constexpr int RecentDenials = 256;
    static constexpr int RecentGaps = 1000; // kept for charts that open later
    static constexpr int MaxResentEquity = 20'000; // equity points a new window gets

    explicit Engine(const InstrumentList &instruments, QObject *parent = nullptr);

    const InstrumentList &instruments() const { return m_instruments; }

    // Persists everything through `writer` (which must outlive the engine):
    // call before start(). Trading events are then acknowledged, in
    // tradingEvents() and views, only once the writer committed them; if
    // it fails, trading halts.
    void attachStorage(StorageWriter *writer);
    // The feed's backlog (MarketFeed::setBacklog): each batch processed is
    // counted off it.
    void setBacklog(std::shared_ptr<std::atomic<int>> backlog) { m_backlog = std::move(backlog); }
    // Publishes every event through `publisher` (thread-safe, never blocks;
    // it must outlive the engine). Trading events go once acknowledged.
    void attachPublisher(EventPublisher *publisher) { m_publisher = publisher; }
public slots:
    // Raw ticks too, for exact replay ("record session").
    void setRecordTicks(bool on) { m_recordTicks = on; }
    // 1 s candles are many: stored only when asked.
    void setStoreSecondCandles(bool on) { m_storeSeconds = on; }

public:
    // For the same-thread users (CLI, benchmarks, tests) that drive it directly.
    const CandleAggregator &aggregator() const { return m_aggregator; }

public slots:
    // Starts the view timer; call on the engine's thread.
    void start();
    void processBatch(const kairos::TickBatch &batch);
    // The series the window's charts show (all of them, replacing the
    // previous ones); the next view resets a new or changed chart with its
    // history.
    void setCharts(const kairos::ChartSubscriptionList &charts);
    // The charts' indicator periods; the next view resets every chart.
    void setChartIndicators(const kairos::IndicatorParams &params);
    // Replaces the strategy; its rules warm up on the history silently.
    void setStrategy(const kairos::StrategyConfig &strategy);
    // Signals become paper orders only while this is on.
    void setAutoTrade(bool on);
    void setRiskLimits(const kairos::RiskLimits &limits);
    void setBrokerConfig(const kairos::BrokerConfig &config);
    // The paper account's starting cash (a change pays the difference in
    // or out); stored with the session and published. Set before start(),
    // it replaces what a warm start restores.
    void setInitialCash(const kairos::Decimal &cash);
    void submitOrder(const kairos::Order &order);
    void cancelOrder(qint64 orderId);
    // `changed` carries the working order's id and its new quantity and prices.
    void modifyOrder(const kairos::Order &changed);
    // What modifyOrder(changed) would meet now, changing and counting
    // nothing: answered by modifyChecked (a preview while dragging a line).
    void checkModify(const kairos::Order &changed);
    void cancelAllOrders();
    // Two working orders of one symbol linked one-cancels-other, or unlinked.
    void linkOrders(qint64 first, qint64 second);
    void unlinkOrder(qint64 orderId);
    void flattenPosition(quint32 symbol);
    void reversePosition(quint32 symbol);
    // A take-profit and/or stop-loss (zero: none) for a symbol's position.
    void protectPosition(
        quint32 symbol, const kairos::Decimal &takeProfit, const kairos::Decimal &stopLoss);
    void setReducing(bool reducing);
    // Alerts, denials and signal reasons are written in `locale` from now on
    // (the C locale until told, as on the command line).
    void setLocale(const QLocale &locale);
    // The deliberate user action that ends a circuit-breaker halt.
    void resumeTrading();
    void publishView();
    // A new window on this engine: the next view carries the chart from its
    // start and the equity curve again. Fills, alerts and signals are the old
    // window's to hand over (MainWindow::shown()): kept here too, they would
    // be thousands of rows more for the life of a session.
    void resendView();
    // A warm start from what storage held, before the first batch.
    void restore(const kairos::WarmState &state);
    // A venue's connection changed: an alert, for the log, the panel and storage.
    void onFeedStatus(const kairos::FeedStatus &status);
    // Market data that never arrived: an alert, and a marker on the chart.
    void onFeedGap(const kairos::FeedGap &gap);
    // Problems found outside the engine (saved settings that no longer
    // read), into the alert list: stored and published like its own.
    void raiseAlerts(const kairos::AlertList &alerts);
    // The user's alert rules (replacing the previous ones).
    void setAlertRules(const kairos::AlertRuleList &rules);

signals:
    void viewReady(const kairos::MarketView &view);
    // Every signal as it fires, for consumers other than the UI.
    void signalsFired(const kairos::SignalList &fired);
    // Orders, fills, denials and alerts, once per input, as soon as they
    // are acknowledged: at once, or with storage once they are committed.
    void tradingEvents(const kairos::TradingEvents &events);
    // The warm start is done; feeds may resume after `time` from `lastPrices`
    // (an entry is zero for a symbol without stored candles).
    void restored(qint64 time, const QList<kairos::Decimal> &lastPrices);
    // checkModify's answer: why the change would be refused, empty if not.
    void modifyChecked(const kairos::Order &changed, const QString &refusal);

public:
    // What serving the chart has cost on the engine thread, counted: a
    // chart switch replays at most the series' ring (CandleSeries::
    // DefaultCapacity candles) and sends at most ChartHistory, however much
    // history is stored; older candles come from storage on another thread.
    struct ChartWork
    {
        std::int64_t indicatorSteps = 0; // IndicatorSet updates and peeks
        std::int64_t candlesSent = 0;
        // New indicator parameters caught up, a series per batch, not at once.
        std::int64_t rebuildSteps = 0;
    };
    const ChartWork &chartWork() const { return m_chartWork; }
    const StrategyConfig &strategy() const { return m_strategy.strategy(); }
    const PaperTrader &trader() const { return m_trader; }
    bool autoTrade() const { return m_autoTrade; }

private:
    void onStorageCommitted(quint64 sequence);
    void onStorageFailed(const QString &error);
    void storeBatch();
    void acknowledge(const TradingEvents &events);
    MarketView buildView();
    void onConfirmed(std::uint32_t symbol, int timeframeIndex, const Candle &candle);
    void runStrategy(std::uint32_t symbol, const Candle &candle);
    ChartUpdate buildChartUpdate(ChartSubscriptions::Entry &chart);
    void checkAlertRules();
    static QList<FeedGap> gapsOf(const QList<FeedGap> &gaps, const QString &symbol);
    TradingSnapshot buildTradingSnapshot();
    void flushTradingEvents();
    QString warmingUpReason(const TickBatch &batch) const;
    std::int64_t now() const { return m_stats.eventTime; }
    std::int64_t alertTime() const;
    std::int64_t actionTime() const; // of the user's orders

    InstrumentList m_instruments;
    CandleAggregator m_aggregator;
    QTimer m_viewTimer;
    bool m_dirty = false;

    ChartSubscriptions m_charts;
    ChartWork m_chartWork;
    IndicatorParams m_chartParams;

    StrategyRunner m_strategy;
    int m_strategyTimeframe = -1;
    SignalList m_newSignals; // since the last view
    QList<FeedGap> m_recentGaps;
    QList<FeedGap> m_newGaps; // since the last view

    PaperTrader m_trader;
    bool m_autoTrade = false;
    bool m_batchIsLive = true;
    TradingEvents m_pendingEvents; // since the last tradingEvents signal
    TradingEvents m_viewEvents; // since the last view
    FillList m_shownFills; // a warm start's, for the next view
    OrderEventList m_shownHistory;
    QList<DeniedOrder> m_recentDenials; // kept for charts that open later
    qint64 m_equitySent = 0; // Portfolio::equityRecorded() when last sent
    std::shared_ptr<std::atomic<int>> m_backlog;

    SeriesIndicators m_seriesIndicators;
    AlertRules m_alertRules;

    bool collecting() const { return m_storage || m_publisher; }

    StorageWriter *m_storage = nullptr;
    EventPublisher *m_publisher = nullptr;
    std::vector<qsizetype> m_lastTradeIndex; // per symbol, in the current batch
    bool m_storageFailed = false;
    QString m_storageError;
    bool m_restored = false;
    bool m_recordTicks = false;
    bool m_storeSeconds = false;
    StorageBatch m_store; // what the current input gives storage
    std::vector<char> m_openBucketsChanged; // per symbol, since the last store
    qint64 m_equityStored = 0;
    std::deque<std::pair<quint64, TradingEvents>> m_unacknowledged;
    std::optional<Decimal> m_requestedCash; // what the user asked for, if anything
    std::int64_t m_storedUntil = std::numeric_limits<std::int64_t>::min(); // warm start's end
    MemoryRelease m_memoryRelease;

    EngineStats m_stats;
    QElapsedTimer m_rateClock;
    std::int64_t m_rateTicks = 0;
};

} // namespace kairos
