#include "Engine.h"
#include "model/EventTime.h"

#include "publish/EventPublisher.h"
#include "storage/StorageWriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QScopeGuard>

#include <algorithm>
#include <utility>

namespace kairos {

Engine::Engine(const InstrumentList &instruments, QObject *parent)
    : QObject(parent)
    , m_instruments(instruments)
    , m_viewTimer(this)
    , m_trader(instruments)
{
    m_aggregator.setSymbolCount(int(instruments.size()));
    m_aggregator.setConfirmedSink([this](std::uint32_t symbol, int index, const Candle &candle) {
        onConfirmed(symbol, index, candle);
    });
    m_seriesIndicators.reset(
        int(instruments.size()), int(m_aggregator.timeframes().size()), m_chartParams);
    m_openBucketsChanged.assign(std::size_t(instruments.size()), 0);
    setStrategy(StrategyConfig::standard());
    m_viewTimer.setInterval(ViewIntervalMs);
    connect(&m_viewTimer, &QTimer::timeout, this, &Engine::publishView);
}

void Engine::start()
{
    m_rateClock.start();
    m_viewTimer.start();
}

void Engine::attachStorage(StorageWriter *writer)
{
    m_storage = writer;
    connect(writer, &StorageWriter::committed, this, &Engine::onStorageCommitted);
    connect(writer, &StorageWriter::failed, this, &Engine::onStorageFailed);
    m_store.state.append({ QStringLiteral("strategy"),
        QJsonDocument(m_strategy.strategy().toJson()).toJson(QJsonDocument::Compact) });
}

void Engine::restore(const WarmState &state)
{
    QList<Decimal> lastPrices(m_instruments.size());
    // The newest price of each symbol: a non-empty open bucket is newer than
    // any confirmed candle, and among either the finest timeframe is newest
    // (the coarser are built from it). Rank: (confirmed?, seconds), lowest wins.
    std::vector<std::pair<int, std::int64_t>> priceRank(
        std::size_t(m_instruments.size()), { 2, 0 });
    const auto offerPrice
        = [&](std::uint32_t symbol, bool open, std::int64_t seconds, const Decimal &close) {
              const std::pair<int, std::int64_t> rank { open ? 0 : 1, seconds };
              if (symbol < priceRank.size() && close > Decimal() && rank < priceRank[symbol]) {
                  priceRank[symbol] = rank;
                  lastPrices[symbol] = close;
              }
          };
    std::int64_t lastTime = state.watermark;
    for (const SeriesHistory &history : state.series) {
        const int index
            = m_aggregator.timeframeIndex(Timeframe::fromSeconds(history.timeframeSeconds));
        if (index < 0 || history.symbol >= std::uint32_t(m_instruments.size()))
            continue;
        m_aggregator.restoreSeries(history.symbol, index, history.candles);
        m_seriesIndicators.restore(history.symbol, index, history.seed, history.candles,
            m_aggregator.series(history.symbol, index));
        const Candle &last = history.candles.constLast();
        lastTime = std::max(lastTime, last.time + history.timeframeSeconds * 1000);
        offerPrice(history.symbol, false, history.timeframeSeconds, last.close);
    }
    for (const SeriesCandle &open : state.openBuckets) {
        const int index
            = m_aggregator.timeframeIndex(Timeframe::fromSeconds(open.timeframeSeconds));
        m_aggregator.restoreOpenBucket(open.symbol, index, open.candle);
        offerPrice(open.symbol, true, open.timeframeSeconds, open.candle.close);
    }
    if (lastTime > 0)
        m_aggregator.restoreWatermark(lastTime);
    // What the database holds is history already made: a feed that brings it
    // again (the same replay) must not make it twice.
    if (!state.isEmpty())
        m_storedUntil = lastTime;
    m_stats.eventTime = std::max(m_stats.eventTime, lastTime);

    // The strategy continues from its snapshot when it is the same strategy,
    // replaying only the candles after it; otherwise from what was loaded.
    const bool sameStrategy = !state.strategyConfig.isEmpty()
        && QJsonDocument::fromJson(state.strategyConfig).object() == m_strategy.strategy().toJson();
    m_strategy.setStrategy(m_strategy.strategy(), m_instruments, {});
    for (std::uint32_t s = 0; s < std::uint32_t(m_instruments.size()); ++s) {
        std::int64_t after = std::numeric_limits<std::int64_t>::min();
        for (const StrategySnapshot &snapshot : state.strategySnapshots) {
            if (sameStrategy && snapshot.symbol == s && m_strategy.restore(s, snapshot.state))
                after = snapshot.time;
        }
        if (m_strategyTimeframe < 0)
            continue;
        const CandleSeries &series = m_aggregator.series(s, m_strategyTimeframe);
        for (const Candle &candle : series.since(0, series.size())) {
            if (candle.time > after)
                m_strategy.warmUp(s, candle);
        }
    }

    TradingEvents events;
    // The session's own starting cash first, so the ledger books from it; a
    // different one asked for before the start is then paid in or out.
    if (state.initialCash && *state.initialCash > Decimal()) {
        TradingEvents restoring;
        m_trader.setInitialCash(*state.initialCash, alertTime(), restoring);
    }
    if (!m_trader.restore(state.positions, state.openOrders, state.lastOrderId,
            state.clientOrderIds, state.equity, state.riskState))
        events.alerts.append({ alertTime(), AlertSeverity::Warning, QStringLiteral("storage"),
            tr("the stored risk state was unreadable; risk starts fresh") });
    for (std::uint32_t s = 0; s < std::uint32_t(lastPrices.size()); ++s)
        m_trader.restoreMark(s, lastPrices[s]);
    if (m_requestedCash)
        m_trader.setInitialCash(*m_requestedCash, alertTime(), events);
    if (collecting())
        m_store.initialCash = m_trader.portfolio().initialCash();
    if (state.foreignFills > 0)
        events.alerts.append({ alertTime(), AlertSeverity::Warning, QStringLiteral("storage"),
            tr("%n stored fill(s) of instruments this session does not trade are not shown",
                nullptr, int(state.foreignFills)) });
    if (!state.isEmpty()) {
        qsizetype candles = 0;
        for (const SeriesHistory &history : state.series)
            candles += history.candles.size();
        events.alerts.append({ alertTime(), AlertSeverity::Info, QStringLiteral("storage"),
            tr("warm start: %1 candles in %2 series, %3 positions, %4 open orders restored")
                .arg(candles)
                .arg(state.series.size())
                .arg(state.positions.size())
                .arg(state.openOrders.size()) });
    }
    m_equityStored = m_trader.portfolio().equityRecorded();
    m_newSignals = state.recentSignals;

    // What the panels show again: they were acknowledged in an earlier run.
    m_shownFills = state.fills;
    m_shownHistory = state.orderEvents;
    TradingEvents shown;
    shown.alerts = state.alerts;
    for (Alert &alert : shown.alerts)
        alert.quiet = true;
    shown.keepViewable();
    m_viewEvents.append(shown);
    m_charts.resetAll();
    m_dirty = true;
    m_pendingEvents.append(events);
    flushTradingEvents();
    m_restored = true;
    emit restored(lastTime, lastPrices);
}

void Engine::processBatch(const TickBatch &batch)
{
    const auto countedOff = qScopeGuard([this] {
        if (m_backlog)
            m_backlog->fetch_sub(1, std::memory_order_relaxed);
    });
    const qsizetype before = m_newSignals.size();
    const qsizetype alertsBefore = m_pendingEvents.alerts.size();
    if (batch.live != m_batchIsLive || !batch.live) {
        m_trader.setWarmingUp(batch.live ? QString() : warmingUpReason(batch));
        if (batch.live) {
            m_stats.historyFrom = m_stats.historyUntil = 0;
        } else if (batch.historyUntil > 0) {
            m_stats.historyFrom = batch.historyFrom;
            m_stats.historyUntil = batch.historyUntil;
        }
    }
    m_batchIsLive = batch.live;
    m_stats.live = m_stats.live || batch.live;
    if (m_publisher)
        m_lastTradeIndex.assign(m_instruments.size(), -1);
    for (qsizetype i = 0; i < batch.ticks.size(); ++i) {
        const Tick &tick = batch.ticks[i];
        if (tick.time <= m_storedUntil) {
            if (m_stats.skippedTicks++ == 0)
                m_pendingEvents.alerts.append(
                    { alertTime(), AlertSeverity::Warning, QStringLiteral("storage"),
                        tr("the database already holds this session up to %1: ticks at or before "
                           "it are skipped, not made again")
                            .arg(EventTime::toIso(m_storedUntil)) });
            continue;
        }
        if (collecting() && tick.symbol < m_openBucketsChanged.size()) {
            m_openBucketsChanged[tick.symbol] = 1;
            if (m_publisher)
                m_lastTradeIndex[tick.symbol] = i;
        }
        m_aggregator.addTick(tick);
        m_trader.onTick(tick, m_pendingEvents);
    }
    if (m_publisher) {
        for (const qsizetype i : m_lastTradeIndex) {
            if (i >= 0)
                m_store.lastTrades.append(batch.ticks[i]);
        }
    }
    if (batch.watermark > 0)
        m_aggregator.advanceTo(batch.watermark);
    ++m_stats.batches;
    m_stats.eventTime = std::max({ m_stats.eventTime, batch.watermark,
        batch.ticks.isEmpty() ? 0 : batch.ticks.constLast().time });
    m_dirty = true;
    if (m_newSignals.size() > before) {
        emit signalsFired(m_newSignals.mid(before));
        if (collecting())
            m_store.firedSignals += m_newSignals.mid(before);
    }
    if (m_storage && m_recordTicks)
        m_store.ticks += batch.ticks;
    if (!m_alertRules.rules().isEmpty())
        checkAlertRules();
    if (!batch.live) {
        // History is the past: what it raises is kept, but nobody is called for it.
        for (qsizetype i = alertsBefore; i < m_pendingEvents.alerts.size(); ++i)
            m_pendingEvents.alerts[i].quiet = true;
    }
    // A view takes these; without one (a backtest) they must not pile up.
    if (m_newSignals.size() > RecentSignals)
        m_newSignals.remove(0, m_newSignals.size() - RecentSignals);
    flushTradingEvents();
    // New indicator parameters reach the series not shown a ring per batch.
    m_chartWork.rebuildSteps
        += m_seriesIndicators.rebuildStale(m_aggregator, CandleSeries::DefaultCapacity);
    m_memoryRelease.reached(m_stats.eventTime);
}

QString Engine::warmingUpReason(const TickBatch &batch) const
{
    if (batch.historyUntil > batch.historyFrom && !batch.ticks.isEmpty()) {
        const double done = double(batch.ticks.constLast().time - batch.historyFrom)
            / double(batch.historyUntil - batch.historyFrom);
        return tr("history is still loading (%1% done): orders are accepted once live data "
                  "begins")
            .arg(qBound(0, qRound(done * 100.0), 100));
    }
    return tr("the feed is replaying history: orders are accepted once live data begins");
}

void Engine::flushTradingEvents()
{
    if (m_pendingEvents.isEmpty()) {
        storeBatch();
        return;
    }
    const TradingEvents events = std::exchange(m_pendingEvents, {});
    if (!m_storage || m_storageFailed) {
        storeBatch();
        acknowledge(events);
        return;
    }
    m_store.trading = events;
    QSet<std::uint32_t> touched;
    for (const Fill &fill : events.fills)
        touched.insert(fill.symbol);
    for (const std::uint32_t symbol : touched)
        m_store.positions.append({ symbol, m_trader.portfolio().position(symbol), now() });
    m_store.state.append({ QStringLiteral("risk"), m_trader.risk().saveState() });
    m_unacknowledged.emplace_back(0, events);
    storeBatch();
}

void Engine::acknowledge(const TradingEvents &events)
{
    if (m_publisher) {
        StorageBatch published;
        published.trading = events;
        published.eventTime = now();
        m_publisher->enqueue(published);
    }
    m_viewEvents.append(events);
    m_viewEvents.keepViewable();
    m_recentDenials += events.denied;
    if (m_recentDenials.size() > RecentDenials)
        m_recentDenials.remove(0, m_recentDenials.size() - RecentDenials);
    m_dirty = true;
    emit tradingEvents(events);
}

void Engine::storeBatch()
{
    if (!collecting())
        return;
    const Portfolio &portfolio = m_trader.portfolio();
    if (m_storage && m_equityStored < portfolio.equityRecorded()) {
        m_store.equity = portfolio.equitySince(m_equityStored);
        m_equityStored = portfolio.equityRecorded();
    }
    for (std::uint32_t s = 0; s < m_openBucketsChanged.size(); ++s) {
        if (!std::exchange(m_openBucketsChanged[s], char(0)))
            continue;
        // The forming second too, so a clean stop loses no tick; a bucket
        // with nothing open is stored empty (no trades), replacing the old.
        for (int tf = 0; tf < m_aggregator.timeframes().size(); ++tf) {
            const std::int64_t seconds = m_aggregator.timeframes()[tf].seconds();
            if (m_storage) {
                const auto part
                    = tf == 0 ? m_aggregator.forming(s, 0) : m_aggregator.openBucket(s, tf);
                m_store.openBuckets.append({ s, seconds, part.value_or(Candle {}) });
            }
            if (!m_publisher)
                continue;
            if (const auto forming = m_aggregator.forming(s, tf))
                m_store.forming.append({ s, seconds, *forming });
        }
    }
    m_store.eventTime = now();
    if (m_publisher) {
        // Trading events are published once acknowledged (acknowledge()).
        StorageBatch published = m_store;
        published.trading = {};
        m_publisher->enqueue(published);
    }
    if (!m_storage) {
        m_store = {};
        return;
    }
    if (m_publisher && !m_storeSeconds)
        m_store.candles.removeIf([](const SeriesCandle &c) { return c.timeframeSeconds == 1; });
    if (m_store.isEmpty())
        return;
    m_store.state.append({ QStringLiteral("watermark"), QByteArray::number(qint64(now())) });
    const bool trading = !m_store.trading.isEmpty();
    const quint64 sequence = m_storage->enqueue(std::exchange(m_store, {}));
    if (trading && !m_unacknowledged.empty() && m_unacknowledged.back().first == 0)
        m_unacknowledged.back().first = sequence;
}

void Engine::onStorageCommitted(quint64 sequence)
{
    while (!m_unacknowledged.empty() && m_unacknowledged.front().first != 0
        && m_unacknowledged.front().first <= sequence) {
        acknowledge(m_unacknowledged.front().second);
        m_unacknowledged.pop_front();
    }
}

void Engine::onStorageFailed(const QString &error)
{
    if (m_storageFailed)
        return;
    m_storageFailed = true;
    m_storageError = error;
    if (!m_restored) // the database never opened: run on, without it
        emit restored(0, QList<Decimal>(m_instruments.size()));
    m_restored = true;
    qsizetype lostFills = 0;
    TradingEvents events;
    for (const auto &pending : m_unacknowledged) {
        lostFills += pending.second.fills.size();
        // What was said still reaches the user, though it was not stored.
        events.alerts += pending.second.alerts;
    }
    m_unacknowledged.clear();
    m_trader.halt(alertTime(),
        tr("storage failed, trading halted so nothing goes unrecorded: %1").arg(error), events);
    if (lostFills > 0)
        events.alerts.append({ alertTime(), AlertSeverity::Critical, QStringLiteral("storage"),
            tr("%n fill(s) could not be saved and are not acknowledged", nullptr,
                int(lostFills)) });
    acknowledge(events);
}

void Engine::setAutoTrade(bool on)
{
    m_autoTrade = on;
    m_pendingEvents.alerts.append({ alertTime(), AlertSeverity::Info, QStringLiteral("strategy"),
        on ? tr("auto-trading on: signals become paper orders") : tr("auto-trading off") });
    flushTradingEvents();
}

void Engine::setRiskLimits(const RiskLimits &limits)
{
    if (!limits.validate().isEmpty())
        return;
    m_trader.setLimits(limits, alertTime(), m_pendingEvents);
    if (m_storage) // a record of the limits trading ran under
        m_store.state.append({ QStringLiteral("risk_limits"),
            QJsonDocument(limits.toJson()).toJson(QJsonDocument::Compact) });
    m_dirty = true;
    flushTradingEvents();
}

void Engine::setBrokerConfig(const BrokerConfig &config)
{
    if (!config.validate().isEmpty())
        return;
    m_trader.setBrokerConfig(config);
    if (m_storage) // a record of the fills' terms, as of the limits
        m_store.state.append({ QStringLiteral("broker"),
            QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact) });
    m_dirty = true;
}

