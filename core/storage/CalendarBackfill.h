#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

namespace kairos {

class Database;

// Weekly and monthly candles came after databases that already hold years
// of days. When such a database opens, each symbol's stored days roll up
// into the weeks and months they make, and the open week and month (with
// the open day's part) into their open buckets, so those charts reach as
// far back as the days do and the running week goes on where it was. A
// series that has anything stored is left as it is: this runs once.
class CalendarBackfill
{
    Q_DECLARE_TR_FUNCTIONS(CalendarBackfill)

public:
    explicit CalendarBackfill(Database &db);

    // For the instruments of these database ids; false, with error(), when
    // the database could not be read or written (then nothing is kept).
    bool run(const std::vector<std::uint32_t> &ids);

    std::int64_t candlesWritten() const { return m_candles; }
    const QString &error() const { return m_error; }

private:
    bool fill(std::uint32_t id);

    Database &m_db;
    std::int64_t m_candles = 0;
    QString m_error;
};

} // namespace kairos
