#include "core/decimal.h"

#include "core/checkedint.h"

#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace {

struct Digits
{
    bool negative = false;
    QByteArray intPart;  // ASCII digits
    QByteArray fracPart; // ASCII digits
    int exponent = 0;
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Maps full-width forms and look-alikes to ASCII, so "１２３．４" reads as "123.4".
QString normaliseUserText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out.append(QChar(u'0' + (u - 0xFF10)));
        else if (u == 0xFF0E || u == 0x3002)
            out.append(u'.');
        else if (u == 0xFF0C)
            out.append(u',');
        else if (u == 0xFF0D || u == 0x2212)
            out.append(u'-');
        else if (u == 0xFF0B)
            out.append(u'+');
        else if (u == 0x3000 || u == 0x00A0)
            out.append(u' ');
        else
            out.append(c);
    }
    return out.trimmed();
}

// Strips one leading currency marker ("¥", "￥", "$", "US$", "CNY", "USD") and the spaces after it.
QStringView stripCurrency(QStringView s)
{
    static const char16_t *const markers[] = {u"US$",    u"CNY",    u"USD", u"RMB",
                                              u"\u00A5", u"\uFFE5", u"$"};
    for (const char16_t *m : markers) {
        const QStringView marker(m);
        if (s.startsWith(marker, Qt::CaseInsensitive))
            return s.mid(marker.size()).trimmed();
    }
    return s;
}

// Integer part with grouping commas: "1,234,567" (groups of three) or no commas at all.
bool ungroup(QStringView intPart, QString *out)
{
    if (!intPart.contains(u',')) {
        *out = intPart.toString();
        return true;
    }
    const auto groups = intPart.split(u',');
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const auto g = groups.at(i);
        if (i == 0 ? (g.isEmpty() || g.size() > 3) : g.size() != 3)
            return false;
    }
    out->clear();
    for (const auto &g : groups)
        out->append(g);
    return true;
}

// [sign] digits [. digits] [e [sign] digits]  (exponent only when allowed)
std::optional<Digits> scan(QStringView s, bool allowPlus, bool allowExponent)
{
    Digits d;
    qsizetype i = 0;
    if (i < s.size() && (s[i] == u'-' || (allowPlus && s[i] == u'+'))) {
        d.negative = s[i] == u'-';
        ++i;
    }
    while (i < s.size() && isAsciiDigit(s[i]))
        d.intPart.append(char(s[i++].unicode()));
    if (i < s.size() && s[i] == u'.') {
        ++i;
        while (i < s.size() && isAsciiDigit(s[i]))
            d.fracPart.append(char(s[i++].unicode()));
    }
    if (d.intPart.isEmpty() && d.fracPart.isEmpty())
        return std::nullopt;
    if (allowExponent && i < s.size() && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        bool negExp = false;
        if (i < s.size() && (s[i] == u'+' || s[i] == u'-'))
            negExp = s[i++] == u'-';
        const qsizetype start = i;
        int e = 0;
        while (i < s.size() && isAsciiDigit(s[i])) {
            e = e * 10 + (s[i++].unicode() - u'0');
            if (e > 400)
                return std::nullopt;
        }
        if (i == start)
            return std::nullopt;
        d.exponent = negExp ? -e : e;
    }
    if (i != s.size())
        return std::nullopt;
    return d;
}

// Builds the Decimal; with `round`, extra decimals beyond MaxScale are rounded half-up instead of
// rejected (used for doubles, whose shortest text can be "1e-25").
std::optional<Decimal> build(const Digits &d, bool round)
{
    QByteArray digits = d.intPart + d.fracPart;
    int scale = int(d.fracPart.size()) - d.exponent;
    // Trailing zeros past the largest scale carry no value.
    while (scale > Decimal::MaxScale && digits.endsWith('0')) {
        digits.chop(1);
        --scale;
    }
    bool roundUp = false;
    if (scale > Decimal::MaxScale) {
        if (!round)
            return std::nullopt;
        const int cut = scale - Decimal::MaxScale;
        if (cut > digits.size()) {
            digits.clear();
        } else {
            roundUp = digits.at(digits.size() - cut) >= '5';
            digits.chop(cut);
        }
        scale = Decimal::MaxScale;
    }
    std::int64_t m = 0;
    for (char c : digits) {
        if (!checkedint::mul(m, 10, &m) || !checkedint::add(m, c - '0', &m))
            return std::nullopt;
    }
    if (roundUp && !checkedint::add(m, 1, &m))
        return std::nullopt;
    while (scale < 0) {
        if (!checkedint::mul(m, 10, &m))
            return std::nullopt;
        ++scale;
    }
    return Decimal::fromMantissa(d.negative ? -m : m, scale);
}

} // namespace

