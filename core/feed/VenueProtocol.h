#pragma once

#include "VenueSymbol.h"
#include "model/Instrument.h"
#include "model/Tick.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace kairos {

// One trade as a venue reported it; the feed maps `symbol` (the venue's
// spelling) to its instrument index.
struct VenueTrade
{
    QString symbol;
    std::int64_t id = 0; // the venue's trade id: consecutive per symbol
    Tick tick;
    // The whole quantity when it is beyond what tick.quantity holds (a
    // hundred billion SHIB): the trade is then passed on as several ticks.
    Volume beyond;
    // An aggregated trade (Binance aggTrades) covers ids firstId…id; 0: just id.
    std::int64_t firstId = 0;
};

// Trades a symbol missed: ids after `afterId` and before `beforeId`, at
// times from `from` to `to` (epoch ms).
struct BackfillRange
{
    QString symbol; // the venue's spelling
    std::int64_t afterId = 0;
    std::int64_t beforeId = 0;
    std::int64_t from = 0;
    std::int64_t to = 0;
};

// What one text frame said. Reused from frame to frame, so decoding a trade
// allocates no list of its own.
struct VenueMessage
{
    enum class Kind : std::uint8_t {
        Trades, // `trades` holds them
        Heartbeat, // `trades` may hold a symbol's latest trade id (no tick)
        Control, // subscription acknowledgements, status: nothing to do
        VenueError, // the venue reports an error: `error`
        Malformed, // not a message this venue sends: `error`
    };
    Kind kind = Kind::Control;
    QList<VenueTrade> trades;
    QString error;

    void clear()
    {
        kind = Kind::Control;
        trades.resize(0);
        error.clear();
    }
};

// A venue's public trade stream: where it is, how to subscribe and how to
// read it. The connection itself (reconnects, watchdog, gaps) is VenueFeed's.
class VenueProtocol
{
public:
    virtual ~VenueProtocol() = default;

    virtual QString name() const = 0;
    virtual QString displayName() const = 0; // "Coinbase Exchange"
    virtual QUrl defaultUrl() const = 0;
    // How often the venue speaks when the market is quiet (heartbeats,
    // pings): the watchdog calls a connection stale after twice this.
    virtual int heartbeatMs() const = 0;
    // True when the venue sends heartbeat messages of its own: then only
    // messages prove the stream alive, a pong (answered by the network
    // stack even when the data has stopped) does not.
    virtual bool sendsHeartbeats() const = 0;
    // How the venue spells a pair.
    virtual QString venueSymbol(const VenueSymbol &symbol) const = 0;
    // The URL to open, for the venue's spellings of the pairs.
    virtual QUrl streamUrl(const QUrl &base, const QStringList &symbols) const = 0;
    // What to send once connected (and after every reconnect).
    virtual QStringList subscribeMessages(const QStringList &symbols) const = 0;
    // Fills `out` (cleared by the caller); never throws.
    virtual void decode(QByteArrayView frame, VenueMessage &out) const = 0;

    // The public REST API that can fill a gap with the real trades; empty
    // when the venue has none this adapter uses.
    virtual QUrl defaultRestUrl() const { return {}; }
    virtual QUrl backfillUrl(const QUrl &base, const BackfillRange &range) const
    {
        Q_UNUSED(base);
        Q_UNUSED(range);
        return {};
    }
    // Appends the trades of one reply (in any order, possibly outside the
    // range) and returns the next page's URL, or an empty one when done.
    // False, with `error`, for a reply that cannot be read.
    virtual bool readBackfill(const QUrl &base, const BackfillRange &range, QByteArrayView body,
        QList<VenueTrade> &trades, QUrl &next, QString *error) const
    {
        Q_UNUSED(base);
        Q_UNUSED(range);
        Q_UNUSED(body);
        Q_UNUSED(trades);
        Q_UNUSED(next);
        *error = QStringLiteral("no backfill");
        return false;
    }

    // True when backfillUrl() and readBackfill() fill gaps.
    virtual bool backfills() const { return false; }

    // Each pair's trading rules (price tick, lot step, minimums) from the
    // public REST API at `base`: the request, and what its reply says.
    // readInstruments() sets the rules of the pairs it finds, keyed by the
    // venue's spelling; false, with `error`, for a reply it cannot read.
    virtual QUrl instrumentsUrl(const QUrl &base, const QStringList &symbols) const = 0;
    virtual bool readInstruments(QByteArrayView body, const QStringList &symbols,
        QHash<QString, Instrument> &rules, QString *error) const = 0;

    // "binance", "coinbase", "kraken"; null for an unknown name.
    static std::unique_ptr<VenueProtocol> create(const QString &venue);
    static QStringList venues();
};

} // namespace kairos
