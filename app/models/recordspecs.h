#pragma once

#include "models/recordtablemodel.h"

#include <QCoreApplication>

// The one table of the record tables' columns, page by page: which field, its title, how it is
// shown. The Workspace builds its models from these; a new page's table adds a function here.
// Whether a column is masked is not said here: Masking::kindOfField decides by its field.
class RecordSpecs
{
    Q_DECLARE_TR_FUNCTIONS(RecordSpecs)
public:
    using Columns = QList<RecordTableModel::Column>;

    static Columns fundsChanges();    // 收支明细
    static Columns fundsAdjust();     // 拨款/回收记录
    static Columns fundsAgreements(); // payment agreements (sandbox only)
    static Columns resellers();
    static Columns marketplaceBills();
    static Columns incentivePayouts();
    static Columns incentiveClaims(); // MDF applications
    static Columns discountBreakdown();
    static Columns discountCustomers();
    static Columns settlementItems();
    static Columns settlementHistory();
    static Columns settlementDiff();
    static Columns statementLines();
    static Columns statementProblems();
    static Columns budgets();         // International: customer budgets (客户预算)
    static Columns budgetHistory();   // a customer's budget records
    static Columns invoices();        // International: the partner's invoice requests
    static Columns periodResources(); // a customer's yearly/monthly resources (包年/包月资源)
    static Columns orderLines();      // an order's line items
    static Columns incentivePolicies(); // 产品激励策略 (China)
    static Columns ownCoupons();        // the partner's own coupons (International)
    static Columns unbindRequests();    // the partner's unbind requests (sandbox only)
    // A breakdown group's label: "type:<association>" or a payment method.
    static QString discountGroupLabel(const QJsonValue &group);
};
