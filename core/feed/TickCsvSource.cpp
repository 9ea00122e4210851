#include "TickCsvSource.h"
#include "InstrumentSteps.h"
#include "TickListSource.h"

#include <QFileInfo>

namespace kairos {

TickCsvSource::TickCsvSource(QString path, QString defaultSymbol)
    : m_path(std::move(path))
    , m_defaultSymbol(std::move(defaultSymbol))
{ }

std::unique_ptr<TickSource> TickCsvSource::open(const QString &path, const QString &defaultSymbol,
    const CsvTable::ErrorHandler &onBadLine, const Progress &progress, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    const qint64 size = file.size();
    std::unique_ptr<TickCsvSource> source(new TickCsvSource(path, defaultSymbol));
    InstrumentSteps steps;
    qint64 count = 0;
    bool ordered = true;
    bool cancelled = false;
    TickCsvReader reader(name, defaultSymbol, onBadLine);
    const bool readable = reader.read(
        &file,
        [&](const QList<Tick> &ticks, const InstrumentList &, qint64 bytesRead) {
            for (const Tick &tick : ticks) {
                if (count == 0)
                    source->m_first = source->m_last = tick.time;
                ordered = ordered && tick.time >= source->m_last;
                source->m_first = std::min<qint64>(source->m_first, tick.time);
                source->m_last = std::max<qint64>(source->m_last, tick.time);
                steps.add(tick);
                ++count;
            }
            cancelled = progress && !progress(bytesRead, size);
            return !cancelled;
        },
        nullptr);
    if (!readable) {
        *error = reader.fatalError();
        return nullptr;
    }
    if (cancelled) {
        *error = tr("reading %1 was cancelled").arg(path);
        return nullptr;
    }
    if (count == 0) {
        *error = tr("%1 has nothing to replay").arg(name);
        return nullptr;
    }
    source->m_instruments = reader.instruments();
    steps.applyTo(source->m_instruments);
    if (ordered)
        return source;
    // Out of order: the second reading is the sort's; its bad lines were told.
    file.seek(0);
    TickFile all;
    TickCsvReader again(name, defaultSymbol, {});
    again.read(&file, all);
    all.instruments = source->m_instruments;
    return std::make_unique<TickListSource>(std::move(all));
}

bool TickCsvSource::read(qsizetype max, QList<Tick> &out)
{
    if (m_done)
        return false;
    if (!m_reader) {
        m_file = std::make_unique<QFile>(m_path);
        m_reader = std::make_unique<TickCsvReader>(m_path, m_defaultSymbol, nullptr);
        if (!m_file->open(QIODevice::ReadOnly) || !m_reader->open(m_file.get())) {
            m_done = true;
            return false;
        }
    }
    const qsizetype before = out.size();
    if (!m_reader->readBatch(max, out)) {
        // Done: the file is closed at once, not when the replay is dropped.
        m_done = true;
        m_reader.reset();
        m_file.reset();
    }
    return out.size() > before;
}

} // namespace kairos
