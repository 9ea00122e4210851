#include "RedisSource.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace kairos {

namespace {

constexpr int BlockMs = 500; // a read returns this often, to pick up new streams
constexpr qint64 DiscoverEveryMs = 3000;
constexpr int ReadCount = 2000; // entries per stream and read

} // namespace

RedisSource::RedisSource(const RedisUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_connection(new RedisConnection(this))
    , m_retry(this)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] { m_connection->open(m_url); });
    connect(m_connection, &RedisConnection::ready, this, [this] {
        m_attempt = 0;
        emit connectionChanged(true, m_url.display());
        m_lastDiscovery = 0;
        readMore();
    });
    connect(m_connection, &RedisConnection::disconnected, this, [this](const QString &why) {
        emit connectionChanged(false, why);
        if (!m_running)
            return;
        const int base = std::min(15'000, 200 << std::min(m_attempt++, 10));
        m_retry.start(base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1)));
    });
}

void RedisSource::start()
{
    m_running = true;
    m_connection->open(m_url);
}

void RedisSource::stop()
{
    m_running = false;
    m_retry.stop();
    m_connection->close();
}

void RedisSource::discover(const QByteArray &cursor)
{
    // SCAN, page by page; each new stream is read from its beginning.
    m_connection->send(
        { QByteArrayLiteral("SCAN"), cursor, QByteArrayLiteral("MATCH"),
            QByteArrayLiteral("kairos:*"), QByteArrayLiteral("TYPE"), QByteArrayLiteral("stream"),
            QByteArrayLiteral("COUNT"), QByteArrayLiteral("1000") },
        [this](const RedisReply &reply) {
            if (reply.elements.size() != 2)
                return;
            for (const RedisReply &key : reply.elements[1].elements) {
                if (!m_lastIds.contains(key.text))
                    m_lastIds.insert(key.text, QByteArrayLiteral("0"));
            }
            const QByteArray next = reply.elements[0].text;
            if (next != "0")
                discover(next);
            else
                readMore();
        });
}

void RedisSource::readMore()
{
    if (!m_running || !m_connection->isReady())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastDiscovery >= DiscoverEveryMs) {
        m_lastDiscovery = now;
        discover(QByteArrayLiteral("0"));
        return;
    }
    if (m_lastIds.isEmpty()) {
        QTimer::singleShot(BlockMs, this, &RedisSource::readMore);
        return;
    }
    QByteArrayList command { QByteArrayLiteral("XREAD"), QByteArrayLiteral("COUNT"),
        QByteArray::number(ReadCount), QByteArrayLiteral("BLOCK"), QByteArray::number(BlockMs),
        QByteArrayLiteral("STREAMS") };
    QByteArrayList ids;
    for (auto it = m_lastIds.cbegin(); it != m_lastIds.cend(); ++it) {
        command << it.key();
        ids << it.value();
    }
    m_connection->send(command + ids, [this](const RedisReply &reply) { onRead(reply); });
}

void RedisSource::onRead(const RedisReply &reply)
{
    RemoteEventList events;
    // [[stream, [[id, [field, value, …]], …]], …]; nil when the block timed out.
    for (const RedisReply &stream : reply.elements) {
        if (stream.elements.size() != 2)
            continue;
        for (const RedisReply &entry : stream.elements[1].elements) {
            if (entry.elements.size() != 2)
                continue;
            m_lastIds[stream.elements[0].text] = entry.elements[0].text;
            const QList<RedisReply> &fields = entry.elements[1].elements;
            QJsonParseError error;
            QJsonDocument doc;
            for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
                if (fields[i].text == "data")
                    doc = QJsonDocument::fromJson(fields[i + 1].text, &error);
            }
            if (!doc.isObject()) {
                ++m_malformed; // someone else's entry, or damaged: skipped, counted
                continue;
            }
            events.append({ stream.elements[0].text, entry.elements[0].text, doc.object() });
        }
    }
    if (!events.isEmpty()) {
        m_read += events.size();
        emit eventsReady(events);
    }
    readMore();
}

} // namespace kairos
