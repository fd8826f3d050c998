#include "widgets/amountfield.h"

#include "core/money.h"
#include "widgets/contrastcolors.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

AmountField::AmountField(QWidget *parent)
    : QWidget(parent)
    , m_currency(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_edit->setAlignment(Qt::AlignRight);
    m_edit->setPlaceholderText(QStringLiteral("0.00"));
    m_error->setWordWrap(true);
    ContrastColors::paintAsError(m_error);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_currency, 0, 0);
    layout->addWidget(m_edit, 0, 1);
    layout->addWidget(m_error, 1, 1);
    setFocusProxy(m_edit);
    setCurrency(QStringLiteral("CNY"));
    connect(m_edit, &QLineEdit::textChanged, this, &AmountField::validate);
    validate();
}

void AmountField::setCurrency(const QString &currency)
{
    m_currency->setText(currency);
}

void AmountField::setMaximum(const Decimal &maximum)
{
    m_maximum = maximum;
    validate();
}

std::optional<Decimal> AmountField::amount() const
{
    if (!m_problem.isEmpty())
        return std::nullopt;
    return Decimal::parseInput(m_edit->text(), locale())->withScale(2);
}

QString AmountField::problem() const
{
    return m_problem;
}

void AmountField::setZeroAllowed(bool allowed)
{
    m_zeroAllowed = allowed;
    validate();
}

void AmountField::validate()
{
    const QString text = m_edit->text().trimmed();
    bool ambiguous = false;
    const auto value = Decimal::parseInput(text, locale(), &ambiguous);
    if (text.isEmpty()) {
        m_problem = tr("Enter an amount.");
    } else if (ambiguous) {
        m_problem = tr("“%1” can be read two ways here. Write the decimals after a comma (%2) or "
                       "leave out the thousands separator (%3).")
                        .arg(text, QString(text).replace(u'.', u','), QString(text).remove(u'.'));
    } else if (!value) {
        m_problem = Decimal::amountProblemMessage(Decimal::AmountProblem::NotANumber);
    } else if (m_zeroAllowed && value->isZero()) {
        m_problem.clear();
    } else if (value->requestAmountProblem() != Decimal::AmountProblem::None) {
        m_problem = Decimal::amountProblemMessage(value->requestAmountProblem());
    } else if (m_maximum.isValid() && *value > m_maximum) {
        m_problem = tr("At most %1.").arg(Money::formatNumber(m_maximum, locale()));
    } else {
        m_problem.clear();
    }
    // An empty field is not an error to shout about yet.
    m_error->setText(text.isEmpty() ? QString() : m_problem);
    m_error->setVisible(!m_error->text().isEmpty());
    emit amountChanged();
}

void AmountField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        validate();
    if (event->type() == QEvent::PaletteChange)
        ContrastColors::paintAsError(m_error);
    QWidget::changeEvent(event);
}
