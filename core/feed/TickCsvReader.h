#pragma once

#include "CsvTable.h"
#include "model/Instrument.h"
#include "model/Tick.h"

#include <QHash>
#include <QString>

#include <memory>

namespace kairos {

struct TickFile
{
    InstrumentList instruments; // in order of first appearance
    QList<Tick> ticks; // in file order
    qint64 badLines = 0;
};

// Reads the ticks CSV format: columns time, price, quantity and optionally
// symbol and side, found by header name in any order and case; other columns
// are ignored. Every bad line is reported (source:line: field: why), counted
// and skipped; every good line is kept.
class TickCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(TickCsvReader)

public:
    // `sourceName` names the input in messages; without a symbol column every
    // tick belongs to `defaultSymbol`.
    TickCsvReader(QString sourceName, QString defaultSymbol, CsvTable::ErrorHandler onError);
    ~TickCsvReader();

    // False when the input cannot be read at all (no header, a required
    // column missing); fatalError() says why.
    bool read(QByteArrayView data, TickFile &out);
    bool read(QIODevice *device, TickFile &out);

    // Ticks in file order, BatchSize at a time, read in bounded memory;
    // `instruments` grows as symbols appear. The sink returns false to stop.
    using Sink = std::function<bool(
        const QList<Tick> &ticks, const InstrumentList &instruments, qint64 bytesRead)>;
    bool read(QIODevice *device, const Sink &sink, qint64 *badLineCount);

    // The same, pulled: open() reads the header, then each readBatch()
    // appends up to `max` trades to `out` (a trade too large for one tick
    // brings its continuations), false once the input is done.
    bool open(QIODevice *device);
    bool readBatch(qsizetype max, QList<Tick> &out);
    const InstrumentList &instruments() const { return m_instruments; }
    qint64 badLines() const;
    qint64 bytesRead() const;

    const QString &fatalError() const { return m_fatal; }

    static constexpr qsizetype BatchSize = 4096;

private:
    bool start(std::unique_ptr<CsvTable> table);
    bool drain(const Sink &sink, qint64 *badLineCount);
    std::uint32_t symbolFor(QByteArrayView name);
    static Sink collectInto(TickFile &out);

    QString m_source;
    QString m_defaultSymbol;
    CsvTable::ErrorHandler m_onError;
    QString m_fatal;
    std::unique_ptr<CsvTable> m_table;
    qsizetype m_timeCol = -1;
    qsizetype m_priceCol = -1;
    qsizetype m_quantityCol = -1;
    qsizetype m_symbolCol = -1;
    qsizetype m_sideCol = -1;
    InstrumentList m_instruments;
    QHash<QByteArray, std::uint32_t> m_symbolIndex;
};

} // namespace kairos
