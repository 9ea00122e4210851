#pragma once

#include "Decimal.h"
#include "Volume.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace kairos {

// Amounts typed and shown in the chosen language ("0,5" and "5.000,50" in
// German), read exactly, never through a double. Files, CSV, JSON and the
// command line stay in the C locale (Decimal::parse, Decimal::toString, or
// these functions given QLocale::c(), which does not group).
class LocaleDecimal
{
    Q_DECLARE_TR_FUNCTIONS(LocaleDecimal)

public:
    // Group separators are taken only where they group thousands, so "0.5"
    // in German (where "." groups) is refused with a hint, not read as 5.
    static std::optional<Decimal> parse(
        const QString &text, QString *why, const QLocale &locale = QLocale());
    // For an editable field: every decimal, no grouping, so it reads back.
    static QString toString(const Decimal &value, const QLocale &locale = QLocale());
    // For a table: to the decimals of `step` (an instrument's tick or lot;
    // none: as many as the value has), rounded half away from zero, exactly,
    // with thousands grouped; never "-0.00".
    static QString display(
        const Decimal &value, const Decimal &step = Decimal(), const QLocale &locale = QLocale());
    // A volume, the same way; volumes can exceed what a Decimal holds.
    static QString display(
        const Volume &value, const Decimal &step = Decimal(), const QLocale &locale = QLocale());
    // A computed number (an indicator, a percentage) to `places` decimals,
    // grouped; one too small for them is 0, never "-0,00".
    static QString fixed(double value, int places, const QLocale &locale = QLocale());
};

} // namespace kairos
