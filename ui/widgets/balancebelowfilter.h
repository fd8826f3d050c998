#pragma once

#include "core/decimal.h"

#include <QWidget>

class AmountField;
class QCheckBox;

// "Balance below [amount]": the filter of the customer and reseller lists (and what the
// overview's low-balance alerts open). Off, or without a valid amount, it filters nothing. Its
// inputs are named for saved views (filter.below, filter.threshold).
class BalanceBelowFilter : public QWidget
{
    Q_OBJECT
public:
    explicit BalanceBelowFilter(QWidget *parent = nullptr);

    // The limit in force, or Decimal::invalid() when the filter is off.
    Decimal limit() const;
    // Ticks the filter at `threshold`.
    void showBelow(const Decimal &threshold);
    void setCurrency(const QString &currency);

signals:
    void changed(const Decimal &limit);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    QCheckBox *m_below;
    AmountField *m_amount;
};
