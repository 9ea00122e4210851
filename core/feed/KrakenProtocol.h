#pragma once

#include "VenueProtocol.h"

#include <QCoreApplication>

namespace kairos {

// Kraken WebSocket v2: subscribe to the `trade` channel with a snapshot;
// after every (re)connect the snapshot's recent trades close a short gap
// (those already seen are dropped by trade id). Prices and quantities are
// JSON numbers; `side` is the taker's. Kraken sends a heartbeat every
// second while subscribed.
class KrakenProtocol : public VenueProtocol
{
    Q_DECLARE_TR_FUNCTIONS(KrakenProtocol)

public:
    QString name() const override { return QStringLiteral("kraken"); }
    QString displayName() const override { return QStringLiteral("Kraken"); }
    QUrl defaultUrl() const override { return QUrl(QStringLiteral("wss://ws.kraken.com/v2")); }
    int heartbeatMs() const override { return 1000; }
    bool sendsHeartbeats() const override { return true; }
    QString venueSymbol(const VenueSymbol &symbol) const override
    {
        return symbol.base + u'/' + symbol.quote;
    }
    QUrl streamUrl(const QUrl &base, const QStringList &) const override { return base; }
    QStringList subscribeMessages(const QStringList &symbols) const override;
    void decode(QByteArrayView frame, VenueMessage &out) const override;

    // GET /0/public/AssetPairs: every pair's tick_size, lot_decimals,
    // ordermin and costmin. The REST API spells bitcoin XBT and dogecoin
    // XDG in `wsname` ("XBT/USD") where the v2 stream says BTC/USD.
    QUrl defaultRestUrl() const override { return QUrl(QStringLiteral("https://api.kraken.com")); }
    QUrl instrumentsUrl(const QUrl &base, const QStringList &symbols) const override;
    bool readInstruments(QByteArrayView body, const QStringList &symbols,
        QHash<QString, Instrument> &rules, QString *error) const override;
};

} // namespace kairos
