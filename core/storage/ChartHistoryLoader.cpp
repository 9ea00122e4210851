#include "ChartHistoryLoader.h"

#include "Database.h"
#include "StorageReader.h"

#include <limits>

namespace kairos {

ChartHistoryLoader::ChartHistoryLoader(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    qRegisterMetaType<ChartPage>();
}

void ChartHistoryLoader::load(quint64 request, const QString &symbol, Timeframe timeframe,
    qint64 before, const IndicatorParams &params)
{
    ChartPage page;
    page.request = request;
    page.symbol = symbol;
    page.timeframe = timeframe;
    // A connection per page, closed after it: one held open for the session
    // would outlive the writer's and, read-only, leave its log file behind.
    Database db;
    if (!db.openReadOnly(m_path)) {
        page.error = db.error();
    } else {
        StorageReader reader(db);
        Instrument instrument;
        instrument.symbol = symbol;
        const std::vector<std::uint32_t> ids = reader.instrumentIds({ instrument }, false);
        if (!reader.error().isEmpty())
            page.error = reader.error();
        else if (ids.empty() || ids[0] == 0)
            page.reachedStart = true; // never stored
        else
            fill(db, page, ids[0], before, params);
    }
    emit loaded(page);
}

void ChartHistoryLoader::fill(Database &db, ChartPage &page, std::uint32_t id, std::int64_t before,
    const IndicatorParams &params)
{
    StorageReader reader(db);
    const std::int64_t seconds = page.timeframe.seconds();
    // One more than a page tells whether anything older is stored.
    page.candles = reader.candlesBefore(id, seconds, before, PageCandles + 1);
    page.reachedStart = page.candles.size() <= PageCandles;
    if (!page.reachedStart)
        page.candles.removeFirst();
    m_counters.rowsRead += page.candles.size();
    ++m_counters.pages;
    if (page.candles.isEmpty()) {
        page.error = reader.error();
        return;
    }
    const std::int64_t first = page.candles.constFirst().time;

    // Start from the newest known state before the page: a stored snapshot,
    // a checkpoint of an earlier pass, or the series' start.
    IndicatorSet indicators(params);
    std::int64_t after = std::numeric_limits<std::int64_t>::min();
    if (const auto stored = reader.chartSnapshotBefore(id, seconds, first);
        stored && indicators.restore(stored->state))
        after = stored->time;
    const QString key = QStringLiteral("%1/%2/%3")
                            .arg(page.symbol)
                            .arg(seconds)
                            .arg(QString::fromLatin1(IndicatorSet(params).snapshot().toBase64()));
    QMap<qint64, QByteArray> &checkpoints = m_checkpoints[key];
    auto checkpoint = checkpoints.lowerBound(first);
    if (checkpoint != checkpoints.begin() && std::prev(checkpoint).key() > after
        && indicators.restore(std::prev(checkpoint).value()))
        after = std::prev(checkpoint).key();

    StorageReader::Range range;
    range.from = after == std::numeric_limits<std::int64_t>::min() ? after : after + 1;
    range.to = first - 1;
    qint64 steps = 0;
    reader.candles(id, seconds, range, [&](const Candle &candle) {
        indicators.update(candle);
        if (++steps % PageCandles == 0)
            checkpoints.insert(candle.time, indicators.snapshot());
        return true;
    });
    m_counters.rowsRead += steps;
    m_counters.indicatorSteps += steps + page.candles.size();
    if (steps > 0)
        checkpoints.insert(first - 1, indicators.snapshot());
    page.indicators.reserve(page.candles.size());
    for (const Candle &candle : std::as_const(page.candles))
        page.indicators.append(indicators.update(candle));
    page.error = reader.error();
}

void ChartHistoryLoader::forget(const QString &symbol)
{
    const QString prefix = symbol + u'/';
    for (auto it = m_checkpoints.begin(); it != m_checkpoints.end();)
        it = it.key().startsWith(prefix) ? m_checkpoints.erase(it) : std::next(it);
}

} // namespace kairos
