#pragma once

#include "Decimal.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

namespace kairos {

// A traded volume: a sum of quantities, in the same 1e-8 units as Decimal
// but without Decimal's limit of about 92 billion. A day of SHIB or PEPE
// trades 10^12 to 10^13 units, 10^21 units of 1e-8. Volumes are kept exact as
// two decimal halves (high counts 10^18 units, that is 10^10 whole units;
// low the rest) rather than as one 128-bit integer: MSVC has no __int128,
// the halves are what the database stores (old rows have high = 0 and mean
// what they always meant), and printing needs no 128-bit division. The sum
// holds about 1.8·10^29 units; adding beyond that fails and is counted.
class Volume
{
public:
    static constexpr std::uint64_t LowLimit = 1'000'000'000'000'000'000;

    constexpr Volume() = default;
    // A quantity's volume; negative quantities have none (0).
    static constexpr Volume of(Decimal quantity)
    {
        Volume v;
        v.m_low = quantity.units() > 0 ? std::uint64_t(quantity.units()) : 0;
        v.normalize();
        return v;
    }
    static constexpr Volume max()
    {
        Volume v;
        v.m_high = ~std::uint64_t(0);
        v.m_low = LowLimit - 1;
        return v;
    }
    // From the database's two columns; nullopt when they are not a volume.
    static std::optional<Volume> fromParts(std::int64_t high, std::int64_t low);
    // Rounds to the nearest unit; for display math only.
    static Volume fromDouble(double value);
    // "123", "0.5", "1.5e13", "+7": exact, never negative, at most 8 decimals
    // (more only when they are zeros).
    static std::optional<Volume> parse(QByteArrayView text, Decimal::ParseError *error = nullptr);

    constexpr std::int64_t high() const { return std::int64_t(m_high); }
    constexpr std::int64_t low() const { return std::int64_t(m_low); }
    constexpr bool isZero() const { return m_high == 0 && m_low == 0; }
    // The volume as a Decimal when it fits one.
    std::optional<Decimal> toDecimal() const;
    double toDouble() const;
    // Shortest exact decimal form, as Decimal::toString.
    QString toString() const;
    void appendTo(QByteArray &out) const;

    // The volume in `parts` (at least 1) equal quantities, the last one taking
    // the remainder; nullopt when one would not fit a Decimal.
    std::optional<QList<Decimal>> split(std::uint32_t parts) const;

    // Adds unless the sum would overflow or the quantity is negative.
    [[nodiscard]] bool tryAdd(Volume other);
    [[nodiscard]] bool tryAdd(Decimal quantity);

    constexpr auto operator<=>(const Volume &) const = default;

private:
    constexpr void normalize()
    {
        m_high += m_low / LowLimit;
        m_low %= LowLimit;
    }

    std::uint64_t m_high = 0;
    std::uint64_t m_low = 0; // below LowLimit
};

} // namespace kairos
