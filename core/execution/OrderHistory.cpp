#include "OrderHistory.h"

namespace kairos {

namespace {

OrderEvent step(const Order &order, OrderEvent::Kind kind, std::int64_t time, Decimal price,
    const QString &detail = {})
{
    return { order.id, order.symbol, time, kind, order.quantity, price, detail };
}

} // namespace

OrderEventList OrderHistory::of(const TradingEvents &events, std::int64_t time)
{
    OrderEventList steps;
    for (const Order &order : events.accepted)
        steps.append(step(
            order, OrderEvent::Kind::Submitted, order.time, order.workingPrice(), order.reason));
    for (const Order &order : events.modified)
        steps.append(step(order, OrderEvent::Kind::Modified, time, order.workingPrice()));
    for (const Order &order : events.triggered)
        steps.append(step(order, OrderEvent::Kind::Triggered, time, order.stopPrice));
    for (const Order &order : events.linked)
        steps.append(step(order, OrderEvent::Kind::Linked, time, order.workingPrice()));
    for (const Fill &fill : events.fills) {
        steps.append({ fill.orderId, fill.symbol, fill.time,
            fill.leavesQuantity > Decimal() ? OrderEvent::Kind::PartiallyFilled
                                            : OrderEvent::Kind::Filled,
            fill.quantity, fill.price,
            fill.maker ? QStringLiteral("maker") : QStringLiteral("taker") });
    }
    for (const Order &order : events.cancelled) {
        OrderEvent ended = step(order,
            order.status == OrderStatus::Expired ? OrderEvent::Kind::Expired
                                                 : OrderEvent::Kind::Cancelled,
            time, order.workingPrice());
        ended.quantity = order.filledQuantity;
        steps.append(ended);
    }
    for (const DeniedOrder &denied : events.denied) {
        if (denied.order.id > 0)
            steps.append(step(denied.order, OrderEvent::Kind::Denied, time,
                denied.order.workingPrice(), denied.denial.message));
    }
    return steps;
}

} // namespace kairos
