#include "core/statuslabels.h"

namespace {

struct Label
{
    const char *code;
    const char *label;
};

template<size_t N> QString lookup(const Label (&labels)[N], const QString &code)
{
    for (const Label &l : labels) {
        if (code == QLatin1String(l.code))
            return StatusLabels::tr(l.label);
    }
    return code; // unknown: verbatim
}

} // namespace

QString StatusLabels::couponStatus(int status)
{
    switch (status) {
    case 1:
        return tr("Not activated");
    case 2:
        return tr("Usable");
    case 3:
        return tr("Used");
    case 4:
        return tr("Expired");
    case 5:
        return tr("Reclaimed");
    default:
        return tr("Unknown status (%1)").arg(status);
    }
}

QString StatusLabels::orderStatus(int status)
{
    switch (status) {
    case 1:
        return tr("Pending review");
    case 3:
        return tr("Processing");
    case 4:
        return tr("Cancelled", "order");
    case 5:
        return tr("Completed");
    case 6:
        return tr("Pending payment");
    case 9:
        return tr("Pending confirmation");
    default:
        return tr("Unknown status (%1)").arg(status);
    }
}

QString StatusLabels::orderType(int type)
{
    switch (type) {
    case 1:
        return tr("New purchase");
    case 2:
        return tr("Renewal");
    case 3:
        return tr("Change");
    case 4:
        return tr("Unsubscription");
    default:
        return tr("Unknown type (%1)").arg(type);
    }
}

QString StatusLabels::adjustType(const QString &t)
{
    if (t == u"SOURCE_OPERATION_BEADJUST")
        return tr("Allocation");
    if (t == u"SOURCE_OPERATION_BERETRIEVE")
        return tr("Reclaim", "adjust record");
    if (t == u"SOURCE_OPERATION_BEUNBIND")
        return tr("Reclaimed on unbinding");
    return t;
}

QString StatusLabels::paymentMethod(const QString &b)
{
    if (b == u"BALANCE_TYPE_DEBIT" || b == u"CASH")
        return tr("Cash");
    if (b == u"BALANCE_TYPE_CREDIT" || b == u"CREDIT")
        return tr("Credit");
    if (b == u"BALANCE_TYPE_COUPON" || b == u"COUPON")
        return tr("Voucher");
    if (b == u"BALANCE_TYPE_RCASH_COUPON")
        return tr("Cash coupon");
    if (b == u"BALANCE_TYPE_STORED_VALUE_CARD")
        return tr("Stored-value card");
    if (b == u"BALANCE_TYPE_BONUS")
        return tr("Bonus");
    if (b == u"DEBT")
        return tr("Arrears");
    return b;
}

QString StatusLabels::quotaStatus(int status)
{
    switch (status) {
    case 0:
        return tr("Normal", "quota");
    case 3:
        return tr("Invalid");
    case 4:
        return tr("Being adjusted");
    case 5:
        return tr("Frozen");
    case 6:
        return tr("Reclaimed");
    default:
        return tr("Unknown status (%1)").arg(status);
    }
}

QString StatusLabels::couponOperation(int type)
{
    switch (type) {
    case 1:
        return tr("Issued", "coupon record");
    case 2:
        return tr("Reclaimed manually");
    case 3:
        return tr("Reclaimed on unbinding");
    case 4:
        return tr("Reclaimed on expiry");
    case 5:
        return tr("Reclaimed on unsubscription");
    case 6:
        return tr("Refund reversal");
    case 7:
        return tr("Reclaimed on association");
    case 8:
        return tr("Reclaimed on a mode switch");
    case 9:
        return tr("Reseller transfer");
    default:
        return tr("Unknown type (%1)").arg(type);
    }
}

QString StatusLabels::tradeDetail(const QString &t)
{
    // Huawei's own spelling (OPERAIION) is kept in the codes.
    const QString k = QString(t).replace(QStringLiteral("OPERAIION"), QStringLiteral("OPERATION"));
    if (k == u"SOURCE_OPERATION_RECHARGE")
        return tr("Top-up");
    if (k == u"SOURCE_OPERATION_RECHARGE_REBATE")
        return tr("Incentive top-up");
    if (k == u"SOURCE_OPERATION_USAGE")
        return tr("Pay-per-use");
    if (k == u"SOURCE_OPERATION_DEDEUCT")
        return tr("Yearly/monthly purchase");
    if (k == u"SOURCE_OPERATION_BEADJUST")
        return tr("Allocation");
    if (k == u"SOURCE_OPERATION_BERETRIEVE")
        return tr("Reclaim", "adjust record");
    if (k == u"SOURCE_OPERATION_BEUNBIND")
        return tr("Reclaimed on unbinding");
    if (k == u"SOURCE_OPERATION_REFUND" || k == u"SOURCE_OPERATION_UNSUBSCRIBE")
        return tr("Refund");
    return t; // unknown codes verbatim
}

