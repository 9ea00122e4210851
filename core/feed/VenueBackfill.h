#pragma once

#include "VenueProtocol.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace kairos {

// Fetches the trades a gap missed from the venue's public REST API, page
// by page, one range at a time, on the thread it lives on. Keeps only
// trades inside the range, each once, in time order; says whether they
// cover every missing trade id.
class VenueBackfill : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPages = 20;

    VenueBackfill(
        const VenueProtocol &protocol, const QUrl &base, int timeoutMs, QObject *parent = nullptr);
    ~VenueBackfill() override;

    bool busy() const { return m_reply; }
    void start(const BackfillRange &range);
    void abort();

signals:
    // `complete`: every id of the range is among `trades`.
    void finished(const QList<kairos::VenueTrade> &trades, bool complete, const QString &error);

private:
    void request(const QUrl &url);
    void onReply();
    void finish(const QString &error);

    const VenueProtocol &m_protocol;
    QUrl m_base;
    int m_timeoutMs;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    BackfillRange m_range;
    QList<VenueTrade> m_trades;
    QSet<std::int64_t> m_ids; // of m_trades
    int m_pages = 0;
};

} // namespace kairos
