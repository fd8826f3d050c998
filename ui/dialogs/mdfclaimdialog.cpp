#include "dialogs/mdfclaimdialog.h"

#include "bss/jsonbody.h"
#include "bss/operations.h"
#include "core/money.h"
#include "core/statuslabels.h"
#include "ops/consolewrites.h"
#include "ops/session.h"
#include "ops/verifiedwrite.h"
#include "ops/writeoutcometext.h"
#include "widgets/accessiblenames.h"
#include "widgets/amountfield.h"
#include "widgets/choicebox.h"
#include "widgets/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

MdfClaimDialog::MdfClaimDialog(Session *session, const QJsonObject &claim, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_claim(claim)
    , m_currency(claim.value(QLatin1String("currency")).toString(session->currency()))
    , m_grid(new QGridLayout)
    , m_header(new QLabel(this))
    , m_total(new QLabel(this))
    , m_result(new QLabel(this))
    , m_findings(new QListWidget(this))
    , m_ack(new QCheckBox(this))
    , m_add(new QPushButton(Icons::get(QStringLiteral("add")), QString(), this))
    , m_check(new QPushButton(this))
    , m_submit(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    for (QLabel *l : {m_header, m_result})
        l->setWordWrap(true);
    m_findings->hide();
    m_ack->hide();
    auto *linesWidget = new QWidget(this);
    linesWidget->setLayout(m_grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(linesWidget);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_check);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_findings);
    layout->addWidget(m_ack);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] { addLine(); });
    connect(m_check, &QPushButton::clicked, this, &MdfClaimDialog::check);
    connect(m_submit, &QPushButton::clicked, this, &MdfClaimDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    // A rejected claim comes back with its lines to correct; a new one starts with one line.
    const QJsonArray previous = claim.value(QLatin1String("expense_lines")).toArray();
    for (const QJsonValue &v : previous) {
        const QJsonObject o = v.toObject();
        const auto amount = Decimal::fromJson(o.value(QLatin1String("amount")));
        addLine(o.value(QLatin1String("category")).toString(),
                o.value(QLatin1String("description")).toString(),
                amount ? amount->toString() : QString());
    }
    if (previous.isEmpty())
        addLine();
    resize(760, 520);
    retranslate();
    AccessibleNames::watch(this);
}

void MdfClaimDialog::addLine(const QString &category, const QString &description,
                             const QString &amount)
{
    Row r{new ChoiceBox(this), new QLineEdit(this), new AmountField(this), new QPushButton(this)};
    for (const QString &c : MdfRules::categories())
        r.category->addItem(MdfRules::categoryLabel(c), c);
    if (!category.isEmpty()) {
        const int i = r.category->findData(category);
        if (i < 0)
            r.category->addItem(category, category); // unknown: kept verbatim, flagged by check
        r.category->setCurrentIndex(i < 0 ? r.category->count() - 1 : i);
    }
    r.description->setMaxLength(200);
    r.description->setText(description);
    r.amount->setCurrency(m_currency);
    r.amount->lineEdit()->setText(amount);
    r.remove->setText(tr("Remove"));
    const int row = int(m_rows.size());
    m_grid->addWidget(r.category, row, 0);
    m_grid->addWidget(r.description, row, 1);
    m_grid->addWidget(r.amount, row, 2);
    m_grid->addWidget(r.remove, row, 3);
    m_grid->setColumnStretch(1, 1);
    connect(r.amount, &AmountField::amountChanged, this, &MdfClaimDialog::updateTotal);
    QPushButton *remove = r.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).remove == remove) {
                removeLine(i);
                break;
            }
        }
    });
    m_rows.append(r);
    r.description->setPlaceholderText(tr("What was bought or paid for"));
    updateTotal();
}

void MdfClaimDialog::removeLine(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const Row gone = m_rows.takeAt(index);
    for (QWidget *w : std::initializer_list<QWidget *>{gone.category, gone.description, gone.amount,
                                                       gone.remove}) {
        m_grid->removeWidget(w);
        w->deleteLater();
    }
    updateTotal();
}

QList<MdfRules::Line> MdfClaimDialog::lines() const
{
    QList<MdfRules::Line> out;
    for (const Row &r : m_rows) {
        MdfRules::Line l;
        l.category = r.category->currentData().toString();
        l.description = r.description->text().trimmed();
        l.amount = r.amount->amount().value_or(Decimal::invalid());
        out.append(l);
    }
    return out;
}

// The lines' amounts that are readable, summed (an unreadable one is a finding of its own).
Decimal MdfClaimDialog::total(const QList<MdfRules::Line> &lines)
{
    Decimal sum = Decimal::fromInt(0);
    for (const MdfRules::Line &l : lines) {
        if (l.amount.isValid())
            sum = sum + l.amount;
    }
    return sum;
}

std::optional<Decimal> MdfClaimDialog::approved() const
{
    return Decimal::fromJson(m_claim.value(QLatin1String("approved_amount")));
}

void MdfClaimDialog::updateTotal()
{
    const auto limit = approved();
    m_total->setText(
        tr("Total %1 of %2 approved")
            .arg(Money(total(lines()), m_currency).format(locale()),
                 limit ? Money(*limit, m_currency).format(locale()) : QStringLiteral("—")));
}

