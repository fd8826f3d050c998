#pragma once

#include <QDialog>
#include <QJsonObject>

class BssError;
class DataTableView;
class QLabel;
class RecordTableModel;
class Session;

// 详情 of one marketplace settlement bill: the bill (product, period, amounts, phase + status and
// what the partner must do next), its line items per order and customer (customer names masked
// like every table), and the full state history. Loaded from SandboxShowSettlement.
class SettlementDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    SettlementDetailsDialog(Session *session, const QString &settlementId,
                            QWidget *parent = nullptr);

    RecordTableModel *items() const { return m_items; }
    RecordTableModel *history() const { return m_history; }
    QString summaryText() const;

signals:
    void loaded();
    void failed(const BssError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslate();
    void showBill();

    Session *m_session;
    QString m_id;
    QJsonObject m_bill;
    RecordTableModel *m_items;
    RecordTableModel *m_history;
    QLabel *m_summary;
    QLabel *m_itemsTitle;
    QLabel *m_historyTitle;
    DataTableView *m_itemTable;
    DataTableView *m_historyTable;
};
