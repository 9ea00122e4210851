#pragma once

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <hiredis/hiredis.h>

#include <memory>

#include <signal.h>

// A redis-server of the test's own, in the foreground so it can be killed.
class RedisServer
{
public:
    explicit RedisServer(const QStringList &extra = {})
        : m_extra(extra)
    {
        // redis-server cannot bind port 0 (it means "no TCP") nor say which
        // port it got, so a free one is found first; another process may
        // take it in between, and then redis-server exits and another port
        // is tried.
        for (int attempt = 0; attempt < 5; ++attempt) {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
            probe.close();
            start();
            if (ping())
                return;
            kill();
        }
    }
    ~RedisServer() { kill(); }

    void start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setWorkingDirectory(m_dir.path());
        m_process->start(QStringLiteral("redis-server"),
            QStringList { QStringLiteral("--port"), QString::number(m_port),
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--save"),
                QString(), QStringLiteral("--dir"), m_dir.path() }
                + m_extra);
        m_process->waitForStarted();
        for (int i = 0; i < 100 && !ping(); ++i)
            QTest::qWait(50);
    }
    void kill()
    {
        if (!m_process)
            return;
        m_process->kill(); // SIGKILL
        m_process->waitForFinished();
        m_process.reset();
    }
    // A silent network partition: the TCP connection stays, nothing answers.
    void pause() { ::kill(pid_t(m_process->processId()), SIGSTOP); }
    void resume() { ::kill(pid_t(m_process->processId()), SIGCONT); }
    bool ping() const
    {
        redisContext *c = redisConnect("127.0.0.1", m_port);
        const bool ok = c && !c->err;
        if (c)
            redisFree(c);
        return ok;
    }
    quint16 port() const { return m_port; }
    QString url(const QString &auth = {}, int db = 0) const
    {
        return QStringLiteral("redis://") + auth
            + QStringLiteral("127.0.0.1:%1/%2").arg(m_port).arg(db);
    }

private:
    QStringList m_extra;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};
