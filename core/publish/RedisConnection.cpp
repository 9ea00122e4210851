#include "RedisConnection.h"

#include <QVarLengthArray>

#include <algorithm>

#include <hiredis/hiredis.h>

namespace kairos {

namespace {

RedisReply convert(const redisReply *reply)
{
    RedisReply out;
    switch (reply->type) {
    case REDIS_REPLY_STRING:
        out.type = RedisReply::Type::String;
        break;
    case REDIS_REPLY_ARRAY:
        out.type = RedisReply::Type::Array;
        break;
    case REDIS_REPLY_INTEGER:
        out.type = RedisReply::Type::Integer;
        break;
    case REDIS_REPLY_STATUS:
        out.type = RedisReply::Type::Status;
        break;
    case REDIS_REPLY_ERROR:
        out.type = RedisReply::Type::Error;
        break;
    default:
        out.type = RedisReply::Type::Nil;
        break;
    }
    if (reply->str)
        out.text = QByteArray(reply->str, qsizetype(reply->len));
    out.integer = reply->integer;
    for (size_t i = 0; i < reply->elements; ++i)
        out.elements.append(convert(reply->element[i]));
    return out;
}

} // namespace

RedisConnection::RedisConnection(QObject *parent)
    : QObject(parent)
    , m_socket(this)
    , m_watchdog(this)
    , m_reader(redisReaderCreate(), redisReaderFree)
{
    connect(&m_watchdog, &QTimer::timeout, this, &RedisConnection::watch);
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QSslSocket::connected, this, [this] {
        if (!m_url.tls)
            onConnected();
    });
    connect(&m_socket, &QSslSocket::encrypted, this, &RedisConnection::onConnected);
    connect(&m_socket, &QSslSocket::readyRead, this, &RedisConnection::onReadyRead);
    connect(&m_socket, &QSslSocket::disconnected, this, [this] { fail(tr("connection closed")); });
    connect(&m_socket, &QSslSocket::errorOccurred, this,
        [this](QAbstractSocket::SocketError) { fail(m_socket.errorString()); });
}

RedisConnection::~RedisConnection()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void RedisConnection::open(const RedisUrl &url)
{
    m_url = url;
    m_ready = false;
    m_failed = false;
    m_callbacks.clear();
    m_outgoing.clear();
    m_reader.reset(redisReaderCreate());
    m_socket.abort();
    m_sinceHeard.start();
    m_watchdog.start(std::max(10, m_replyTimeoutMs / 4));
    if (url.tls)
        m_socket.connectToHostEncrypted(url.host, url.port);
    else
        m_socket.connectToHost(url.host, url.port);
}

void RedisConnection::close()
{
    m_watchdog.stop();
    m_ready = false;
    m_failed = true; // a deliberate close reports nothing
    m_callbacks.clear();
    m_outgoing.clear();
    m_socket.abort();
}

void RedisConnection::onConnected()
{
    // AUTH and SELECT are pipelined like anything else; the first error
    // among them ends the connection with the server's words.
    const auto check = [this](const RedisReply &reply) {
        if (reply.isError())
            fail(tr("%1 refused: %2").arg(m_url.display(), QString::fromUtf8(reply.text)));
    };
    if (!m_url.password.isEmpty()) {
        QByteArrayList auth { QByteArrayLiteral("AUTH") };
        if (!m_url.user.isEmpty())
            auth << m_url.user.toUtf8();
        write(auth << m_url.password.toUtf8(), check);
    }
    if (m_url.database != 0)
        write({ QByteArrayLiteral("SELECT"), QByteArray::number(m_url.database) }, check);
    write({ QByteArrayLiteral("PING") }, [this](const RedisReply &reply) {
        if (reply.isError()) {
            fail(tr("%1 refused: %2").arg(m_url.display(), QString::fromUtf8(reply.text)));
            return;
        }
        m_ready = true;
        emit ready();
    });
}

bool RedisConnection::send(const QByteArrayList &arguments, Callback callback)
{
    if (!m_ready)
        return false;
    write(arguments, std::move(callback));
    return true;
}

void RedisConnection::write(const QByteArrayList &arguments, Callback callback)
{
    QVarLengthArray<const char *, 16> argv;
    QVarLengthArray<size_t, 16> lengths;
    for (const QByteArray &argument : arguments) {
        argv.append(argument.constData());
        lengths.append(size_t(argument.size()));
    }
    char *command = nullptr;
    const int length
        = redisFormatCommandArgv(&command, int(argv.size()), argv.data(), lengths.data());
    if (length < 0) {
        fail(tr("cannot format a command"));
        return;
    }
    // The wait for a reply starts when the first one is owed.
    if (m_callbacks.empty())
        m_sinceHeard.restart();
    // Pipelined commands leave in one write per turn of the event loop.
    if (m_outgoing.isEmpty())
        QMetaObject::invokeMethod(this, &RedisConnection::flush, Qt::QueuedConnection);
    m_outgoing.append(command, length);
    redisFreeCommand(command);
    m_callbacks.push_back(std::move(callback));
}

void RedisConnection::flush()
{
    if (m_outgoing.isEmpty() || m_failed)
        return;
    m_socket.write(m_outgoing);
    m_outgoing.clear();
}

void RedisConnection::watch()
{
    if (m_failed || m_sinceHeard.elapsed() < m_replyTimeoutMs)
        return;
    const QString seconds = QString::number(m_replyTimeoutMs / 1000.0);
    if (!m_ready && m_callbacks.empty())
        return fail(tr("no connection to %1 within %2 s").arg(m_url.display(), seconds));
    if (!m_callbacks.empty())
        return fail(tr("no reply from %1 within %2 s").arg(m_url.display(), seconds));
    // Idle: ask, so a silent partition is found before anything is owed.
    send({ QByteArrayLiteral("PING") });
}

void RedisConnection::onReadyRead()
{
    m_sinceHeard.restart();
    const QByteArray data = m_socket.readAll();
    if (redisReaderFeed(m_reader.get(), data.constData(), size_t(data.size())) != REDIS_OK) {
        fail(tr("unreadable reply from %1").arg(m_url.display()));
        return;
    }
    for (;;) {
        void *raw = nullptr;
        if (redisReaderGetReply(m_reader.get(), &raw) != REDIS_OK) {
            fail(tr("unreadable reply from %1").arg(m_url.display()));
            return;
        }
        if (!raw)
            return;
        if (m_callbacks.empty()) {
            freeReplyObject(raw); // a push we did not ask for
            continue;
        }
        Callback callback = std::move(m_callbacks.front());
        m_callbacks.pop_front();
        // Most replies (PUBLISH's) nobody reads: not converted at all.
        if (callback)
            callback(convert(static_cast<redisReply *>(raw)));
        freeReplyObject(raw);
        if (m_failed)
            return;
    }
}

void RedisConnection::fail(const QString &why)
{
    if (m_failed)
        return;
    m_failed = true;
    m_ready = false;
    m_watchdog.stop();
    m_callbacks.clear();
    m_outgoing.clear();
    m_socket.abort();
    emit disconnected(why);
}

} // namespace kairos
