#include "VenueFields.h"

#include <QDateTime>
#include <QLocale>

namespace kairos {

namespace {

constexpr std::int64_t Earliest = 1'262'304'000'000; // 2010-01-01

} // namespace

bool VenueFields::decimalString(
    const QJsonObject &o, QLatin1StringView key, Decimal &target, QString *error)
{
    const QJsonValue value = o.value(key);
    if (!value.isString()) {
        *error = tr("field '%1' is missing or not a decimal string").arg(key);
        return false;
    }
    const QString text = value.toString();
    const auto parsed = Decimal::parse(text.toLatin1());
    if (!parsed) {
        *error = tr("field '%1': '%2' is not a decimal number").arg(key, text.left(40));
        return false;
    }
    target = *parsed;
    return true;
}

bool VenueFields::decimalNumber(
    const QJsonObject &o, QLatin1StringView key, Decimal &target, QString *error)
{
    const QJsonValue value = o.value(key);
    if (!value.isDouble()) {
        *error = tr("field '%1' is missing or not a number").arg(key);
        return false;
    }
    const auto parsed = Decimal::parse(
        QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest).toLatin1());
    if (!parsed) {
        *error = tr("field '%1': %2 does not fit a decimal of 8 places")
                     .arg(key, QString::number(value.toDouble()));
        return false;
    }
    target = *parsed;
    return true;
}

bool VenueFields::isoTime(
    const QJsonObject &o, QLatin1StringView key, std::int64_t &target, QString *error)
{
    const QString text = o.value(key).toString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        *error = tr("field '%1': '%2' is not an RFC 3339 time").arg(key, text.left(40));
        return false;
    }
    target = time.toMSecsSinceEpoch();
    return true;
}

bool VenueFields::plausible(const Tick &tick, QString *error)
{
    if (tick.price <= Decimal()) {
        *error = tr("price %1 is not positive").arg(tick.price.toString());
        return false;
    }
    if (tick.quantity <= Decimal()) {
        *error = tr("quantity %1 is not positive").arg(tick.quantity.toString());
        return false;
    }
    if (tick.time < Earliest || tick.time > QDateTime::currentMSecsSinceEpoch() + 86'400'000) {
        *error = tr("timestamp %1 is absurd").arg(tick.time);
        return false;
    }
    return true;
}

} // namespace kairos
