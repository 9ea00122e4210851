#pragma once

#include "feed/CsvTable.h"
#include "feed/TickCsvReader.h"

#include <QCoreApplication>

#include <optional>

namespace kairos {

// What a replay can read, as ticks in time order: a ticks CSV, a candles
// CSV (each candle as the four trades that rebuild it), or a Kairos
// database — its recorded ticks, or where it has none its 1-minute candles.
class ReplayInput
{
    Q_DECLARE_TR_FUNCTIONS(ReplayInput)

public:
    // Bad CSV lines go to `onBadLine` and are skipped; nullopt with `error`
    // when nothing can be read.
    static std::optional<TickFile> load(
        const QString &path, const CsvTable::ErrorHandler &onBadLine, QString *error);

private:
    static void inferSteps(TickFile &file);
    static std::optional<TickFile> loadDatabase(const QString &path, QString *error);
};

} // namespace kairos
