#pragma once

#include "model/Alert.h"
#include "model/Fill.h"
#include "model/Order.h"
#include "risk/RiskEngine.h"

#include <QList>
#include <QMetaType>

namespace kairos {

struct DeniedOrder
{
    Order order;
    RiskDenial denial;
};

// What trading did while handling one input, in the order it happened.
struct TradingEvents
{
    OrderList accepted;
    FillList fills;
    OrderList cancelled;
    QList<DeniedOrder> denied;
    AlertList alerts;

    bool isEmpty() const
    {
        return accepted.isEmpty() && fills.isEmpty() && cancelled.isEmpty() && denied.isEmpty()
            && alerts.isEmpty();
    }
    // Drops the oldest of each kind beyond `limit`.
    void keepNewest(qsizetype limit)
    {
        auto trim = [limit](auto &list) {
            if (list.size() > limit)
                list.remove(0, list.size() - limit);
        };
        trim(accepted);
        trim(fills);
        trim(cancelled);
        trim(denied);
        trim(alerts);
    }
    void append(const TradingEvents &other)
    {
        accepted += other.accepted;
        fills += other.fills;
        cancelled += other.cancelled;
        denied += other.denied;
        alerts += other.alerts;
    }
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::TradingEvents)
