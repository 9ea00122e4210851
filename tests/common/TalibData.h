#pragma once

// The candle series of tests/data/talib and TA-Lib's values over them.

#include "feed/CandleCsvReader.h"
#include "feed/CsvReader.h"

#include <QFile>
#include <QHash>

#include <cmath>

namespace kairos::testing {

inline CandleList loadTalibCandles(const QString &series)
{
    QFile file(QStringLiteral(KAIROS_TEST_DATA "/talib/%1.candles.csv").arg(series));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    CandleCsvReader reader(file.fileName(), [](const QString &m) { qFatal("%s", qPrintable(m)); });
    CandleFile out;
    if (!reader.read(file.readAll(), out))
        qFatal("bad test data");
    return out.candles;
}

// Column name → values (NaN for an empty cell) of `<series>.<kind>.csv`, and
// the column names in the file's order.
struct TalibReference
{
    QList<QByteArray> names;
    QHash<QByteArray, QList<double>> columns;
};

inline TalibReference loadTalibReference(const QString &series, const char *kind = "talib")
{
    QFile file(
        QStringLiteral(KAIROS_TEST_DATA "/talib/%1.%2.csv").arg(series, QLatin1StringView(kind)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing reference data");
    const QByteArray data = file.readAll();
    CsvReader csv(data);
    QList<QByteArrayView> fields;
    csv.next(fields);
    TalibReference reference;
    for (QByteArrayView f : fields)
        reference.names << f.toByteArray();
    while (csv.next(fields)) {
        for (qsizetype i = 0; i < fields.size(); ++i)
            reference.columns[reference.names[i]].append(
                fields[i].isEmpty() ? std::nan("") : fields[i].toDouble());
    }
    return reference;
}

} // namespace kairos::testing
