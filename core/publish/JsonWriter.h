#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

#include <cstdint>

namespace kairos {

// Writes one flat JSON object straight into bytes: the publisher makes
// hundreds of thousands a second, and building QJsonObjects first costs
// several times more. Keys are trusted literals; string values are escaped.
class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(256); }

    JsonWriter &string(const char *key, const QString &value);
    JsonWriter &string(const char *key, QLatin1StringView value);
    JsonWriter &integer(const char *key, std::int64_t value);
    // NaN and infinities become null: JSON has neither.
    JsonWriter &number(const char *key, double value);
    JsonWriter &boolean(const char *key, bool value);
    JsonWriter &null(const char *key);
    // An already written JSON value (an object, for instance).
    JsonWriter &raw(const char *key, const QByteArray &json);

    QByteArray finish();

private:
    void key(const char *key);
    void escaped(const QByteArray &utf8);

    QByteArray m_out = QByteArrayLiteral("{");
};

} // namespace kairos
