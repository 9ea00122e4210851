#pragma once

#include "feed/VenueFeed.h"

#include <QCoreApplication>

namespace kairos {

// A venue session's instrument rules, settled before it starts: read from
// the venue (VenueInstruments), else those the session's database kept
// from an earlier one, else none (prices and quantities exact to 1e-8).
class VenueRules
{
    Q_DECLARE_TR_FUNCTIONS(VenueRules)

public:
    static constexpr int TimeoutMs = 5000;

    // Sets options.rules; returns a warning saying what was used instead
    // when the venue did not answer, empty when it did. `database` may be
    // empty or not exist yet.
    static QString prepare(
        VenueFeed::Options &options, const QString &database, int timeoutMs = TimeoutMs);
};

} // namespace kairos
