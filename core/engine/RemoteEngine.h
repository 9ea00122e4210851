#pragma once

#include "ChartSubscriptions.h"
#include "MarketView.h"
#include "execution/Portfolio.h"
#include "market/CandleSeries.h"
#include "model/Instrument.h"
#include "publish/RedisSource.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>
#include <vector>

namespace kairos {

// A terminal attached to a headless node through Redis: it follows the
// node's streams (RedisSource) and turns them into the same coalesced
// MarketView the local Engine makes, so the window shows the node's
// candles, signals, orders, fills and alerts live. Trading decisions stay
// with the node: nothing here places or changes an order. The chart's
// indicators are computed here from the node's candles, with the periods
// the user chose. Lives on its own thread, like Engine.
class RemoteEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int ViewIntervalMs = 33;

    RemoteEngine(const RedisUrl &url, const InstrumentList &instruments, QObject *parent = nullptr);

    // The symbols a node publishes at `url`, sorted, found within
    // `timeoutMs`; empty with *error when Redis cannot be reached or holds
    // no Kairos streams. Blocks the calling thread.
    static InstrumentList discover(const RedisUrl &url, int timeoutMs, QString *error);

    const InstrumentList &instruments() const { return m_instruments; }

public slots:
    void start();
    void setCharts(const kairos::ChartSubscriptionList &charts);
    void setChartIndicators(const kairos::IndicatorParams &params);
    void publishView();

signals:
    void viewReady(const kairos::MarketView &view);
    void connectionChanged(bool connected, const QString &why);

private:
    void apply(const RemoteEventList &events);
    void applyOne(const RemoteEvent &event);
    std::optional<std::uint32_t> symbolIndex(const QJsonObject &payload) const;
    ChartUpdate buildChart(ChartSubscriptions::Entry &chart);

    InstrumentList m_instruments;
    QHash<QString, std::uint32_t> m_symbols;
    QList<Timeframe> m_timeframes;
    RedisSource *m_source;
    QTimer m_viewTimer;
    bool m_dirty = false;

    std::vector<CandleSeries> m_series; // symbol × timeframe
    std::vector<std::optional<Decimal>> m_last;
    std::vector<std::pair<std::int64_t, Decimal>> m_dayOpen; // (UTC day start, open)

    ChartSubscriptions m_charts;
    IndicatorParams m_params;

    SignalList m_newSignals;
    TradingEvents m_viewEvents;
    QHash<qint64, Order> m_openOrders;
    Portfolio m_portfolio;
    qint64 m_equitySent = 0; // Portfolio::equityRecorded() when last sent
    EngineStats m_stats;
};

} // namespace kairos