void Engine::setInitialCash(const Decimal &cash)
{
    if (cash <= Decimal())
        return;
    m_requestedCash = cash;
    m_trader.setInitialCash(cash, alertTime(), m_pendingEvents);
    if (collecting())
        m_store.initialCash = cash;
    m_dirty = true;
    flushTradingEvents();
}

void Engine::submitOrder(const Order &order)
{
    Order o = order;
    o.time = std::max(o.time, actionTime());
    m_trader.submit(o, m_pendingEvents);
    flushTradingEvents();
}

void Engine::cancelOrder(qint64 orderId)
{
    m_trader.cancel(orderId, m_pendingEvents);
    flushTradingEvents();
}

void Engine::modifyOrder(const Order &changed)
{
    m_trader.modify(changed, actionTime(), m_pendingEvents);
    flushTradingEvents();
}

void Engine::checkModify(const Order &changed)
{
    emit modifyChecked(changed, m_trader.modifyRefusal(changed, actionTime()));
}

void Engine::linkOrders(qint64 first, qint64 second)
{
    m_trader.linkOco(first, second, actionTime(), m_pendingEvents);
    flushTradingEvents();
}

void Engine::unlinkOrder(qint64 orderId)
{
    m_trader.unlinkOco(orderId, actionTime(), m_pendingEvents);
    flushTradingEvents();
}

