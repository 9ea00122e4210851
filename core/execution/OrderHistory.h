#pragma once

#include "TradingEvents.h"
#include "model/OrderEvent.h"

namespace kairos {

// The steps of orders' lives that one batch of trading events records, in
// the order they happened: what the order history keeps. Steps without a
// time of their own (a trigger, a cancellation) take the batch's.
class OrderHistory
{
public:
    static OrderEventList of(const TradingEvents &events, std::int64_t time);
};

} // namespace kairos
