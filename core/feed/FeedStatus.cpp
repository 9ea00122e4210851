#include "FeedStatus.h"

namespace kairos {

QString FeedStatus::describe() const
{
    switch (state) {
    case State::Connecting:
        return tr("%1: connecting to %2").arg(venue, detail);
    case State::Connected:
        return tr("%1: connected").arg(venue);
    case State::Reconnecting:
        return tr("%1: reconnecting in %2 s (%3)")
            .arg(venue, QString::number(retryInMs / 1000.0, 'f', 1), detail);
    case State::Stale:
        return tr("%1: stale, %2").arg(venue, detail);
    case State::Stopped:
        break;
    }
    return tr("%1: stopped").arg(venue);
}

} // namespace kairos
