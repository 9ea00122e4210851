#pragma once

#include "Decimal.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace kairos {

// One step of an order's life, as its history keeps it.
struct OrderEvent
{
    // Stored by value: new kinds go at the end.
    enum class Kind : std::uint8_t {
        Submitted,
        Modified,
        Triggered,
        Linked, // a bracket's exit released or grown by its entry, an OCO sibling reduced
        PartiallyFilled,
        Filled,
        Cancelled,
        Expired,
        Denied, // at its trigger, after it had been accepted
    };

    std::int64_t orderId = 0;
    std::uint32_t symbol = 0;
    std::int64_t time = 0;
    Kind kind = Kind::Submitted;
    // The order's quantity (submitted, modified, linked, triggered), the
    // fill's, or what had filled when it ended.
    Decimal quantity;
    // Its working price, the fill's price, or the stop that triggered.
    Decimal price;
    QString detail; // the reason, the denial, "maker"
};

using OrderEventList = QList<OrderEvent>;

// "submitted", "partially_filled", …: the names files use.
QLatin1StringView orderEventKey(OrderEvent::Kind kind);

} // namespace kairos
