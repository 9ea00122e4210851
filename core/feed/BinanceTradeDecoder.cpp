#include "BinanceTradeDecoder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace kairos {

namespace {

// Trades before 2010 or more than a day ahead of this machine are not real.
constexpr std::int64_t Earliest = 1'262'304'000'000;

} // namespace

std::optional<BinanceTradeDecoder::Trade> BinanceTradeDecoder::decode(
    QByteArrayView frame, QString *error)
{
    const auto fail = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toByteArray(), &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(tr("invalid JSON: %1").arg(parse.errorString()));
    QJsonObject o = doc.object();
    if (o.contains(QStringLiteral("data")))
        o = o.value(QStringLiteral("data")).toObject();
    const QString event = o.value(QStringLiteral("e")).toString();
    if (event != u"trade" && event != u"aggTrade")
        return fail(tr("not a trade (e = '%1')").arg(event));
    Trade trade;
    trade.symbol = o.value(QStringLiteral("s")).toString();
    if (trade.symbol.isEmpty())
        return fail(tr("missing field 's'"));
    const QJsonValue id = o.value(event == u"trade" ? QStringLiteral("t") : QStringLiteral("a"));
    if (!id.isDouble())
        return fail(tr("missing trade id"));
    trade.id = id.toInteger();
    for (const auto &[key, target] :
        { std::pair { "p", &trade.tick.price }, std::pair { "q", &trade.tick.quantity } }) {
        const QJsonValue value = o.value(QLatin1StringView(key));
        if (!value.isString())
            return fail(
                tr("field '%1' is missing or not a decimal string").arg(QLatin1StringView(key)));
        const auto parsed = Decimal::parse(value.toString().toUtf8());
        if (!parsed)
            return fail(tr("field '%1': '%2' is not a decimal number")
                            .arg(QLatin1StringView(key), value.toString()));
        *target = *parsed;
    }
    if (trade.tick.price <= Decimal())
        return fail(tr("price %1 is not positive").arg(trade.tick.price.toString()));
    if (trade.tick.quantity <= Decimal())
        return fail(tr("quantity %1 is not positive").arg(trade.tick.quantity.toString()));
    const QJsonValue time = o.value(QStringLiteral("T"));
    if (!time.isDouble())
        return fail(tr("missing field 'T'"));
    trade.tick.time = time.toInteger();
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    if (trade.tick.time < Earliest || trade.tick.time > now + 86'400'000)
        return fail(tr("timestamp %1 is absurd").arg(trade.tick.time));
    // m: the buyer was the maker, so the taker sold.
    trade.tick.side = o.value(QStringLiteral("m")).toBool() ? Side::Sell : Side::Buy;
    return trade;
}

} // namespace kairos
