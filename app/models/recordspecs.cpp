#include "models/recordspecs.h"

#include "core/statuslabels.h"
#include "core/statustones.h"
#include "models/customermodel.h"

namespace {
using C = RecordTableModel::Column;
using K = RecordTableModel::Kind;

QString associationLabel(const QJsonValue &v)
{
    return CustomerModel::associationLabel(v.toString());
}
} // namespace

RecordSpecs::Columns RecordSpecs::fundsChanges()
{
    return {
        C{"trade_time", [] { return tr("Time"); }, K::Time},
        C{"trade_detail_type", [] { return tr("Type"); }, K::Label,
          [](const QJsonValue &v) { return StatusLabels::tradeDetail(v.toString()); }},
        C{"type", [] { return tr("Direction"); }, K::Label,
          [](const QJsonValue &v) { return v.toString() == u"1" ? tr("Income") : tr("Expense"); }},
        C{"change_amount", [] { return tr("Amount"); }, K::Change},
        C{"balance_after_change", [] { return tr("Balance after the change"); }, K::Money},
        C{"customer_id", [] { return tr("Customer or reseller ID"); }},
        C{"account_name", [] { return tr("Account name"); }, K::Text},
        C{"trade_id", [] { return tr("Transaction ID"); }}};
}

RecordSpecs::Columns RecordSpecs::fundsAdjust()
{
    return {C{"operation_time", [] { return tr("Time"); }, K::Time},
            C{"operation_type", [] { return tr("Type"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::adjustType(v.toString()); }},
            C{"amount", [] { return tr("Amount"); }, K::Money},
            C{"customer_id", [] { return tr("Customer or reseller ID"); }},
            C{"customer_name", [] { return tr("Customer name"); }, K::Text},
            C{"trans_id", [] { return tr("Transaction ID"); }}};
}

RecordSpecs::Columns RecordSpecs::fundsAgreements()
{
    return {C{"agreement_id", [] { return tr("Agreement ID"); }},
            C{"status", [] { return tr("Status"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::agreementStatus(v.toString()); },
              [](const QJsonValue &v) { return StatusTones::agreementStatus(v.toString()); }},
            C{"principal", [] { return tr("Principal"); }, K::Text},
            C{"agent", [] { return tr("Remitter"); }, K::Text},
            C{"agent_type", [] { return tr("Remitter type"); }},
            C{"effective_time", [] { return tr("Effective"); }, K::Time},
            C{"expire_time", [] { return tr("Expires"); }, K::Time}};
}

RecordSpecs::Columns RecordSpecs::resellers()
{
    return {C{"indirect_partner_id", [] { return tr("Reseller ID"); }},
            C{"name", [] { return tr("Reseller name"); }, K::Text},
            C{"account_name", [] { return tr("Account name"); }, K::Text},
            C{"balance", [] { return tr("Balance"); }, K::Money},
            C{"mobile_phone", [] { return tr("Mobile number"); }, K::Text},
            C{"email", [] { return tr("Email"); }, K::Text},
            C{"account_manager_name", [] { return tr("Account manager"); }, K::Text},
            C{"associated_on", [] { return tr("Associated on"); }, K::Time}};
}

RecordSpecs::Columns RecordSpecs::marketplaceBills()
{
    return {C{"settlement_id", [] { return tr("Bill ID"); }},
            C{"product_name", [] { return tr("Product"); }},
            C{"bill_cycle", [] { return tr("Bill period"); }},
            C{"phase", [] { return tr("Phase"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::settlementPhase(v.toString()); }},
            C{"status", [] { return tr("Status"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::settlementStatus(v.toString()); },
              [](const QJsonValue &v) { return StatusTones::settlementStatus(v.toString()); }},
            C{"amount", [] { return tr("Amount"); }, K::Money},
            C{"settle_amount", [] { return tr("Settlement amount"); }, K::Money},
            C{"pay_request_no", [] { return tr("Payment request"); }},
            C{"update_time", [] { return tr("Updated"); }, K::Time},
            C{"status", [] { return tr("Next action"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::settlementAction(v.toString()); }}};
}

RecordSpecs::Columns RecordSpecs::incentivePayouts()
{
    return {
        C{"incentive_id", [] { return tr("Incentive ID"); }},
        C{"period", [] { return tr("Period"); }},
        C{"incentive_name", [] { return tr("Incentive"); }},
        C{"association_type", [] { return tr("Association type"); }, K::Label, associationLabel},
        C{"amount", [] { return tr("Amount"); }, K::Money},
        C{"payout_method", [] { return tr("Payout method"); }, K::Label,
          [](const QJsonValue &v) { return StatusLabels::payoutMethod(v.toString()); }},
        C{"status", [] { return tr("Status"); }, K::Label,
          [](const QJsonValue &v) { return StatusLabels::incentiveStatus(v.toString()); },
          [](const QJsonValue &v) { return StatusTones::incentiveStatus(v.toString()); }},
        C{"request_no", [] { return tr("Request number"); }},
        C{"frozen", [] { return tr("Frozen"); }, K::Label,
          [](const QJsonValue &v) { return v.toBool() ? tr("Frozen") : QString(); }},
        C{"update_time", [] { return tr("Updated"); }, K::Time},
        C{"hint", [] { return tr("What it means"); }, K::Label,
          [](const QJsonValue &v) {
              const QStringList parts = v.toString().split(u'|'); // "STATUS|METHOD"
              return StatusLabels::incentiveHint(parts.value(0), parts.value(1));
          }}};
}

RecordSpecs::Columns RecordSpecs::incentiveClaims()
{
    return {C{"claim_id", [] { return tr("Application ID"); }},
            C{"activity_name", [] { return tr("Activity"); }},
            C{"status", [] { return tr("Status"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::mdfStatus(v.toString()); },
              [](const QJsonValue &v) { return StatusTones::mdfStatus(v.toString()); }},
            C{"status", [] { return tr("Next action"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::mdfAction(v.toString()); }},
            C{"approved_amount", [] { return tr("Approved"); }, K::Money},
            C{"claimed_amount", [] { return tr("Claimed"); }, K::Money},
            C{"claim_deadline", [] { return tr("Claim deadline"); }},
            C{"days_left", [] { return tr("Days left"); }, K::Label,
              [](const QJsonValue &v) {
                  if (v.isUndefined() || v.isNull())
                      return QString();
                  const int days = v.toInt();
                  return days < 0 ? tr("overdue") : tr("%n day(s)", "", days);
              }},
            C{"review_comment", [] { return tr("Review comment"); }}};
}

RecordSpecs::Columns RecordSpecs::discountBreakdown()
{
    return {C{"group", [] { return tr("Group"); }, K::Label, discountGroupLabel},
            C{"official_amount", [] { return tr("List price"); }, K::Money},
            C{"discount_amount", [] { return tr("Discount"); }, K::Money},
            C{"amount", [] { return tr("Amount"); }, K::Money}};
}

RecordSpecs::Columns RecordSpecs::discountCustomers()
{
    return {
        C{"customer_id", [] { return tr("Customer ID"); }},
        C{"customer_name", [] { return tr("Customer name"); }, K::Text},
        C{"association_type", [] { return tr("Association type"); }, K::Label, associationLabel},
        C{"official_amount", [] { return tr("List price"); }, K::Money},
        C{"discount_amount", [] { return tr("Discount"); }, K::Money},
        C{"amount", [] { return tr("Amount"); }, K::Money}};
}

QString RecordSpecs::discountGroupLabel(const QJsonValue &group)
{
    const QString code = group.toString();
    if (code.startsWith(QLatin1String("type:")))
        return CustomerModel::associationLabel(code.mid(5));
    return StatusLabels::paymentMethod(code);
}

RecordSpecs::Columns RecordSpecs::settlementItems()
{
    return {C{"order_id", [] { return tr("Order ID"); }},
            C{"customer_id", [] { return tr("Customer ID"); }},
            C{"customer_name", [] { return tr("Customer name"); }, K::Text},
            C{"charge_mode", [] { return tr("Billing mode"); }, K::Label,
              [](const QJsonValue &v) {
                  return v.toString() == u"1"
                             ? tr("Yearly/monthly")
                             : (v.toString() == u"3" ? tr("Pay-per-use") : v.toString());
              }},
            C{"amount", [] { return tr("Amount"); }, K::Money},
            C{"settle_ratio", [] { return tr("Settlement ratio"); }, K::Ratio},
            C{"settle_amount", [] { return tr("Settlement amount"); }, K::Money},
            C{"trade_time", [] { return tr("Trade time"); }, K::Time}};
}

RecordSpecs::Columns RecordSpecs::settlementHistory()
{
    return {C{"time", [] { return tr("Time"); }, K::Time},
            C{"phase", [] { return tr("Phase"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::settlementPhase(v.toString()); }},
            C{"status", [] { return tr("Status"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::settlementStatus(v.toString()); },
              [](const QJsonValue &v) { return StatusTones::settlementStatus(v.toString()); }}};
}

RecordSpecs::Columns RecordSpecs::settlementDiff()
{
    return {C{"change", [] { return tr("Change"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::diffChange(v.toString()); },
              [](const QJsonValue &v) { return StatusTones::diffChange(v.toString()); }},
            C{"product_name", [] { return tr("Product"); }},
            C{"customer_id", [] { return tr("Customer ID"); }},
            C{"customer_name", [] { return tr("Customer name"); }, K::Text},
            C{"from_amount", [] { return tr("Amount (from)"); }, K::Money},
            C{"to_amount", [] { return tr("Amount (to)"); }, K::Money},
            C{"amount_delta", [] { return tr("Amount change"); }, K::Change},
            C{"from_settle", [] { return tr("Settlement (from)"); }, K::Money},
            C{"to_settle", [] { return tr("Settlement (to)"); }, K::Money},
            C{"settle_delta", [] { return tr("Settlement change"); }, K::Change}};
}

RecordSpecs::Columns RecordSpecs::statementLines()
{
    return {C{"bill_cycle", [] { return tr("Bill period"); }},
            C{"settlement_id", [] { return tr("Bill ID"); }},
            C{"product_kind", [] { return tr("Product type"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::productKind(v.toString()); }},
            C{"product_name", [] { return tr("Product"); }},
            C{"customer_id", [] { return tr("Customer ID"); }},
            C{"customer_name", [] { return tr("Customer name"); }, K::Text},
            C{"amount", [] { return tr("Amount"); }, K::Money},
            C{"settle_amount", [] { return tr("Settlement amount"); }, K::Money},
            C{"status", [] { return tr("Status"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::settlementStatus(v.toString()); },
              [](const QJsonValue &v) { return StatusTones::settlementStatus(v.toString()); }}};
}

RecordSpecs::Columns RecordSpecs::statementProblems()
{
    return {C{"line", [] { return tr("Line"); }}, C{"message", [] { return tr("Problem"); }}};
}

RecordSpecs::Columns RecordSpecs::budgets()
{
    return {C{"customer", [] { return tr("Customer name"); }, K::Text},
            C{"account_name", [] { return tr("Account name"); }, K::Text},
            C{"customer_id", [] { return tr("Customer ID"); }},
            C{"budget_type", [] { return tr("Budget type"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::budgetType(v.toString()); }},
            C{"budget_amount", [] { return tr("Budget"); }, K::Money},
            C{"used_amount", [] { return tr("Used"); }, K::Money},
            C{"remaining_amount", [] { return tr("Remaining"); }, K::Money},
            C{"used_percent", [] { return tr("Used %"); }, K::Percent},
            C{"budget_state", [] { return tr("Budget state"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::budgetState(v.toString()); },
              [](const QJsonValue &v) { return StatusTones::budgetState(v.toString()); }},
            C{"is_frozen", [] { return tr("Account"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::frozenState(v.toInt()); },
              [](const QJsonValue &v) { return StatusTones::frozenState(v.toInt()); }}};
}

RecordSpecs::Columns RecordSpecs::budgetHistory()
{
    return {C{"operation_time", [] { return tr("Time"); }, K::Time},
            C{"operation_type", [] { return tr("Operation"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::budgetOperation(v.toString()); }},
            C{"budget_type", [] { return tr("Budget type"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::budgetType(v.toString()); }},
            C{"budget_amount", [] { return tr("Budget"); }, K::Money},
            C{"operator", [] { return tr("Operator"); }, K::Text},
            C{"partner_account_name", [] { return tr("Partner account"); }, K::Text}};
}

RecordSpecs::Columns RecordSpecs::invoices()
{
    // The API's fields are camelCase here (ListInvoices, an older API).
    return {C{"applyTime", [] { return tr("Applied"); }, K::Time},
            C{"requestId", [] { return tr("Request ID"); }},
            C{"requestMode", [] { return tr("Request"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::invoiceRequestMode(v.toString()); }},
            C{"billCycle", [] { return tr("Bill period"); }},
            C{"invoiceTitle", [] { return tr("Invoice title"); }},
            C{"invoiceAmount", [] { return tr("Amount"); }, K::Money},
            C{"invoiceMethod", [] { return tr("Method"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::invoiceMethod(v.toInt()); }},
            C{"invoiceState", [] { return tr("Status"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::invoiceState(v.toInt()); },
              [](const QJsonValue &v) { return StatusTones::invoiceState(v.toInt()); }},
            C{"invoiceNo", [] { return tr("Invoice number"); }}};
}

RecordSpecs::Columns RecordSpecs::periodResources()
{
    return {C{"resource_name", [] { return tr("Resource name"); }},
            C{"service_type_name", [] { return tr("Service"); }},
            C{"product_spec_desc", [] { return tr("Specification"); }},
            C{"region_code", [] { return tr("Region"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::region(v.toString()); }},
            C{"status", [] { return tr("Status"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::resourceStatus(v.toInt()); },
              [](const QJsonValue &v) { return StatusTones::resourceStatus(v.toInt()); }},
            C{"expire_time", [] { return tr("Expires"); }, K::Time},
            C{"days_left", [] { return tr("Days left"); }, K::Count},
            C{"expire_policy", [] { return tr("On expiry"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::expirePolicy(v.toInt()); }},
            C{"resource_id", [] { return tr("Resource ID"); }}};
}

RecordSpecs::Columns RecordSpecs::orderLines()
{
    return {C{"service_type_name", [] { return tr("Service"); }},
            C{"product_spec_desc", [] { return tr("Specification"); }},
            // {"type": period_type, "num": period_num}, added by OrderDetails.
            C{"period", [] { return tr("Period"); }, K::Label,
              [](const QJsonValue &v) {
                  return v.isObject() ? StatusLabels::period(v[QLatin1String("type")].toInt(),
                                                             v[QLatin1String("num")].toInt())
                                      : QString();
              }},
            C{"subscription_num", [] { return tr("Quantity"); }, K::Count},
            C{"official_amount", [] { return tr("List price"); }, K::Money},
            C{"amount_after_discount", [] { return tr("Amount"); }, K::Money},
            C{"effective_time", [] { return tr("Effective"); }, K::Time},
            C{"expire_time", [] { return tr("Expires"); }, K::Time},
            C{"order_line_item_id", [] { return tr("Line ID"); }}};
}

RecordSpecs::Columns RecordSpecs::incentivePolicies()
{
    return {C{"service_type_name", [] { return tr("Service"); }},
            C{"incentive_policy", [] { return tr("Incentive policy"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::incentivePolicy(v.toString()); }},
            C{"allow_discount", [] { return tr("Partner discounts"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::allowDiscount(v.toString()); }},
            C{"service_type_code", [] { return tr("Service type code"); }}};
}

RecordSpecs::Columns RecordSpecs::ownCoupons()
{
    return {C{"coupon_id", [] { return tr("Coupon ID"); }},
            C{"plan_name", [] { return tr("Promotion"); }},
            C{"status", [] { return tr("Status"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::couponStatus(v.toInt()); },
              [](const QJsonValue &v) { return StatusTones::couponStatus(v.toInt()); }},
            C{"face_value", [] { return tr("Face value"); }, K::Money},
            C{"balance", [] { return tr("Left on the coupon"); }, K::Money},
            C{"valid_time", [] { return tr("Valid from"); }, K::Time},
            C{"expire_time", [] { return tr("Expires"); }, K::Time},
            C{"coupon_code", [] { return tr("Coupon code"); }}};
}

RecordSpecs::Columns RecordSpecs::unbindRequests()
{
    return {C{"create_time", [] { return tr("Requested"); }, K::Time},
            C{"customer_name", [] { return tr("Customer name"); }, K::Text},
            C{"customer_id", [] { return tr("Customer ID"); }},
            C{"status", [] { return tr("Status"); }, K::Label,
              [](const QJsonValue &v) { return StatusLabels::unbindStatus(v.toString()); },
              [](const QJsonValue &v) { return StatusTones::unbindStatus(v.toString()); }},
            C{"update_time", [] { return tr("Updated"); }, K::Time},
            C{"reclaimed_amount", [] { return tr("Reclaimed funds"); }, K::Money},
            C{"reclaimed_coupons", [] { return tr("Reclaimed coupons"); }, K::Count},
            C{"reason", [] { return tr("Reason"); }},
            C{"request_id", [] { return tr("Request ID"); }}};
}
