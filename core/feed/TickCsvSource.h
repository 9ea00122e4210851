#pragma once

#include "TickCsvReader.h"
#include "TickSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <functional>
#include <memory>

namespace kairos {

// A ticks CSV replayed from the file itself, in constant memory: open()
// reads it once to report its bad lines and learn its instruments, their
// steps and its span, and the replay reads it again, a batch at a time. A
// file whose ticks are out of time order cannot be replayed so: it is read
// into memory and sorted (a TickListSource).
class TickCsvSource : public TickSource
{
    Q_DECLARE_TR_FUNCTIONS(TickCsvSource)

public:
    // Called as the first reading goes (bytes read of the file's size);
    // returning false cancels it.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Null with `error` when the file cannot be read or holds no tick.
    static std::unique_ptr<TickSource> open(const QString &path, const QString &defaultSymbol,
        const CsvTable::ErrorHandler &onBadLine, const Progress &progress, QString *error);

    InstrumentList instruments() const override { return m_instruments; }
    qint64 firstTime() const override { return m_first; }
    qint64 lastTime() const override { return m_last; }
    bool read(qsizetype max, QList<Tick> &out) override;

private:
    TickCsvSource(QString path, QString defaultSymbol);

    QString m_path;
    QString m_defaultSymbol;
    InstrumentList m_instruments;
    qint64 m_first = 0;
    qint64 m_last = 0;
    // Opened at the first read, on the replay's thread.
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<TickCsvReader> m_reader;
    bool m_done = false;
};

} // namespace kairos
