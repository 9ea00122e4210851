#include "JsonWriter.h"

#include <QLocale>

#include <cmath>

namespace kairos {

void JsonWriter::key(const char *key)
{
    if (m_out.size() > 1)
        m_out += ',';
    m_out += '"';
    m_out += key;
    m_out += "\":";
}

void JsonWriter::escaped(const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            m_out += '\\';
            m_out += c;
        } else if (u < 0x20) {
            m_out += "\\u00";
            m_out += hex[u >> 4];
            m_out += hex[u & 0xf];
        } else {
            m_out += c; // UTF-8 passes through as it is
        }
    }
    m_out += '"';
}

JsonWriter &JsonWriter::string(const char *k, const QString &value)
{
    key(k);
    escaped(value.toUtf8());
    return *this;
}

JsonWriter &JsonWriter::string(const char *k, QLatin1StringView value)
{
    key(k);
    escaped(QByteArray(value.data(), value.size()));
    return *this;
}

JsonWriter &JsonWriter::integer(const char *k, std::int64_t value)
{
    key(k);
    m_out += QByteArray::number(qint64(value));
    return *this;
}

JsonWriter &JsonWriter::number(const char *k, double value)
{
    key(k);
    if (std::isfinite(value))
        m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::boolean(const char *k, bool value)
{
    key(k);
    m_out += value ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null(const char *k)
{
    key(k);
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::raw(const char *k, const QByteArray &json)
{
    key(k);
    m_out += json;
    return *this;
}

QByteArray JsonWriter::finish()
{
    m_out += '}';
    return std::move(m_out);
}

} // namespace kairos
