#pragma once

#include "RedisReply.h"
#include "RedisUrl.h"

#include <QByteArrayList>
#include <QElapsedTimer>
#include <QObject>
#include <QSslSocket>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

struct redisReader;

namespace kairos {

// One connection to a Redis server on Qt sockets (TLS for rediss://), with
// hiredis formatting the commands and decoding the replies. Commands are
// pipelined: send() writes at once and the reply comes back to its
// callback, in order. AUTH and SELECT go first after every connect; ready()
// says when the connection takes commands. A server that accepts TCP and
// then says nothing is not a connection: a connect or a reply that takes
// longer than the reply timeout, and a PING unanswered while idle (a silent
// network partition), end it with disconnected(). Lives on one thread.
class RedisConnection : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const RedisReply &)>;

    explicit RedisConnection(QObject *parent = nullptr);
    ~RedisConnection() override;

    static constexpr int DefaultReplyTimeoutMs = 5000;

    // Also the idle time after which a PING checks the server is there.
    void setReplyTimeout(int ms) { m_replyTimeoutMs = ms; }
    void open(const RedisUrl &url);
    void close();
    bool isReady() const { return m_ready; }
    // Commands sent and not yet answered.
    qsizetype pending() const { return qsizetype(m_callbacks.size()); }

    // A null callback ignores the reply. Returns false when not connected.
    bool send(const QByteArrayList &arguments, Callback callback = {});

signals:
    void ready();
    // The connection ended or could not be made; pending callbacks are
    // dropped without a reply.
    void disconnected(const QString &why);

private:
    void onConnected();
    void onReadyRead();
    void fail(const QString &why);
    void write(const QByteArrayList &arguments, Callback callback);
    void flush();
    void watch();

    QSslSocket m_socket;
    QTimer m_watchdog;
    QElapsedTimer m_sinceHeard; // the last bytes read, or the wait's start
    int m_replyTimeoutMs = DefaultReplyTimeoutMs;
    RedisUrl m_url;
    std::unique_ptr<redisReader, void (*)(redisReader *)> m_reader;
    std::deque<Callback> m_callbacks;
    QByteArray m_outgoing; // formatted, not yet handed to the socket
    bool m_ready = false;
    bool m_failed = false;
};

} // namespace kairos