void Engine::cancelAllOrders()
{
    m_trader.cancelAll(m_pendingEvents);
    flushTradingEvents();
}

void Engine::flattenPosition(quint32 symbol)
{
    m_trader.flatten(symbol, actionTime(), m_pendingEvents);
    flushTradingEvents();
}

void Engine::reversePosition(quint32 symbol)
{
    m_trader.reverse(symbol, actionTime(), m_pendingEvents);
    flushTradingEvents();
}

void Engine::protectPosition(quint32 symbol, const Decimal &takeProfit, const Decimal &stopLoss)
{
    m_trader.protect(symbol, takeProfit, stopLoss, actionTime(), m_pendingEvents);
    flushTradingEvents();
}

void Engine::setReducing(bool reducing)
{
    m_trader.setReducing(reducing);
    m_dirty = true;
}

void Engine::setLocale(const QLocale &locale)
{
    m_trader.setLocale(locale);
    m_alertRules.setLocale(locale);
    m_strategy.setLocale(locale);
}

void Engine::resumeTrading()
{
    if (m_storageFailed) {
        m_pendingEvents.alerts.append(
            { alertTime(), AlertSeverity::Critical, QStringLiteral("risk"),
                tr("resume refused: storage failed (%1); trading stays halted so nothing goes "
                   "unrecorded. Free the disk or fix the file, then restart Kairos.")
                    .arg(m_storageError) });
        flushTradingEvents();
        return;
    }
    m_trader.resume(alertTime(), m_pendingEvents);
    flushTradingEvents();
}

