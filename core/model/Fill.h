#pragma once

#include "Decimal.h"
#include "Side.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace kairos {

// An order executed (in full: the mock broker does not split orders).
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
};

using FillList = QList<Fill>;

} // namespace kairos

Q_DECLARE_METATYPE(kairos::Fill)
