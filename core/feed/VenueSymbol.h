#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kairos {

// A pair the way a user writes it — "BTC/USD", "BTC-USD", "btcusdt" — and
// the way each venue spells it. Inside Kairos an instrument is named
// base + quote ("BTCUSD"), whatever venue it comes from.
struct VenueSymbol
{
    Q_DECLARE_TR_FUNCTIONS(VenueSymbol)

public:
    QString base;
    QString quote;

    QString instrument() const { return base + quote; }

    // Without a separator the quote is found among the common quote
    // currencies (USDT, USD, EUR, BTC, …); anything else needs "BASE/QUOTE".
    static std::optional<VenueSymbol> parse(const QString &text, QString *error);
};

} // namespace kairos
