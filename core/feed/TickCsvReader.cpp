#include "TickCsvReader.h"

#include "CsvReader.h"
#include "model/EventTime.h"

#include <QHash>

namespace kairos {

namespace {

QString excerpt(QByteArrayView field)
{
    constexpr qsizetype MaxShown = 40;
    QString text = QString::fromUtf8(field.first(std::min(field.size(), MaxShown)));
    if (field.size() > MaxShown)
        text += QStringLiteral("…");
    return text;
}

QString decimalProblem(const char *name, QByteArrayView field, Decimal &value)
{
    Decimal::ParseError error;
    const auto parsed = Decimal::parse(field, &error);
    if (parsed && parsed->units() > 0) {
        value = *parsed;
        return {};
    }
    return TickCsvReader::tr("field '%1': '%2' %3")
        .arg(QLatin1StringView(name), excerpt(field),
            parsed ? TickCsvReader::tr("is not positive") : Decimal::errorText(error));
}

} // namespace

QString TickCsvReader::parseTick(const QList<QByteArrayView> &fields, qsizetype timeCol,
    qsizetype priceCol, qsizetype quantityCol, qsizetype sideCol, Tick &tick)
{
    const auto time = EventTime::parse(fields[timeCol]);
    if (!time)
        return tr("field 'time': '%1' is neither epoch milliseconds nor an ISO 8601 time")
            .arg(excerpt(fields[timeCol]));
    tick.time = *time;
    QString why = decimalProblem("price", fields[priceCol], tick.price);
    if (why.isEmpty())
        why = decimalProblem("quantity", fields[quantityCol], tick.quantity);
    if (why.isEmpty() && sideCol >= 0) {
        const auto side = parseSide(fields[sideCol]);
        if (side)
            tick.side = *side;
        else
            why = tr("field 'side': '%1' is not buy or sell").arg(excerpt(fields[sideCol]));
    }
    return why;
}

TickCsvReader::TickCsvReader(QString sourceName, QString defaultSymbol, ErrorHandler onError)
    : m_source(std::move(sourceName))
    , m_defaultSymbol(std::move(defaultSymbol))
    , m_onError(std::move(onError))
{ }

void TickCsvReader::reportLine(qsizetype line, const QString &why)
{
    if (m_onError)
        m_onError(QStringLiteral("%1:%2: %3").arg(m_source).arg(line).arg(why));
}

bool TickCsvReader::read(QByteArrayView data, TickFile &out)
{
    CsvReader csv(data);
    QList<QByteArrayView> fields;
    if (!csv.next(fields)) {
        m_fatal = tr("%1: empty file, expected a header row").arg(m_source);
        return false;
    }
    qsizetype timeCol = -1, priceCol = -1, quantityCol = -1, symbolCol = -1, sideCol = -1;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QByteArray name = fields[i].trimmed().toByteArray().toLower();
        qsizetype *column = name == "time" ? &timeCol
            : name == "price"              ? &priceCol
            : name == "quantity"           ? &quantityCol
            : name == "symbol"             ? &symbolCol
            : name == "side"               ? &sideCol
                                           : nullptr;
        if (column && *column < 0)
            *column = i;
    }
    QStringList missing;
    if (timeCol < 0)
        missing << QStringLiteral("time");
    if (priceCol < 0)
        missing << QStringLiteral("price");
    if (quantityCol < 0)
        missing << QStringLiteral("quantity");
    if (!missing.isEmpty()) {
        m_fatal = tr("%1:1: header lacks the column(s) %2 (found: %3)")
                      .arg(m_source, missing.join(QStringLiteral(", ")),
                          QString::fromUtf8(
                              data.first(data.indexOf('\n') < 0 ? data.size() : data.indexOf('\n')))
                              .trimmed());
        return false;
    }
    const qsizetype needed = std::max({ timeCol, priceCol, quantityCol, symbolCol, sideCol }) + 1;

    QHash<QByteArray, std::uint32_t> symbolIndex;
    auto symbolFor = [&](QByteArrayView name) -> std::uint32_t {
        const QByteArray key = name.trimmed().toByteArray().toUpper();
        auto it = symbolIndex.constFind(key);
        if (it != symbolIndex.cend())
            return it.value();
        const auto index = std::uint32_t(out.instruments.size());
        Instrument instrument;
        instrument.symbol = key.isEmpty() ? m_defaultSymbol : QString::fromUtf8(key);
        out.instruments.append(instrument);
        symbolIndex.insert(key, index);
        return index;
    };

    while (csv.next(fields)) {
        const qsizetype line = csv.lineNumber();
        if (fields.size() == 1 && fields[0].trimmed().isEmpty())
            continue; // blank line
        Tick tick;
        QString why = csv.recordError();
        if (why.isEmpty() && fields.size() < needed)
            why = tr("expected at least %1 fields, found %2").arg(needed).arg(fields.size());
        if (why.isEmpty())
            why = parseTick(fields, timeCol, priceCol, quantityCol, sideCol, tick);
        if (!why.isEmpty()) {
            reportLine(line, why);
            ++out.badLines;
            continue;
        }
        tick.symbol = symbolFor(symbolCol >= 0 ? fields[symbolCol] : QByteArrayView());
        out.ticks.append(tick);
    }
    return true;
}

} // namespace kairos
