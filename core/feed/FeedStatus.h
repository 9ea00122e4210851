#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace kairos {

// Where a feed's connection stands, for the status bar and the alerts.
struct FeedStatus
{
    Q_DECLARE_TR_FUNCTIONS(FeedStatus)

public:
    enum class State : std::uint8_t { Connecting, Connected, Reconnecting, Stale, Stopped };

    State state = State::Connecting;
    QString venue; // "binance", "coinbase", "kraken"
    QString detail; // the URL, or why the connection went
    int retryInMs = 0; // Reconnecting: when the next attempt starts

    // "binance: reconnecting in 2.5 s (connection refused)", for logs,
    // alerts and the status bar.
    QString describe() const;
};

// A feed's counters since it started, reported about once a second.
struct FeedHealth
{
    QString venue;
    qint64 messages = 0;
    qint64 trades = 0;
    qint64 malformed = 0; // frames that gave no tick and were not the venue's own
    qint64 oversized = 0; // messages over VenueFeed::MaxMessageBytes, refused unread
    qint64 venueErrors = 0; // error messages the venue sent (a refused subscription, …)
    qint64 duplicates = 0; // trades seen again after a reconnect
    qint64 reconnects = 0;
    qint64 gaps = 0;
    qint64 backfilledTrades = 0; // recovered from the REST API after a gap
    qint64 lastMessageAgeMs = -1; // -1: nothing received yet
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::FeedStatus)
Q_DECLARE_METATYPE(kairos::FeedHealth)
