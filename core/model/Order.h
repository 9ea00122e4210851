#pragma once

#include "Decimal.h"
#include "Side.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <utility>

namespace kairos {

enum class OrderType : std::uint8_t { Market, Limit };
enum class TimeInForce : std::uint8_t { GoodTillCancel, ImmediateOrCancel };
enum class OrderStatus : std::uint8_t { Open, Filled, Cancelled, Denied };

struct Order
{
    std::int64_t id = 0; // assigned by the broker, in submission order
    // Deterministic, so a retried or replayed order is recognised: derived
    // from the signal (symbol, rule, candle time) or the user's action.
    QString clientOrderId;
    std::uint32_t symbol = 0;
    Side side = Side::Buy;
    OrderType type = OrderType::Market;
    TimeInForce timeInForce = TimeInForce::GoodTillCancel;
    Decimal quantity;
    Decimal limitPrice; // limit orders only
    std::int64_t time = 0; // event time of submission
    QString reason; // the signal's reason, or what the user did
    OrderStatus status = OrderStatus::Open;
    // Set by the broker once a limit order met a trade it could not take:
    // from then on it rests in the book and fills as a maker.
    bool resting = false;

    static QString clientIdForSignal(
        const QString &symbol, const QString &rule, std::int64_t candleTime);
};

using OrderList = QList<Order>;
// Client order ids with the time of their order.
using ClientOrderIds = QList<std::pair<QString, std::int64_t>>;

} // namespace kairos

Q_DECLARE_METATYPE(kairos::Order)
