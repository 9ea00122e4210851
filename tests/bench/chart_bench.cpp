// Renders the real candle chart offscreen with N one-minute candles and
// times what a trader feels: the first frame after opening a database of N
// candles, and replots while panning at several zoom levels up to the whole
// history in view. Prints JSON:
//
//   {"plot_width_px": W, "runs": [{"candles": N, "replot_ms_p50": …,
//     "replot_ms_p99": …, "drawn_candles_max": …, "first_frame_ms": …,
//     "zooms": [{"visible": V, "replot_ms_p50": …, "drawn": …}, …]}, …]}
//
//   kairos-chart-bench [--candles 10000,100000,1000000] [--frames N] [--check]
//                      [--png FOLDER]
//
// --check exits non-zero when a frame drew more than two bars per pixel
// column or read more than its columns need: counts, not timings, so it is
// stable on a shared machine. Timings mean something in the bench preset.
// --png saves each zoom level's last frame (chart-N-V.png), to look at.

#include "../common/CandleDatabase.h"
#include "chart/CandleChart.h"
#include "indicators/IndicatorSet.h"
#include "storage/Database.h"
#include "storage/StorageReader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace kairos;

namespace {

constexpr std::int64_t Start = 1'599'999'960'000; // 2020-09-13 12:26 UTC
const Timeframe Minute = Timeframe::fromSeconds(60);

InstrumentList instruments()
{
    return testing::candleDatabaseInstruments();
}

bool writeDatabase(const QString &path, qint64 count, QString *error)
{
    return testing::writeCandleDatabase(path, count, Start, error);
}

ChartUpdate updateOf(const CandleList &candles, const QByteArray &seed)
{
    IndicatorSet indicators;
    if (!seed.isEmpty())
        indicators.restore(seed);
    ChartUpdate update;
    update.timeframe = Minute;
    update.reset = true;
    update.indicatorParams = indicators.params();
    update.confirmed = candles;
    update.indicators.reserve(candles.size());
    for (const Candle &c : candles)
        update.indicators.append(indicators.update(c));
    return update;
}

// What the app does before its first frame: open the database, read what a
// warm start reads, give the chart its series with indicators, draw.
double firstFrame(CandleChart &chart, const QString &path, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    Database db;
    if (!db.openReadOnly(path)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return -1.0;
    }
    StorageReader reader(db);
    const InstrumentList list = instruments();
    const WarmState warm = reader.warmState(list, reader.instrumentIds(list, false), 5000);
    for (const SeriesHistory &series : warm.series) {
        if (series.timeframeSeconds == 60) {
            chart.setSeries(list[0].symbol, 2, updateOf(series.candles, series.seed));
            chart.replot(QCustomPlot::rpImmediateRefresh);
            return double(timer.nsecsElapsed()) / 1e6;
        }
    }
    *error = QStringLiteral("no one-minute series in %1").arg(path);
    return -1.0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto i = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values[std::clamp(i, qsizetype(0), values.size() - 1)];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption candlesOption(QStringLiteral("candles"),
        QStringLiteral("Comma-separated candle counts."), QStringLiteral("N,…"),
        QStringLiteral("10000,100000,1000000"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
        QStringLiteral("Replots per zoom level."), QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"), QStringLiteral("Fail on broken invariants."));
    const QCommandLineOption pngOption(QStringLiteral("png"),
        QStringLiteral("Save each zoom level's last frame in FOLDER."), QStringLiteral("FOLDER"));
    parser.addOptions({ candlesOption, framesOption, checkOption, pngOption });
    parser.addHelpOption();
    parser.process(app);
    QTextStream err(stderr);

    QList<qint64> counts;
    for (const QString &part : parser.value(candlesOption).split(u',')) {
        bool ok = false;
        const qint64 n = part.toLongLong(&ok);
        if (!ok || n < 200 || n > CandleChart::MaxCandles) {
            err << "kairos-chart-bench: --candles: \"" << part << "\" is not a count from 200 to "
                << CandleChart::MaxCandles << "\n";
            return 2;
        }
        counts.append(n);
    }
    bool ok = false;
    const int frames = parser.value(framesOption).toInt(&ok);
    if (!ok || frames < 1 || frames > 100000) {
        err << "kairos-chart-bench: --frames: a count from 1 to 100000\n";
        return 2;
    }

    QTemporaryDir dir;
    CandleChart chart;
    chart.resize(1600, 900);
    chart.show();
    QApplication::processEvents();
    chart.replot(QCustomPlot::rpImmediateRefresh);
    const int width = chart.axisRect(0)->width();

    QJsonArray runs;
    bool broken = false;
    for (const qint64 count : counts) {
        const QString path = dir.filePath(QStringLiteral("chart-%1.db").arg(count));
        QString error;
        if (!writeDatabase(path, count, &error)) {
            err << "kairos-chart-bench: " << error << "\n";
            return 1;
        }
        const double first = firstFrame(chart, path, &error);
        if (first < 0.0) {
            err << "kairos-chart-bench: " << error << "\n";
            return 1;
        }

        // Every candle in the chart (the whole series, as paging will bring it).
        CandleList all;
        {
            Database db;
            db.openReadOnly(path);
            StorageReader reader(db);
            all.reserve(count);
            reader.candles(
                reader.instrumentIds(instruments(), false)[0], 60, {}, [&all](const Candle &c) {
                    all.append(c);
                    return true;
                });
        }
        chart.setSeries(instruments()[0].symbol, 2, updateOf(all, {}));
        chart.setFollowing(false);

        QList<double> times;
        QJsonArray zooms;
        qsizetype drawnMax = 0;
        QCPAxis *time = chart.axisRect(0)->axis(QCPAxis::atBottom);
        const double last = double(Start) / 1000.0 + double(count) * 60.0;
        for (const qint64 visible : { qint64(120), qint64(2000), qint64(20000), count }) {
            if (visible > count)
                continue;
            QList<double> zoomTimes;
            for (int f = 0; f < frames; ++f) {
                // Panning back a little each frame, as a drag does.
                const double upper = last - double(f) * 60.0 * double(visible) / 200.0;
                time->setRange(upper - double(visible) * 60.0, upper);
                QElapsedTimer timer;
                timer.start();
                chart.replot(QCustomPlot::rpImmediateRefresh);
                zoomTimes.append(double(timer.nsecsElapsed()) / 1e6);
                const PricePane::Frame &frame = chart.frame();
                drawnMax = std::max(drawnMax, frame.drawn);
                const std::int64_t readBound
                    = frame.drawn * 2 * CandleHistory::BlockSize + count / CandleHistory::BlockSize;
                if (frame.drawn > 2 * width || frame.candlesRead + frame.blocksRead > readBound) {
                    err << "kairos-chart-bench: " << count << " candles, " << visible
                        << " in view: drew " << frame.drawn << " bars reading " << frame.candlesRead
                        << " candles and " << frame.blocksRead << " blocks on " << width << " px\n";
                    broken = true;
                }
            }
            times += zoomTimes;
            if (parser.isSet(pngOption))
                chart.savePng(
                    QDir(parser.value(pngOption))
                        .filePath(QStringLiteral("chart-%1-%2.png").arg(count).arg(visible)));
            zooms.append(QJsonObject { { QStringLiteral("visible"), visible },
                { QStringLiteral("replot_ms_p50"), percentile(zoomTimes, 0.5) },
                { QStringLiteral("replot_ms_p99"), percentile(zoomTimes, 0.99) },
                { QStringLiteral("drawn"), qint64(chart.frame().drawn) } });
        }
        runs.append(QJsonObject { { QStringLiteral("candles"), count },
            { QStringLiteral("replot_ms_p50"), percentile(times, 0.5) },
            { QStringLiteral("replot_ms_p99"), percentile(times, 0.99) },
            { QStringLiteral("drawn_candles_max"), qint64(drawnMax) },
            { QStringLiteral("first_frame_ms"), first }, { QStringLiteral("zooms"), zooms } });
        QFile::remove(path);
    }
    QTextStream(stdout) << QJsonDocument(
        QJsonObject { { QStringLiteral("plot_width_px"), width },
            { QStringLiteral("runs"),
                runs } }).toJson(QJsonDocument::Compact)
                        << "\n";
    return parser.isSet(checkOption) && broken ? 1 : 0;
}
