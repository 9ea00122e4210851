#include "market/CandleHistory.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace kairos;

namespace {

constexpr std::int64_t Minute = 60'000;
constexpr double None = std::numeric_limits<double>::quiet_NaN();

// A random walk at `scale` (10^4, 1 or 10^-5), with gaps, volumes up to
// 10^13 units and a study line whose first `warmUp` values are NaN.
struct Walk
{
    CandleList candles;
    std::vector<double> line;
};

Walk walk(int count, double scale, int warmUp, quint32 seed)
{
    QRandomGenerator random(seed);
    Walk w;
    std::int64_t time = 1'700'000'000'000;
    double price = scale;
    for (int i = 0; i < count; ++i) {
        time += Minute * (random.bounded(20) == 0 ? 1 + random.bounded(30) : 1);
        Candle c;
        c.time = time;
        c.open = Decimal::fromDouble(price);
        price *= 1.0 + (random.generateDouble() - 0.5) * 0.02;
        c.close = Decimal::fromDouble(price);
        c.high = std::max(c.open, c.close)
            + Decimal::fromDouble(scale * random.generateDouble() * 0.01);
        c.low = std::min(c.open, c.close);
        c.volume = Volume::fromDouble(std::pow(10.0, random.bounded(14.0)));
        c.trades = 1 + random.bounded(50u);
        c.state = CandleState::Confirmed;
        w.candles.append(c);
        w.line.push_back(i < warmUp ? None : price * (1.0 + random.generateDouble() * 0.01));
    }
    return w;
}

CandleHistory historyOf(const Walk &w)
{
    CandleHistory history(1);
    for (qsizetype i = 0; i < w.candles.size(); ++i)
        history.append(w.candles[i], std::span(&w.line[std::size_t(i)], 1));
    return history;
}

// The fold the summaries must reproduce, candle by candle.
CandleHistory::Span naive(const Walk &w, qsizetype first, qsizetype last)
{
    CandleHistory::Span s;
    s.first = first;
    s.count = last - first;
    s.candle = w.candles[first];
    s.studyLow = { None };
    s.studyHigh = { None };
    for (qsizetype i = first; i < last; ++i) {
        const Candle &c = w.candles[i];
        if (i > first) {
            s.candle.high = std::max(s.candle.high, c.high);
            s.candle.low = std::min(s.candle.low, c.low);
            s.candle.close = c.close;
            s.candle.trades += c.trades;
            if (!s.candle.volume.tryAdd(c.volume))
                s.candle.volume = Volume::max();
        }
        const double v = w.line[std::size_t(i)];
        if (!std::isnan(v)) {
            if (std::isnan(s.studyLow[0]) || v < s.studyLow[0])
                s.studyLow[0] = v;
            if (std::isnan(s.studyHigh[0]) || v > s.studyHigh[0])
                s.studyHigh[0] = v;
        }
    }
    return s;
}

bool sameLine(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

class TestCandleHistory : public QObject
{
    Q_OBJECT

private slots:
    void aggregateEqualsTheCandleByCandleFold_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("10^4") << 1e4;
        QTest::newRow("1") << 1.0;
        QTest::newRow("10^-5") << 1e-5;
    }

    void aggregateEqualsTheCandleByCandleFold()
    {
        QFETCH(double, scale);
        const Walk w = walk(5000, scale, 300, 7);
        const CandleHistory history = historyOf(w);
        QCOMPARE(history.size(), 5000);
        QRandomGenerator random(11);
        CandleHistory::Span span;
        for (int round = 0; round < 400; ++round) {
            const auto first = qsizetype(random.bounded(5000));
            const auto last = first + 1 + qsizetype(random.bounded(int(5000 - first)));
            history.aggregate(first, last, span);
            const CandleHistory::Span expected = naive(w, first, last);
            QCOMPARE(span.first, first);
            QCOMPARE(span.count, last - first);
            QCOMPARE(span.candle.time, expected.candle.time);
            QCOMPARE(span.candle.open, expected.candle.open);
            QCOMPARE(span.candle.high, expected.candle.high);
            QCOMPARE(span.candle.low, expected.candle.low);
            QCOMPARE(span.candle.close, expected.candle.close);
            QCOMPARE(span.candle.volume, expected.candle.volume);
            QCOMPARE(span.candle.trades, expected.candle.trades);
            QVERIFY(sameLine(span.studyLow[0], expected.studyLow[0]));
            QVERIFY(sameLine(span.studyHigh[0], expected.studyHigh[0]));
        }
    }

    void aWarmUpHasNoExtremes()
    {
        const Walk w = walk(200, 1.0, 150, 3);
        const CandleHistory history = historyOf(w);
        CandleHistory::Span span;
        history.aggregate(0, 150, span);
        QVERIFY(std::isnan(span.studyLow[0]));
        QVERIFY(std::isnan(span.studyHigh[0]));
        history.aggregate(100, 200, span);
        QVERIFY(!std::isnan(span.studyLow[0]));
    }

    void aggregateReadsAtMostTwoBlocksOfCandlesAndTheBlocksBetween()
    {
        const Walk w = walk(100'000, 1.0, 0, 5);
        const CandleHistory history = historyOf(w);
        history.takeReads();
        CandleHistory::Span span;
        history.aggregate(17, 99'990, span);
        const CandleHistory::Reads reads = history.takeReads();
        QVERIFY2(reads.candles <= 2 * CandleHistory::BlockSize,
            qPrintable(QString::number(reads.candles)));
        QVERIFY(reads.blocks <= 100'000 / CandleHistory::BlockSize);
        QCOMPARE(span.candle.volume, naive(w, 17, 99'990).candle.volume);
    }

    void columnsAreTimeAlignedBucketsOfTheCandlesInThem()
    {
        const Walk w = walk(3000, 1e4, 0, 9);
        const CandleHistory history = historyOf(w);
        const std::int64_t width = 16 * Minute;
        const std::int64_t from = w.candles[100].time;
        const std::int64_t to = w.candles[2500].time;
        std::vector<CandleHistory::Span> columns;
        history.columns(from, to, Timeframe::fromSeconds(60), 16, columns);
        QVERIFY(!columns.empty());
        qsizetype covered = 0;
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const CandleHistory::Span &c = columns[k];
            QCOMPARE(c.candle.time % width, 0);
            if (k > 0)
                QVERIFY(c.candle.time > columns[k - 1].candle.time);
            for (qsizetype i = c.first; i < c.first + c.count; ++i) {
                QVERIFY(w.candles[i].time >= c.candle.time);
                QVERIFY(w.candles[i].time < c.candle.time + width);
            }
            QCOMPARE(c.candle.high, naive(w, c.first, c.first + c.count).candle.high);
            covered += c.count;
        }
        // Every candle starting in [from, to) is in one column, the last
        // column running to its bucket's end.
        QCOMPARE(columns.front().first, 100);
        QVERIFY(covered >= 2400);
        QCOMPARE(columns.back().first + columns.back().count,
            history.lowerBound(columns.back().candle.time + width));
    }

    void monthColumnsFollowTheCalendar()
    {
        // Eight years of monthly candles, drawn one and then four to a column.
        CandleHistory history(0);
        const Timeframe month = Timeframe::month();
        std::int64_t time
            = QDateTime(QDate(2019, 1, 1), QTime(), QTimeZone::utc()).toMSecsSinceEpoch();
        CandleList candles;
        for (int i = 0; i < 96; ++i) {
            Candle c;
            c.time = time;
            c.open = c.high = c.low = c.close = Decimal::fromUnits(100 + i);
            c.volume = Volume::fromDouble(1e13);
            c.trades = 1;
            c.state = CandleState::Confirmed;
            QVERIFY(history.append(c));
            candles.append(c);
            time = month.nextBucket(time);
        }
        std::vector<CandleHistory::Span> columns;
        history.columns(candles.first().time, time, month, 1, columns);
        QCOMPARE(columns.size(), std::size_t(96)); // no month merged with the next or left out
        for (std::size_t k = 0; k < columns.size(); ++k) {
            QCOMPARE(columns[k].count, 1);
            QCOMPARE(columns[k].candle.time, candles[qsizetype(k)].time);
        }
        history.columns(candles.first().time, time, month, 4, columns);
        QCOMPARE(columns.size(), std::size_t(24));
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const QDate start
                = QDateTime::fromMSecsSinceEpoch(columns[k].candle.time, QTimeZone::utc()).date();
            QCOMPARE(start.day(), 1);
            QCOMPARE((start.month() - 1) % 4, 0); // Jan, May, Sep: aligned, so panning keeps them
            QCOMPARE(columns[k].count, 4);
            QCOMPARE(columns[k].candle.close, candles[qsizetype(4 * k + 3)].close);
            QCOMPARE(columns[k].candle.volume, Volume::fromDouble(4e13));
        }
    }

    void aCandleNotAfterTheLastIsRefused()
    {
        const Walk w = walk(10, 1.0, 0, 1);
        CandleHistory history = historyOf(w);
        QVERIFY(!history.append(w.candles[9]));
        QVERIFY(!history.append(w.candles[3]));
        QCOMPARE(history.size(), 10);
        Candle later = w.candles[9];
        later.time += Minute;
        QVERIFY(history.append(later)); // no study values: NaN
        QVERIFY(std::isnan(history.study(0, 10)));
    }

    void removingTheOldestKeepsTheSummariesTrue()
    {
        const Walk w = walk(1000, 1.0, 0, 2);
        CandleHistory history = historyOf(w);
        history.removeFirst(100); // whole blocks: 128
        QCOMPARE(history.size(), 1000 - 2 * CandleHistory::BlockSize);
        QCOMPARE(history.at(0), w.candles[128]);
        CandleHistory::Span span;
        history.aggregate(0, history.size(), span);
        const CandleHistory::Span expected = naive(w, 128, 1000);
        QCOMPARE(span.candle.high, expected.candle.high);
        QCOMPARE(span.candle.low, expected.candle.low);
        QCOMPARE(span.candle.volume, expected.candle.volume);
        QVERIFY(sameLine(span.studyHigh[0], expected.studyHigh[0]));
        history.removeFirst(5000);
        QVERIFY(history.isEmpty());
        QVERIFY(history.append(w.candles[0]));
    }

    void olderCandlesGoBeforeTheFirst()
    {
        const Walk w = walk(3000, 1e-5, 10, 6);
        CandleHistory history(1);
        for (qsizetype i = 1000; i < 3000; ++i)
            history.append(w.candles[i], std::span(&w.line[std::size_t(i)], 1));
        // A page that overlaps what is held: the overlap is left out.
        const CandleList page = w.candles.sliced(0, 1100);
        const std::vector<double> values(w.line.begin(), w.line.begin() + 1100);
        QCOMPARE(history.prepend(page, values), 1000);
        QCOMPARE(history.size(), 3000);
        QCOMPARE(history.at(0), w.candles[0]);
        QVERIFY(sameLine(history.study(0, 5), w.line[5]));
        QRandomGenerator random(13);
        CandleHistory::Span span;
        for (int round = 0; round < 100; ++round) {
            const auto first = qsizetype(random.bounded(3000));
            const auto last = first + 1 + qsizetype(random.bounded(int(3000 - first)));
            history.aggregate(first, last, span);
            const CandleHistory::Span expected = naive(w, first, last);
            QCOMPARE(span.candle.high, expected.candle.high);
            QCOMPARE(span.candle.low, expected.candle.low);
            QCOMPARE(span.candle.volume, expected.candle.volume);
            QVERIFY(sameLine(span.studyLow[0], expected.studyLow[0]));
        }
        QCOMPARE(history.prepend(page, values), 0);
    }

    void aVolumeBeyondWhatAVolumeHoldsSaturates()
    {
        CandleHistory history;
        Candle c = walk(1, 1.0, 0, 4).candles[0];
        c.volume = Volume::max();
        for (int i = 0; i < 3 * CandleHistory::BlockSize; ++i) {
            QVERIFY(history.append(c));
            c.time += Minute;
        }
        CandleHistory::Span span;
        history.aggregate(0, history.size(), span);
        QCOMPARE(span.candle.volume, Volume::max());
    }
};

QTEST_GUILESS_MAIN(TestCandleHistory)
#include "tst_candlehistory.moc"
