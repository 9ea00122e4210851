#pragma once

#include "VenueFeed.h"

#include <QCoreApplication>

namespace kairos {

// Each pair's trading rules (price tick, lot step, minimum quantity and
// notional) from the venue's public REST API, read once before a venue
// session starts, so prices show to the tick and orders are checked as the
// venue would check them.
class VenueInstruments
{
    Q_DECLARE_TR_FUNCTIONS(VenueInstruments)

public:
    // Sets options.rules for options.symbols from options.restUrl (or the
    // venue's own), waiting at most timeoutMs in an event loop of its own.
    // False, with `error` saying which pairs and why, when some pair got no
    // rules; the rules it did read are set.
    static bool fetch(VenueFeed::Options &options, int timeoutMs, QString *error);
    // The rules a database kept from an earlier session, for the pairs that
    // have none: stored by instrument ("BTCUSDT").
    static void fillFrom(VenueFeed::Options &options, const InstrumentList &stored);
};

} // namespace kairos
