#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <deque>

namespace kairos {

// RFC 4180 records from a buffer: comma separated, fields optionally in double
// quotes with "" for a quote, quoted fields may span lines, CRLF or LF. Fields
// are views into the buffer (or into the reader for unescaped quoted fields),
// valid until the next call.
class CsvReader
{
public:
    explicit CsvReader(QByteArrayView data);

    // Reads the next record; false at the end of the data.
    bool next(QList<QByteArrayView> &fields);
    // Physical line (1-based) on which the last record started.
    qsizetype lineNumber() const { return m_recordLine; }
    // Set when the last record was malformed (an unterminated or stray quote).
    const QString &recordError() const { return m_error; }

private:
    QByteArrayView quotedField(qsizetype &pos);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
    qsizetype m_recordLine = 0;
    QString m_error;
    std::deque<QByteArray> m_unescaped;
};

} // namespace kairos
