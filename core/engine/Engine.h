#pragma once

#include "MarketView.h"
#include "market/CandleAggregator.h"
#include "model/Instrument.h"
#include "model/Tick.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace kairos {

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

    explicit Engine(const InstrumentList &instruments, QObject *parent = nullptr);

    const InstrumentList &instruments() const { return m_instruments; }
    // For the same-thread users (CLI, benchmarks, tests) that drive it directly.
    const CandleAggregator &aggregator() const { return m_aggregator; }

public slots:
    // Starts the view timer; call on the engine's thread.
    void start();
    void processBatch(const kairos::TickBatch &batch);
    // The series the chart shows; the next view resets the chart with its history.
    void selectChart(quint32 symbol, kairos::Timeframe timeframe);
    void publishView();

signals:
    void viewReady(const kairos::MarketView &view);

private:
    MarketView buildView();

    InstrumentList m_instruments;
    CandleAggregator m_aggregator;
    QTimer m_viewTimer;
    bool m_dirty = false;

    struct ChartSelection
    {
        std::uint32_t symbol = 0;
        int timeframeIndex = -1;
        std::int64_t sent = 0; // series position already sent
        bool reset = true;
    };
    std::optional<ChartSelection> m_chart;

    EngineStats m_stats;
    QElapsedTimer m_rateClock;
    std::int64_t m_rateTicks = 0;
};

} // namespace kairos
