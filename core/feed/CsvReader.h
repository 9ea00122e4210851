#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <deque>

class QIODevice;

namespace kairos {

// RFC 4180 records, comma separated, fields optionally in double quotes with
// "" for a quote, quoted fields may span lines, CRLF or LF. Reads a buffer, or
// a device in chunks so that memory stays bounded whatever the input's size:
// a record longer than MaxRecordBytes is skipped as an error, not buffered.
// Fields are views into the reader, valid until the next call.
class CsvReader
{
public:
    explicit CsvReader(QByteArrayView data);
    explicit CsvReader(QIODevice *device);

    // Reads the next record; false at the end of the data.
    bool next(QList<QByteArrayView> &fields);
    // Physical line (1-based) on which the last record started.
    qsizetype lineNumber() const { return m_recordLine; }
    // Set when the last record was malformed (an unterminated or stray quote,
    // too long); its fields are then unreliable.
    const QString &recordError() const { return m_error; }
    // Bytes of the input consumed so far, for progress.
    qint64 bytesRead() const { return m_consumed + m_pos; }

    // No line of a ticks or candles file comes near this: a longer one is
    // binary or runaway input.
    static constexpr qsizetype MaxRecordBytes = 1 << 20;

private:
    enum class Parse { Complete, NeedMore, TooLong };
    Parse parseRecord(QList<QByteArrayView> &fields, bool final);
    qsizetype separatorFrom(qsizetype pos, qsizetype &lineEnd) const;
    QByteArrayView quotedField(qsizetype &pos, qsizetype &line, bool final);
    bool fill();
    void skipLongRecord();

    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    QByteArrayView m_data;
    bool m_atEnd = false;
    bool m_skipLong = false; // the rest of an over-long record is still to skip
    qint64 m_consumed = 0; // bytes dropped from the buffer's front
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
    qsizetype m_recordLine = 0;
    QString m_error;
    std::deque<QByteArray> m_unescaped;
};

} // namespace kairos
