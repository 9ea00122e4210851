#include "CsvReader.h"

#include <QCoreApplication>

namespace kairos {

CsvReader::CsvReader(QByteArrayView data)
    : m_data(data)
{
    // A UTF-8 byte order mark is not part of the first header name.
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

QByteArrayView CsvReader::quotedField(qsizetype &pos)
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
            break;
        }
        if (c == '\n')
            ++m_line;
        ++pos;
    }
    if (pos >= n) {
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

bool CsvReader::next(QList<QByteArrayView> &fields)
{
    fields.clear();
    m_unescaped.clear();
    m_error.clear();
    const qsizetype n = m_data.size();
    if (m_pos >= n)
        return false;
    m_recordLine = m_line;
    qsizetype pos = m_pos;
    for (;;) {
        if (pos < n && m_data[pos] == '"') {
            fields.append(quotedField(pos));
            // Skip anything up to the separator so one bad field does not shift the rest.
            while (pos < n && m_data[pos] != ',' && m_data[pos] != '\n')
                ++pos;
        } else {
            const qsizetype start = pos;
            while (pos < n && m_data[pos] != ',' && m_data[pos] != '\n')
                ++pos;
            qsizetype end = pos;
            if (end > start && m_data[end - 1] == '\r')
                --end;
            fields.append(m_data.sliced(start, end - start));
        }
        if (pos >= n)
            break;
        if (m_data[pos] == '\n') {
            ++pos;
            ++m_line;
            break;
        }
        ++pos; // the comma
    }
    m_pos = pos;
    return true;
}

} // namespace kairos
