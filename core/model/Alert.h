#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace kairos {

enum class AlertSeverity : std::uint8_t { Info, Warning, Critical };

// "info", "warning", "critical": how files, logs and events spell it.
inline QLatin1StringView alertSeverityKey(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QLatin1StringView("info");
    case AlertSeverity::Warning:
        return QLatin1StringView("warning");
    case AlertSeverity::Critical:
        break;
    }
    return QLatin1StringView("critical");
}

// One entry of the channel every component reports problems and events on.
struct Alert
{
    std::int64_t time = 0; // event time
    AlertSeverity severity = AlertSeverity::Info;
    QString source; // "risk", "broker", "strategy", "feed", …
    QString text;
    // Raised while history was replayed, or shown again (a warm start, a new
    // window): listed, stored and published, but neither unread nor notified.
    bool quiet = false;
};

using AlertList = QList<Alert>;

} // namespace kairos

Q_DECLARE_METATYPE(kairos::Alert)