QString StatusLabels::agreementStatus(const QString &s)
{
    if (s == u"EFFECTIVE")
        return tr("In effect");
    if (s == u"VOIDED")
        return tr("Voided");
    if (s == u"EXPIRED")
        return tr("Expired");
    return s;
}

QString StatusLabels::unbindStatus(const QString &s)
{
    static const Label labels[] = {
        {"SUBMITTED", QT_TR_NOOP("Awaiting the customer")},
        {"APPROVED", QT_TR_NOOP("Unbound")},
        {"REJECTED", QT_TR_NOOP("Refused by the customer")},
    };
    return lookup(labels, s);
}

QString StatusLabels::settlementStatus(const QString &s)
{
    static const Label labels[] = {
        {"PENDING_COUNTERSIGN", QT_TR_NOOP("Awaiting countersign")},
        {"COUNTERSIGNING", QT_TR_NOOP("Countersigning")},
        {"PAY_REQUEST_FAILED", QT_TR_NOOP("Payment request creation failed")},
        {"AWAITING_INVOICE", QT_TR_NOOP("Awaiting invoice")},
        {"INVOICE_REVIEW", QT_TR_NOOP("Invoice under review")},
        {"PAY_REVIEW", QT_TR_NOOP("Payment request under review")},
        {"PAY_REQUEST_REJECTED", QT_TR_NOOP("Payment request rejected")},
        {"PAYING", QT_TR_NOOP("Paying")},
        {"PAID", QT_TR_NOOP("Paid")},
    };
    return lookup(labels, s);
}

QString StatusLabels::settlementAction(const QString &s)
{
    if (s == u"AWAITING_INVOICE")
        return tr("Invoice Huawei from the invoicing list; the bill moves on once the "
                  "invoice is received.");
    if (s == u"PAY_REQUEST_REJECTED")
        return tr("Check that the invoice was issued and received (non-general products), or raise "
                  "a ticket with the payment request number (general products).");
    if (s == u"PAID")
        return QString();
    return tr("Nothing to do: waiting for Huawei's operations or finance staff.");
}

QString StatusLabels::settlementPhase(const QString &phase)
{
    static const Label labels[] = {
        {"countersign", QT_TR_NOOP("Countersign")},
        {"invoice_review", QT_TR_NOOP("Invoice review")},
        {"payment_review", QT_TR_NOOP("Payment request review")},
        {"payment", QT_TR_NOOP("Payment")},
    };
    return lookup(labels, phase);
}

QString StatusLabels::productKind(const QString &kind)
{
    static const Label labels[] = {
        {"general", QT_TR_NOOP("General product")},
        {"non_general", QT_TR_NOOP("Non-general product")},
    };
    return lookup(labels, kind);
}

QString StatusLabels::incentiveStatus(const QString &status)
{
    static const Label labels[] = {
        {"NOT_REQUESTED", QT_TR_NOOP("Not yet requested")},
        {"PROCESSING", QT_TR_NOOP("Request processing")},
        {"AWAITING_INVOICE", QT_TR_NOOP("Awaiting partner invoice")},
        {"INVOICE_REVIEW", QT_TR_NOOP("Invoice under review")},
        {"COMPLETED", QT_TR_NOOP("Completed")},
        {"FAILED", QT_TR_NOOP("Issue failed")},
    };
    return lookup(labels, status);
}

QString StatusLabels::payoutMethod(const QString &method)
{
    static const Label labels[] = {
        {"BANK_TRANSFER", QT_TR_NOOP("Bank transfer")},
        {"ACCOUNT_TOPUP", QT_TR_NOOP("Top-up to the Huawei Cloud account")},
        {"COUPON_QUOTA", QT_TR_NOOP("Voucher quota")},
    };
    return lookup(labels, method);
}

