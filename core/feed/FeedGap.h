#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace kairos {

// Market data the stream did not deliver: between `start` and `end` (epoch
// ms), for one symbol or (symbol empty) the whole connection. Recorded,
// shown, never bridged with invented data. `backfilled`: the venue's REST
// API gave every missing trade afterwards (real trades, not made up).
struct FeedGap
{
    QString symbol;
    std::int64_t start = 0;
    std::int64_t end = 0;
    QString reason; // "disconnected", "trade id jumped from 10 to 15", …
    bool backfilled = false;
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::FeedGap)