void Engine::onConfirmed(std::uint32_t symbol, int timeframeIndex, const Candle &candle)
{
    const std::int64_t seconds = m_aggregator.timeframes()[timeframeIndex].seconds();
    // 1 s candles are many and optional: kept only when storage asks.
    const bool store = m_storage && (timeframeIndex > 0 || m_storeSeconds);
    if (store || m_publisher)
        m_store.candles.append({ symbol, seconds, candle });
    if (collecting())
        m_openBucketsChanged[symbol] = 1;
    if (timeframeIndex == m_strategyTimeframe)
        runStrategy(symbol, candle);
    IndicatorValues values;
    const auto snapshot = m_seriesIndicators.update(
        symbol, timeframeIndex, candle, m_aggregator.series(symbol, timeframeIndex), &values);
    if (m_publisher)
        m_store.indicatorValues.append({ symbol, seconds, values });
    if (!m_alertRules.rules().isEmpty())
        m_alertRules.onIndicators(symbol, seconds, values, m_pendingEvents.alerts);
    if (snapshot && store) {
        m_store.snapshots.append({ symbol, seconds, SnapshotKind::Chart, candle.time, *snapshot });
        if (timeframeIndex == m_strategyTimeframe)
            m_store.snapshots.append({ symbol, seconds, SnapshotKind::Strategy, candle.time,
                m_strategy.snapshot(symbol) });
    }
}

