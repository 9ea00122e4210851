#include "EventTime.h"

#include <QDateTime>
#include <QTimeZone>

namespace kairos::EventTime {

namespace {

std::optional<std::int64_t> parseEpochMs(QByteArrayView t)
{
    bool ok = false;
    const qlonglong value = t.toByteArray().toLongLong(&ok);
    if (!ok || value < MinTime || value > MaxTime)
        return std::nullopt;
    return value;
}

bool looksLikeEpoch(QByteArrayView t)
{
    qsizetype i = (!t.isEmpty() && t[0] == '-') ? 1 : 0;
    if (i == t.size())
        return false;
    for (; i < t.size(); ++i) {
        if (t[i] < '0' || t[i] > '9')
            return false;
    }
    return true;
}

} // namespace

std::optional<std::int64_t> parse(QByteArrayView text)
{
    const QByteArrayView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (looksLikeEpoch(t))
        return parseEpochMs(t);

    const QString s = QString::fromLatin1(t.data(), t.size());
    if (s.size() == 10) {
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    }
    // No offset means UTC. It is said before parsing: parsed as local time
    // first, a UTC time in the machine's DST gap was refused, and one in its
    // overlap could move by an hour.
    const QString time = s.mid(10);
    const bool hasOffset = time.contains(QLatin1Char('Z')) || time.contains(QLatin1Char('z'))
        || time.contains(QLatin1Char('+')) || time.contains(QLatin1Char('-'));
    const QDateTime dt
        = QDateTime::fromString(hasOffset ? s : s + QLatin1Char('Z'), Qt::ISODateWithMs);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

QString toIso(std::int64_t timeMs)
{
    return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace kairos::EventTime
