#pragma once

#include "core/decimal.h"

#include <QLocale>
#include <QString>

// An amount with its ISO currency code ("CNY", "USD"). Formatting follows the UI language:
//   zh_CN: ¥1,234.50   US$1,234.50   -¥5.00
//   en:    CNY 1,234.50   USD 1,234.50   CNY -5.00
// At least two decimals are shown; more only when the value has them (prices carry up to 10).
class Money
{
public:
    Money() = default;
    Money(Decimal amount, QString currency);

    const Decimal &amount() const { return m_amount; }
    const QString &currency() const { return m_currency; }
    bool isValid() const { return m_amount.isValid(); }

    QString format(const QLocale &locale) const;
    // The number alone with the locale's grouping: "1,234.50".
    static QString formatNumber(const Decimal &amount, const QLocale &locale, int minScale = 2);

private:
    Decimal m_amount;
    QString m_currency;
};