void Engine::runStrategy(std::uint32_t symbol, const Candle &candle)
{
    const qsizetype before = m_newSignals.size();
    m_strategy.onCandle(symbol, candle, m_newSignals);
    for (qsizetype i = before; i < m_newSignals.size(); ++i) {
        const Signal &signal = m_newSignals[i];
        m_pendingEvents.alerts.append(
            { signal.time, AlertSeverity::Info, QStringLiteral("strategy"),
                tr("%1 %2 %3: %4")
                    .arg(sideLabel(signal.side), m_instruments.value(signal.symbol).symbol,
                        signal.timeframe.label(), signal.reason) });
        if (m_autoTrade && m_batchIsLive)
            m_trader.onSignal(m_newSignals[i], m_strategy.strategy().sizing, m_pendingEvents,
                m_strategy.strategy().exits);
    }
    m_stats.signalCount += m_newSignals.size() - before;
    if (m_newSignals.size() > before && !m_alertRules.rules().isEmpty())
        m_alertRules.onSignals(m_newSignals.mid(before), m_pendingEvents.alerts);
}

void Engine::setStrategy(const StrategyConfig &strategy)
{
    m_strategyTimeframe = m_aggregator.timeframeIndex(strategy.timeframe);
    m_strategy.setStrategy(strategy, m_instruments, [this](std::uint32_t symbol) {
        if (m_strategyTimeframe < 0)
            return CandleList();
        const CandleSeries &series = m_aggregator.series(symbol, m_strategyTimeframe);
        return series.since(0, series.size());
    });
    if (m_storage)
        m_store.state.append({ QStringLiteral("strategy"),
            QJsonDocument(strategy.toJson()).toJson(QJsonDocument::Compact) });
}

