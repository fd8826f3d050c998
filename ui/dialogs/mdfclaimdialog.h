#pragma once

#include "core/mdfrules.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>

class AmountField;
class BssError;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class Session;

// 申请兑现 for one approved MDF activity: expense lines (category, description, amount), the
// pre-check against the console's ineligible expenses (MdfRules) and the approved amount before
// anything is sent, then one signed submit. A category finding or an amount above the approval
// blocks the claim; a suspicious word in a description must be acknowledged. The submit is
// never retried: if its answer is lost the application is read again and its true status shown.
class MdfClaimDialog : public QDialog
{
    Q_OBJECT
public:
    MdfClaimDialog(Session *session, const QJsonObject &claim, QWidget *parent = nullptr);

    void addLine(const QString &category = QString(), const QString &description = QString(),
                 const QString &amount = QString());
    void removeLine(int index);
    int lineCount() const { return int(m_rows.size()); }
    QList<MdfRules::Line> lines() const;
    // Runs the pre-check and shows its findings; true when the claim may be sent.
    bool check();
    void submit();

    QString findingsText() const;
    QString resultText() const;
    QCheckBox *acknowledgeBox() const { return m_ack; }
    QPushButton *submitButton() const { return m_submit; }

signals:
    void submitted();
    void failed(const BssError &error);
    void outcomeKnown(); // after a lost answer, what the claims list shows is shown

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QComboBox *category;
        QLineEdit *description;
        AmountField *amount;
        QPushButton *remove;
    };
    void retranslate();
    void updateTotal();
    static Decimal total(const QList<MdfRules::Line> &lines);
    std::optional<Decimal> approved() const;
    void setEditable(bool editable);
    // The local audit log: who claimed how much for which application, and the outcome.

    Session *m_session;
    QJsonObject m_claim;
    QString m_currency;
    QList<Row> m_rows;
    QGridLayout *m_grid;
    QLabel *m_header;
    QLabel *m_total;
    QLabel *m_result;
    QListWidget *m_findings;
    QCheckBox *m_ack;
    QPushButton *m_add;
    QPushButton *m_check;
    QPushButton *m_submit;
    QPushButton *m_close;
    bool m_sent = false;
};
