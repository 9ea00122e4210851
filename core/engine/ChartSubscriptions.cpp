#include "ChartSubscriptions.h"

#include <algorithm>

namespace kairos {

void ChartSubscriptions::set(
    const ChartSubscriptionList &charts, const QList<Timeframe> &timeframes, std::size_t symbols)
{
    std::vector<Entry> next;
    next.reserve(std::size_t(charts.size()));
    for (const ChartSubscription &chart : charts) {
        const int index = int(timeframes.indexOf(chart.timeframe));
        const bool named = std::any_of(
            next.begin(), next.end(), [&](const Entry &e) { return e.chart == chart.chart; });
        if (index < 0 || chart.symbol >= symbols || named)
            continue;
        const auto old = std::find_if(m_entries.begin(), m_entries.end(),
            [&](const Entry &e) { return e.chart == chart.chart; });
        if (old != m_entries.end() && old->symbol == chart.symbol && old->timeframeIndex == index)
            next.push_back(std::move(*old));
        else
            next.push_back(Entry { chart.chart, chart.symbol, index, 0, true, IndicatorSet() });
    }
    m_entries = std::move(next);
}

void ChartSubscriptions::resetAll()
{
    for (Entry &entry : m_entries)
        entry.reset = true;
}

} // namespace kairos
