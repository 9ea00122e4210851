#include "LocaleDecimal.h"

namespace kairos {

namespace {

bool digits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Thousands grouping as written: 1 to 3 digits, then groups of exactly 3.
bool groupedRight(const QStringList &groups)
{
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype size = groups[i].size();
        if (!digits(groups[i]) || (i == 0 ? size < 1 || size > 3 : size != 3))
            return false;
    }
    return true;
}

} // namespace

std::optional<Decimal> LocaleDecimal::parse(
    const QString &text, QString *why, const QLocale &locale)
{
    QString t = text.trimmed();
    QString sign;
    for (const QString &minus : { locale.negativeSign(), QStringLiteral("-") }) {
        if (sign.isEmpty() && t.startsWith(minus)) {
            sign = QStringLiteral("-");
            t = t.mid(minus.size());
        }
    }
    const QString point = locale.decimalPoint();
    const qsizetype at = t.indexOf(point);
    QString whole = at < 0 ? t : t.left(at);
    const QString fraction = at < 0 ? QString() : t.mid(at + point.size());
    QString group = locale.groupSeparator();
    // A narrow or no-break space groups in some languages; a typed space does too.
    if (group.trimmed().isEmpty())
        whole.replace(QLatin1Char(' '), group);
    const auto hint = [&] {
        *why = tr("is not a number in this language: write '%1' for decimals, as in %2")
                   .arg(point, locale.toString(1234.5, 'f', 2));
        return std::nullopt;
    };
    if (!group.isEmpty() && whole.contains(group)) {
        const QStringList groups = whole.split(group);
        if (!groupedRight(groups))
            return hint();
        whole = groups.join(QString());
    }
    if ((!group.isEmpty() && fraction.contains(group)) || fraction.contains(point))
        return hint();
    const QString plain = sign + whole + (at < 0 ? QString() : QLatin1Char('.') + fraction);
    Decimal::ParseError error = Decimal::ParseError::None;
    // Letters of other scripts are no digits: the C parser sees them as such.
    const auto value = Decimal::parse(plain.toUtf8(), &error);
    if (!value) {
        if (error == Decimal::ParseError::Syntax && (t.contains(u'.') || t.contains(u',')))
            return hint();
        *why = Decimal::errorText(error);
    }
    return value;
}

QString LocaleDecimal::toString(const Decimal &value, const QLocale &locale)
{
    QString text = value.toString();
    text.replace(QLatin1Char('.'), locale.decimalPoint());
    if (text.startsWith(QLatin1Char('-')))
        text.replace(0, 1, locale.negativeSign());
    return text;
}

QString LocaleDecimal::display(const Decimal &value, const Decimal &step, const QLocale &locale)
{
    const int decimals = step > Decimal() ? step.decimals() : value.decimals();
    std::int64_t unit = 1;
    for (int i = decimals; i < Decimal::Digits; ++i)
        unit *= 10;
    // Magnitudes as unsigned: the most negative value has no positive twin.
    const bool negative = value.units() < 0;
    const std::uint64_t magnitude
        = negative ? 0 - std::uint64_t(value.units()) : std::uint64_t(value.units());
    const std::uint64_t rounded = (magnitude / std::uint64_t(unit)
        + (magnitude % std::uint64_t(unit) * 2 >= std::uint64_t(unit) ? 1 : 0));
    std::uint64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString text = locale.toString(qulonglong(rounded / scale));
    if (decimals > 0)
        text += locale.decimalPoint()
            + QString::number(rounded % scale).rightJustified(decimals, QLatin1Char('0'));
    return negative && rounded != 0 ? locale.negativeSign() + text : text;
}

QString LocaleDecimal::fixed(double value, int places, const QLocale &locale)
{
    const QString text = locale.toString(value, 'f', places);
    // Rounded to nothing, it has no sign: compare with zero as the text says it.
    return value < 0.0 && locale.toString(0.0, 'f', places) == locale.toString(-value, 'f', places)
        ? text.mid(locale.negativeSign().size())
        : text;
}

QString LocaleDecimal::display(const Volume &value, const Decimal &step, const QLocale &locale)
{
    if (const auto decimal = value.toDecimal())
        return display(*decimal, step, locale);
    // Beyond 64 bits: round the exact digits as text, half away from zero.
    const QString exact = value.toString();
    const qsizetype point = exact.indexOf(u'.');
    QString whole = point < 0 ? exact : exact.left(point);
    QString fraction = point < 0 ? QString() : exact.mid(point + 1);
    const int decimals = step > Decimal() ? step.decimals() : int(fraction.size());
    fraction = fraction.leftJustified(decimals + 1, u'0');
    const bool roundUp = fraction.at(decimals) >= u'5';
    QString digits = whole + fraction.left(decimals);
    for (qsizetype i = digits.size() - 1; roundUp && i >= 0; --i) {
        if (digits[i] != u'9') {
            digits[i] = QChar(digits[i].unicode() + 1);
            break;
        }
        digits[i] = u'0';
        if (i == 0)
            digits.prepend(u'1');
    }
    whole = digits.left(digits.size() - decimals);
    QString grouped;
    const bool group = !(locale.numberOptions() & QLocale::OmitGroupSeparator);
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (group && i > 0 && (whole.size() - i) % 3 == 0)
            grouped += locale.groupSeparator();
        grouped += whole[i];
    }
    if (decimals > 0)
        grouped += locale.decimalPoint() + digits.right(decimals);
    return grouped;
}

} // namespace kairos