QString StatusLabels::incentiveHint(const QString &status, const QString &method)
{
    if (status == u"NOT_REQUESTED")
        return tr("Request the payout (or set up automatic requests).");
    if (status == u"PROCESSING")
        return tr("Nothing to do: the request is with Huawei Finance.");
    if (status == u"AWAITING_INVOICE")
        return tr("Issue the invoice and mail it with the invoicing list.");
    if (status == u"INVOICE_REVIEW")
        return tr("Nothing to do: once the payment review passes, Finance pays within 2 working "
                  "days.");
    if (status == u"FAILED")
        return tr("An error occurred while issuing the voucher quota: contact customer service.");
    if (status == u"COMPLETED") {
        if (method == u"BANK_TRANSFER")
            return tr("Finance has transferred the payment to your bank account.");
        if (method == u"ACCOUNT_TOPUP")
            return tr("Finance has topped up your Huawei Cloud account: confirm it in Funds > "
                      "Account changes (recharge account).");
        if (method == u"COUPON_QUOTA")
            return tr("The voucher quota has been issued: confirm it in Coupons > Quotas.");
        return tr("Completed.");
    }
    return QString();
}

QString StatusLabels::mdfStatus(const QString &status)
{
    static const Label labels[] = {
        {"APPLICATION_REVIEW", QT_TR_NOOP("Application under review")},
        {"CLAIM_PENDING", QT_TR_NOOP("Approved, awaiting claim")},
        {"CLAIM_REVIEW", QT_TR_NOOP("Claim under review")},
        {"CLAIM_APPROVED", QT_TR_NOOP("Claim approved")},
        {"CLAIM_REJECTED", QT_TR_NOOP("Claim rejected")},
        {"EXPIRED", QT_TR_NOOP("Expired")},
    };
    return lookup(labels, status);
}

QString StatusLabels::mdfAction(const QString &status)
{
    if (status == u"CLAIM_PENDING")
        return tr("Submit the claim with the actual expenses before the deadline.");
    if (status == u"CLAIM_REJECTED")
        return tr("Correct the claim as the review comment says and resubmit it within 45 days.");
    if (status == u"CLAIM_APPROVED")
        return tr("Issue the invoice and mail it within 15 days.");
    if (status == u"EXPIRED")
        return tr("The claim deadline has passed; a late claim needs the director's approval.");
    if (status == u"APPLICATION_REVIEW" || status == u"CLAIM_REVIEW")
        return tr("Nothing to do: waiting for Huawei's review.");
    return QString();
}

QString StatusLabels::diffChange(const QString &change)
{
    static const Label labels[] = {
        {"new", QT_TR_NOOP("New")},
        {"gone", QT_TR_NOOP("Gone")},
        {"changed", QT_TR_NOOP("Changed")},
        {"unchanged", QT_TR_NOOP("Unchanged")},
    };
    return lookup(labels, change);
}

QString StatusLabels::budgetType(const QString &type)
{
    if (type.isEmpty())
        return tr("No budget");
    static const Label labels[] = {
        {"MONTHLY", QT_TR_NOOP("Monthly budget")},
        {"PACKAGE", QT_TR_NOOP("One-time budget")},
    };
    return lookup(labels, type);
}

QString StatusLabels::budgetState(const QString &state)
{
    static const Label labels[] = {
        {"over", QT_TR_NOOP("Over budget")},
        {"near", QT_TR_NOOP("Near budget")},
        {"within", QT_TR_NOOP("Within budget")},
        {"none", QT_TR_NOOP("No budget")},
    };
    return lookup(labels, state);
}

QString StatusLabels::budgetOperation(const QString &operation)
{
    static const Label labels[] = {
        {"SETTING", QT_TR_NOOP("Budget set")},
        {"DELETE", QT_TR_NOOP("Association removed")},
    };
    return lookup(labels, operation);
}

QString StatusLabels::freezePolicy(int policy)
{
    return policy == 1 ? tr("Freeze automatically") : tr("Freeze by hand");
}

QString StatusLabels::frozenState(int isFrozen)
{
    return isFrozen ? tr("Frozen") : tr("Normal");
}

QString StatusLabels::freezeType(const QString &type)
{
    static const Label labels[] = {
        {"ACCOUNT", QT_TR_NOOP("Account")},
        {"ACCOUNT_AND_RESOURCE", QT_TR_NOOP("Account and resources")},
    };
    return lookup(labels, type);
}

QString StatusLabels::invoiceState(int state)
{
    static const Label labels[] = {
        {"0", QT_TR_NOOP("Draft")},
        {"1", QT_TR_NOOP("Pending review")},
        {"4", QT_TR_NOOP("Waiting for the invoice file")},
        {"5", QT_TR_NOOP("Waiting for the invoice file upload")},
        {"6", QT_TR_NOOP("Waiting for mailing")},
        {"7", QT_TR_NOOP("Waiting for the receipt")},
        {"8", QT_TR_NOOP("Completed")},
        {"9", QT_TR_NOOP("Returned")},
        {"11", QT_TR_NOOP("Rejection under review")},
        {"13", QT_TR_NOOP("Return under review")},
        {"14", QT_TR_NOOP("Waiting for the return")},
        {"15", QT_TR_NOOP("Return failed")},
    };
    return lookup(labels, QString::number(state));
}

