#pragma once

#include "bss/priceinquiry.h"
#include "pages/page.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class Session;
class Workspace;

// 询价: product lines (ECS flavour, EVS disk, bandwidth, EIP; spec, size, quantity) for a
// customer's project and region, priced on demand (hours) or for a period (months, years, days);
// the quote per line and in total with list price, discount and amount, exactly as returned (up
// to 6 decimals); or the renewal price of existing yearly/monthly resources by their IDs. Every
// rule is checked before anything is sent.
class PricingPage : public Page
{
    Q_OBJECT
public:
    QString key() const override { return QStringLiteral("pricing"); }
    explicit PricingPage(Workspace *workspace, QWidget *parent = nullptr);

    void addLine(PriceInquiry::Product product, const QString &spec, int size, int quantity);
    void removeSelectedLines();
    PriceInquiry::Request request() const;
    void price(); // checks, then one call
    QLineEdit *projectEdit() const { return m_project; }
    QComboBox *modeBox() const { return m_mode; } // 0 pay-per-use, 1 yearly/monthly, 2 renewal
    QLineEdit *resourcesEdit() const { return m_resources; }
    QSpinBox *countBox() const { return m_count; }
    QComboBox *unitBox() const { return m_unit; }
    QTableWidget *linesTable() const { return m_lines; }
    QTableWidget *resultTable() const { return m_results; }
    QString problemText() const;
    QString totalText() const;

    // Nothing to read until the user asks for a price; asks again with the current form.
    void reload() override;
    // "renewal" with a list of resource IDs: the renewal price of those resources (another
    // page's 续订询价), for the period the form has.
    bool focus(const QString &what, const QVariant &value) override;

signals:
    void priced();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillRegions();
    static QString
    specLabel(int product,
              const QString &code); // the site's regions, once the session knows the site
    // The request of the form, or nothing with *problem set (in the current language).
    ApiRequest buildRequest(QString *problem) const;
    // The problem line; kept as a function so that a language switch writes it again.
    void setProblem(std::function<QString()> text);
    void retranslate();
    void updateUnits();
    void showQuote(const PriceInquiry::Quote &quote);
    void showAnswer(const PriceInquiry::Quote &quote);
    void showFailure(const BssError &error);
    QString money(const Decimal &amount, const QString &currency) const;

    Session *m_session;
    class PricingLoader *m_loader;
    QLabel *m_note;
    QLabel *m_projectLabel;
    QLabel *m_regionLabel;
    QLabel *m_billingLabel;
    QLineEdit *m_project;
    QComboBox *m_region;
    QLabel *m_resourcesLabel;
    QLineEdit *m_resources;
    QComboBox *m_mode;
    QSpinBox *m_count;
    QComboBox *m_unit;
    QTableWidget *m_lines;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_price;
    QLabel *m_problem;
    std::function<QString()> m_problemText;
    QTableWidget *m_results;
    QLabel *m_total;
    int m_nextId = 1;
};
