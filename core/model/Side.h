#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

namespace kairos {

// The aggressor side of a trade, when the venue reports it.
enum class Side : std::uint8_t { Unknown, Buy, Sell };

// Accepts buy/sell/b/s in any case; an empty field is Unknown.
std::optional<Side> parseSide(QByteArrayView text);
// "BUY" or "SELL": the key in files, exports and events.
QString sideName(Side side);
// The same word in the language of the installed translation, for messages.
QString sideLabel(Side side);

} // namespace kairos
