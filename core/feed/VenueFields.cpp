#include "VenueFields.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include <limits>

namespace kairos {

namespace {

constexpr std::int64_t Earliest = 1'262'304'000'000; // 2010-01-01

} // namespace

bool VenueFields::object(QByteArrayView frame, QJsonObject &target, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toByteArray(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = tr("invalid JSON: %1").arg(parse.errorString());
        return false;
    }
    target = doc.object();
    return true;
}

bool VenueFields::array(QByteArrayView body, QJsonArray &target, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = tr("not a JSON array: %1")
                     .arg(QString::fromUtf8(body.first(std::min<qsizetype>(body.size(), 60))));
        return false;
    }
    target = doc.array();
    return true;
}

bool VenueFields::tradeId(
    const QJsonObject &o, QLatin1StringView key, std::int64_t &target, QString *error)
{
    const QJsonValue id = o.value(key);
    if (!id.isDouble()) {
        *error = tr("missing field '%1'").arg(key);
        return false;
    }
    // Beyond 2^53 a JSON number cannot even hold every whole number: such an
    // id is malformed, and taken as the newest it would make every later
    // trade look like a repeat.
    constexpr qint64 MaxId = qint64(1) << 53;
    const qint64 value = id.toInteger(-1);
    if (value < 0 || value > MaxId) {
        *error = tr("field '%1': %2 is not a trade id (a whole number from 0 to 2^53)")
                     .arg(key, QString::number(id.toDouble(), 'g', 20));
        return false;
    }
    target = value;
    return true;
}

bool VenueFields::side(
    const QJsonObject &o, QLatin1StringView key, bool makerSide, Side &target, QString *error)
{
    const QString side = o.value(key).toString();
    if (side != u"buy" && side != u"sell") {
        *error = tr("field '%1': '%2' is neither buy nor sell").arg(key, side.left(20));
        return false;
    }
    target = (side == u"buy") != makerSide ? Side::Buy : Side::Sell;
    return true;
}

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

namespace {

bool quantityFrom(QByteArrayView text, Decimal &quantity, Volume &beyond)
{
    const auto parsed = Volume::parse(text);
    if (!parsed || *parsed > maxTradeQuantity())
        return false;
    beyond = Volume();
    if (const auto fits = parsed->toDecimal()) {
        quantity = *fits;
        return true;
    }
    quantity = Decimal::fromUnits(std::numeric_limits<std::int64_t>::max());
    beyond = *parsed;
    return true;
}

} // namespace

bool VenueFields::quantityString(
    const QJsonObject &o, QLatin1StringView key, Decimal &quantity, Volume &beyond, QString *error)
{
    const QJsonValue value = o.value(key);
    if (!value.isString()) {
        *error = tr("field '%1' is missing or not a decimal string").arg(key);
        return false;
    }
    const QString text = value.toString();
    if (!quantityFrom(text.toLatin1(), quantity, beyond)) {
        *error = tr("field '%1': '%2' is not a quantity").arg(key, text.left(40));
        return false;
    }
    return true;
}

bool VenueFields::quantityNumber(
    const QJsonObject &o, QLatin1StringView key, Decimal &quantity, Volume &beyond, QString *error)
{
    const QJsonValue value = o.value(key);
    if (!value.isDouble()) {
        *error = tr("field '%1' is missing or not a number").arg(key);
        return false;
    }
    if (!quantityFrom(
            QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest).toLatin1(),
            quantity, beyond)) {
        *error = tr("field '%1': %2 is not a quantity of at most 8 places")
                     .arg(key, QString::number(value.toDouble()));
        return false;
    }
    return true;
}

bool VenueFields::isoTime(
    const QJsonObject &o, QLatin1StringView key, std::int64_t &target, QString *error)
{
    const QString text = o.value(key).toString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Without an offset it would be read in the machine's zone: RFC 3339
    // requires one.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
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
