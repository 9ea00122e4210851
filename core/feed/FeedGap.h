#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace kairos {

// Market data that never arrived: between `start` and `end` (epoch ms),
// for one symbol or (symbol empty) the whole connection. Recorded, shown,
// never bridged with invented data.
struct FeedGap
{
    QString symbol;
    std::int64_t start = 0;
    std::int64_t end = 0;
    QString reason; // "disconnected", "trade id jumped from 10 to 15", …
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::FeedGap)
