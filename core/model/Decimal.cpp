#include "Decimal.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace kairos {

Decimal Decimal::fromDouble(double value)
{
    return fromUnits(std::llround(value * double(Scale)));
}

std::optional<Decimal> Decimal::parse(QByteArrayView text, ParseError *error)
{
    auto fail = [error](ParseError e) -> std::optional<Decimal> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = ParseError::None;

    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && text[i] == ' ')
        ++i;
    qsizetype end = n;
    while (end > i && text[end - 1] == ' ')
        --end;
    if (i == end)
        return fail(ParseError::Empty);

    bool negative = false;
    if (text[i] == '-' || text[i] == '+') {
        negative = text[i] == '-';
        ++i;
    }

    // Collect significant digits as an unsigned mantissa and a decimal exponent.
    constexpr std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() / 10;
    std::uint64_t mantissa = 0;
    int exponent = 0;
    int digits = 0;
    bool overflow = false;
    bool nonZeroDropped = false;
    bool seenPoint = false;
    for (; i < end; ++i) {
        const char c = text[i];
        if (c == '.') {
            if (seenPoint)
                return fail(ParseError::Syntax);
            seenPoint = true;
            continue;
        }
        if (c < '0' || c > '9')
            break;
        ++digits;
        if (mantissa < limit) {
            mantissa = mantissa * 10 + std::uint64_t(c - '0');
            if (seenPoint)
                --exponent;
        } else {
            // More significant digits than 64 bits hold.
            if (!seenPoint)
                overflow = true;
            else if (c != '0')
                nonZeroDropped = true;
        }
    }
    if (digits == 0)
        return fail(ParseError::Syntax);

    if (i < end && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < end && (text[i] == '-' || text[i] == '+')) {
            expNegative = text[i] == '-';
            ++i;
        }
        int e = 0;
        int expDigits = 0;
        for (; i < end && text[i] >= '0' && text[i] <= '9'; ++i) {
            if (e < 10000)
                e = e * 10 + (text[i] - '0');
            ++expDigits;
        }
        if (expDigits == 0)
            return fail(ParseError::Syntax);
        exponent += expNegative ? -e : e;
    }
    if (i != end)
        return fail(ParseError::Syntax);
    if (overflow)
        return fail(ParseError::OutOfRange);
    if (nonZeroDropped)
        return fail(ParseError::TooPrecise);

    // Scale the mantissa to units of 1e-8.
    int shift = exponent + Digits;
    while (shift < 0) {
        if (mantissa % 10 != 0)
            return fail(ParseError::TooPrecise);
        mantissa /= 10;
        ++shift;
    }
    while (shift > 0 && mantissa != 0) {
        if (mantissa > limit)
            return fail(ParseError::OutOfRange);
        mantissa *= 10;
        --shift;
    }
    const auto max = std::uint64_t(std::numeric_limits<std::int64_t>::max());
    if (mantissa > max)
        return fail(ParseError::OutOfRange);
    const auto units = std::int64_t(mantissa);
    return fromUnits(negative ? -units : units);
}

bool Decimal::tryAdd(Decimal other)
{
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    if ((other.m_units > 0 && m_units > max - other.m_units)
        || (other.m_units < 0 && m_units < min - other.m_units))
        return false;
    m_units += other.m_units;
    return true;
}

QString Decimal::errorText(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return QCoreApplication::translate("Decimal", "is empty");
    case ParseError::Syntax:
        return QCoreApplication::translate("Decimal", "is not a decimal number");
    case ParseError::TooPrecise:
        return QCoreApplication::translate("Decimal", "has more than 8 decimal places");
    case ParseError::OutOfRange:
        return QCoreApplication::translate("Decimal", "is out of range");
    }
    return {};
}

void Decimal::appendTo(QByteArray &out) const
{
    // Work on the magnitude as unsigned so INT64_MIN has a representation too.
    const bool negative = m_units < 0;
    const std::uint64_t magnitude = negative ? 0 - std::uint64_t(m_units) : std::uint64_t(m_units);
    const std::uint64_t whole = magnitude / std::uint64_t(Scale);
    std::uint64_t fraction = magnitude % std::uint64_t(Scale);

    if (negative)
        out.append('-');
    out.append(QByteArray::number(whole));
    if (fraction == 0)
        return;
    char buffer[Digits];
    int len = Digits;
    for (int k = Digits - 1; k >= 0; --k) {
        buffer[k] = char('0' + fraction % 10);
        fraction /= 10;
    }
    while (len > 0 && buffer[len - 1] == '0')
        --len;
    out.append('.');
    out.append(buffer, len);
}

QString Decimal::toString() const
{
    QByteArray out;
    appendTo(out);
    return QString::fromLatin1(out);
}

} // namespace kairos
