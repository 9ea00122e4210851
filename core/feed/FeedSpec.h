#pragma once

#include "VenueFeed.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace kairos {

// A feed as the user names it on a command line or in the Feed dialog:
// "sim", "replay:FILE", or "VENUE:PAIR,PAIR,…" (binance, coinbase, kraken)
// with optional overrides of the WebSocket and REST base URLs.
struct FeedSpec
{
    Q_DECLARE_TR_FUNCTIONS(FeedSpec)

public:
    enum class Kind { Simulator, Replay, Venue };

    Kind kind = Kind::Simulator;
    QString replayPath;
    VenueFeed::Options venue;

    QString toString() const;

    // Appends every problem to `errors` (with the option's name in front).
    static std::optional<FeedSpec> parse(const QString &spec, const QString &urlOverride,
        const QString &restOverride, QStringList &errors);
};

} // namespace kairos
