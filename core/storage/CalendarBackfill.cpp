#include "CalendarBackfill.h"

#include "Database.h"
#include "StorageReader.h"
#include "market/CandleRollUp.h"
#include "model/Timeframe.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kairos {

namespace {

constexpr std::int64_t DaySeconds = 86400;

bool write(QSqlQuery &q, std::uint32_t id, std::int64_t seconds, const Candle &c)
{
    const QVariant values[] = { qint64(id), qint64(seconds), qint64(c.time), qint64(c.open.units()),
        qint64(c.high.units()), qint64(c.low.units()), qint64(c.close.units()),
        qint64(c.volume.low()), qint64(c.trades), qint64(c.volume.high()) };
    for (int i = 0; i < 10; ++i)
        q.bindValue(i, values[i]);
    return q.exec();
}

} // namespace

CalendarBackfill::CalendarBackfill(Database &db)
    : m_db(db)
{ }

bool CalendarBackfill::run(const std::vector<std::uint32_t> &ids)
{
    QSqlDatabase connection = m_db.connection();
    if (!connection.transaction()) {
        m_error = tr("filling weeks and months failed: %1").arg(connection.lastError().text());
        return false;
    }
    for (const std::uint32_t id : ids) {
        if (id != 0 && !fill(id)) {
            connection.rollback();
            m_candles = 0;
            return false;
        }
    }
    if (!connection.commit()) {
        m_error = tr("filling weeks and months failed: %1").arg(connection.lastError().text());
        return false;
    }
    return true;
}

bool CalendarBackfill::fill(std::uint32_t id)
{
    StorageReader reader(m_db);
    CandleList days;
    std::optional<Candle> openDay;
    bool daysRead = false;
    QSqlQuery candle(m_db.connection());
    candle.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO candles (symbol, timeframe, time, open, high, low, close,"
        " volume, trades, volume_high) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery open(m_db.connection());
    open.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO open_buckets (symbol, timeframe, time, open, high, low, close,"
        " volume, trades, volume_high) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Timeframe tf : { Timeframe::week(), Timeframe::month() }) {
        const std::optional<bool> stored = reader.hasSeries(id, tf.seconds());
        if (!stored) {
            m_error = reader.error();
            return false;
        }
        if (*stored)
            continue;
        if (!daysRead) {
            daysRead = true;
            if (!reader.candles(id, DaySeconds, {}, [&](const Candle &c) {
                    days.append(c);
                    return true;
                })) {
                m_error = reader.error();
                return false;
            }
            openDay = reader.openBucket(id, DaySeconds);
            if (!reader.error().isEmpty()) {
                m_error = reader.error();
                return false;
            }
            if (openDay && !days.isEmpty() && openDay->time <= days.constLast().time)
                openDay.reset(); // older than what is confirmed: not open any more
        }
        if (days.isEmpty() && !openDay)
            return true;
        // The bucket holding the newest day is still open: its part, with
        // the open day's, goes where the engine keeps an open bucket. One of
        // no counted trades (imported days) would read as nothing open, so
        // it is stored confirmed: the session's own replaces it.
        CandleList buckets = rollUp(openDay ? days + CandleList { *openDay } : days, tf);
        std::optional<Candle> part;
        if (buckets.constLast().trades > 0)
            part = buckets.takeLast();
        for (const Candle &c : std::as_const(buckets)) {
            if (!write(candle, id, tf.seconds(), c)) {
                m_error = tr("filling weeks and months failed: %1").arg(candle.lastError().text());
                return false;
            }
            ++m_candles;
        }
        if (part && !write(open, id, tf.seconds(), *part)) {
            m_error = tr("filling weeks and months failed: %1").arg(open.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace kairos
