#include "widgets/balancebelowfilter.h"

#include "widgets/amountfield.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>

BalanceBelowFilter::BalanceBelowFilter(QWidget *parent)
    : QWidget(parent), m_below(new QCheckBox(this)), m_amount(new AmountField(this))
{
    m_below->setObjectName(QStringLiteral("filter.below"));
    m_amount->lineEdit()->setObjectName(QStringLiteral("filter.threshold"));
    m_amount->setEnabled(false); // until "balance below" is ticked
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_below);
    layout->addWidget(m_amount);
    setFocusProxy(m_below);
    connect(m_below, &QCheckBox::toggled, this, &BalanceBelowFilter::update);
    connect(m_amount, &AmountField::amountChanged, this, &BalanceBelowFilter::update);
    m_below->setText(tr("Balance below"));
}

Decimal BalanceBelowFilter::limit() const
{
    const std::optional<Decimal> amount = m_amount->amount();
    return m_below->isChecked() && amount ? *amount : Decimal::invalid();
}

void BalanceBelowFilter::showBelow(const Decimal &threshold)
{
    m_amount->lineEdit()->setText(threshold.toString());
    m_below->setChecked(true);
    update();
}

void BalanceBelowFilter::setCurrency(const QString &currency)
{
    m_amount->setCurrency(currency);
}

void BalanceBelowFilter::update()
{
    m_amount->setEnabled(m_below->isChecked());
    emit changed(limit());
}

void BalanceBelowFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_below->setText(tr("Balance below"));
    QWidget::changeEvent(event);
}