void Engine::setChartIndicators(const IndicatorParams &params)
{
    if (!params.validate().isEmpty())
        return;
    m_chartParams = params;
    if (params != m_seriesIndicators.params())
        m_seriesIndicators.setParams(params);
    if (!m_charts.isEmpty()) {
        m_charts.resetAll();
        m_dirty = true;
    }
}

void Engine::setCharts(const ChartSubscriptionList &charts)
{
    m_charts.set(charts, m_aggregator.timeframes(), m_instruments.size());
    m_dirty = true;
}

void Engine::raiseAlerts(const AlertList &alerts)
{
    for (Alert alert : alerts) {
        if (alert.time <= 0)
            alert.time = alertTime();
        m_pendingEvents.alerts.append(alert);
    }
    flushTradingEvents();
}

void Engine::setAlertRules(const AlertRuleList &rules)
{
    m_alertRules.set(rules, m_instruments);
}

void Engine::checkAlertRules()
{
    const Portfolio &portfolio = m_trader.portfolio();
    for (std::uint32_t s = 0; s < std::uint32_t(m_instruments.size()); ++s) {
        if (const auto last = m_aggregator.lastPrice(s))
            m_alertRules.onPrice(s, last->toDouble(), now(), m_pendingEvents.alerts);
        if (s < std::uint32_t(portfolio.symbolCount())) {
            const Position &position = portfolio.position(s);
            if (position.quantity != Decimal())
                m_alertRules.onPnl(s, (portfolio.positionValue(s) - position.cost).toDouble(),
                    now(), m_pendingEvents.alerts);
        }
    }
}

std::int64_t Engine::actionTime() const
{
    // While history replays, event time is days ago; the user acts now, and
    // the refusal must be seen now, on top of the alerts, and notified.
    return m_batchIsLive ? now()
                         : std::max<std::int64_t>(now(), QDateTime::currentMSecsSinceEpoch());
}

