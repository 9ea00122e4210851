#pragma once

#include "Decimal.h"
#include "Side.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace kairos {

// A trade of an order: the whole of it, or a part (a resting order fills
// at most what traded through its price). It also says, as a venue's
// execution report does, where the order stands after it.
struct Fill
{
    std::int64_t orderId = 0;
    QString clientOrderId;
    std::uint32_t symbol = 0;
    Side side = Side::Buy;
    Decimal quantity;
    Decimal price;
    Decimal fee;
    Decimal realizedPnl; // of the part that closed a position, before fees
    std::int64_t time = 0;
    bool maker = false;
    QString reason;
    // The order after this fill: traded so far, still working (zero: done),
    // and the average price of what has traded.
    Decimal cumulativeQuantity;
    Decimal leavesQuantity;
    Decimal averagePrice;
};

using FillList = QList<Fill>;

} // namespace kairos

Q_DECLARE_METATYPE(kairos::Fill)