bool MdfClaimDialog::check()
{
    const QList<MdfRules::Line> current = lines();
    QList<MdfRules::Finding> findings = MdfRules::check(current);
    m_findings->clear();
    bool blocking = MdfRules::hasBlocking(findings);
    for (int i = 0; i < current.size(); ++i) {
        if (current.at(i).description.isEmpty()) {
            m_findings->addItem(tr("Line %1: describe the expense.").arg(i + 1));
            blocking = true;
        }
    }
    if (current.isEmpty()) {
        m_findings->addItem(tr("Add at least one expense line."));
        blocking = true;
    }
    const Decimal sum = total(current);
    const auto limit = approved();
    if (limit && sum > *limit) {
        m_findings->addItem(tr("The total %1 is above the approved %2.")
                                .arg(Money(sum, m_currency).format(locale()),
                                     Money(*limit, m_currency).format(locale())));
        blocking = true;
    }
    bool warnings = false;
    for (const MdfRules::Finding &f : findings) {
        auto *item = new QListWidgetItem(
            (f.blocking ? tr("Must fix: %1") : tr("Check: %1")).arg(f.message), m_findings);
        item->setData(Qt::UserRole, f.line);
        warnings = warnings || !f.blocking;
    }
    m_findings->setVisible(m_findings->count() > 0);
    m_ack->setVisible(warnings && !blocking);
    if (!warnings)
        m_ack->setChecked(false);
    const bool ok = !blocking && (!warnings || m_ack->isChecked());
    m_result->setText(blocking ? tr("Fix the lines marked “Must fix” before submitting.")
                      : !ok    ? tr("Look at the lines marked “Check”, then confirm below.")
                               : tr("The pre-check found nothing that stops this claim."));
    return ok;
}

void MdfClaimDialog::submit()
{
    if (m_sent || !check())
        return;
    QList<ConsoleWrites::ExpenseLine> expense;
    for (const MdfRules::Line &l : lines())
        expense.append({l.category, l.description, l.amount});
    m_sent = true;
    setEditable(false);
    m_result->setText(tr("Submitting…"));
    auto *write = new VerifiedWrite(
        m_session->writer(),
        ConsoleWrites::submitMdfClaim(m_claim.value(QLatin1String("claim_id")).toString(), expense),
        this);
    connect(write, &VerifiedWrite::checking, this,
            [this](const WriteOutcome &o) { m_result->setText(WriteOutcomeText::checking(o)); });
    connect(write, &VerifiedWrite::finished, this, [this, write](const WriteOutcome &o) {
        write->deleteLater();
        if (o.fromRecords)
            emit outcomeKnown();
        if (o.kind == WriteOutcome::Kind::Done) {
            const QString status = StatusLabels::mdfStatus(QStringLiteral("CLAIM_REVIEW"));
            m_result->setText(
                o.fromRecords
                    ? tr("The claim did arrive: status %1. Nothing more to do.").arg(status)
                    : tr("Submitted. Status: %1.").arg(status));
            emit submitted();
            return;
        }
        if (o.kind == WriteOutcome::Kind::Unknown) { // not known: not offered again
            m_result->setText(WriteOutcomeText::describe(o));
            return;
        }
        QStringList why{WriteOutcomeText::describe(o)};
        for (const BssError::Detail &d : o.error.details())
            why << tr("Line %1: %2").arg(d.id.toInt() + 1).arg(d.message);
        m_result->setText(why.join(u'\n'));
        m_sent = false;
        setEditable(true);
        emit failed(o.error);
    });
    write->start();
}

void MdfClaimDialog::setEditable(bool editable)
{
    for (const Row &r : m_rows) {
        for (QWidget *w :
             std::initializer_list<QWidget *>{r.category, r.description, r.amount, r.remove})
            w->setEnabled(editable);
    }
    m_add->setEnabled(editable);
    m_check->setEnabled(editable);
    m_submit->setEnabled(editable);
}

QString MdfClaimDialog::findingsText() const
{
    QStringList out;
    for (int i = 0; i < m_findings->count(); ++i)
        out << m_findings->item(i)->text();
    return out.join(u'\n');
}

QString MdfClaimDialog::resultText() const
{
    return m_result->text();
}

void MdfClaimDialog::retranslate()
{
    const QString id = m_claim.value(QLatin1String("claim_id")).toString();
    setWindowTitle(tr("Claim MDF for %1").arg(id));
    QString header = tr("%1 — claim deadline %2")
                         .arg(m_claim.value(QLatin1String("activity_name")).toString(),
                              m_claim.value(QLatin1String("claim_deadline")).toString());
    const QString comment = m_claim.value(QLatin1String("review_comment")).toString();
    if (!comment.isEmpty())
        header += u'\n' + tr("Review comment: %1").arg(comment);
    m_header->setText(header);
    m_add->setText(tr("Add line"));
    m_check->setText(tr("Check"));
    m_submit->setText(tr("Submit claim"));
    m_close->setText(tr("Close"));
    m_ack->setText(tr("I have checked the flagged descriptions: they are eligible expenses."));
    for (Row &r : m_rows) {
        for (int i = 0; i < r.category->count(); ++i)
            r.category->setItemText(i, MdfRules::categoryLabel(r.category->itemData(i).toString()));
        r.remove->setText(tr("Remove"));
        r.description->setPlaceholderText(tr("What was bought or paid for"));
    }
    updateTotal();
}

void MdfClaimDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
