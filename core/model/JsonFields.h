#pragma once

#include "Decimal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <cstdint>

namespace kairos {

// Reads optional fields of a settings JSON object into typed values; a
// field of the wrong type is reported by name (every one, not only the
// first) and leaves the value as it was. Unknown keys are reported too, so a
// typo in a file never passes silently.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    explicit JsonFields(const QJsonObject &json);

    void decimal(const char *key, Decimal &value);
    void integer(const char *key, std::int64_t &value);
    void integer(const char *key, int &value);
    void number(const char *key, double &value);
    void boolean(const char *key, bool &value);
    void string(const char *key, QString &value);
    // A field of any type (an array, an object), for the caller to check.
    QJsonValue value(const char *key);

    // Problems so far, plus every key that no reader asked for.
    QStringList errors() const;

private:
    QJsonObject m_json;
    QStringList m_read;
    QStringList m_errors;
};

} // namespace kairos
