#include "VenueBackfill.h"

#include <QNetworkReply>
#include <QSet>

#include <algorithm>

namespace kairos {

VenueBackfill::VenueBackfill(
    const VenueProtocol &protocol, const QUrl &base, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_protocol(protocol)
    , m_base(base)
    , m_timeoutMs(timeoutMs)
    , m_network(this)
{ }

VenueBackfill::~VenueBackfill()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void VenueBackfill::start(const BackfillRange &range)
{
    m_range = range;
    m_trades.clear();
    m_ids.clear();
    m_pages = 0;
    request(m_protocol.backfillUrl(m_base, range));
}

void VenueBackfill::abort()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

void VenueBackfill::request(const QUrl &url)
{
    ++m_pages;
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::finished, this, &VenueBackfill::onReply);
}

void VenueBackfill::onReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        finish(status > 0 ? tr("HTTP %1 from %2").arg(status).arg(reply->url().path())
                          : reply->errorString());
        return;
    }
    QUrl next;
    QString error;
    const qsizetype before = m_trades.size();
    if (!m_protocol.readBackfill(m_base, m_range, reply->readAll(), m_trades, next, &error)) {
        finish(error);
        return;
    }
    bool progress = false; // a server that repeats itself is not paged through
    for (qsizetype i = before; i < m_trades.size() && !progress; ++i)
        progress = !m_ids.contains(m_trades[i].id);
    for (qsizetype i = before; i < m_trades.size(); ++i)
        m_ids.insert(m_trades[i].id);
    if (!progress)
        next = {};
    if (next.isValid() && m_pages < MaxPages) {
        request(next);
        return;
    }
    finish(next.isValid() ? tr("more than %1 pages").arg(MaxPages) : QString());
}

void VenueBackfill::finish(const QString &error)
{
    // Only what the gap missed, each trade once, in the order it happened.
    QList<VenueTrade> kept;
    QSet<std::int64_t> seen;
    std::int64_t covered = 0;
    for (const VenueTrade &trade : std::as_const(m_trades)) {
        const std::int64_t first = trade.firstId > 0 ? trade.firstId : trade.id;
        if (first <= m_range.afterId || trade.id >= m_range.beforeId || seen.contains(trade.id))
            continue;
        seen.insert(trade.id);
        covered += trade.id - first + 1;
        kept.append(trade);
    }
    std::sort(kept.begin(), kept.end(), [](const VenueTrade &a, const VenueTrade &b) {
        return a.tick.time != b.tick.time ? a.tick.time < b.tick.time : a.id < b.id;
    });
    m_trades.clear();
    const bool complete = covered == m_range.beforeId - m_range.afterId - 1;
    emit finished(kept, complete, error);
}

} // namespace kairos
