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

namespace {

// A 128-bit unsigned number as two 64-bit halves: portable (MSVC has no
// __int128), and all mulDiv needs is a multiply, a divide by a 64-bit number
// and a comparison.
struct U128
{
    std::uint64_t hi = 0;
    std::uint64_t lo = 0;
};

U128 multiply(std::uint64_t a, std::uint64_t b)
{
    const std::uint64_t aLo = a & 0xffffffffu, aHi = a >> 32;
    const std::uint64_t bLo = b & 0xffffffffu, bHi = b >> 32;
    const std::uint64_t ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
    const std::uint64_t mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
    U128 r;
    r.lo = (mid << 32) | (ll & 0xffffffffu);
    r.hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    return r;
}

// Long division, one bit at a time: slow next to hardware division, but a
// fill books only a handful of these.
U128 divide(U128 n, std::uint64_t d, std::uint64_t &remainder)
{
    U128 q;
    std::uint64_t r = 0;
    for (int i = 127; i >= 0; --i) {
        const bool top = (r >> 63) != 0;
        r = (r << 1) | ((i >= 64 ? n.hi >> (i - 64) : n.lo >> i) & 1u);
        if (top || r >= d) {
            r -= d;
            if (i >= 64)
                q.hi |= std::uint64_t(1) << (i - 64);
            else
                q.lo |= std::uint64_t(1) << i;
        }
    }
    remainder = r;
    return q;
}

} // namespace

std::optional<Decimal> Decimal::mulDiv(Decimal a, Decimal b, std::uint64_t divisor)
{
    return mulDiv(a, b, divisor, Rounding::HalfAwayFromZero);
}

std::optional<Decimal> Decimal::mulDiv(
    Decimal a, Decimal b, std::uint64_t divisor, Rounding rounding)
{
    if (divisor == 0)
        return std::nullopt;
    const bool negative = (a.m_units < 0) != (b.m_units < 0);
    const std::uint64_t x = a.m_units < 0 ? 0 - std::uint64_t(a.m_units) : std::uint64_t(a.m_units);
    const std::uint64_t y = b.m_units < 0 ? 0 - std::uint64_t(b.m_units) : std::uint64_t(b.m_units);
    std::uint64_t remainder = 0;
    U128 q = divide(multiply(x, y), divisor, remainder);
    // Half away from zero: compare 2·remainder with the divisor without overflow.
    const bool up = rounding == Rounding::AwayFromZero
        ? remainder != 0
        : rounding == Rounding::HalfAwayFromZero && remainder >= divisor - remainder;
    if (up) {
        if (++q.lo == 0)
            ++q.hi;
    }
    const auto max = std::uint64_t(std::numeric_limits<std::int64_t>::max());
    if (q.hi != 0 || q.lo > max)
        return std::nullopt;
    const auto units = std::int64_t(q.lo);
    return fromUnits(negative ? -units : units);
}

void Decimal::overflow(char operation, Decimal a, Decimal b)
{
    qFatal("Decimal overflow: %s %c %s does not fit 64 bits", qPrintable(a.toString()), operation,
        qPrintable(b.toString()));
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

int Decimal::decimals() const
{
    std::int64_t units = m_units;
    if (units == 0)
        return 0;
    int places = Digits;
    while (places > 0 && units % 10 == 0) {
        units /= 10;
        --places;
    }
    return places;
}

QString Decimal::toString() const
{
    QByteArray out;
    appendTo(out);
    return QString::fromLatin1(out);
}

} // namespace kairos
