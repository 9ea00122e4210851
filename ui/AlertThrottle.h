#pragma once

#include "model/Alert.h"

#include <QHash>

#include <optional>

namespace kairos {

// Decides which alerts reach the user as notifications, so a storm never
// floods them: an alert repeated (same severity, source and text) within
// the window is folded into a count, and at most a few notifications go
// out per window; what was held back is summed up once the window ends.
class AlertThrottle
{
public:
    struct Notice
    {
        Alert alert;
        int repeats = 0; // further occurrences folded into this one
        int othersHeldBack = 0; // a summary: other alerts not shown singly
    };

    explicit AlertThrottle(qint64 windowMs = 30'000, int perWindow = 4);

    // The notice to show now, if any.
    std::optional<Notice> offer(const Alert &alert, qint64 nowMs);
    // What the ended windows held back: repeats of an alert shown, and a
    // summary of the others. Call about once a second.
    QList<Notice> flush(qint64 nowMs);

private:
    struct Seen
    {
        Alert alert;
        qint64 shownAt = 0;
        int repeats = 0; // since shownAt
    };

    qint64 m_windowMs;
    int m_perWindow;
    QHash<QString, Seen> m_seen;
    QList<qint64> m_shown; // times of recent notices, for the rate limit
    int m_heldBack = 0;
    Alert m_lastHeldBack;
};

} // namespace kairos
