#pragma once

#include "VenueProtocol.h"

#include <QCoreApplication>

namespace kairos {

// Binance spot: one combined stream (<base>/stream?streams=btcusdt@trade/…)
// whose frames wrap each trade as {"stream":…,"data":{"e":"trade",…}};
// @aggTrade frames are read too. Prices and quantities arrive as decimal
// strings and stay exact. The server pings every 20 s.
class BinanceProtocol : public VenueProtocol
{
    Q_DECLARE_TR_FUNCTIONS(BinanceProtocol)

public:
    QString name() const override { return QStringLiteral("binance"); }
    QString displayName() const override { return QStringLiteral("Binance Spot"); }
    QUrl defaultUrl() const override
    {
        return QUrl(QStringLiteral("wss://stream.binance.com:9443"));
    }
    int heartbeatMs() const override { return 20'000; }
    bool sendsHeartbeats() const override { return false; }
    QString venueSymbol(const VenueSymbol &symbol) const override { return symbol.instrument(); }
    QUrl streamUrl(const QUrl &base, const QStringList &symbols) const override;
    QStringList subscribeMessages(const QStringList &) const override { return {}; }
    void decode(QByteArrayView frame, VenueMessage &out) const override;

    // GET /api/v3/aggTrades: the real trades, aggregated per taker order
    // and price, with the range of trade ids each covers.
    QUrl defaultRestUrl() const override { return QUrl(QStringLiteral("https://api.binance.com")); }
    bool backfills() const override { return true; }
    QUrl backfillUrl(const QUrl &base, const BackfillRange &range) const override;
    bool readBackfill(const QUrl &base, const BackfillRange &range, QByteArrayView body,
        QList<VenueTrade> &trades, QUrl &next, QString *error) const override;

    // GET /api/v3/exchangeInfo?symbols=[…]: PRICE_FILTER's tickSize,
    // LOT_SIZE's stepSize and minQty, (MIN_)NOTIONAL's minNotional.
    QUrl instrumentsUrl(const QUrl &base, const QStringList &symbols) const override;
    bool readInstruments(QByteArrayView body, const QStringList &symbols,
        QHash<QString, Instrument> &rules, QString *error) const override;
};

} // namespace kairos