QString StatusLabels::invoiceMethod(int method)
{
    static const Label labels[] = {
        {"0", QT_TR_NOOP("By bill period")},
        {"1", QT_TR_NOOP("On receipt of payment")},
        {"2", QT_TR_NOOP("By order")},
    };
    return lookup(labels, QString::number(method));
}

QString StatusLabels::invoiceRequestMode(const QString &mode)
{
    static const Label labels[] = {
        {"0", QT_TR_NOOP("Invoice")},
        {"1", QT_TR_NOOP("Return")},
        {"2", QT_TR_NOOP("Invoiced, then returned")},
    };
    return lookup(labels, mode);
}

QString StatusLabels::resourceStatus(int status)
{
    static const Label labels[] = {
        {"2", QT_TR_NOOP("In use")},
        {"3", QT_TR_NOOP("Closed")},
        {"4", QT_TR_NOOP("Frozen")},
        {"5", QT_TR_NOOP("Expired")},
    };
    return lookup(labels, QString::number(status));
}

QString StatusLabels::expirePolicy(int policy)
{
    static const Label labels[] = {
        {"0", QT_TR_NOOP("Grace period")},     {"1", QT_TR_NOOP("Changes to pay-per-use")},
        {"2", QT_TR_NOOP("Deleted")},          {"3", QT_TR_NOOP("Renews automatically")},
        {"4", QT_TR_NOOP("Frozen on expiry")}, {"5", QT_TR_NOOP("Deleted after retention")},
    };
    return lookup(labels, QString::number(policy));
}

QString StatusLabels::period(int type, int n)
{
    switch (type) {
    case 0:
        return tr("%n day(s)", nullptr, n);
    case 1:
        return tr("%n week(s)", nullptr, n);
    case 2:
        return tr("%n month(s)", nullptr, n);
    case 3:
        return tr("%n year(s)", nullptr, n);
    case 4:
        return tr("%n hour(s)", nullptr, n);
    case 5:
        return tr("One-off");
    default:
        return tr("Unknown period (%1)").arg(type);
    }
}

QString StatusLabels::incentivePolicy(const QString &policy)
{
    static const Label labels[] = {
        {"0", QT_TR_NOOP("Not a specific product")},
        {"1", QT_TR_NOOP("Specific product")},
        {"2", QT_TR_NOOP("No performance, no rebate")},
        {"13", QT_TR_NOOP("Performance, no rebate")},
    };
    return lookup(labels, policy);
}

QString StatusLabels::allowDiscount(const QString &allow)
{
    static const Label labels[] = {
        {"YES", QT_TR_NOOP("Allowed")},
        {"NO", QT_TR_NOOP("Not allowed")},
    };
    return lookup(labels, allow);
}

QString StatusLabels::region(const QString &code)
{
    static const Label labels[] = {
        {"cn-north-1", QT_TR_NOOP("CN North-Beijing1")},
        {"cn-north-4", QT_TR_NOOP("CN North-Beijing4")},
        {"cn-north-9", QT_TR_NOOP("CN North-Ulanqab1")},
        {"cn-east-2", QT_TR_NOOP("CN East-Shanghai2")},
        {"cn-east-3", QT_TR_NOOP("CN East-Shanghai1")},
        {"cn-south-1", QT_TR_NOOP("CN South-Guangzhou")},
        {"cn-southwest-2", QT_TR_NOOP("CN Southwest-Guiyang1")},
        {"ap-southeast-1", QT_TR_NOOP("CN-Hong Kong")},
        {"ap-southeast-2", QT_TR_NOOP("AP-Bangkok")},
        {"ap-southeast-3", QT_TR_NOOP("AP-Singapore")},
        {"ap-southeast-4", QT_TR_NOOP("AP-Jakarta")},
        {"af-south-1", QT_TR_NOOP("AF-Johannesburg")},
        {"la-south-2", QT_TR_NOOP("LA-Santiago")},
        {"sa-brazil-1", QT_TR_NOOP("LA-Sao Paulo1")},
        {"la-north-2", QT_TR_NOOP("LA-Mexico City2")},
        {"me-east-1", QT_TR_NOOP("ME-Riyadh")},
        {"tr-west-1", QT_TR_NOOP("TR-Istanbul")},
        {"eu-west-101", QT_TR_NOOP("EU-Dublin")},
    };
    return lookup(labels, code);
}
