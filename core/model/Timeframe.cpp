#include "Timeframe.h"

namespace kairos {

const QList<Timeframe> &Timeframe::standard()
{
    static const QList<Timeframe> list = {
        fromSeconds(1),
        fromSeconds(60),
        fromSeconds(300),
        fromSeconds(900),
        fromSeconds(3600),
        fromSeconds(14400),
        fromSeconds(86400),
    };
    return list;
}

Timeframe Timeframe::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {};
    std::int64_t unit = 1;
    QStringView number = t;
    switch (t.back().unicode()) {
    case 's':
        number.chop(1);
        break;
    case 'm':
        unit = 60;
        number.chop(1);
        break;
    case 'h':
        unit = 3600;
        number.chop(1);
        break;
    case 'd':
        unit = 86400;
        number.chop(1);
        break;
    default:
        break;
    }
    bool ok = false;
    const qlonglong n = number.toLongLong(&ok);
    if (!ok || n <= 0 || n > 366LL * 86400 / unit)
        return {};
    return fromSeconds(n * unit);
}

QString Timeframe::label() const
{
    if (m_seconds % 86400 == 0)
        return QString::number(m_seconds / 86400) + u'd';
    if (m_seconds % 3600 == 0)
        return QString::number(m_seconds / 3600) + u'h';
    if (m_seconds % 60 == 0)
        return QString::number(m_seconds / 60) + u'm';
    return QString::number(m_seconds) + u's';
}

} // namespace kairos
