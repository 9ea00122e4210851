#include "DatabaseTickSource.h"

#include "feed/TickListSource.h"
#include "model/Candle.h"

namespace kairos {

DatabaseTickSource::DatabaseTickSource(QString path)
    : m_path(std::move(path))
{ }

std::unique_ptr<TickSource> DatabaseTickSource::open(const QString &path, QString *error)
{
    Database db;
    if (!db.openReadOnly(path)) {
        *error = db.error();
        return nullptr;
    }
    std::unique_ptr<DatabaseTickSource> source(new DatabaseTickSource(path));
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral(
        "SELECT id, symbol, price_increment, quantity_increment, min_quantity, min_notional"
        " FROM instruments ORDER BY id"));
    while (query.next()) {
        source->m_ids.append(query.value(0).toLongLong());
        source->m_instruments.append(
            { query.value(1).toString(), Decimal::fromUnits(query.value(2).toLongLong()),
                Decimal::fromUnits(query.value(3).toLongLong()),
                Decimal::fromUnits(query.value(4).toLongLong()),
                Decimal::fromUnits(query.value(5).toLongLong()) });
    }
    // Each bound alone, so SQLite answers it from the index.
    bool any = false;
    QSqlQuery first(db.connection());
    QSqlQuery last(db.connection());
    first.prepare(QStringLiteral("SELECT min(time) FROM ticks WHERE symbol = ?"));
    last.prepare(QStringLiteral("SELECT max(time) FROM ticks WHERE symbol = ?"));
    for (const qint64 id : std::as_const(source->m_ids)) {
        first.addBindValue(id);
        last.addBindValue(id);
        if (!first.exec() || !first.next() || first.isNull(0) || !last.exec() || !last.next())
            continue;
        const qint64 from = first.value(0).toLongLong();
        const qint64 to = last.value(0).toLongLong();
        source->m_first = any ? std::min(source->m_first, from) : from;
        source->m_last = any ? std::max(source->m_last, to) : to;
        any = true;
    }
    if (any)
        return source;
    return fromCandles(db, path, source->m_instruments, source->m_ids, error);
}

std::unique_ptr<TickSource> DatabaseTickSource::fromCandles(Database &db, const QString &path,
    const InstrumentList &instruments, const QList<qint64> &ids, QString *error)
{
    TickFile out;
    out.instruments = instruments;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT symbol, time, open, high, low, close, volume_high, volume"
                              " FROM candles WHERE timeframe = 60 ORDER BY time"));
    while (query.next()) {
        const qsizetype symbol = ids.indexOf(query.value(0).toLongLong());
        if (symbol < 0)
            continue;
        Candle candle;
        candle.time = query.value(1).toLongLong();
        candle.open = Decimal::fromUnits(query.value(2).toLongLong());
        candle.high = Decimal::fromUnits(query.value(3).toLongLong());
        candle.low = Decimal::fromUnits(query.value(4).toLongLong());
        candle.close = Decimal::fromUnits(query.value(5).toLongLong());
        const auto volume
            = Volume::fromParts(query.value(6).toLongLong(), query.value(7).toLongLong());
        const qsizetype from = out.ticks.size();
        if (volume)
            candle.volume = *volume;
        if (!volume || !appendCandleTicks(candle, 60'000, out.ticks)) {
            *error = tr("%1: the minute candle at %2 has a volume that cannot be replayed")
                         .arg(path)
                         .arg(candle.time);
            return nullptr;
        }
        for (qsizetype i = from; i < out.ticks.size(); ++i)
            out.ticks[i].symbol = std::uint32_t(symbol);
    }
    if (out.ticks.isEmpty()) {
        *error = tr("%1 holds neither recorded ticks nor minute candles").arg(path);
        return nullptr;
    }
    // Four trades per candle interleave across symbols: the list sorts them.
    return std::make_unique<TickListSource>(std::move(out));
}

void DatabaseTickSource::startStreams()
{
    m_started = true;
    m_db = std::make_unique<Database>();
    if (!m_db->openReadOnly(m_path))
        return;
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        Stream stream;
        stream.query = std::make_unique<QSqlQuery>(m_db->connection());
        stream.query->setForwardOnly(true);
        stream.query->prepare(QStringLiteral("SELECT time, price, quantity, side, rowid FROM "
                                             "ticks WHERE symbol = ? ORDER BY time, rowid"));
        stream.query->addBindValue(m_ids[i]);
        stream.head.symbol = std::uint32_t(i);
        if (!stream.query->exec())
            continue;
        advance(stream);
        if (stream.live)
            m_streams.push_back(std::move(stream));
    }
}

void DatabaseTickSource::advance(Stream &stream)
{
    QSqlQuery &q = *stream.query;
    stream.live = q.next();
    if (!stream.live)
        return;
    stream.head.time = q.value(0).toLongLong();
    stream.head.price = Decimal::fromUnits(q.value(1).toLongLong());
    stream.head.quantity = Decimal::fromUnits(q.value(2).toLongLong());
    stream.head.side = Side(q.value(3).toInt());
    stream.rowid = q.value(4).toLongLong();
}

bool DatabaseTickSource::read(qsizetype max, QList<Tick> &out)
{
    if (!m_started)
        startStreams();
    qsizetype taken = 0;
    while (taken < max && !m_streams.empty()) {
        // The recorded order: by time, then as inserted.
        std::size_t next = 0;
        for (std::size_t i = 1; i < m_streams.size(); ++i) {
            const Stream &s = m_streams[i];
            const Stream &best = m_streams[next];
            if (s.head.time < best.head.time
                || (s.head.time == best.head.time && s.rowid < best.rowid))
                next = i;
        }
        Stream &stream = m_streams[next];
        out.append(stream.head);
        ++taken;
        advance(stream);
        if (!stream.live)
            m_streams.erase(m_streams.begin() + std::ptrdiff_t(next));
    }
    if (m_streams.empty() && m_db) {
        // Done: the file is closed at once, not when the replay is dropped.
        m_db.reset();
    }
    return taken > 0;
}

} // namespace kairos
