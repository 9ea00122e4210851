#pragma once

#include "feed/CsvTable.h"
#include "feed/TickCsvSource.h"

#include <QCoreApplication>

#include <memory>

namespace kairos {

// What a replay can read, as ticks in time order: a ticks CSV (streamed from
// the file when it is in time order), a candles CSV (each candle as the four
// trades that rebuild it), or a Kairos database — its recorded ticks
// (streamed), or where it has none its 1-minute candles.
class ReplayInput
{
    Q_DECLARE_TR_FUNCTIONS(ReplayInput)

public:
    // Bad CSV lines go to `onBadLine` and are skipped; null with `error`
    // when nothing can be read. `progress` follows a CSV's first reading.
    static std::unique_ptr<TickSource> load(const QString &path,
        const CsvTable::ErrorHandler &onBadLine, QString *error,
        const TickCsvSource::Progress &progress = {});
};

} // namespace kairos
