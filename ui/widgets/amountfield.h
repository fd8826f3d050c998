#pragma once

#include "core/decimal.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

// The one money input: the currency in front, user-friendly parsing (grouping commas,
// full-width digits, a currency sign, the widget locale's separators: Decimal::parseInput), the BSS
// request rules (> 0, at most 2 decimals), an optional maximum, and the problem shown under the
// field in the UI language.
class AmountField : public QWidget
{
    Q_OBJECT
public:
    explicit AmountField(QWidget *parent = nullptr);

    void setCurrency(const QString &currency);
    void setMaximum(const Decimal &maximum); // invalid Decimal: no maximum
    // A budget may be 0 (the other rules stay: at most 2 decimals and 999,999,999.99).
    void setZeroAllowed(bool allowed);
    // The amount when the text is acceptable, rounded to 2 decimals; nothing otherwise.
    std::optional<Decimal> amount() const;
    QString problem() const;
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void amountChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();

    QLabel *m_currency;
    QLineEdit *m_edit;
    QLabel *m_error;
    Decimal m_maximum = Decimal::invalid();
    bool m_zeroAllowed = false;
    QString m_problem;
};
