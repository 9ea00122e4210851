#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace kairos {

// One user setting: its dotted key and its default, declared once (in
// Settings.h) and read and written with its type, through QSettings.
template<typename T>
class Setting
{
public:
    constexpr Setting(const char *key, T fallback)
        : m_key(key)
        , m_fallback(std::move(fallback))
    { }

    QString key() const { return QString::fromLatin1(m_key); }
    const T &fallback() const { return m_fallback; }
    T value() const
    {
        const QVariant stored = QSettings().value(key());
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : m_fallback;
    }
    void setValue(const T &value) const { QSettings().setValue(key(), QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(key()); }

private:
    const char *m_key;
    T m_fallback;
};

} // namespace kairos
