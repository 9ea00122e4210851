#include "CsvTable.h"

#include "model/EventTime.h"

namespace kairos {

CsvTable::CsvTable(QByteArrayView data, QString source, ErrorHandler onError)
    : m_reader(data)
    , m_source(std::move(source))
    , m_onError(std::move(onError))
{ }

CsvTable::CsvTable(QIODevice *device, QString source, ErrorHandler onError)
    : m_reader(device)
    , m_source(std::move(source))
    , m_onError(std::move(onError))
{ }

bool CsvTable::readHeader(const QList<QByteArray> &required)
{
    if (!m_reader.next(m_fields)) {
        m_fatal = tr("%1: empty file, expected a header row").arg(m_source);
        return false;
    }
    if (!m_reader.recordError().isEmpty()) {
        m_fatal = tr("%1:1: header: %2").arg(m_source, m_reader.recordError());
        return false;
    }
    QStringList names;
    bool bareCarriageReturns = false;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QByteArray name = m_fields[i].trimmed().toByteArray().toLower();
        // What a message echoes is bounded: a header may be a whole file.
        if (names.size() < MaxNamesShown)
            names << excerpt(name);
        bareCarriageReturns = bareCarriageReturns || name.contains('\r');
        if (!m_columns.contains(name))
            m_columns.insert(name, i);
    }
    if (m_fields.size() > MaxNamesShown)
        names << tr("… %n more", nullptr, int(m_fields.size() - MaxNamesShown));
    QStringList missing;
    for (const QByteArray &name : required) {
        if (!m_columns.contains(name))
            missing << QString::fromLatin1(name);
    }
    if (!missing.isEmpty()) {
        m_fatal = tr("%1:1: header lacks the column(s) %2 (found: %3)")
                      .arg(m_source, missing.join(QStringLiteral(", ")),
                          names.join(QStringLiteral(",")));
        if (bareCarriageReturns)
            m_fatal += tr("; its lines end in a bare CR: save it with LF or CRLF line ends");
        return false;
    }
    m_needed = 0;
    for (qsizetype index : std::as_const(m_columns))
        m_needed = std::max(m_needed, index + 1);
    return true;
}

bool CsvTable::next()
{
    while (m_reader.next(m_fields)) {
        if (m_fields.size() == 1 && m_fields[0].trimmed().isEmpty())
            continue; // blank line
        if (!m_reader.recordError().isEmpty())
            reject(m_reader.recordError());
        else if (m_fields.size() < m_needed)
            reject(tr("expected %1 fields, found %2").arg(m_needed).arg(m_fields.size()));
        else
            return true;
    }
    return false;
}

void CsvTable::reject(const QString &why)
{
    ++m_badLines;
    if (m_onError)
        m_onError(QStringLiteral("%1:%2: %3").arg(m_source).arg(m_reader.lineNumber()).arg(why));
}

QString CsvTable::excerpt(QByteArrayView field)
{
    constexpr qsizetype MaxShown = 40;
    QString text = QString::fromUtf8(field.first(std::min(field.size(), MaxShown)));
    // A message is one line: line breaks inside a field are shown, not made.
    text.replace(u'\r', QStringLiteral("\\r")).replace(u'\n', QStringLiteral("\\n"));
    if (field.size() > MaxShown)
        text += QStringLiteral("…");
    return text;
}

QString CsvTable::parseTime(QByteArrayView field, std::int64_t &time)
{
    const auto parsed = EventTime::parse(field);
    if (!parsed)
        return tr("field 'time': '%1' is neither epoch milliseconds nor an ISO 8601 time of the "
                  "years 1 to 9999")
            .arg(excerpt(field));
    time = *parsed;
    return {};
}

QString CsvTable::parseDecimal(
    const char *name, QByteArrayView field, Decimal &value, bool allowZero)
{
    Decimal::ParseError error;
    const auto parsed = Decimal::parse(field, &error);
    if (parsed && (parsed->units() > 0 || (allowZero && parsed->units() == 0))) {
        value = *parsed;
        return {};
    }
    return tr("field '%1': '%2' %3")
        .arg(QLatin1StringView(name), excerpt(field),
            !parsed         ? Decimal::errorText(error)
                : allowZero ? tr("is negative")
                            : tr("is not positive"));
}

QString CsvTable::parseVolume(const char *name, QByteArrayView field, Volume &value)
{
    Decimal::ParseError error;
    if (const auto parsed = Volume::parse(field, &error)) {
        value = *parsed;
        return {};
    }
    return tr("field '%1': '%2' %3")
        .arg(QLatin1StringView(name), excerpt(field),
            error == Decimal::ParseError::OutOfRange && field.trimmed().startsWith('-')
                ? tr("is negative")
                : Decimal::errorText(error));
}

} // namespace kairos
