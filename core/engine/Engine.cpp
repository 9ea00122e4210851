#include "Engine.h"

#include <algorithm>

namespace kairos {

Engine::Engine(const InstrumentList &instruments, QObject *parent)
    : QObject(parent)
    , m_instruments(instruments)
    , m_viewTimer(this)
{
    m_aggregator.setSymbolCount(int(instruments.size()));
    m_viewTimer.setInterval(ViewIntervalMs);
    connect(&m_viewTimer, &QTimer::timeout, this, &Engine::publishView);
}

void Engine::start()
{
    m_rateClock.start();
    m_viewTimer.start();
}

void Engine::processBatch(const TickBatch &batch)
{
    m_aggregator.addBatch(batch);
    ++m_stats.batches;
    m_stats.eventTime = std::max(m_stats.eventTime, batch.watermark);
    m_dirty = true;
}

void Engine::selectChart(quint32 symbol, Timeframe timeframe)
{
    const int index = m_aggregator.timeframeIndex(timeframe);
    if (symbol >= quint32(m_instruments.size()) || index < 0)
        m_chart.reset(); // nothing to chart; the next view says so
    else
        m_chart = ChartSelection { symbol, index, 0, true };
    m_dirty = true;
}

void Engine::publishView()
{
    if (!m_dirty)
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

    if (m_chart) {
        const CandleSeries &series = m_aggregator.series(m_chart->symbol, m_chart->timeframeIndex);
        ChartUpdate update;
        update.symbol = m_chart->symbol;
        update.timeframe = m_aggregator.timeframes()[m_chart->timeframeIndex];
        update.reset = m_chart->reset;
        update.confirmed = series.since(m_chart->reset ? 0 : m_chart->sent, ChartHistory);
        update.forming = m_aggregator.forming(m_chart->symbol, m_chart->timeframeIndex);
        m_chart->sent = series.appendedCount();
        m_chart->reset = false;
        view.chart = std::move(update);
    }

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

} // namespace kairos