std::int64_t Engine::alertTime() const
{
    // Before the first trade there is no event time yet: the wall clock.
    return now() > 0 ? now() : QDateTime::currentMSecsSinceEpoch();
}

void Engine::onFeedStatus(const FeedStatus &status)
{
    const bool trouble = status.state == FeedStatus::State::Reconnecting
        || status.state == FeedStatus::State::Stale;
    const std::int64_t time = alertTime();
    m_pendingEvents.alerts.append({ time, trouble ? AlertSeverity::Warning : AlertSeverity::Info,
        QStringLiteral("feed"), status.describe() });
    flushTradingEvents();
    m_dirty = true;
}

void Engine::onFeedGap(const FeedGap &gap)
{
    m_recentGaps.append(gap);
    if (m_recentGaps.size() > RecentGaps)
        m_recentGaps.remove(0, m_recentGaps.size() - RecentGaps);
    m_newGaps.append(gap);
    if (m_newGaps.size() > RecentGaps)
        m_newGaps.remove(0, m_newGaps.size() - RecentGaps);
    const std::int64_t time = alertTime();
    const QString pair = gap.symbol.isEmpty() ? tr("any pair") : gap.symbol;
    const QString from = EventTime::toIso(gap.start);
    const QString to = EventTime::toIso(gap.end);
    m_pendingEvents.alerts.append(gap.backfilled
            ? Alert { time, AlertSeverity::Info, QStringLiteral("feed"),
                tr("market data for %1 from %2 to %3 recovered: %4")
                    .arg(pair, from, to, gap.reason) }
            : Alert { time, AlertSeverity::Warning, QStringLiteral("feed"),
                tr("no market data for %1 from %2 to %3: %4").arg(pair, from, to, gap.reason) });
    flushTradingEvents();
    m_dirty = true;
}

void Engine::resendView()
{
    m_charts.resetAll();
    m_newGaps.clear();
    const Portfolio &portfolio = m_trader.portfolio();
    m_equitySent = portfolio.equityRecorded()
        - std::min<qint64>(portfolio.equityCurve().size(), MaxResentEquity);
    m_dirty = true;
}

void Engine::publishView()
{
    // A feed that stopped (a replay's end, a silent venue) shows its rate
    // falling to 0, not the last busy second forever.
    const bool rateStale
        = m_stats.ticksPerSecond > 0.0 && m_rateClock.isValid() && m_rateClock.elapsed() >= 1000;
    if (!m_dirty && !rateStale)
        return;
    m_dirty = false;
    emit viewReady(buildView());
}

MarketView Engine::buildView()
{
    MarketView view;
    const int dayIndex = m_aggregator.timeframeIndex(Timeframe::fromSeconds(86400));
    for (std::uint32_t s = 0; s < std::uint32_t(m_instruments.size()); ++s) {
        WatchRow row;
        row.symbol = s;
        row.last = m_aggregator.lastPrice(s);
        if (dayIndex >= 0) {
            if (const auto day = m_aggregator.forming(s, dayIndex))
                row.dayOpen = day->open;
        }
        view.watchlist.append(row);
    }

    for (ChartSubscriptions::Entry &chart : m_charts.entries())
        view.charts.append(buildChartUpdate(chart));
    view.newSignals = std::exchange(m_newSignals, {});
    m_newGaps.clear();
    view.trading = buildTradingSnapshot();

    const auto counters = m_aggregator.counters();
    m_stats.ticks = counters.ticks;
    m_stats.lateTicks = counters.late;
    m_stats.droppedTicks = counters.unknownSymbol + counters.volumeOverflow;
    const std::int64_t elapsed = m_rateClock.isValid() ? m_rateClock.elapsed() : 0;
    if (elapsed >= 1000) {
        m_stats.ticksPerSecond = double(m_stats.ticks - m_rateTicks) * 1000.0 / double(elapsed);
        m_rateTicks = m_stats.ticks;
        m_rateClock.restart();
    }
    view.stats = m_stats;
    return view;
}

QList<FeedGap> Engine::gapsOf(const QList<FeedGap> &gaps, const QString &symbol)
{
    QList<FeedGap> out;
    for (const FeedGap &gap : gaps) {
        if (gap.symbol.isEmpty() || gap.symbol == symbol)
            out.append(gap);
    }
    return out;
}

