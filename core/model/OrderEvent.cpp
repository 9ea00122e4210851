#include "OrderEvent.h"

namespace kairos {

QLatin1StringView orderEventKey(OrderEvent::Kind kind)
{
    switch (kind) {
    case OrderEvent::Kind::Submitted:
        return QLatin1StringView("submitted");
    case OrderEvent::Kind::Modified:
        return QLatin1StringView("modified");
    case OrderEvent::Kind::Triggered:
        return QLatin1StringView("triggered");
    case OrderEvent::Kind::Linked:
        return QLatin1StringView("linked");
    case OrderEvent::Kind::PartiallyFilled:
        return QLatin1StringView("partially_filled");
    case OrderEvent::Kind::Filled:
        return QLatin1StringView("filled");
    case OrderEvent::Kind::Cancelled:
        return QLatin1StringView("cancelled");
    case OrderEvent::Kind::Expired:
        return QLatin1StringView("expired");
    case OrderEvent::Kind::Denied:
        return QLatin1StringView("denied");
    }
    return QLatin1StringView("submitted");
}

} // namespace kairos
