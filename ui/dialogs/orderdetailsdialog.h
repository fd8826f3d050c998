#pragma once

#include "bss/bsserror.h"

#include <QDialog>

#include <optional>

class DataTableView;
class OrderDetails;
class QLabel;
class RecordTableModel;
class Session;

// 订单详情 of one customer order (ShowCustomerOrderDetails): what was bought and when, its state,
// list price, discount, coupons and the amount paid, and every line item with its period and
// validity. Opened from the orders tab of the customer detail.
class OrderDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    OrderDetailsDialog(Session *session, const QString &orderId, const QString &indirectPartnerId,
                       QWidget *parent = nullptr);

    RecordTableModel *lines() const { return m_lines; }
    QString summaryText() const;

signals:
    void loaded();
    void failed(const BssError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showOrder();

    QString m_id;
    RecordTableModel *m_lines;
    OrderDetails *m_details;
    QLabel *m_summary;
    QLabel *m_linesTitle;
    DataTableView *m_table;
    std::optional<BssError> m_error;
    bool m_loaded = false;
};
