#include "VenueSymbol.h"

#include <QRegularExpression>

namespace kairos {

std::optional<VenueSymbol> VenueSymbol::parse(const QString &text, QString *error)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9]{2,12}$"));
    const QString upper = text.trimmed().toUpper();
    VenueSymbol symbol;
    const qsizetype separator = upper.indexOf(QRegularExpression(QStringLiteral("[/-]")));
    if (separator >= 0) {
        symbol.base = upper.left(separator);
        symbol.quote = upper.mid(separator + 1);
    } else {
        // Longest first: "USDT" before "USD".
        static const char *const quotes[] = { "FDUSD", "USDT", "USDC", "BUSD", "TUSD", "USD", "EUR",
            "GBP", "JPY", "TRY", "BTC", "ETH", "BNB" };
        for (const char *quote : quotes) {
            const QLatin1StringView q(quote);
            if (upper.size() > q.size() && upper.endsWith(q)) {
                symbol.base = upper.chopped(q.size());
                symbol.quote = q;
                break;
            }
        }
        if (symbol.quote.isEmpty()) {
            *error = tr("'%1': write it as BASE/QUOTE, e.g. BTC/USD").arg(text);
            return std::nullopt;
        }
    }
    if (!code.match(symbol.base).hasMatch() || !code.match(symbol.quote).hasMatch()) {
        *error = tr("'%1' is not a currency pair (BASE/QUOTE, letters and digits)").arg(text);
        return std::nullopt;
    }
    return symbol;
}

} // namespace kairos
