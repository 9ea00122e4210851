#include "model/Timeframe.h"
#include "storage/CsvImport.h"
#include "storage/Database.h"
#include "storage/StorageReader.h"

#include <QDate>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kairos;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(name));
    return file.fileName();
}

qint64 count(const QString &db, const QString &sql)
{
    Database database;
    if (!database.openReadOnly(db))
        return -1;
    QSqlQuery q(database.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void candlesKeepTheGoodLinesAndNameTheBadOnes()
    {
        QTemporaryDir dir;
        QByteArray csv = "time,open,high,low,close,volume\n";
        for (int i = 0; i < 50'000; ++i) {
            const QByteArray t = QByteArray::number(1'704'067'200'000 + qint64(i) * 300'000);
            csv += t + ",10,12,9,11,5\n";
            if (i == 10)
                csv += "oops,1,2,3,4,5\n"; // line 13
        }
        const QString path = write(dir, QStringLiteral("aapl.csv"), csv);
        const QString db = dir.filePath(QStringLiteral("k.db"));
        std::atomic<bool> cancel { false };
        QList<int> progress;
        const auto result = CsvImport::run(path, CsvImport::Kind::Candles, QStringLiteral("AAPL"),
            db, cancel, [&](int percent) { progress.append(percent); });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 50'000);
        QCOMPARE(result.candleRows, 50'000);
        QCOMPARE(result.badLines, 1);
        QCOMPARE(result.timeframeSeconds, 300);
        QVERIFY2(result.badLineMessages.value(0).startsWith(QStringLiteral("aapl.csv:13:")),
            qPrintable(result.badLineMessages.value(0)));
        QVERIFY(progress.size() > 5 && std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(progress.last(), 100);
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM candles c JOIN instruments i ON i.id ="
                                    " c.symbol WHERE i.symbol = 'AAPL' AND c.timeframe = 300")),
            50'000);
        // Rolled up into 15m, 1h, 4h, 1d, weeks (2024-01-01 is a Monday)
        // and months, the last bucket of each partial.
        const std::pair<qint64, int> coarser[]
            = { { 900, 16'667 }, { 3600, 4167 }, { 14'400, 1042 }, { 86'400, 174 },
                  { Timeframe::WeekSeconds, 25 }, { Timeframe::MonthSeconds, 6 } };
        for (const auto &[seconds, rows] : coarser)
            QCOMPARE(count(db,
                         QStringLiteral("SELECT count(*) FROM candles WHERE timeframe = %1")
                             .arg(seconds)),
                rows);
        QCOMPARE(result.coarserRows, 16'667 + 4167 + 1042 + 174 + 25 + 6);
        QCOMPARE(
            count(db,
                QStringLiteral("SELECT count(*) FROM candles WHERE timeframe = 3600 AND open = "
                               "1000000000 AND high = 1200000000 AND low = 900000000 AND "
                               "close = 1100000000 AND volume = 6000000000 AND time % "
                               "3600000 = 0")),
            4166); // every whole hour: twelve candles of 5 each
    }

    void monthlyCandlesAreRecognised()
    {
        // Month starts are 28 to 31 days apart: a month's file, not an odd one.
        QTemporaryDir dir;
        QByteArray csv = "time,open,high,low,close,volume\n";
        for (int m = 0; m < 30; ++m)
            csv += QDate(2024, 1, 1).addMonths(m).toString(Qt::ISODate).toLatin1()
                + "T00:00:00Z,10,12,9,11,5\n";
        const QString db = dir.filePath(QStringLiteral("k.db"));
        std::atomic<bool> cancel { false };
        auto result = CsvImport::run(write(dir, QStringLiteral("monthly.csv"), csv),
            CsvImport::Kind::Candles, QStringLiteral("GOLD"), db, cancel, nullptr);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.timeframeSeconds, Timeframe::MonthSeconds);
        QCOMPARE(result.coarserRows, 0);
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM candles WHERE timeframe = %1")
                         .arg(Timeframe::MonthSeconds)),
            30);
        // Mid-month dates the same distance apart are not months.
        csv = "time,open,high,low,close,volume\n";
        for (int m = 0; m < 3; ++m)
            csv += QDate(2024, 1, 15).addMonths(m).toString(Qt::ISODate).toLatin1()
                + "T00:00:00Z,10,12,9,11,5\n";
        result = CsvImport::run(write(dir, QStringLiteral("mid.csv"), csv),
            CsvImport::Kind::Candles, QStringLiteral("GOLD"), db, cancel, nullptr);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("1w, 1mo")), qPrintable(result.error));
    }

    void ticksAreKeptAndBuiltIntoCandles()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("t.csv"),
            "time,price,quantity,symbol\n"
            "2024-01-01T00:00:00Z,100,1,AAA\n"
            "2024-01-01T00:00:30Z,101,2,AAA\n"
            "2024-01-01T00:01:10Z,99,1,AAA\n"
            "2024-01-01T00:00:05Z,50,1,BBB\n"
            "2024-01-01T00:00:06Z,-5,1,BBB\n");
        const QString db = dir.filePath(QStringLiteral("k.db"));
        std::atomic<bool> cancel { false };
        const auto result
            = CsvImport::run(path, CsvImport::Kind::Ticks, QString(), db, cancel, nullptr);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 4);
        QCOMPARE(result.badLines, 1);
        QCOMPARE(result.symbols, QStringList({ QStringLiteral("AAA"), QStringLiteral("BBB") }));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ticks")), 4);
        // AAA: two 1-minute candles; BBB: one.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM candles WHERE timeframe = 60")), 3);
        QCOMPARE(count(db,
                     QStringLiteral("SELECT volume FROM candles WHERE timeframe = 60"
                                    " ORDER BY symbol, time LIMIT 1")),
            300'000'000); // 1 + 2 units of 1e-8
    }

    void aLargeTicksFileStreamsWithProgress()
    {
        // Many batches, a symbol first seen deep in the file, and a progress
        // figure that follows the bytes read.
        QTemporaryDir dir;
        QByteArray csv = "time,price,quantity,symbol\n";
        const int rows = 60'000;
        for (int i = 0; i < rows; ++i) {
            const QByteArray time = QByteArray::number(1'704'067'200'000 + qint64(i) * 1000);
            csv += time + (i < 50'000 || i % 2 ? ",100,1,AAA\n" : ",0.00001234,1e5,late\n");
        }
        const QString db = dir.filePath(QStringLiteral("k.db"));
        std::atomic<bool> cancel { false };
        QList<int> percents;
        const auto result
            = CsvImport::run(write(dir, QStringLiteral("t.csv"), csv), CsvImport::Kind::Ticks,
                QString(), db, cancel, [&](int percent) { percents.append(percent); });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, rows);
        QCOMPARE(result.symbols, QStringList({ QStringLiteral("AAA"), QStringLiteral("LATE") }));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ticks")), rows);
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM ticks t JOIN instruments i ON"
                                    " i.id = t.symbol WHERE i.symbol = 'LATE'")),
            5000);
        // The late symbol's 10,000 s span in minute candles.
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM candles c JOIN instruments i ON"
                                    " i.id = c.symbol WHERE i.symbol = 'LATE'"
                                    " AND c.timeframe = 60")),
            167);
        QVERIFY2(percents.size() >= 10, qPrintable(QString::number(percents.size())));
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QCOMPARE(percents.constLast(), 100);
    }

    void aCancelledImportKeepsWhatItCommitted()
    {
        QTemporaryDir dir;
        QByteArray csv = "time,open,high,low,close,volume\n";
        for (int i = 0; i < 30'000; ++i)
            csv += QByteArray::number(1'704'067'200'000 + qint64(i) * 60'000) + ",1,1,1,1,1\n";
        const QString db = dir.filePath(QStringLiteral("k.db"));
        std::atomic<bool> cancel { false };
        const auto result = CsvImport::run(write(dir, QStringLiteral("c.csv"), csv),
            CsvImport::Kind::Candles, QStringLiteral("X"), db, cancel, [&](int percent) {
                if (percent >= 50)
                    cancel = true;
            });
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        const qint64 kept = count(db, QStringLiteral("SELECT count(*) FROM candles"));
        QVERIFY2(kept > 0 && kept < 30'000, qPrintable(QString::number(kept)));
        QCOMPARE(kept, result.candleRows);
    }

    void unusableInputIsExplained()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("k.db"));
        std::atomic<bool> cancel { false };
        auto result = CsvImport::run(dir.filePath(QStringLiteral("missing.csv")),
            CsvImport::Kind::Candles, QStringLiteral("X"), db, cancel, nullptr);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("cannot read")));
        result
            = CsvImport::run(write(dir, QStringLiteral("odd.csv"),
                                 "time,open,high,low,close,volume\n0,1,1,1,1,1\n7000,1,1,1,1,1\n"),
                CsvImport::Kind::Candles, QStringLiteral("X"), db, cancel, nullptr);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("7000 ms")), qPrintable(result.error));
        result = CsvImport::run(write(dir, QStringLiteral("cols.csv"), "time,price\n1,2\n"),
            CsvImport::Kind::Ticks, QStringLiteral("X"), db, cancel, nullptr);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("quantity")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
