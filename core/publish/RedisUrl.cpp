#include "RedisUrl.h"

#include <QRegularExpression>
#include <QUrl>

namespace kairos {

namespace {

// The password of a URL-like text, found even where the text is no URL.
QString passwordIn(const QString &text)
{
    static const QRegularExpression userInfo(QStringLiteral("^[^/@]*//[^:@/]*:([^@]*)@"));
    return userInfo.match(text).captured(1);
}

} // namespace

std::optional<RedisUrl> RedisUrl::parse(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    // A secret is never printed: the message names the URL with *** for it.
    const QString password = passwordIn(text);
    const auto hide = [&password](QString message) {
        return password.isEmpty() ? message : message.replace(password, QStringLiteral("***"));
    };
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("'%1' is not a Redis URL: %2").arg(hide(text), hide(why));
        return std::nullopt;
    };
    if (!url.isValid())
        return fail(url.errorString());
    RedisUrl out;
    if (url.scheme() == u"rediss")
        out.tls = true;
    else if (url.scheme() != u"redis")
        return fail(tr("the scheme must be redis:// or rediss://"));
    out.host = url.host();
    if (out.host.isEmpty())
        return fail(tr("no host"));
    const int port = url.port(6379);
    if (port < 1 || port > 65535)
        return fail(tr("the port must be 1 to 65535"));
    out.port = quint16(port);
    out.user = url.userName();
    out.password = url.password();
    const QString path = url.path();
    if (!path.isEmpty() && path != u"/") {
        bool ok = false;
        out.database = path.mid(1).toInt(&ok);
        if (!ok || out.database < 0)
            return fail(tr("the database must be a number, not '%1'").arg(path.mid(1)));
    }
    return out;
}

QString RedisUrl::display() const
{
    return QStringLiteral("%1://%2%3:%4/%5")
        .arg(tls ? QStringLiteral("rediss") : QStringLiteral("redis"),
            password.isEmpty()
                ? QString()
                : (user.isEmpty() ? QStringLiteral(":***@") : user + QStringLiteral(":***@")),
            host)
        .arg(port)
        .arg(database);
}

} // namespace kairos
