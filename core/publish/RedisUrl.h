#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kairos {

// redis://[user:password@]host[:port][/db] and rediss:// (TLS).
struct RedisUrl
{
    Q_DECLARE_TR_FUNCTIONS(RedisUrl)

public:
    QString host;
    quint16 port = 6379;
    QString user;
    QString password;
    int database = 0;
    bool tls = false;

    // nullopt with *error saying what is wrong.
    static std::optional<RedisUrl> parse(const QString &text, QString *error);
    // For logs and the status bar: the password never appears.
    QString display() const;
};

} // namespace kairos
