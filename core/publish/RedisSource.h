#pragma once

#include "RedisConnection.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

namespace kairos {

// One entry read from a Kairos stream on Redis.
struct RemoteEvent
{
    QByteArray stream; // e.g. "kairos:candles:BTCUSDT:1m"
    QByteArray id;
    QJsonObject payload; // as docs/events.md describes it
};
using RemoteEventList = QList<RemoteEvent>;

// Follows a Kairos node through Redis: finds its streams (kairos:*, and
// again every few seconds for new series), reads each from its beginning
// and then follows with XREAD BLOCK, handing over batches in stream order.
// Reconnects with backoff and continues after the last id it read, so
// nothing is read twice or skipped. Lives on one thread.
class RedisSource : public QObject
{
    Q_OBJECT

public:
    explicit RedisSource(const RedisUrl &url, QObject *parent = nullptr);

    qint64 eventsRead() const { return m_read; }
    qint64 malformed() const { return m_malformed; }

public slots:
    void start();
    void stop();

signals:
    void eventsReady(const kairos::RemoteEventList &events);
    void connectionChanged(bool connected, const QString &why);

private:
    void discover(const QByteArray &cursor);
    void readMore();
    void onRead(const RedisReply &reply);

    RedisUrl m_url;
    RedisConnection *m_connection;
    QTimer m_retry;
    QHash<QByteArray, QByteArray> m_lastIds; // stream → last id read ("0": none)
    qint64 m_lastDiscovery = 0;
    int m_attempt = 0;
    qint64 m_read = 0;
    qint64 m_malformed = 0;
    bool m_running = false;
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::RemoteEventList)
