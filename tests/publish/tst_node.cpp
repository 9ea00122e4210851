// Node → Redis → terminal: a headless node replays ticks and publishes; a
// second process follows it through Redis. Both must end with the same
// candles and signals.
#include "RedisServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace {

QString writeTicks(const QTemporaryDir &dir)
{
    QRandomGenerator random(17);
    QByteArray csv = "time,price,quantity,symbol\n";
    std::int64_t time = 1704067200000;
    double prices[] = { 100.0, 50.0 };
    for (int i = 0; i < 40'000; ++i) {
        time += 1 + qint64(random.bounded(600));
        const int s = int(random.bounded(2));
        prices[s] *= 1.0 + (random.generateDouble() - 0.5) * 0.003;
        csv += QByteArray::number(time) + ',' + QByteArray::number(prices[s], 'f', 4) + ','
            + QByteArray::number(1 + random.bounded(40)) + ',' + (s ? "BBB" : "AAA") + '\n';
    }
    QFile file(dir.filePath(QStringLiteral("ticks.csv")));
    file.open(QIODevice::WriteOnly);
    file.write(csv);
    return file.fileName();
}

QByteArray cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(KAIROS_CLI), arguments);
    if (!process.waitForFinished(120'000) || process.exitCode() != 0)
        qWarning("kairos-cli %s failed: %s", qPrintable(arguments.join(u' ')),
            process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

} // namespace

class TestNode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("redis-server")).isEmpty())
            QSKIP("redis-server is not installed (packaging/install-deps-debian.sh installs it)");
    }

    void aTerminalSeesWhatTheNodeDid()
    {
        RedisServer server;
        QVERIFY(server.ping());
        QTemporaryDir dir;
        const QString ticks = writeTicks(dir);
        const QString db = dir.filePath(QStringLiteral("node.db"));

        // The follower starts first and waits; the node replays at 2000× real
        // time and, while it runs, sends a health event every 5 s. The
        // follower stops once nothing came for 10 s.
        QProcess follower;
        follower.start(QStringLiteral(KAIROS_CLI),
            { QStringLiteral("follow"), QStringLiteral("--redis"), server.url(),
                QStringLiteral("--idle"), QStringLiteral("10") });
        QVERIFY(follower.waitForStarted());
        cli({ QStringLiteral("run"), QStringLiteral("--feed"), QStringLiteral("replay:") + ticks,
            QStringLiteral("--speed"), QStringLiteral("2000"), QStringLiteral("--db"), db,
            QStringLiteral("--redis"), server.url(), QStringLiteral("--auto-trade"),
            QStringLiteral("--strategy"), QStringLiteral(KAIROS_TEST_DATA "/strategies/fast.json"),
            QStringLiteral("--risk"), QStringLiteral(KAIROS_TEST_DATA "/strategies/busy-risk.json"),
            QStringLiteral("--cash"), QStringLiteral("250000") });
        QVERIFY(follower.waitForFinished(180'000));
        QCOMPARE(follower.exitCode(), 0);

        QHash<QString, QList<QJsonObject>> followed;
        for (const QByteArray &line : follower.readAllStandardOutput().split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            followed[o.value(QStringLiteral("stream")).toString()].append(
                o.value(QStringLiteral("event")).toObject());
        }

        // The node's starting cash, so a terminal books its equity from it.
        const QList<QJsonObject> account = followed.value(QStringLiteral("kairos:account"));
        QVERIFY(!account.isEmpty());
        QCOMPARE(account.constLast().value(QStringLiteral("initial_cash")).toString(),
            QStringLiteral("250000"));

        // Candles: the node's database against what the terminal read.
        for (const char *symbol : { "AAA", "BBB" }) {
            for (const auto &[seconds, label] :
                { std::pair { 60, "1m" }, std::pair { 300, "5m" }, std::pair { 3600, "1h" } }) {
                const QList<QByteArray> rows
                    = cli({ QStringLiteral("export"), QStringLiteral("--db"), db,
                              QStringLiteral("--what"), QStringLiteral("candles"),
                              QStringLiteral("--symbol"), QLatin1StringView(symbol),
                              QStringLiteral("--timeframe"), QString::number(seconds) })
                          .trimmed()
                          .split('\n')
                          .mid(1);
                const QList<QJsonObject> seen
                    = followed.value(QStringLiteral("kairos:candles:%1:%2")
                                         .arg(QLatin1StringView(symbol), QLatin1StringView(label)));
                QVERIFY2(rows.size() > 3, symbol);
                QCOMPARE(seen.size(), rows.size());
                for (qsizetype i = 0; i < rows.size(); ++i) {
                    const QList<QByteArray> cells = rows[i].split(',');
                    const QJsonObject &c = seen[i];
                    QCOMPARE(QByteArray::number(c.value(QStringLiteral("timestamp")).toInteger()),
                        cells[0]);
                    QCOMPARE(c.value(QStringLiteral("open")).toString().toUtf8(), cells[1]);
                    QCOMPARE(c.value(QStringLiteral("close")).toString().toUtf8(), cells[4]);
                    QCOMPARE(c.value(QStringLiteral("volume")).toString().toUtf8(), cells[5]);
                }
            }
        }
        // Signals: the same, in the same order.
        const QList<QByteArray> signalRows
            = cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
                      QStringLiteral("signals") })
                  .trimmed()
                  .split('\n')
                  .mid(1);
        // Symbols confirm their candles independently, so signals of different
        // symbols come in the order they fired, not strictly by time.
        QList<QJsonObject> seenSignals = followed.value(QStringLiteral("kairos:signals"));
        const auto key = [](const QJsonObject &s) {
            return std::pair { s.value(QStringLiteral("timestamp")).toInteger(),
                s.value(QStringLiteral("symbol")).toString() };
        };
        std::stable_sort(seenSignals.begin(), seenSignals.end(),
            [&](const QJsonObject &a, const QJsonObject &b) { return key(a) < key(b); });
        QList<QByteArray> rows = signalRows;
        std::stable_sort(rows.begin(), rows.end(), [](const QByteArray &a, const QByteArray &b) {
            const QList<QByteArray> x = a.split(','), y = b.split(',');
            return std::pair { x[0], x[1] } < std::pair { y[0], y[1] };
        });
        QVERIFY(signalRows.size() > 10);
        QCOMPARE(seenSignals.size(), signalRows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject &s = seenSignals[i];
            const QByteArray expected
                = QByteArray(',' + s.value(QStringLiteral("symbol")).toString().toUtf8() + ",1,"
                    + s.value(QStringLiteral("side")).toString().toUtf8() + ',');
            const QByteArray time = QDateTime::fromMSecsSinceEpoch(
                s.value(QStringLiteral("timestamp")).toInteger(), Qt::UTC)
                                        .toString(Qt::ISODateWithMs)
                                        .toUtf8();
            QVERIFY2(rows[i].startsWith(time) && rows[i].contains(expected), rows[i].constData());
        }
        QVERIFY(!followed.value(QStringLiteral("kairos:order_results")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNode)
#include "tst_node.moc"
