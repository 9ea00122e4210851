#pragma once

#include <QByteArrayView>
#include <QString>

#include <compare>
#include <cstdint>
#include <limits>
#include <optional>

namespace kairos {

// Prices, quantities and volumes are integers counting 1e-8 units.
// Doubles would drift when millions of quantities are summed into volumes and
// when fees and PnL are reconciled later; a fixed scale of 8 decimals is what
// crypto venues quote in, so every venue price and quantity is exact, and
// int64 still holds values up to about 92 billion units.
class Decimal
{
public:
    static constexpr int Digits = 8;
    static constexpr std::int64_t Scale = 100'000'000;

    constexpr Decimal() = default;

    static constexpr Decimal fromUnits(std::int64_t units)
    {
        Decimal d;
        d.m_units = units;
        return d;
    }
    static constexpr Decimal fromInteger(std::int64_t whole) { return fromUnits(whole * Scale); }
    // Rounds to the nearest unit; for simulated values and display math only.
    static Decimal fromDouble(double value);

    enum class ParseError { None, Empty, Syntax, TooPrecise, OutOfRange };
    // Parses "123", "-0.5", ".25", "1.5e-3" exactly. Digits beyond the eighth
    // decimal must be zeros: rounding them away would change the value.
    static std::optional<Decimal> parse(QByteArrayView text, ParseError *error = nullptr);
    static QString errorText(ParseError error);

    constexpr std::int64_t units() const { return m_units; }
    double toDouble() const { return double(m_units) / double(Scale); }
    // Shortest exact decimal form: "123.45", "-0.00000001", "7".
    QString toString() const;
    // Decimal places of that form: 2 for 0.01 and 123.45, 0 for 7 and 0.
    int decimals() const;
    void appendTo(QByteArray &out) const;

    // a · b / divisor, rounded half away from zero, exact through a 128-bit
    // intermediate: the one way money is multiplied (notional = price ·
    // quantity, fees in basis points), so every amount is rounded once, by
    // one rule. nullopt when the result does not fit or divisor is 0.
    static std::optional<Decimal> mulDiv(Decimal a, Decimal b, std::uint64_t divisor);
    // The same, rounded as asked: AwayFromZero for a distance that must not
    // come out shorter than the exact one (a trailing stop's percent),
    // TowardZero for a share that must not come out larger (a participation
    // cap).
    enum class Rounding { HalfAwayFromZero, AwayFromZero, TowardZero };
    static std::optional<Decimal> mulDiv(
        Decimal a, Decimal b, std::uint64_t divisor, Rounding rounding);
    // price · quantity in units: mulDiv(price, quantity, Scale).
    static std::optional<Decimal> product(Decimal a, Decimal b) { return mulDiv(a, b, Scale); }

    // Adds other to this value unless the sum would overflow; returns false then.
    bool tryAdd(Decimal other);

    // Checked: a sum beyond the range is a fault upstream (an amount that
    // validation should have refused), so it stops the process with both
    // operands rather than wrap (undefined behaviour) or saturate silently.
    // Where an overflow is a possible outcome, use tryAdd or mulDiv instead.
    constexpr Decimal operator+(Decimal o) const
    {
        const std::int64_t max = std::numeric_limits<std::int64_t>::max();
        if (o.m_units > 0 ? m_units > max - o.m_units : m_units < -max - 1 - o.m_units)
            overflow('+', *this, o);
        return fromUnits(m_units + o.m_units);
    }
    constexpr Decimal operator-(Decimal o) const
    {
        const std::int64_t max = std::numeric_limits<std::int64_t>::max();
        if (o.m_units < 0 ? m_units > max + o.m_units : m_units < -max - 1 + o.m_units)
            overflow('-', *this, o);
        return fromUnits(m_units - o.m_units);
    }
    constexpr Decimal operator-() const { return Decimal() - *this; }
    constexpr Decimal abs() const { return m_units < 0 ? -*this : *this; }
    constexpr int sign() const { return m_units < 0 ? -1 : m_units > 0 ? 1 : 0; }
    constexpr Decimal &operator+=(Decimal o) { return *this = *this + o; }
    constexpr auto operator<=>(const Decimal &) const = default;

private:
    [[noreturn]] static void overflow(char operation, Decimal a, Decimal b);

    std::int64_t m_units = 0;
};

} // namespace kairos
