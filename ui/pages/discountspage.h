#pragma once

#include "pages/page.h"

#include <QJsonObject>
#include <QWidget>

class BssError;
class DataTableView;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class RecordTableModel;
class Session;
class Workspace;

// 本月已优惠 → 优惠详情: this month's discount for the partner — list price, discount and amount
// due — broken down by payment method or by association type as a table and a chart, and per
// customer (largest discount first, names masked). The data runs to 24:00 yesterday (UTC+8), as
// the console's consumption data does. No API returns the figure: on the China site it is derived
// from the official monthly bill sums, as the console does (DiscountsLoader); the sandbox's
// International site serves it from a sandbox-only endpoint; a real International site has
// neither, and the page says where the console shows it.
class DiscountsPage : public Page
{
    Q_OBJECT
public:
    QString key() const override { return QStringLiteral("discounts"); }
    explicit DiscountsPage(Workspace *workspace, QWidget *parent = nullptr);

    void reload() override;
    void setBreakdown(bool byAssociationType);
    bool canExport() const override { return true; }
    void exportCurrent() override;

    RecordTableModel *breakdown() const { return m_breakdown; }
    RecordTableModel *customers() const { return m_customers; }
    QChart *chart() const { return m_chart; }
    QString summaryText() const;

signals:

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showBreakdown();

    Session *m_session;
    class DiscountsLoader *m_loader = nullptr;
    RecordTableModel *m_breakdown;
    RecordTableModel *m_customers;
    QComboBox *m_view;
    QPushButton *m_reload;
    QLabel *m_summary;
    QLabel *m_latency;
    QLabel *m_customersTitle;
    DataTableView *m_breakdownTable;
    DataTableView *m_customerTable;
    QChart *m_chart;
    QChartView *m_chartView;
    QJsonObject m_data;
};
