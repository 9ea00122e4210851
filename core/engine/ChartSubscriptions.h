#pragma once

#include "indicators/IndicatorSet.h"
#include "model/Timeframe.h"

#include <QList>
#include <QMetaType>

#include <cstdint>
#include <vector>

namespace kairos {

// One chart of a window: the series it shows. `chart` names it in the
// updates a view carries (ChartUpdate::chart).
struct ChartSubscription
{
    int chart = 0;
    quint32 symbol = 0;
    Timeframe timeframe;
    bool operator==(const ChartSubscription &) const = default;
};
using ChartSubscriptionList = QList<ChartSubscription>;

// The charts an engine serves, each with what it has been sent. A window
// hands over all of its charts at once, so a window that replaces another
// (a theme change) simply names its own.
class ChartSubscriptions
{
public:
    struct Entry
    {
        int chart = 0;
        std::uint32_t symbol = 0;
        int timeframeIndex = 0;
        std::int64_t sent = 0; // series position already sent
        bool reset = true; // the next update carries the series from scratch
        IndicatorSet indicators;
    };

    // Replaces the subscriptions. A chart that keeps its series goes on
    // where it was; a new or changed one starts with a reset. A chart naming
    // a symbol at or past `symbols`, a timeframe not in `timeframes`, or an
    // id already named gets no updates.
    void set(const ChartSubscriptionList &charts, const QList<Timeframe> &timeframes,
        std::size_t symbols);
    // Every chart starts again (new indicator periods, a new window).
    void resetAll();
    bool isEmpty() const { return m_entries.empty(); }
    std::vector<Entry> &entries() { return m_entries; }

private:
    std::vector<Entry> m_entries;
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::ChartSubscriptionList)
