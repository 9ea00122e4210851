#pragma once

#include "CsvReader.h"
#include "model/Decimal.h"
#include "model/Volume.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <cstdint>
#include <functional>

namespace kairos {

// The records of a CSV file with a header row, for the typed readers
// (ticks, candles): columns are found by name in any order and case, blank
// lines are skipped, and every bad line is reported as "source:line: why" and
// counted, while the reader goes on with the next.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    using ErrorHandler = std::function<void(const QString &message)>;

    CsvTable(QByteArrayView data, QString source, ErrorHandler onError);
    // Streams the device in bounded memory.
    CsvTable(QIODevice *device, QString source, ErrorHandler onError);

    // False, with fatalError(), when there is no header or it lacks a required column.
    bool readHeader(const QList<QByteArray> &required);
    // Index of a column by lower-case name, -1 when the header has none.
    qsizetype column(const QByteArray &name) const { return m_columns.value(name, -1); }

    // Moves to the next record that has every column the header named;
    // false at the end.
    bool next();
    QByteArrayView field(qsizetype column) const { return m_fields[column]; }
    // Reports the current record as bad.
    void reject(const QString &why);

    qint64 badLines() const { return m_badLines; }
    const QString &fatalError() const { return m_fatal; }
    const QString &source() const { return m_source; }
    qint64 bytesRead() const { return m_reader.bytesRead(); }

    // Field parsers: empty on success, otherwise why the field is bad.
    static QString parseTime(QByteArrayView field, std::int64_t &time);
    static QString parseDecimal(
        const char *name, QByteArrayView field, Decimal &value, bool allowZero);
    static QString parseVolume(const char *name, QByteArrayView field, Volume &value);
    static QString excerpt(QByteArrayView field);
    static constexpr qsizetype MaxNamesShown = 20; // of a header, in a message

private:
    CsvReader m_reader;
    QString m_source;
    ErrorHandler m_onError;
    QHash<QByteArray, qsizetype> m_columns;
    QList<QByteArrayView> m_fields;
    qsizetype m_needed = 0;
    qint64 m_badLines = 0;
    QString m_fatal;
};

} // namespace kairos