Decimal Decimal::fromMantissa(std::int64_t mantissa, int scale)
{
    if (scale < 0 || scale > MaxScale)
        return invalid();
    return Decimal(mantissa, scale);
}

Decimal Decimal::invalid()
{
    Decimal d;
    d.m_valid = false;
    return d;
}

std::optional<Decimal> Decimal::parse(QStringView text, ParseMode mode)
{
    if (mode == ParseMode::Strict) {
        const auto d = scan(text, false, false);
        return d ? build(*d, false) : std::nullopt;
    }
    const QString norm = normaliseUserText(text);
    QStringView s(norm);
    QString sign;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        sign = s.left(1).toString();
        s = s.mid(1).trimmed();
    }
    s = stripCurrency(s);
    if (sign.isEmpty() && (s.startsWith(u'-') || s.startsWith(u'+'))) {
        sign = s.left(1).toString();
        s = s.mid(1);
    }
    const qsizetype dot = s.indexOf(u'.');
    QString intPart;
    if (!ungroup(dot < 0 ? s : s.left(dot), &intPart))
        return std::nullopt;
    const QString joined = sign + intPart + (dot < 0 ? QString() : s.mid(dot).toString());
    const auto d = scan(joined, true, false);
    return d ? build(*d, false) : std::nullopt;
}

std::optional<Decimal> Decimal::parseInput(QStringView text, const QLocale &locale, bool *ambiguous)
{
    if (ambiguous)
        *ambiguous = false;
    if (locale.decimalPoint() != QLatin1String(".")) {
        QString t = normaliseUserText(text);
        qsizetype first = 0;
        qsizetype last = t.size() - 1;
        while (first < t.size() && !isAsciiDigit(t[first]))
            ++first;
        while (last >= first && !isAsciiDigit(t[last]))
            --last;
        QString number = t.mid(first, last - first + 1);
        if (number.contains(u',')) {
            // The comma is the point; dots, spaces and apostrophes group the thousands.
            for (QChar &c : number) {
                if (c == u',')
                    c = u'.';
                else if (c == u'.' || c == u' ' || c == QChar(0x202F) || c == u'\'')
                    c = u',';
            }
        } else if (number.contains(u'.')) {
            // Dots alone: grouping if they can only be grouping ("1.234.567"), the C point if
            // they can only be a point ("12.5"), and a question if they can be both ("1.234").
            QString grouped = number;
            grouped.replace(u'.', u',');
            QString joined;
            if (ungroup(grouped, &joined)) {
                if (number.count(u'.') == 1) {
                    if (ambiguous)
                        *ambiguous = true;
                    return std::nullopt;
                }
                number = grouped;
            }
        }
        t = t.left(first) + number + t.mid(last + 1);
        return parse(t, ParseMode::UserInput);
    }
    return parse(text, ParseMode::UserInput);
}

std::optional<Decimal> Decimal::fromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    const QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    const auto d = scan(text, false, true);
    if (!d)
        return std::nullopt;
    const auto r = build(*d, true);
    return r ? std::optional<Decimal>(r->normalized()) : std::nullopt;
}

std::optional<Decimal> Decimal::fromJson(const QJsonValue &value)
{
    if (value.isDouble())
        return fromDouble(value.toDouble());
    if (value.isString())
        return parse(value.toString().trimmed(), ParseMode::Strict);
    return std::nullopt;
}

int Decimal::significantScale() const
{
    int s = m_scale;
    std::int64_t m = m_mantissa;
    while (s > 0 && m % 10 == 0) {
        m /= 10;
        --s;
    }
    return s;
}

Decimal Decimal::normalized() const
{
    if (!m_valid)
        return *this;
    const int s = significantScale();
    return Decimal(m_mantissa / checkedint::pow10(m_scale - s), s);
}

Decimal Decimal::roundedHalfUp(int scale) const
{
    if (!m_valid || scale < 0 || scale > MaxScale)
        return invalid();
    if (scale >= m_scale) {
        std::int64_t m;
        if (!checkedint::mul(m_mantissa, checkedint::pow10(scale - m_scale), &m))
            return invalid();
        return Decimal(m, scale);
    }
    const std::int64_t div = checkedint::pow10(m_scale - scale);
    std::int64_t q = m_mantissa / div;
    const std::int64_t r = m_mantissa % div;
    const std::int64_t absR = r < 0 ? -r : r;
    if (absR >= div - absR) // 2*|r| >= div without overflow
        q += m_mantissa < 0 ? -1 : 1;
    return Decimal(q, scale);
}

Decimal Decimal::withScale(int scale) const
{
    return roundedHalfUp(scale);
}

