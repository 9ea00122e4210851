#include "JsonFields.h"

#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace kairos {

JsonFields::JsonFields(const QJsonObject &json)
    : m_json(json)
{ }

void JsonFields::decimal(const char *key, Decimal &value)
{
    const QString name = QLatin1StringView(key);
    m_read << name;
    if (!m_json.contains(name))
        return;
    const QJsonValue v = m_json.value(name);
    // Strings keep every digit. A JSON number is read as the shortest text
    // that reads back as the same double, which is what was written: 0.1 is
    // 0.1, not 0.10000000000000001 (which has too many decimals).
    const QByteArray text = v.isString() ? v.toString().toUtf8()
        : v.isDouble() ? QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest)
                       : QByteArray();
    Decimal::ParseError error = Decimal::ParseError::Syntax;
    if (const auto parsed = text.isEmpty() ? std::nullopt : Decimal::parse(text, &error))
        value = *parsed;
    else
        m_errors << tr("%1: '%2' %3").arg(name, QString::fromUtf8(text), Decimal::errorText(error));
}

void JsonFields::integer(const char *key, std::int64_t &value)
{
    const QString name = QLatin1StringView(key);
    m_read << name;
    if (!m_json.contains(name))
        return;
    const double v = m_json.value(name).toDouble(std::nan(""));
    if (std::isnan(v) || v != std::floor(v) || std::abs(v) > 9e15)
        m_errors << tr("%1: expected a whole number").arg(name);
    else
        value = std::int64_t(v);
}

void JsonFields::integer(const char *key, int &value)
{
    std::int64_t wide = value;
    integer(key, wide);
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
        m_errors << tr("%1: out of range").arg(QLatin1StringView(key));
    else
        value = int(wide);
}

void JsonFields::number(const char *key, double &value)
{
    const QString name = QLatin1StringView(key);
    m_read << name;
    if (!m_json.contains(name))
        return;
    if (m_json.value(name).isDouble())
        value = m_json.value(name).toDouble();
    else
        m_errors << tr("%1: expected a number").arg(name);
}

void JsonFields::boolean(const char *key, bool &value)
{
    const QString name = QLatin1StringView(key);
    m_read << name;
    if (!m_json.contains(name))
        return;
    if (m_json.value(name).isBool())
        value = m_json.value(name).toBool();
    else
        m_errors << tr("%1: expected true or false").arg(name);
}

QJsonValue JsonFields::value(const char *key)
{
    const QString name = QLatin1StringView(key);
    m_read << name;
    return m_json.value(name);
}

void JsonFields::string(const char *key, QString &value)
{
    const QString name = QLatin1StringView(key);
    m_read << name;
    if (!m_json.contains(name))
        return;
    if (m_json.value(name).isString())
        value = m_json.value(name).toString();
    else
        m_errors << tr("%1: expected text").arg(name);
}

QStringList JsonFields::errors() const
{
    QStringList all = m_errors;
    for (auto it = m_json.begin(); it != m_json.end(); ++it) {
        if (!m_read.contains(it.key()))
            all << tr("%1: unknown field").arg(it.key());
    }
    return all;
}

} // namespace kairos
