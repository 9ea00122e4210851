#include "FollowCommand.h"

#include "common/CommandLine.h"
#include "publish/RedisSource.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

namespace kairos {

int FollowCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Follows a Kairos node through Redis: reads its streams from the beginning, then "
           "as they grow, and prints every event as a JSON line "
           "{\"stream\", \"id\", \"event\"} on standard output."));
    parser.addHelpOption();
    const QCommandLineOption redisOption(QStringLiteral("redis"),
        tr("The node's Redis: redis://[user:password@]host:port[/db]."), tr("URL"));
    const QCommandLineOption idleOption(QStringLiteral("idle"),
        tr("Stop after this many seconds without a new event."), tr("SECONDS"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"), tr("Stop after this many seconds."), tr("SECONDS"));
    parser.addOptions({ redisOption, idleOption, durationOption });
    if (const auto exitCode = parseCommandLine(parser, arguments))
        return *exitCode;

    QStringList problems;
    QString error;
    const auto url = RedisUrl::parse(parser.value(redisOption), &error);
    if (!parser.isSet(redisOption))
        problems << tr("--redis is required");
    else if (!url)
        problems << tr("--redis: %1").arg(error);
    const auto seconds = [&](const QCommandLineOption &option) {
        if (!parser.isSet(option))
            return 0.0;
        const double value = numberIn(parser.value(option), 0.0, MaxDurationSeconds).value_or(0.0);
        if (value <= 0.0)
            problems << tr("--%1: expected seconds above 0 and up to %2, got '%3'")
                            .arg(option.names().constFirst())
                            .arg(MaxDurationSeconds, 0, 'f', 0)
                            .arg(parser.value(option));
        return value;
    };
    const double idle = seconds(idleOption);
    const double duration = seconds(durationOption);
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            printError(tr("follow: %1").arg(p));
        return 2;
    }

    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    QTextStream log(stderr);
    RedisSource source(*url);
    QElapsedTimer sinceEvent;
    sinceEvent.start();
    QObject::connect(
        &source, &RedisSource::eventsReady, &source, [&](const RemoteEventList &events) {
            QByteArray lines;
            for (const RemoteEvent &e : events)
                lines
                    += QJsonDocument(
                           QJsonObject { { QStringLiteral("stream"), QString::fromUtf8(e.stream) },
                               { QStringLiteral("id"), QString::fromUtf8(e.id) },
                               { QStringLiteral("event"), e.payload } })
                           .toJson(QJsonDocument::Compact)
                    + '\n';
            out.write(lines);
            out.flush();
            sinceEvent.restart();
        });
    QObject::connect(&source, &RedisSource::connectionChanged, &source,
        [&log](bool connected, const QString &why) {
            log << (connected ? tr("follow: reading %1").arg(why)
                              : tr("follow: Redis unavailable (%1); retrying").arg(why))
                << Qt::endl;
        });
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &source, [&] {
        if (idle > 0.0 && sinceEvent.elapsed() > qint64(idle * 1000.0))
            QCoreApplication::quit();
    });
    watch.start(100);
    if (duration > 0.0)
        QTimer::singleShot(qRound64(duration * 1000.0), &source, &QCoreApplication::quit);
    source.start();
    const int code = QCoreApplication::exec();
    source.stop();
    log << tr("follow: %1 events read, %2 unreadable entries skipped")
               .arg(source.eventsRead())
               .arg(source.malformed())
        << Qt::endl;
    return code;
}

} // namespace kairos
