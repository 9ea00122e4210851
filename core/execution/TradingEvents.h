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
    // Stop and if-touched orders a trade reached, released to trade.
    OrderList triggered;
    // Working orders whose price moved (a trailing stop's best price and
    // stop), as they last were: one entry per order (see amend()).
    OrderList amended;
    // Working orders the trader changed (quantity, prices), as they now are.
    OrderList modified;
    // Orders a fill of an order linked to them changed: a bracket's exits
    // released or grown by their entry's fills, a one-cancels-other sibling
    // reduced. One entry per order (see link()).
    OrderList linked;
    FillList fills;
    OrderList cancelled; // and expired: their status says which
    QList<DeniedOrder> denied;
    AlertList alerts;

    bool isEmpty() const
    {
        return accepted.isEmpty() && triggered.isEmpty() && amended.isEmpty() && modified.isEmpty()
            && linked.isEmpty() && fills.isEmpty() && cancelled.isEmpty() && denied.isEmpty()
            && alerts.isEmpty();
    }
    // A trailing stop moves with many trades of a batch: only where it ended
    // is written and published.
    void amend(const Order &order) { keepLast(amended, order); }
    void link(const Order &order) { keepLast(linked, order); }
    static void keepLast(OrderList &list, const Order &order)
    {
        for (Order &known : list) {
            if (known.id == order.id) {
                known = order;
                return;
            }
        }
        list.append(order);
    }
    // What a view keeps of each kind (the trades table, the alerts panel, a
    // chart's order markers): whoever holds events for a view holds no more.
    static constexpr qsizetype ViewFills = 10'000;
    static constexpr qsizetype ViewAlerts = 5'000;
    static constexpr qsizetype ViewOrders = 2'000; // accepted, triggered, cancelled, denied

    // Drops the oldest of each kind beyond what a view keeps.
    void keepViewable()
    {
        auto trim = [](auto &list, qsizetype limit) {
            if (list.size() > limit)
                list.remove(0, list.size() - limit);
        };
        trim(accepted, ViewOrders);
        trim(triggered, ViewOrders);
        trim(amended, ViewOrders);
        trim(modified, ViewOrders);
        trim(linked, ViewOrders);
        trim(fills, ViewFills);
        trim(cancelled, ViewOrders);
        trim(denied, ViewOrders);
        trim(alerts, ViewAlerts);
    }
    void append(const TradingEvents &other)
    {
        accepted += other.accepted;
        triggered += other.triggered;
        for (const Order &order : other.amended)
            amend(order);
        modified += other.modified;
        for (const Order &order : other.linked)
            link(order);
        fills += other.fills;
        cancelled += other.cancelled;
        denied += other.denied;
        alerts += other.alerts;
    }
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::TradingEvents)
