#include "AlertThrottle.h"

namespace kairos {

namespace {

QString keyOf(const Alert &alert)
{
    return QString::number(int(alert.severity)) + u'\x1f' + alert.source + u'\x1f' + alert.text;
}

} // namespace

AlertThrottle::AlertThrottle(qint64 windowMs, int perWindow)
    : m_windowMs(windowMs)
    , m_perWindow(perWindow)
{ }

std::optional<AlertThrottle::Notice> AlertThrottle::offer(const Alert &alert, qint64 nowMs)
{
    const QString key = keyOf(alert);
    auto seen = m_seen.find(key);
    if (seen != m_seen.end() && nowMs - seen->shownAt < m_windowMs) {
        ++seen->repeats;
        return std::nullopt;
    }
    while (!m_shown.isEmpty() && nowMs - m_shown.constFirst() >= m_windowMs)
        m_shown.removeFirst();
    // A critical alert is never held back by the rate limit.
    if (m_shown.size() >= m_perWindow && alert.severity != AlertSeverity::Critical) {
        ++m_heldBack;
        m_lastHeldBack = alert;
        return std::nullopt;
    }
    m_shown.append(nowMs);
    m_seen.insert(key, { alert, nowMs, 0 });
    return Notice { alert, 0, 0 };
}

QList<AlertThrottle::Notice> AlertThrottle::flush(qint64 nowMs)
{
    QList<Notice> out;
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (nowMs - it->shownAt < m_windowMs) {
            ++it;
            continue;
        }
        if (it->repeats > 0)
            out.append({ it->alert, it->repeats, 0 });
        it = m_seen.erase(it);
    }
    if (m_heldBack > 0 && (m_shown.isEmpty() || nowMs - m_shown.constLast() >= m_windowMs)) {
        out.append({ m_lastHeldBack, 0, m_heldBack });
        m_heldBack = 0;
    }
    return out;
}

} // namespace kairos
