#pragma once

#include "model/Tick.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace kairos {

// The checks every venue's trade goes through, so a bad field reads the
// same from any venue: "field 'p': 'abc' is not a decimal number".
class VenueFields
{
    Q_DECLARE_TR_FUNCTIONS(VenueFields)

public:
    // One frame as a JSON object.
    static bool object(QByteArrayView frame, QJsonObject &target, QString *error);
    // A REST reply that must be a JSON array.
    static bool array(QByteArrayView body, QJsonArray &target, QString *error);
    // A trade id: a whole number from 0 to 2^53.
    static bool tradeId(
        const QJsonObject &o, QLatin1StringView key, std::int64_t &target, QString *error);
    // "buy" or "sell", the aggressor's side; `makerSide` when the venue
    // names the resting order's side instead.
    static bool side(
        const QJsonObject &o, QLatin1StringView key, bool makerSide, Side &target, QString *error);
    // A decimal sent as a string ("42000.10"): exact.
    static bool decimalString(
        const QJsonObject &o, QLatin1StringView key, Decimal &target, QString *error);
    // A decimal sent as a JSON number (Kraken): the shortest text that reads
    // back as the same double, which is what the venue wrote.
    static bool decimalNumber(
        const QJsonObject &o, QLatin1StringView key, Decimal &target, QString *error);
    // A trade's quantity, as a string or (Kraken) a JSON number: into
    // `quantity` when a Decimal holds it, else whole into `beyond` (and
    // `quantity` is the largest Decimal, so the trade reads as positive).
    static bool quantityString(const QJsonObject &o, QLatin1StringView key, Decimal &quantity,
        Volume &beyond, QString *error);
    static bool quantityNumber(const QJsonObject &o, QLatin1StringView key, Decimal &quantity,
        Volume &beyond, QString *error);
    // An RFC 3339 time ("2024-01-01T00:00:01.123456Z") to epoch ms.
    static bool isoTime(
        const QJsonObject &o, QLatin1StringView key, std::int64_t &target, QString *error);
    // Positive price and quantity, a time neither before 2010 nor more than
    // a day ahead of this machine.
    static bool plausible(const Tick &tick, QString *error);
};

} // namespace kairos
