#pragma once

#include "model/Tick.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace kairos {

// The checks every venue's trade goes through, so a bad field reads the
// same from any venue: "field 'p': 'abc' is not a decimal number".
class VenueFields
{
    Q_DECLARE_TR_FUNCTIONS(VenueFields)

public:
    // A decimal sent as a string ("42000.10"): exact.
    static bool decimalString(
        const QJsonObject &o, QLatin1StringView key, Decimal &target, QString *error);
    // A decimal sent as a JSON number (Kraken): the shortest text that reads
    // back as the same double, which is what the venue wrote.
    static bool decimalNumber(
        const QJsonObject &o, QLatin1StringView key, Decimal &target, QString *error);
    // An RFC 3339 time ("2024-01-01T00:00:01.123456Z") to epoch ms.
    static bool isoTime(
        const QJsonObject &o, QLatin1StringView key, std::int64_t &target, QString *error);
    // Positive price and quantity, a time neither before 2010 nor more than
    // a day ahead of this machine.
    static bool plausible(const Tick &tick, QString *error);
};

} // namespace kairos
