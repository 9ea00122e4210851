#include "Volume.h"

#include <QByteArray>

#include <cmath>
#include <limits>

namespace kairos {

namespace {

constexpr int LowDigits = 18;
constexpr auto MaxHigh = std::numeric_limits<std::uint64_t>::max();

} // namespace

std::optional<Volume> Volume::fromParts(std::int64_t high, std::int64_t low)
{
    if (high < 0 || low < 0 || std::uint64_t(low) >= LowLimit)
        return std::nullopt;
    Volume v;
    v.m_high = std::uint64_t(high);
    v.m_low = std::uint64_t(low);
    return v;
}

Volume Volume::fromDouble(double value)
{
    if (!(value > 0.0))
        return {};
    const double units = std::round(value * double(Decimal::Scale));
    Volume v;
    const double high = std::floor(units / double(LowLimit));
    if (high >= double(MaxHigh)) {
        v.m_high = MaxHigh;
        v.m_low = LowLimit - 1;
        return v;
    }
    v.m_high = std::uint64_t(high);
    const double low = units - high * double(LowLimit);
    v.m_low = low <= 0.0 ? 0 : std::min(std::uint64_t(low), LowLimit - 1);
    return v;
}

std::optional<Volume> Volume::parse(QByteArrayView text, Decimal::ParseError *error)
{
    auto fail = [error](Decimal::ParseError e) -> std::optional<Volume> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = Decimal::ParseError::None;
    // Decimal reads what fits it, with every check the same.
    Decimal::ParseError decimalError;
    if (const auto d = Decimal::parse(text, &decimalError)) {
        if (d->units() < 0)
            return fail(Decimal::ParseError::OutOfRange);
        return of(*d);
    }
    // Too large for a Decimal (which may also say too precise, having run
    // out of digits): the same grammar, collected as digits.
    if (decimalError != Decimal::ParseError::OutOfRange
        && decimalError != Decimal::ParseError::TooPrecise)
        return fail(decimalError);

    qsizetype i = 0;
    qsizetype end = text.size();
    while (i < end && text[i] == ' ')
        ++i;
    while (end > i && text[end - 1] == ' ')
        --end;
    if (i < end && text[i] == '-')
        return fail(Decimal::ParseError::OutOfRange);
    if (i < end && text[i] == '+')
        ++i;
    QByteArray digits;
    int exponent = 0;
    bool seenPoint = false;
    for (; i < end && (text[i] == '.' || (text[i] >= '0' && text[i] <= '9')); ++i) {
        if (text[i] == '.') {
            seenPoint = true;
            continue;
        }
        if (digits.isEmpty() && text[i] == '0') {
            if (seenPoint)
                --exponent;
            continue;
        }
        digits.append(text[i]);
        if (seenPoint)
            --exponent;
    }
    if (i < end) {
        // Decimal::parse accepted the syntax, so this is the exponent.
        ++i;
        const bool negative = i < end && text[i] == '-';
        if (i < end && (text[i] == '-' || text[i] == '+'))
            ++i;
        int e = 0;
        for (; i < end; ++i)
            e = std::min(e * 10 + (text[i] - '0'), 10000);
        exponent += negative ? -e : e;
    }
    // value = digits · 10^exponent; in units, digits · 10^(exponent + 8).
    int shift = exponent + Decimal::Digits;
    while (shift < 0 && digits.endsWith('0')) {
        digits.chop(1);
        ++shift;
    }
    if (shift < 0)
        return fail(Decimal::ParseError::TooPrecise);
    if (digits.size() + shift > 40)
        return fail(Decimal::ParseError::OutOfRange);
    digits.append(QByteArray(shift, '0'));
    const QByteArray lowDigits = digits.right(LowDigits);
    const QByteArray highDigits = digits.left(std::max<qsizetype>(digits.size() - LowDigits, 0));
    bool ok = true;
    const std::uint64_t high = highDigits.isEmpty() ? 0 : highDigits.toULongLong(&ok);
    if (!ok)
        return fail(Decimal::ParseError::OutOfRange);
    Volume v;
    v.m_high = high;
    v.m_low = lowDigits.toULongLong();
    return v;
}

std::optional<Decimal> Volume::toDecimal() const
{
    constexpr auto max = std::uint64_t(std::numeric_limits<std::int64_t>::max());
    if (m_high > max / LowLimit)
        return std::nullopt;
    const std::uint64_t units = m_high * LowLimit + m_low;
    if (units > max)
        return std::nullopt;
    return Decimal::fromUnits(std::int64_t(units));
}

double Volume::toDouble() const
{
    return double(m_high) * (double(LowLimit) / double(Decimal::Scale))
        + double(m_low) / double(Decimal::Scale);
}

void Volume::appendTo(QByteArray &out) const
{
    if (const auto d = toDecimal()) {
        d->appendTo(out);
        return;
    }
    // high and the low half's 18 digits, with the point 8 from the end.
    QByteArray digits = QByteArray::number(quint64(m_high));
    const QByteArray low = QByteArray::number(quint64(m_low));
    digits.append(QByteArray(LowDigits - low.size(), '0')).append(low);
    QByteArray fraction = digits.right(Decimal::Digits);
    digits.chop(Decimal::Digits);
    while (fraction.endsWith('0'))
        fraction.chop(1);
    out.append(digits);
    if (!fraction.isEmpty())
        out.append('.').append(fraction);
}

QString Volume::toString() const
{
    QByteArray out;
    appendTo(out);
    return QString::fromLatin1(out);
}

std::optional<QList<Decimal>> Volume::split(std::uint32_t parts) const
{
    if (parts == 0)
        return std::nullopt;
    // Long division by parts in steps of 10^9, so no step overflows 64 bits.
    constexpr std::uint64_t Half = 1'000'000'000;
    const std::uint64_t n = parts;
    std::uint64_t remainder = m_high % n;
    const std::uint64_t upper = remainder * Half + m_low / Half;
    remainder = upper % n;
    const std::uint64_t lower = remainder * Half + m_low % Half;
    remainder = lower % n;
    Volume share;
    share.m_high = m_high / n;
    share.m_low = (upper / n) * Half + lower / n;
    const auto quantity = share.toDecimal();
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    if (!quantity || quantity->units() > max - std::int64_t(remainder))
        return std::nullopt;
    QList<Decimal> out(qsizetype(parts), *quantity);
    out.back() = Decimal::fromUnits(quantity->units() + std::int64_t(remainder));
    return out;
}

bool Volume::tryAdd(Volume other)
{
    std::uint64_t low = m_low + other.m_low;
    std::uint64_t carry = low / LowLimit;
    low %= LowLimit;
    if (other.m_high > MaxHigh - carry || m_high > MaxHigh - carry - other.m_high)
        return false;
    m_high += other.m_high + carry;
    m_low = low;
    return true;
}

bool Volume::tryAdd(Decimal quantity)
{
    return quantity.units() >= 0 && tryAdd(of(quantity));
}

} // namespace kairos
