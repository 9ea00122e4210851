#pragma once

#include "VenueProtocol.h"

#include <QCoreApplication>

namespace kairos {

// Coinbase Exchange: subscribe (within 5 s of connecting) to the `matches`
// and `heartbeat` channels. A match's `side` is the maker's, so the taker
// traded the other way. Trade ids are consecutive per product; the
// sequence numbers of the matches channel are not (they count every order
// book message), so gaps are found by trade id, and a heartbeat's
// last_trade_id shows trades missed during a silence.
class CoinbaseProtocol : public VenueProtocol
{
    Q_DECLARE_TR_FUNCTIONS(CoinbaseProtocol)

public:
    QString name() const override { return QStringLiteral("coinbase"); }
    QString displayName() const override { return QStringLiteral("Coinbase Exchange"); }
    QUrl defaultUrl() const override
    {
        return QUrl(QStringLiteral("wss://ws-feed.exchange.coinbase.com"));
    }
    int heartbeatMs() const override { return 1000; }
    bool sendsHeartbeats() const override { return true; }
    QString venueSymbol(const VenueSymbol &symbol) const override
    {
        return symbol.base + u'-' + symbol.quote;
    }
    QUrl streamUrl(const QUrl &base, const QStringList &) const override { return base; }
    QStringList subscribeMessages(const QStringList &symbols) const override;
    void decode(QByteArrayView frame, VenueMessage &out) const override;

    // GET /products/<id>/trades?after=<trade id>: the trades before an id,
    // newest first, a page of up to 1,000.
    QUrl defaultRestUrl() const override
    {
        return QUrl(QStringLiteral("https://api.exchange.coinbase.com"));
    }
    bool backfills() const override { return true; }
    QUrl backfillUrl(const QUrl &base, const BackfillRange &range) const override;
    bool readBackfill(const QUrl &base, const BackfillRange &range, QByteArrayView body,
        QList<VenueTrade> &trades, QUrl &next, QString *error) const override;

    // GET /products: every product's quote_increment, base_increment,
    // base_min_size (where still sent) and min_market_funds.
    QUrl instrumentsUrl(const QUrl &base, const QStringList &symbols) const override;
    bool readInstruments(QByteArrayView body, const QStringList &symbols,
        QHash<QString, Instrument> &rules, QString *error) const override;
};

} // namespace kairos
