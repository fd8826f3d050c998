#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

class QJsonValue;
class QLocale;

// An exact decimal number: value = mantissa / 10^scale, with 0 <= scale <= MaxScale and a signed
// 64-bit mantissa. Arithmetic never goes through double; a result that does not fit is "invalid"
// (isValid() == false) and stays invalid through further arithmetic, like a NaN that is never
// silently turned into a number.
class Decimal
{
    Q_DECLARE_TR_FUNCTIONS(Decimal)
public:
    static constexpr int MaxScale = 18;

    enum class ParseMode {
        Strict,    // API text: [-]digits[.digits]
        UserInput, // forms and files: trims, full-width digits, grouping commas, a currency sign
    };

    constexpr Decimal() = default;
    static Decimal fromInt(std::int64_t value) { return Decimal(value, 0); }
    // mantissa / 10^scale; an out-of-range scale gives an invalid Decimal.
    static Decimal fromMantissa(std::int64_t mantissa, int scale);
    static Decimal invalid();

    static std::optional<Decimal> parse(QStringView text, ParseMode mode = ParseMode::Strict);
    // User input in the conventions of `locale` as well as the C ones. Where the decimal point
    // is a comma (de_DE "1.234,56", fr_FR "1 234,56") the comma is read as the point and dots or
    // spaces as grouping. A text that could be read both ways ("1.234" there: 1234 or 1.234) is
    // refused and *ambiguous is set, so the user says which; money is never guessed.
    static std::optional<Decimal> parseInput(QStringView text, const QLocale &locale,
                                             bool *ambiguous = nullptr);
    // A JSON number (decoded by Qt as a double) or a numeric string. A double is converted through
    // its shortest round-trip text, so 0.1 becomes exactly 0.1 and no arithmetic is done in double.
    static std::optional<Decimal> fromJson(const QJsonValue &value);
    static std::optional<Decimal> fromDouble(double value);

    bool isValid() const { return m_valid; }
    std::int64_t mantissa() const { return m_mantissa; }
    int scale() const { return m_scale; }
    int signum() const { return m_mantissa > 0 ? 1 : (m_mantissa < 0 ? -1 : 0); }
    bool isZero() const { return m_valid && m_mantissa == 0; }
    // Smallest scale that keeps the value (1.2300 -> 2).
    int significantScale() const;

    Decimal normalized() const;             // trailing fractional zeros removed
    Decimal withScale(int scale) const;     // exact rescale up; rounds half-up when scaling down
    Decimal roundedHalfUp(int scale) const; // half away from zero
    Decimal negated() const;
    Decimal abs() const { return signum() < 0 ? negated() : *this; }

    Decimal operator+(const Decimal &other) const;
    Decimal operator-(const Decimal &other) const;
    Decimal operator*(std::int64_t factor) const;
    // The exact product rounded half away from zero to `scale` decimals (prices × ratios).
    Decimal multipliedBy(const Decimal &other, int scale) const;
    Decimal &operator+=(const Decimal &other) { return *this = *this + other; }
    Decimal &operator-=(const Decimal &other) { return *this = *this - other; }

    // Total order on valid values (1.5 == 1.50); invalid values sort first and equal each other.
    int compare(const Decimal &other) const;
    bool operator==(const Decimal &o) const { return compare(o) == 0; }
    bool operator!=(const Decimal &o) const { return compare(o) != 0; }
    bool operator<(const Decimal &o) const { return compare(o) < 0; }
    bool operator<=(const Decimal &o) const { return compare(o) <= 0; }
    bool operator>(const Decimal &o) const { return compare(o) > 0; }
    bool operator>=(const Decimal &o) const { return compare(o) >= 0; }

    // Plain text with exactly scale() decimals and no grouping: "-1234.50". Invalid: "NaN".
    QString toString() const;
    // Same text as Latin-1 bytes, for JSON bodies that carry the number verbatim.
    QByteArray toJsonNumber() const { return toString().toLatin1(); }

    // The BSS request rule for amount / face_value / quota_amount: > 0 and at most 2 decimals.
    enum class AmountProblem { None, NotANumber, NotPositive, TooManyDecimals, TooLarge };
    // The most one write may move (documented in README and the CLI's usage): far above any
    // partner's balance, and it keeps a typo such as 3000000000 from being sent.
    static Decimal maxRequestAmount() { return Decimal(99999999999, 2); } // 999,999,999.99
    AmountProblem requestAmountProblem() const;
    static QString amountProblemMessage(AmountProblem problem);

private:
    constexpr Decimal(std::int64_t mantissa, int scale) : m_mantissa(mantissa), m_scale(scale) {}

    std::int64_t m_mantissa = 0;
    int m_scale = 0;
    bool m_valid = true;
};
