#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace kairos {

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;
constexpr QByteArrayView ByteOrderMark("\xEF\xBB\xBF");

} // namespace

CsvReader::CsvReader(QByteArrayView data)
    : m_data(data)
    , m_atEnd(true)
{
    // A UTF-8 byte order mark is not part of the first header name.
    if (m_data.startsWith(ByteOrderMark))
        m_pos = ByteOrderMark.size();
}

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{
    while (m_data.size() < ByteOrderMark.size() && fill()) { }
    if (m_data.startsWith(ByteOrderMark))
        m_pos = ByteOrderMark.size();
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    // What was read before the current record is done with.
    m_buffer.remove(0, m_pos);
    m_consumed += m_pos;
    m_pos = 0;
    const qsizetype kept = m_buffer.size();
    // A file says how much is left: a small one gets a small buffer.
    const qint64 want = m_device->isSequential()
        ? ChunkBytes
        : std::clamp<qint64>(m_device->bytesAvailable(), 1, ChunkBytes);
    m_buffer.resize(kept + want);
    const qint64 got = m_device->read(m_buffer.data() + kept, want);
    m_buffer.resize(kept + std::max<qint64>(got, 0));
    if (got <= 0)
        m_atEnd = true;
    m_data = m_buffer;
    return got > 0;
}

QByteArrayView CsvReader::quotedField(qsizetype &pos, qsizetype &line, bool final)
{
    const qsizetype n = m_data.size();
    const qsizetype start = ++pos; // after the opening quote
    bool escaped = false;
    while (pos < n) {
        const char c = m_data[pos];
        if (c == '"') {
            if (pos + 1 < n && m_data[pos + 1] == '"') {
                escaped = true;
                pos += 2;
                continue;
            }
            // A quote last in the buffer may be the first of a "" pair.
            if (pos + 1 == n && !final) {
                pos = n;
                return {};
            }
            break;
        }
        if (c == '\n')
            ++line;
        ++pos;
    }
    if (pos >= n) {
        if (final)
            m_error = QCoreApplication::translate("CsvReader", "unterminated quoted field");
        return m_data.sliced(start, n - start);
    }
    QByteArrayView field = m_data.sliced(start, pos - start);
    ++pos; // the closing quote
    if (escaped) {
        m_unescaped.push_back(field.toByteArray().replace("\"\"", "\""));
        field = m_unescaped.back();
    }
    if (pos < n && m_data[pos] != ',' && m_data[pos] != '\n' && m_data[pos] != '\r')
        m_error = QCoreApplication::translate("CsvReader", "text after a closing quote");
    return field;
}

// Reading a large file spends its time looking for separators: memchr, once
// for the line's end and then for each comma within it, so that a line
// without commas is not searched to the end of the buffer.
qsizetype CsvReader::separatorFrom(qsizetype pos, qsizetype &lineEnd) const
{
    const qsizetype n = m_data.size();
    if (pos >= n)
        return n;
    const char *data = m_data.data();
    if (lineEnd < pos) {
        const void *newline = std::memchr(data + pos, '\n', std::size_t(n - pos));
        lineEnd = newline ? static_cast<const char *>(newline) - data : n;
    }
    const void *comma = std::memchr(data + pos, ',', std::size_t(lineEnd - pos));
    return comma ? static_cast<const char *>(comma) - data : lineEnd;
}

CsvReader::Parse CsvReader::parseRecord(QList<QByteArrayView> &fields, bool final)
{
    fields.clear();
    m_unescaped.clear();
    m_error.clear();
    const qsizetype n = m_data.size();
    qsizetype pos = m_pos;
    qsizetype line = m_line;
    qsizetype lineEnd = -1;
    for (;;) {
        if (pos - m_pos > MaxRecordBytes)
            return Parse::TooLong;
        if (pos < n && m_data[pos] == '"') {
            fields.append(quotedField(pos, line, final));
            // Skip anything up to the separator so one bad field does not shift the rest.
            pos = separatorFrom(pos, lineEnd);
        } else {
            const qsizetype start = pos;
            pos = separatorFrom(pos, lineEnd);
            qsizetype end = pos;
            if (end > start && m_data[end - 1] == '\r')
                --end;
            fields.append(m_data.sliced(start, end - start));
        }
        if (pos >= n) {
            if (!final)
                return pos - m_pos > MaxRecordBytes ? Parse::TooLong : Parse::NeedMore;
            break;
        }
        if (m_data[pos] == '\n') {
            ++pos;
            ++line;
            break;
        }
        ++pos; // the comma
    }
    if (pos - m_pos > MaxRecordBytes + 1)
        return Parse::TooLong;
    m_pos = pos;
    m_line = line;
    return Parse::Complete;
}

void CsvReader::skipLongRecord()
{
    m_skipLong = false;
    for (;;) {
        const qsizetype end = m_data.indexOf('\n', m_pos);
        if (end >= 0) {
            m_line += 1;
            m_pos = end + 1;
            return;
        }
        m_pos = m_data.size();
        if (!fill())
            return;
    }
}

bool CsvReader::next(QList<QByteArrayView> &fields)
{
    fields.clear();
    m_error.clear();
    // Only now, so that a caller who gives up on an over-long header (the
    // input may be endless) does not wait for its end.
    if (m_skipLong)
        skipLongRecord();
    if (m_pos >= m_data.size() && !fill())
        return false;
    m_recordLine = m_line;
    for (;;) {
        switch (parseRecord(fields, m_atEnd)) {
        case Parse::Complete:
            return true;
        case Parse::TooLong:
            fields.clear();
            m_error = QCoreApplication::translate("CsvReader", "line longer than %1 MiB")
                          .arg(MaxRecordBytes >> 20);
            // Every line break before the limit was inside quotes, and counts.
            m_line += m_data.sliced(m_pos, MaxRecordBytes).count('\n');
            m_pos += MaxRecordBytes;
            m_skipLong = true;
            return true;
        case Parse::NeedMore:
            fill();
            break;
        }
    }
}

} // namespace kairos
