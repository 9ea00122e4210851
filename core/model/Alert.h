#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace kairos {

enum class AlertSeverity : std::uint8_t { Info, Warning, Critical };

// One entry of the channel every component reports problems and events on.
struct Alert
{
    std::int64_t time = 0; // event time
    AlertSeverity severity = AlertSeverity::Info;
    QString source; // "risk", "broker", "strategy", "feed", …
    QString text;
};

using AlertList = QList<Alert>;

} // namespace kairos

Q_DECLARE_METATYPE(kairos::Alert)