Decimal Decimal::negated() const
{
    if (!m_valid || m_mantissa == std::numeric_limits<std::int64_t>::min())
        return invalid();
    return Decimal(-m_mantissa, m_scale);
}

Decimal Decimal::operator+(const Decimal &other) const
{
    if (!m_valid || !other.m_valid)
        return invalid();
    const int s = std::max(m_scale, other.m_scale);
    const Decimal a = withScale(s);
    const Decimal b = other.withScale(s);
    std::int64_t m;
    if (!a.m_valid || !b.m_valid || !checkedint::add(a.m_mantissa, b.m_mantissa, &m))
        return invalid();
    return Decimal(m, s);
}

Decimal Decimal::operator-(const Decimal &other) const
{
    return *this + other.negated();
}

Decimal Decimal::operator*(std::int64_t factor) const
{
    std::int64_t m;
    if (!m_valid || !checkedint::mul(m_mantissa, factor, &m))
        return invalid();
    return Decimal(m, m_scale);
}

Decimal Decimal::multipliedBy(const Decimal &other, int scale) const
{
    if (!m_valid || !other.m_valid || scale < 0 || scale > MaxScale)
        return invalid();
    const Decimal a = normalized();
    const Decimal b = other.normalized();
    std::int64_t m;
    if (!checkedint::mul(a.m_mantissa, b.m_mantissa, &m))
        return invalid();
    const int s = a.m_scale + b.m_scale; // up to 2 * MaxScale
    if (s <= MaxScale)
        return Decimal(m, s).roundedHalfUp(scale);
    const int drop = s - scale; // > 0 here, since scale <= MaxScale < s
    if (drop > 19)
        return Decimal(0, scale);
    if (drop == 19) { // |m| < 10^19: the result is 0 or ±1 unit
        const bool up = m >= 5000000000000000000LL || m <= -5000000000000000000LL;
        return Decimal(up ? (m < 0 ? -1 : 1) : 0, scale);
    }
    const std::int64_t div = checkedint::pow10(drop);
    std::int64_t q = m / div;
    const std::int64_t r = m % div;
    const std::int64_t absR = r < 0 ? -r : r;
    if (absR >= div - absR)
        q += m < 0 ? -1 : 1;
    return Decimal(q, scale);
}

int Decimal::compare(const Decimal &other) const
{
    if (!m_valid || !other.m_valid)
        return int(m_valid) - int(other.m_valid);
    if (signum() != other.signum())
        return signum() < other.signum() ? -1 : 1;
    const std::int64_t ia = m_mantissa / checkedint::pow10(m_scale);
    const std::int64_t ib = other.m_mantissa / checkedint::pow10(other.m_scale);
    if (ia != ib)
        return ia < ib ? -1 : 1;
    const int s = std::max(m_scale, other.m_scale);
    const std::int64_t fa =
        (m_mantissa % checkedint::pow10(m_scale)) * checkedint::pow10(s - m_scale);
    const std::int64_t fb = (other.m_mantissa % checkedint::pow10(other.m_scale)) *
                            checkedint::pow10(s - other.m_scale);
    return fa < fb ? -1 : (fa > fb ? 1 : 0);
}

QString Decimal::toString() const
{
    if (!m_valid)
        return QStringLiteral("NaN");
    std::uint64_t mag =
        m_mantissa < 0 ? std::uint64_t(0) - std::uint64_t(m_mantissa) : std::uint64_t(m_mantissa);
    QString digits = QString::number(mag);
    if (digits.size() <= m_scale)
        digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
    if (m_scale > 0)
        digits.insert(digits.size() - m_scale, u'.');
    if (m_mantissa < 0)
        digits.prepend(u'-');
    return digits;
}

Decimal::AmountProblem Decimal::requestAmountProblem() const
{
    if (!m_valid)
        return AmountProblem::NotANumber;
    if (signum() <= 0)
        return AmountProblem::NotPositive;
    if (significantScale() > 2)
        return AmountProblem::TooManyDecimals;
    if (*this > maxRequestAmount())
        return AmountProblem::TooLarge;
    return AmountProblem::None;
}

QString Decimal::amountProblemMessage(AmountProblem problem)
{
    switch (problem) {
    case AmountProblem::None:
        return QString();
    case AmountProblem::NotANumber:
        return tr("Enter the amount as a number, for example 300.00.");
    case AmountProblem::NotPositive:
        return tr("The amount must be greater than 0.");
    case AmountProblem::TooManyDecimals:
        return tr("The amount can have at most 2 decimal places.");
    case AmountProblem::TooLarge:
        return tr("The amount can be at most 999,999,999.99.");
    }
    return QString();
}
