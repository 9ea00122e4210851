#pragma once

#include "indicators/IndicatorSet.h"
#include "model/Candle.h"
#include "model/Timeframe.h"

#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace kairos {

class Database;

// Stored candles older than a chart holds, with their indicator values.
struct ChartPage
{
    quint64 request = 0;
    QString symbol;
    Timeframe timeframe;
    CandleList candles; // oldest first, all before the request's time
    QList<IndicatorValues> indicators; // one per candle
    bool reachedStart = false; // nothing older is stored
    QString error;
};

// Reads pages of a series' history from a Kairos database for the charts,
// on the thread it lives on (never the UI's or the engine's), through its
// own read-only connection, opened for each page. Indicator values continue
// from the newest chart snapshot before a page; where there is none (an
// imported series) one pass from the series' start keeps checkpoints every
// PageCandles, so the next pages cost their own candles only.
class ChartHistoryLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageCandles = 1 << 16;

    explicit ChartHistoryLoader(const QString &path, QObject *parent = nullptr);

    // Work done, for tests that bound it by count.
    struct Counters
    {
        qint64 pages = 0;
        qint64 rowsRead = 0;
        qint64 indicatorSteps = 0;
    };
    Counters counters() const { return m_counters; }

public slots:
    // The newest PageCandles candles of `symbol` before `before` (epoch ms).
    void load(quint64 request, const QString &symbol, kairos::Timeframe timeframe, qint64 before,
        const kairos::IndicatorParams &params);
    // Forgets what it keeps of `symbol`'s series (an import changed them).
    void forget(const QString &symbol);

signals:
    void loaded(const kairos::ChartPage &page);

private:
    void fill(Database &db, ChartPage &page, std::uint32_t id, std::int64_t before,
        const IndicatorParams &params);

    QString m_path;
    // Indicator states after the candle at each time, per series and params.
    QMap<QString, QMap<qint64, QByteArray>> m_checkpoints;
    Counters m_counters;
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::ChartPage)