ChartUpdate Engine::buildChartUpdate(ChartSubscriptions::Entry &chart)
{
    const CandleSeries &series = m_aggregator.series(chart.symbol, chart.timeframeIndex);
    ChartUpdate update;
    update.chart = chart.chart;
    update.symbol = chart.symbol;
    update.timeframe = m_aggregator.timeframes()[chart.timeframeIndex];
    update.reset = chart.reset;
    update.indicatorParams = m_chartParams;
    if (chart.reset) {
        // Indicators replay the retained series from its seed, so they equal
        // what a chart that was open all along would show.
        std::int64_t from = 0;
        chart.indicators
            = m_seriesIndicators.seedSet(chart.symbol, chart.timeframeIndex, series, from);
        const CandleList all = series.since(from, series.size());
        const qsizetype firstSent = std::max<qsizetype>(0, all.size() - ChartHistory);
        m_chartWork.indicatorSteps += all.size();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const IndicatorValues values = chart.indicators.update(all[i]);
            if (i >= firstSent) {
                update.confirmed.append(all[i]);
                update.indicators.append(values);
            }
        }
        update.gaps = gapsOf(m_recentGaps, m_instruments[chart.symbol].symbol);
    } else {
        update.gaps = gapsOf(m_newGaps, m_instruments[chart.symbol].symbol);
        update.confirmed = series.since(chart.sent, series.size());
        m_chartWork.indicatorSteps += update.confirmed.size();
        for (const Candle &candle : std::as_const(update.confirmed))
            update.indicators.append(chart.indicators.update(candle));
        for (const Signal &signal : std::as_const(m_newSignals)) {
            if (signal.symbol == chart.symbol && signal.timeframe == update.timeframe)
                update.seriesSignals.append(signal);
        }
    }
    // A reset shows the recent ones, which include those since the last view.
    for (const DeniedOrder &denied :
        std::as_const(update.reset ? m_recentDenials : m_viewEvents.denied)) {
        if (denied.order.symbol == chart.symbol)
            update.seriesDenials.append(denied);
    }
    update.forming = m_aggregator.forming(chart.symbol, chart.timeframeIndex);
    if (update.forming) {
        update.formingIndicators = chart.indicators.peek(*update.forming);
        ++m_chartWork.indicatorSteps;
    }
    m_chartWork.candlesSent += update.confirmed.size();
    chart.sent = series.appendedCount();
    chart.reset = false;
    return update;
}

TradingSnapshot Engine::buildTradingSnapshot()
{
    TradingSnapshot t;
    const Portfolio &p = m_trader.portfolio();
    for (std::uint32_t s = 0; s < std::uint32_t(p.symbolCount()); ++s) {
        const Position &position = p.position(s);
        if (position.quantity == Decimal() && position.realizedPnl == Decimal())
            continue;
        t.positions.append({ s, position.quantity, p.averagePrice(s), position.mark,
            p.positionValue(s) - position.cost, position.realizedPnl, position.fees });
    }
    for (const Order &order : m_trader.broker().openOrders())
        t.openOrders.append(order);
    AccountSummary &a = t.account;
    a.initialCash = p.initialCash();
    a.cash = p.cash();
    a.equity = p.equity();
    a.dayPnl = m_trader.risk().dayStartEquity() == Decimal()
        ? Decimal()
        : a.equity - m_trader.risk().dayStartEquity();
    a.drawdown = std::max(Decimal(), m_trader.risk().peakEquity() - a.equity);
    a.realizedPnl = p.realizedPnl();
    a.unrealizedPnl = p.unrealizedPnl();
    a.fees = p.feesPaid();
    a.state = m_trader.risk().state();
    a.autoTrade = m_autoTrade;
    a.killSwitch = m_trader.risk().limits().killSwitch;
    t.newEquity = p.equitySince(m_equitySent);
    m_equitySent = p.equityRecorded();
    t.events = std::exchange(m_viewEvents, {});
    t.shownFills = std::exchange(m_shownFills, {});
    t.shownHistory = std::exchange(m_shownHistory, {});
    return t;
}

} // namespace kairos
