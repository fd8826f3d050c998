#include "core/money.h"

#include "core/checkedint.h"

Money::Money(Decimal amount, QString currency)
    : m_amount(amount), m_currency(currency.isEmpty() ? QStringLiteral("CNY") : currency.toUpper())
{}

QString Money::formatNumber(const Decimal &amount, const QLocale &locale, int minScale)
{
    if (!amount.isValid())
        return QStringLiteral("—");
    const Decimal d = amount.withScale(std::max(minScale, amount.significantScale()));
    const std::int64_t pow = checkedint::pow10(d.scale());
    std::int64_t intPart = d.mantissa() / pow;
    std::int64_t frac = d.mantissa() % pow;
    const bool negative = d.signum() < 0;
    if (negative) {
        intPart = -intPart;
        frac = -frac;
    }
    QLocale numbers = locale;
    numbers.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    QString text = numbers.toString(qlonglong(intPart));
    if (d.scale() > 0) {
        QString fracText = QString::number(frac);
        fracText.prepend(QString(d.scale() - fracText.size(), u'0'));
        text += numbers.decimalPoint() + fracText;
    }
    return negative ? numbers.negativeSign() + text : text;
}

QString Money::format(const QLocale &locale) const
{
    const bool chinese = locale.language() == QLocale::Chinese;
    if (!chinese)
        return m_currency + u' ' + formatNumber(m_amount, locale);
    QString symbol;
    if (m_currency == u"CNY")
        symbol = QStringLiteral("\u00A5");
    else if (m_currency == u"USD")
        symbol = QStringLiteral("US$");
    else
        symbol = m_currency + u' ';
    const QString number = formatNumber(m_amount.abs(), locale);
    return (m_amount.signum() < 0 ? locale.negativeSign() : QString()) + symbol + number;
}
