<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutBox</name>
    <message>
        <source>About PartnerDesk</source>
        <translation>About PartnerDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for the Huawei Cloud Partner Center.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br/&gt;Data folder: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for the Huawei Cloud Partner Center.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br/&gt;Data folder: %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <source>%n customer(s) newly below the balance threshold</source>
        <translation>
            <numerusform>%n customer newly below the balance threshold</numerusform>
            <numerusform>%n customers newly below the balance threshold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) newly expiring soon</source>
        <translation>
            <numerusform>%n coupon newly expiring soon</numerusform>
            <numerusform>%n coupons newly expiring soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reseller(s) newly below the balance threshold</source>
        <translation>
            <numerusform>%n reseller newly below the balance threshold</numerusform>
            <numerusform>%n resellers newly below the balance threshold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marketplace settlement(s) newly waiting for your action</source>
        <translation>
            <numerusform>%n marketplace settlement newly waiting for your action</numerusform>
            <numerusform>%n marketplace settlements newly waiting for your action</numerusform>
        </translation>
    </message>
    <message>
        <source>PartnerDesk: new alerts</source>
        <translation>PartnerDesk: new alerts</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) newly over budget</source>
        <translation>
            <numerusform>%n customer newly over budget</numerusform>
            <numerusform>%n customers newly over budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) newly near their budget</source>
        <translation>
            <numerusform>%n customer newly near their budget</numerusform>
            <numerusform>%n customers newly near their budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer account(s) newly frozen</source>
        <translation>
            <numerusform>%n customer account newly frozen</numerusform>
            <numerusform>%n customer accounts newly frozen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>At most %1.</translation>
    </message>
    <message>
        <source>“%1” can be read two ways here. Write the decimals after a comma (%2) or leave out the thousands separator (%3).</source>
        <translation>“%1” can be read two ways here. Write the decimals after a comma (%2) or leave out the thousands separator (%3).</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Customer ID, profile or detail</source>
        <translation>Customer ID, profile or detail</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>audit-log</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Allocate</source>
        <translation>Allocate</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>Reclaim</translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation>Unbind</translation>
    </message>
    <message>
        <source>Reveal column</source>
        <translation>Reveal column</translation>
    </message>
    <message>
        <source>Mask column</source>
        <translation>Mask column</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Reclaim coupon</source>
        <translation>Reclaim coupon</translation>
    </message>
    <message>
        <source>Allocate to reseller</source>
        <translation>Allocate to reseller</translation>
    </message>
    <message>
        <source>Reclaim from reseller</source>
        <translation>Reclaim from reseller</translation>
    </message>
    <message>
        <source>Issue coupon</source>
        <translation>Issue coupon</translation>
    </message>
    <message>
        <source>Issue quota to reseller</source>
        <translation>Issue quota to reseller</translation>
    </message>
    <message>
        <source>Reclaim reseller quota</source>
        <translation>Reclaim reseller quota</translation>
    </message>
    <message>
        <source>Add payment agreement</source>
        <translation>Add payment agreement</translation>
    </message>
    <message>
        <source>Void payment agreement</source>
        <translation>Void payment agreement</translation>
    </message>
    <message>
        <source>Submit MDF claim</source>
        <translation>Submit MDF claim</translation>
    </message>
    <message>
        <source>About to send</source>
        <translation>About to send</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done (record also claimed elsewhere)</source>
        <translation>Done (record also claimed elsewhere)</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Not applied</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Keys from the environment (%1)</source>
        <translation>Keys from the environment (%1)</translation>
    </message>
    <message>
        <source>Raw API call (CLI)</source>
        <translation>Raw API call (CLI)</translation>
    </message>
</context>
<context>
    <name>BalanceBelowFilter</name>
    <message>
        <source>Balance below</source>
        <translation>Balance below</translation>
    </message>
</context>
<context>
    <name>BatchReclaimDialog</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>To reclaim</source>
        <translation>To reclaim</translation>
    </message>
    <message>
        <source>Coupon ID</source>
        <translation>Coupon ID</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Skipped because</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>Reclaim</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reclaim coupons</source>
        <translation>Reclaim coupons</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) will be reclaimed, %1 in all, from %2 customer(s). %3 selected coupon(s) are skipped: only usable coupons can be reclaimed, always with their whole balance.</source>
        <translation>
            <numerusform>%n coupon will be reclaimed, %1 in all, from %2 customer. %3 selected coupon are skipped: only usable coupons can be reclaimed, always with their whole balance.</numerusform>
            <numerusform>%n coupons will be reclaimed, %1 in all, from %2 customers. %3 selected coupons are skipped: only usable coupons can be reclaimed, always with their whole balance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Not usable: %1</translation>
    </message>
</context>
<context>
    <name>BatchResultPanel</name>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <source>%1 done (%2), %3 failed, %4 unknown, %5 skipped, %6 cancelled, %7 waiting.</source>
        <translation>%1 done (%2), %3 failed, %4 unknown, %5 skipped, %6 cancelled, %7 waiting.</translation>
    </message>
    <message>
        <source>Items with an unknown outcome are never retried automatically: check the server&apos;s records first.</source>
        <translation>Items with an unknown outcome are never retried automatically: check the server&apos;s records first.</translation>
    </message>
    <message>
        <source>batch-results</source>
        <translation>batch-results</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Export results…</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Failed (%1)</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unknown (%1)</translation>
    </message>
    <message>
        <source>Failed and unknown (%1)</source>
        <translation>Failed and unknown (%1)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaction ID</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Done (confirmed from the server&apos;s records)</source>
        <translation>Done (confirmed from the server&apos;s records)</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>The answer was lost, and the server&apos;s records show that this did not happen: it is safe to try again.</source>
        <translation>The answer was lost, and the server&apos;s records show that this did not happen: it is safe to try again.</translation>
    </message>
    <message>
        <source>%1 of %2 done, stopped</source>
        <translation>%1 of %2 done, stopped</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>Outcome unknown, checking the records again at %1</source>
        <translation>Outcome unknown, checking the records again at %1</translation>
    </message>
    <message numerus="yes">
        <source>Outcome unknown: %n record(s) may be this one&apos;s (%1)</source>
        <translation>
            <numerusform>Outcome unknown: %n record may be this one&apos;s (%1)</numerusform>
            <numerusform>Outcome unknown: %n records may be this one&apos;s (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTransferDialog</name>
    <message>
        <source>Allocate to all</source>
        <translation>Allocate to all</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Allocate funds to %n customer(s)</source>
        <translation>
            <numerusform>Allocate funds to %n customer</numerusform>
            <numerusform>Allocate funds to %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Balance now</translation>
    </message>
    <message>
        <source>Amount for each customer</source>
        <translation>Amount for each customer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Total: %1 from your allocatable balance of %2.</source>
        <translation>Total: %1 from your allocatable balance of %2.</translation>
    </message>
    <message>
        <source>That is more than you can allocate.</source>
        <translation>That is more than you can allocate.</translation>
    </message>
    <message>
        <source>Enter the amount each customer gets.</source>
        <translation>Enter the amount each customer gets.</translation>
    </message>
    <message>
        <source>Reclaim from all</source>
        <translation>Reclaim from all</translation>
    </message>
    <message numerus="yes">
        <source>Allocate funds to %n reseller(s)</source>
        <translation>
            <numerusform>Allocate funds to %n reseller</numerusform>
            <numerusform>Allocate funds to %n resellers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reclaim funds from %n reseller(s)</source>
        <translation>
            <numerusform>Reclaim funds from %n reseller</numerusform>
            <numerusform>Reclaim funds from %n resellers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reclaim funds from %n customer(s)</source>
        <translation>
            <numerusform>Reclaim funds from %n customer</numerusform>
            <numerusform>Reclaim funds from %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Amount for each reseller</source>
        <translation>Amount for each reseller</translation>
    </message>
    <message>
        <source>Total: %1 back to your account.</source>
        <translation>Total: %1 back to your account.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them hold(s) less than that.</source>
        <translation>
            <numerusform>%n of them hold less than that.</numerusform>
            <numerusform>%n of them holds less than that.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the amount to reclaim from each.</source>
        <translation>Enter the amount to reclaim from each.</translation>
    </message>
    <message>
        <source>Reclaim each one&apos;s whole balance</source>
        <translation>Reclaim each one&apos;s whole balance</translation>
    </message>
    <message>
        <source>Some balances are not known yet.</source>
        <translation>Some balances are not known yet.</translation>
    </message>
    <message>
        <source>Balance after allocation</source>
        <translation>Balance after allocation</translation>
    </message>
    <message>
        <source>Balance after reclaim</source>
        <translation>Balance after reclaim</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>invoices</source>
        <translation>invoices</translation>
    </message>
    <message>
        <source>Bill month</source>
        <translation>Bill month</translation>
    </message>
    <message>
        <source>Applied between</source>
        <translation>Applied between</translation>
    </message>
    <message>
        <source>Invoice requests</source>
        <translation>Invoice requests</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Amount due (tax excluded)</source>
        <translation>Amount due (tax excluded)</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Sales tax (billed on top)</source>
        <translation>Sales tax (billed on top)</translation>
    </message>
    <message>
        <source>Applied from</source>
        <translation>Applied from</translation>
    </message>
    <message>
        <source>Applied until</source>
        <translation>Applied until</translation>
    </message>
    <message>
        <source>coupons</source>
        <translation>coupons</translation>
    </message>
    <message>
        <source>My coupons</source>
        <translation>My coupons</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Coupon status</source>
        <translation>Coupon status</translation>
    </message>
</context>
<context>
    <name>BssClient</name>
    <message>
        <source>This profile has no access key (AK/SK).</source>
        <translation>This profile has no access key (AK/SK).</translation>
    </message>
</context>
<context>
    <name>BssError</name>
    <message>
        <source>The balance is insufficient for this amount.</source>
        <translation>The balance is insufficient for this amount.</translation>
    </message>
    <message>
        <source>This customer is not one of your customers.</source>
        <translation>This customer is not one of your customers.</translation>
    </message>
    <message>
        <source>You have no permission to operate this reseller.</source>
        <translation>You have no permission to operate this reseller.</translation>
    </message>
    <message>
        <source>You have no permission to operate this customer.</source>
        <translation>You have no permission to operate this customer.</translation>
    </message>
    <message>
        <source>Funds cannot be allocated to or reclaimed from a referral-sale customer.</source>
        <translation>Funds cannot be allocated to or reclaimed from a referral-sale customer.</translation>
    </message>
    <message>
        <source>The quota does not exist or is not in a usable state.</source>
        <translation>The quota does not exist or is not in a usable state.</translation>
    </message>
    <message>
        <source>Another allocation or reclaim for this account is still running; try again later.</source>
        <translation>Another allocation or reclaim for this account is still running; try again later.</translation>
    </message>
    <message>
        <source>A request parameter was rejected.</source>
        <translation>A request parameter was rejected.</translation>
    </message>
    <message>
        <source>Access denied: this account or operator lacks the permission item.</source>
        <translation>Access denied: this account or operator lacks the permission item.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not reach the server: %1. Check the network connection.</source>
        <translation>Could not reach the server: %1. Check the network connection.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. PartnerDesk never ignores certificate errors.</source>
        <translation>The secure connection failed: %1. PartnerDesk never ignores certificate errors.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The access key was rejected: %1. Check this profile&apos;s AK/SK and account ID.</source>
        <translation>The access key was rejected: %1. Check this profile&apos;s AK/SK and account ID.</translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock differs from the server&apos;s by %n minute(s); signatures are only valid for 15 minutes.</source>
        <translation>
            <numerusform>Your computer&apos;s clock differs from the server&apos;s by %n minute; signatures are only valid for 15 minutes.</numerusform>
            <numerusform>Your computer&apos;s clock differs from the server&apos;s by %n minutes; signatures are only valid for 15 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Permission denied: %1.</source>
        <translation>Permission denied: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asked to wait %n second(s).</source>
        <translation>
            <numerusform>Too many requests: the server asked to wait %n second.</numerusform>
            <numerusform>Too many requests: the server asked to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server is limiting this account for now.</source>
        <translation>Too many requests: the server is limiting this account for now.</translation>
    </message>
    <message>
        <source>The request was refused: %1.</source>
        <translation>The request was refused: %1.</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later.</source>
        <translation>The server had an internal error (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1.</source>
        <translation>The server&apos;s answer could not be read: %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The outcome is unknown and PartnerDesk did not retry: check the records before you try again.</source>
        <translation>The outcome is unknown and PartnerDesk did not retry: check the records before you try again.</translation>
    </message>
    <message>
        <source>[HTTP %1]</source>
        <translation>[HTTP %1]</translation>
    </message>
    <message>
        <source>[X-Request-Id: %1]</source>
        <translation>[X-Request-Id: %1]</translation>
    </message>
    <message>
        <source>[code %1]</source>
        <translation>[code %1]</translation>
    </message>
    <message>
        <source>An agreement for this remitter is already in effect.</source>
        <translation>An agreement for this remitter is already in effect.</translation>
    </message>
    <message>
        <source>Only an agreement in effect can be voided.</source>
        <translation>Only an agreement in effect can be voided.</translation>
    </message>
    <message>
        <source>The customer&apos;s account is already frozen.</source>
        <translation>The customer&apos;s account is already frozen.</translation>
    </message>
    <message>
        <source>The customer&apos;s account is not frozen.</source>
        <translation>The customer&apos;s account is not frozen.</translation>
    </message>
    <message>
        <source>Unfreeze with the type the account was frozen with.</source>
        <translation>Unfreeze with the type the account was frozen with.</translation>
    </message>
    <message>
        <source>The account was frozen by Huawei Cloud, not by you.</source>
        <translation>The account was frozen by Huawei Cloud, not by you.</translation>
    </message>
    <message>
        <source>The incentive is frozen: the period&apos;s spend is unpaid.</source>
        <translation>The incentive is frozen: the period&apos;s spend is unpaid.</translation>
    </message>
    <message>
        <source>Resale incentives are paid as a top-up or voucher quota.</source>
        <translation>Resale incentives are paid as a top-up or voucher quota.</translation>
    </message>
    <message>
        <source>The incentive is not waiting for a payout request.</source>
        <translation>The incentive is not waiting for a payout request.</translation>
    </message>
    <message>
        <source>Some expense lines are in categories MDF does not cover.</source>
        <translation>Some expense lines are in categories MDF does not cover.</translation>
    </message>
</context>
<context>
    <name>BssJob</name>
    <message>
        <source>The connection for this profile was closed.</source>
        <translation>The connection for this profile was closed.</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>a JSON object was expected</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>the answer is larger than %1 MB</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>the answer is empty</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Also lift my freeze of these customers</source>
        <translation>Also lift my freeze of these customers</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>Set budget</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Set the budget of %n customer(s)</source>
        <translation>
            <numerusform>Set the budget of %n customer</numerusform>
            <numerusform>Set the budget of %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep each customer&apos;s setting</source>
        <translation>Keep each customer&apos;s setting</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Budget now</source>
        <translation>Budget now</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Budget after</source>
        <translation>Budget after</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>State after</translation>
    </message>
    <message>
        <source>Budget for each customer</source>
        <translation>Budget for each customer</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>Budget type</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Over budget</translation>
    </message>
    <message>
        <source>Enter the budget each customer gets (0 or more).</source>
        <translation>Enter the budget each customer gets (0 or more).</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) get a %1 of %2.</source>
        <translation>
            <numerusform>%n customer get a %1 of %2.</numerusform>
            <numerusform>%n customers get a %1 of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them would be over it at once.</source>
        <translation>
            <numerusform>%n of them would be over it at once.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Budget record</source>
        <translation>Budget record</translation>
    </message>
</context>
<context>
    <name>BudgetOperations</name>
    <message numerus="yes">
        <source>Name 1 to %n customer(s) at a time.</source>
        <translation>
            <numerusform>Name 1 to %n customer at a time.</numerusform>
            <numerusform>Name 1 to %n customers at a time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a budget amount.</source>
        <translation>Enter a budget amount.</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>A budget cannot be negative.</translation>
    </message>
    <message>
        <source>A budget has at most 2 decimal places.</source>
        <translation>A budget has at most 2 decimal places.</translation>
    </message>
    <message>
        <source>A budget can be at most 2,147,483,647.</source>
        <translation>A budget can be at most 2,147,483,647.</translation>
    </message>
    <message>
        <source>The budget is monthly (MONTHLY) or one-time (PACKAGE).</source>
        <translation>The budget is monthly (MONTHLY) or one-time (PACKAGE).</translation>
    </message>
    <message>
        <source>Freeze the account (ACCOUNT) or the account and its resources (ACCOUNT_AND_RESOURCE).</source>
        <translation>Freeze the account (ACCOUNT) or the account and its resources (ACCOUNT_AND_RESOURCE).</translation>
    </message>
    <message>
        <source>Over budget, the customer is frozen by hand (0) or automatically (1).</source>
        <translation>Over budget, the customer is frozen by hand (0) or automatically (1).</translation>
    </message>
    <message>
        <source>Give a reason for freezing (1 to 256 characters).</source>
        <translation>Give a reason for freezing (1 to 256 characters).</translation>
    </message>
    <message>
        <source>Give a reason for unfreezing (1 to 256 characters).</source>
        <translation>Give a reason for unfreezing (1 to 256 characters).</translation>
    </message>
    <message>
        <source>The bill month must look like 2025-02.</source>
        <translation>The bill month must look like 2025-02.</translation>
    </message>
    <message>
        <source>The account ID is not known yet.</source>
        <translation>The account ID is not known yet.</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>The start of the time range is after its end.</translation>
    </message>
    <message>
        <source>A coupon is not activated (1), usable (2), used (3), expired (4) or reclaimed (5).</source>
        <translation>A coupon is not activated (1), usable (2), used (3), expired (4) or reclaimed (5).</translation>
    </message>
</context>
<context>
    <name>BudgetResponses</name>
    <message>
        <source>the field &quot;%1&quot; is not text</source>
        <translation>the field &quot;%1&quot; is not text</translation>
    </message>
    <message>
        <source>the budget type &quot;%1&quot; is not known</source>
        <translation>the budget type &quot;%1&quot; is not known</translation>
    </message>
    <message>
        <source>the field &quot;budget_infos&quot; is not a list</source>
        <translation>the field &quot;budget_infos&quot; is not a list</translation>
    </message>
    <message>
        <source>an item of &quot;budget_infos&quot; is not an object</source>
        <translation>an item of &quot;budget_infos&quot; is not an object</translation>
    </message>
    <message>
        <source>the field &quot;customer_id&quot; is missing</source>
        <translation>the field &quot;customer_id&quot; is missing</translation>
    </message>
    <message>
        <source>the field &quot;record_list&quot; is not a list</source>
        <translation>the field &quot;record_list&quot; is not a list</translation>
    </message>
    <message>
        <source>an item of &quot;record_list&quot; is not an object</source>
        <translation>an item of &quot;record_list&quot; is not an object</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; cannot be read</source>
        <translation>the time &quot;%1&quot; cannot be read</translation>
    </message>
</context>
<context>
    <name>BudgetWrites</name>
    <message>
        <source>Already frozen.</source>
        <translation>Already frozen.</translation>
    </message>
    <message>
        <source>Not frozen.</source>
        <translation>Not frozen.</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>Select one customer to see its budget history.</source>
        <translation>Select one customer to see its budget history.</translation>
    </message>
    <message>
        <source>Budget history of %1</source>
        <translation>Budget history of %1</translation>
    </message>
    <message>
        <source>budgets</source>
        <translation>budgets</translation>
    </message>
    <message numerus="yes">
        <source>%n resale customer(s)</source>
        <translation>
            <numerusform>%n resale customer</numerusform>
            <numerusform>%n resale customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resale customer(s)</source>
        <translation>
            <numerusform>%1 of %n resale customer</numerusform>
            <numerusform>%1 of %n resale customers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 over budget · %3 near budget (%4 % or more used) · %5 frozen</source>
        <translation>%1 · %2 over budget · %3 near budget (%4 % or more used) · %5 frozen</translation>
    </message>
    <message>
        <source>Search customer name, account or ID</source>
        <translation>Search customer name, account or ID</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>Budget state</source>
        <translation>Budget state</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Set budget…</source>
        <translation>Set budget…</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>Freeze…</translation>
    </message>
    <message>
        <source>Unfreeze…</source>
        <translation>Unfreeze…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Customer budgets</source>
        <translation>Customer budgets</translation>
    </message>
    <message>
        <source>Budget history</source>
        <translation>Budget history</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run partnerdesk-cli --help for usage.</source>
        <translation>Run partnerdesk-cli --help for usage.</translation>
    </message>
    <message>
        <source>The language must be zh_CN or en.</source>
        <translation>The language must be zh_CN or en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run partnerdesk-cli --help for usage.</source>
        <translation>Unknown command &quot;%1&quot;. Run partnerdesk-cli --help for usage.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. See: partnerdesk-cli profile list</source>
        <translation>There is no profile named &quot;%1&quot;. See: partnerdesk-cli profile list</translation>
    </message>
    <message>
        <source>No credentials: use --profile NAME, or set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.</source>
        <translation>No credentials: use --profile NAME, or set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.</translation>
    </message>
    <message>
        <source>Could not discover the account ID: %1</source>
        <translation>Could not discover the account ID: %1</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>Account ID: %1</translation>
    </message>
    <message>
        <source>Name one operation, e.g. partnerdesk-cli call ListPartnerBalances.</source>
        <translation>Name one operation, e.g. partnerdesk-cli call ListPartnerBalances.</translation>
    </message>
    <message>
        <source>See: partnerdesk-cli operations</source>
        <translation>See: partnerdesk-cli operations</translation>
    </message>
    <message>
        <source>--query takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--query takes NAME=VALUE, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The body must be a JSON object: %1</source>
        <translation>The body must be a JSON object: %1</translation>
    </message>
    <message>
        <source>%1 is a GET operation: pass parameters with --query.</source>
        <translation>%1 is a GET operation: pass parameters with --query.</translation>
    </message>
    <message>
        <source>  %1: %2 %3</source>
        <translation>  %1: %2 %3</translation>
    </message>
    <message>
        <source>failed: %1: %2 %3</source>
        <translation>failed: %1: %2 %3</translation>
    </message>
    <message>
        <source>Usage: partnerdesk-cli profile list | add NAME | remove NAME | test NAME</source>
        <translation>Usage: partnerdesk-cli profile list | add NAME | remove NAME | test NAME</translation>
    </message>
    <message>
        <source>Unknown profile command &quot;%1&quot;.</source>
        <translation>Unknown profile command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Access key ID (AK):</source>
        <translation>Access key ID (AK):</translation>
    </message>
    <message>
        <source>Secret access key (SK):</source>
        <translation>Secret access key (SK):</translation>
    </message>
    <message>
        <source>Give the AK on the first line of stdin and the SK on the second.</source>
        <translation>Give the AK on the first line of stdin and the SK on the second.</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;; its access key is in the system keychain.</source>
        <translation>Saved profile &quot;%1&quot;; its access key is in the system keychain.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>There is no profile named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its keychain entry.</source>
        <translation>Removed profile &quot;%1&quot; and its keychain entry.</translation>
    </message>
    <message>
        <source>The profile works.</source>
        <translation>The profile works.</translation>
    </message>
    <message>
        <source>The sandbox site must be china or intl.</source>
        <translation>The sandbox site must be china or intl.</translation>
    </message>
    <message>
        <source>Sandbox BSS server on %1 (site %2, data %3). Stop it with Ctrl+C.</source>
        <translation>Sandbox BSS server on %1 (site %2, data %3). Stop it with Ctrl+C.</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>in memory</translation>
    </message>
    <message>
        <source>--port, --seed, --customers and --rate-limit take whole numbers in range.</source>
        <translation>--port, --seed, --customers and --rate-limit take whole numbers in range.</translation>
    </message>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit takes a positive whole number.</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli funds allocate|reclaim --customer ID --amount X</source>
        <translation>Use: partnerdesk-cli funds allocate|reclaim --customer ID --amount X</translation>
    </message>
    <message>
        <source>Not asking on a non-interactive input: add --yes to confirm, or --dry-run to see what would happen.</source>
        <translation>Not asking on a non-interactive input: add --yes to confirm, or --dry-run to see what would happen.</translation>
    </message>
    <message>
        <source>%1 is not one of your agency-sale customers.</source>
        <translation>%1 is not one of your agency-sale customers.</translation>
    </message>
    <message>
        <source>%1 %2 %3 for %4 (balance %5 -&gt; %6)? Type yes to go on:</source>
        <translation>%1 %2 %3 for %4 (balance %5 -&gt; %6)? Type yes to go on:</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Allocate</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>Reclaim</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message>
        <source>Type yes to go on:</source>
        <translation>Type yes to go on:</translation>
    </message>
    <message>
        <source>--status takes inactive, usable, used, expired or reclaimed.</source>
        <translation>--status takes inactive, usable, used, expired or reclaimed.</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli coupons list|reclaim|issue …</source>
        <translation>Use: partnerdesk-cli coupons list|reclaim|issue …</translation>
    </message>
    <message>
        <source>Name the coupons, or use --status usable --customer ID.</source>
        <translation>Name the coupons, or use --status usable --customer ID.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message numerus="yes">
        <source>Reclaim %n coupon(s), %1 in all (%2 skipped)?</source>
        <translation>
            <numerusform>Reclaim %n coupon, %1 in all (%2 skipped)?</numerusform>
            <numerusform>Reclaim %n coupons, %1 in all (%2 skipped)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Name 1 to 100 customers with --customer.</source>
        <translation>Name 1 to 100 customers with --customer.</translation>
    </message>
    <message numerus="yes">
        <source>Issue a %1 coupon to each of %n customer(s) from quota %2?</source>
        <translation>
            <numerusform>Issue a %1 coupon to each of %n customer from quota %2?</numerusform>
            <numerusform>Issue a %1 coupon to each of %n customers from quota %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli resellers list|allocate|reclaim …</source>
        <translation>Use: partnerdesk-cli resellers list|allocate|reclaim …</translation>
    </message>
    <message numerus="yes">
        <source>Allocate %1 to each of %n reseller(s)?</source>
        <translation>
            <numerusform>Allocate %1 to each of %n reseller?</numerusform>
            <numerusform>Allocate %1 to each of %n resellers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reclaim %1 from each of %n reseller(s)?</source>
        <translation>
            <numerusform>Reclaim %1 from each of %n reseller?</numerusform>
            <numerusform>Reclaim %1 from each of %n resellers?</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates look like 2025-03-31, not &quot;%1&quot;.</source>
        <translation>Dates look like 2025-03-31, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--name takes the remitter&apos;s name (1 to 100 characters).</source>
        <translation>--name takes the remitter&apos;s name (1 to 100 characters).</translation>
    </message>
    <message>
        <source>--type is enterprise or individual.</source>
        <translation>--type is enterprise or individual.</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli agency list|add --name NAME [--type …]|void ID</source>
        <translation>Use: partnerdesk-cli agency list|add --name NAME [--type …]|void ID</translation>
    </message>
    <message>
        <source>Payment agreements have no public API. Manage them in the Partner Center: Funds &gt; Recharge &gt; Bank transfer &gt; Payment agreements.</source>
        <translation>Payment agreements have no public API. Manage them in the Partner Center: Funds &gt; Recharge &gt; Bank transfer &gt; Payment agreements.</translation>
    </message>
    <message>
        <source>Line %1: the quantity after * must be a whole number.</source>
        <translation>Line %1: the quantity after * must be a whole number.</translation>
    </message>
    <message>
        <source>Line %1: write TYPE:SPEC[:SIZE][*N] with TYPE ecs, evs, bw or eip, e.g. evs:SAS:40.</source>
        <translation>Line %1: write TYPE:SPEC[:SIZE][*N] with TYPE ecs, evs, bw or eip, e.g. evs:SAS:40.</translation>
    </message>
    <message>
        <source>Line %1: the size must be a whole number.</source>
        <translation>Line %1: the size must be a whole number.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1.</source>
        <translation>The server&apos;s answer could not be read: %1.</translation>
    </message>
    <message>
        <source>Settlement bills have no public API. Export the statement in the Partner Center (Sales &gt; Marketplace &gt; Settlements) and use settlements import FILE or settlements diff --file FILE.</source>
        <translation>Settlement bills have no public API. Export the statement in the Partner Center (Sales &gt; Marketplace &gt; Settlements) and use settlements import FILE or settlements diff --file FILE.</translation>
    </message>
    <message>
        <source>--tab is general or non-general.</source>
        <translation>--tab is general or non-general.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; one of: %2</source>
        <translation>Unknown status &quot;%1&quot;; one of: %2</translation>
    </message>
    <message>
        <source>--period looks like 2026-03 (YYYY-MM, UTC+8), not &quot;%1&quot;.</source>
        <translation>--period looks like 2026-03 (YYYY-MM, UTC+8), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli settlements import FILE.csv</source>
        <translation>Use: partnerdesk-cli settlements import FILE.csv</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli settlements list|diff|import …</source>
        <translation>Use: partnerdesk-cli settlements list|diff|import …</translation>
    </message>
    <message>
        <source>--from and --to look like 2026-03 (YYYY-MM, UTC+8).</source>
        <translation>--from and --to look like 2026-03 (YYYY-MM, UTC+8).</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 line %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Incentive payouts and MDF have no public API. In the Partner Center: Sales &gt; Incentives, and Benefits &gt; Market development fund.</source>
        <translation>Incentive payouts and MDF have no public API. In the Partner Center: Sales &gt; Incentives, and Benefits &gt; Market development fund.</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli price on-demand|period --project ID --region R --line TYPE:SPEC[:SIZE][*N] …, or price renew --resource ID … --months N|--years N</source>
        <translation>Use: partnerdesk-cli price on-demand|period --project ID --region R --line TYPE:SPEC[:SIZE][*N] …, or price renew --resource ID … --months N|--years N</translation>
    </message>
    <message>
        <source>%1 To enter them again: partnerdesk-cli profile add %2</source>
        <translation>%1 To enter them again: partnerdesk-cli profile add %2</translation>
    </message>
    <message>
        <source>An earlier write was interrupted; settled now: %1</source>
        <translation>An earlier write was interrupted; settled now: %1</translation>
    </message>
    <message>
        <source>Stopping: nothing new is sent; waiting for the writes in flight. Press Ctrl+C again to quit at once.</source>
        <translation>Stopping: nothing new is sent; waiting for the writes in flight. Press Ctrl+C again to quit at once.</translation>
    </message>
    <message>
        <source>--rate-limit takes requests per second from 0 (no pacing) to 1000.</source>
        <translation>--rate-limit takes requests per second from 0 (no pacing) to 1000.</translation>
    </message>
    <message>
        <source>%1 is a control operation of the embedded sandbox; this profile is not a sandbox.</source>
        <translation>%1 is a control operation of the embedded sandbox; this profile is not a sandbox.</translation>
    </message>
    <message>
        <source>Customer budgets and freezing exist only on the International site; the China site allocates funds instead (funds allocate|reclaim).</source>
        <translation>Customer budgets and freezing exist only on the International site; the China site allocates funds instead (funds allocate|reclaim).</translation>
    </message>
    <message>
        <source>--status is over, near, within, none or frozen.</source>
        <translation>--status is over, near, within, none or frozen.</translation>
    </message>
    <message>
        <source>--type is monthly or one-time.</source>
        <translation>--type is monthly or one-time.</translation>
    </message>
    <message>
        <source>--freeze is auto or manual.</source>
        <translation>--freeze is auto or manual.</translation>
    </message>
    <message>
        <source>Name the customers with --customer ID (repeatable).</source>
        <translation>Name the customers with --customer ID (repeatable).</translation>
    </message>
    <message numerus="yes">
        <source>Set a budget of %1 for each of %n customer(s)?</source>
        <translation>
            <numerusform>Set a budget of %1 for each of %n customer?</numerusform>
            <numerusform>Set a budget of %1 for each of %n customers?</numerusform>
        </translation>
    </message>
    <message>
        <source>--type is account or account-and-resources.</source>
        <translation>--type is account or account-and-resources.</translation>
    </message>
    <message numerus="yes">
        <source>Freeze %n customer account(s)?</source>
        <translation>
            <numerusform>Freeze %n customer account?</numerusform>
            <numerusform>Freeze %n customer accounts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfreeze %n customer account(s)?</source>
        <translation>
            <numerusform>Unfreeze %n customer account?</numerusform>
            <numerusform>Unfreeze %n customer accounts?</numerusform>
        </translation>
    </message>
    <message>
        <source>The site is china or intl.</source>
        <translation>The site is china or intl.</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli budgets list|show|history|quota|set …</source>
        <translation>Use: partnerdesk-cli budgets list|show|history|quota|set …</translation>
    </message>
    <message>
        <source>--from and --to are dates like 2025-03-31, the first not after the second.</source>
        <translation>--from and --to are dates like 2025-03-31, the first not after the second.</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli customers list [filters] | orders|resources --customer ID | order --order ID | freeze|unfreeze …</source>
        <translation>Use: partnerdesk-cli customers list [filters] | orders|resources --customer ID | order --order ID | freeze|unfreeze …</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli incentives list [--status S] [--period YYYY-MM] | mdf | policies [--period YYYY-MM]</source>
        <translation>Use: partnerdesk-cli incentives list [--status S] [--period YYYY-MM] | mdf | policies [--period YYYY-MM]</translation>
    </message>
    <message>
        <source>A reseller&apos;s customer&apos;s yearly/monthly resources are the reseller&apos;s to see.</source>
        <translation>A reseller&apos;s customer&apos;s yearly/monthly resources are the reseller&apos;s to see.</translation>
    </message>
    <message>
        <source>the answer has no order_infos</source>
        <translation>the answer has no order_infos</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli discounts</source>
        <translation>Use: partnerdesk-cli discounts</translation>
    </message>
    <message>
        <source>This site has no bill sums to derive this month&apos;s discount from. In the Partner Center, click the amount under 本月已优惠 (discount this month) on the home page.</source>
        <translation>This site has no bill sums to derive this month&apos;s discount from. In the Partner Center, click the amount under 本月已优惠 (discount this month) on the home page.</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli billing bill [--period YYYY-MM] | invoices [--from DATE --to DATE] | coupons [--status S]</source>
        <translation>Use: partnerdesk-cli billing bill [--period YYYY-MM] | invoices [--from DATE --to DATE] | coupons [--status S]</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Secrets are never taken from the command line (other users can read it). Use --profile NAME or the variables HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.</source>
        <translation>Secrets are never taken from the command line (other users can read it). Use --profile NAME or the variables HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>The format must be json, csv or table.</source>
        <translation>The format must be json, csv or table.</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once.</source>
        <translation>The option --%1 is given more than once.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: partnerdesk-cli [options] &lt;command&gt; [arguments]

Commands:
  sign                     Sign request objects read as JSON from stdin (refsign format)
  call OPERATION           Make one signed BSS call, e.g. call ListPartnerBalances
       --query NAME=VALUE  a query parameter (repeatable)
       --body JSON | --body-file FILE|-   the JSON body of a POST operation
  operations               List the operations `call` knows
  profile list             List the profiles
  profile add NAME         Add or update a profile; reads AK and SK from stdin
       --domain-id ID --operator LABEL --rate-limit N (requests/s, default 50)
  profile remove NAME      Delete a profile and its keychain entry
  profile test NAME        Check a profile&apos;s key and discover its account ID
  customers list           List the customers (every page), masked unless --reveal
       --account TEXT --name TEXT --label TEXT --type 1|2 --customer ID
       --reseller ID --limit N
  customers orders         A customer&apos;s orders, newest first: --customer ID
                           [--reseller ID]
  customers order          One order&apos;s details and line items: --order ID
                           [--reseller ID]
  customers resources      A customer&apos;s yearly/monthly resources (in use, frozen,
                           expired), expiring soonest first: --customer ID
  funds allocate|reclaim   Allocate to / reclaim from one agency-sale customer; sent once
       --customer ID --amount X [--dry-run] [--yes]   (asks first unless --yes;
       amounts: more than 0, at most 2 decimals, at most 999999999.99)
  coupons list             Issued coupons: --status usable|used|expired|reclaimed|inactive
       --customer ID --reseller ID
  coupons reclaim ID…      Reclaim coupons (or --status usable --customer ID); skips the
       unusable ones, [--dry-run] [--yes]; exit 1 if any failed or stayed unknown
  coupons issue            --quota ID --customer ID… --face-value X [--dry-run] [--yes]
  customers freeze|unfreeze --customer ID… --reason TEXT [--type account|
                           account-and-resources] [--reseller ID] [--dry-run] [--yes]
                           (International site)
  budgets list             Resale customers with budget, used, left and state
       --status over|near|within|none|frozen --reseller ID   (International site)
  budgets show|history     A customer&apos;s budget, or its budget records --customer ID
  budgets quota            The partner&apos;s consumption quota
  budgets set              --customer ID… --amount X (0 or more) [--type monthly|
                           one-time] [--freeze auto|manual] [--lift-freeze]
                           [--dry-run] [--yes]
  billing bill             The partner&apos;s postpaid bill of --period YYYY-MM (default:
                           last month; International site)
  billing invoices         Invoice requests applied for --from DATE --to DATE
                           (default: the last year)
  billing coupons          The partner&apos;s own coupons: --status inactive|usable|used|
                           expired|reclaimed (International site)
  resellers list           The resellers (distributors), each with its cash balance
  resellers allocate|reclaim --reseller ID… --amount X [--dry-run] [--yes]
  funds records            The account&apos;s cash ledger (收支明细) --from DATE --to DATE
       (default: the year up to today, UTC+8; at most a year) --type TRADE_TYPE
       --reseller ID (a reseller&apos;s account)
  agency list|add|void     Payment agreements (sandbox; no public API)
       add --name NAME [--type enterprise|individual]; void AGREEMENT_ID
  price on-demand|period   Price product lines (询价) for a customer&apos;s project
       --project ID --region R --line TYPE:SPEC[:SIZE][*N] (repeatable; TYPE ecs, evs,
       bw or eip, e.g. ecs:s6.small.1.linux*2 evs:SAS:40 bw:19_bgp:5)
       on-demand: --hours N; period: --months N | --years N | --days N
  price renew              Renewal price of yearly/monthly resources (续订询价)
       --resource ID (repeatable, up to 10) --months N | --years N
  settlements list         Marketplace settlement bills (商品分账; sandbox)
       --tab general|non-general --status S --period YYYY-MM
  settlements diff         Compare two bill periods per product and customer
       --from YYYY-MM --to YYYY-MM [--tab …] [--file STATEMENT.csv]
  settlements import FILE  Read a statement exported from the console; bad rows listed
  incentives list|mdf      Incentive payouts (--status S --period YYYY-MM) or MDF
                           applications (sandbox)
  incentives policies      Each service&apos;s incentive and discount policy in a month
                           (--period YYYY-MM, default this month; China site)
  discounts                This month&apos;s discount (本月已优惠) per customer, with the
                           totals by payment method and association type
  sandbox                  Run the sandbox BSS server until stopped; prints its URL and keys
       --port N --data FILE --seed N --customers N --site china|intl
       --ak AK --domain-id ID   (test keys; generated when absent; a fixed SK comes
       from the variable PARTNERDESK_SANDBOX_SK, never from the command line)
       --faults SPEC       injected faults, e.g. latency=200,5xx=5%,lost=1,on=write
       --rate-limit N      requests per second per AK before 429 (default 50, 0 off)
       --log-requests FILE each request received as a JSON line (no headers)

Options:
  --profile NAME           Use a saved profile (AK/SK from the system keychain)
  --site china|intl        Site, when credentials come from the environment
  --endpoint URL           A custom base URL (such as the sandbox&apos;s)
  --lang zh_CN|en          Language of messages and of X-Language
  --format json|csv|table  Output format (default json)
  --verbose                Log each request, answer, cache use and write step on stderr
                           (operation, status, request id; never keys or bodies)
  --reveal                 Show personal data unmasked (masked by default in every format)
  --version, --help

Without --profile, the credentials come from HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and
HUAWEICLOUD_SDK_DOMAIN_ID (optional; discovered through IAM when absent).
Exit status: 0 success, 1 the operation failed, 2 bad usage or input.
</source>
        <translation>Usage: partnerdesk-cli [options] &lt;command&gt; [arguments]

Commands:
  sign                     Sign request objects read as JSON from stdin (refsign format)
  call OPERATION           Make one signed BSS call, e.g. call ListPartnerBalances
       --query NAME=VALUE  a query parameter (repeatable)
       --body JSON | --body-file FILE|-   the JSON body of a POST operation
  operations               List the operations `call` knows
  profile list             List the profiles
  profile add NAME         Add or update a profile; reads AK and SK from stdin
       --domain-id ID --operator LABEL --rate-limit N (requests/s, default 50)
  profile remove NAME      Delete a profile and its keychain entry
  profile test NAME        Check a profile&apos;s key and discover its account ID
  customers list           List the customers (every page), masked unless --reveal
       --account TEXT --name TEXT --label TEXT --type 1|2 --customer ID
       --reseller ID --limit N
  customers orders         A customer&apos;s orders, newest first: --customer ID
                           [--reseller ID]
  customers order          One order&apos;s details and line items: --order ID
                           [--reseller ID]
  customers resources      A customer&apos;s yearly/monthly resources (in use, frozen,
                           expired), expiring soonest first: --customer ID
  funds allocate|reclaim   Allocate to / reclaim from one agency-sale customer; sent once
       --customer ID --amount X [--dry-run] [--yes]   (asks first unless --yes;
       amounts: more than 0, at most 2 decimals, at most 999999999.99)
  coupons list             Issued coupons: --status usable|used|expired|reclaimed|inactive
       --customer ID --reseller ID
  coupons reclaim ID…      Reclaim coupons (or --status usable --customer ID); skips the
       unusable ones, [--dry-run] [--yes]; exit 1 if any failed or stayed unknown
  coupons issue            --quota ID --customer ID… --face-value X [--dry-run] [--yes]
  customers freeze|unfreeze --customer ID… --reason TEXT [--type account|
                           account-and-resources] [--reseller ID] [--dry-run] [--yes]
                           (International site)
  budgets list             Resale customers with budget, used, left and state
       --status over|near|within|none|frozen --reseller ID   (International site)
  budgets show|history     A customer&apos;s budget, or its budget records --customer ID
  budgets quota            The partner&apos;s consumption quota
  budgets set              --customer ID… --amount X (0 or more) [--type monthly|
                           one-time] [--freeze auto|manual] [--lift-freeze]
                           [--dry-run] [--yes]
  billing bill             The partner&apos;s postpaid bill of --period YYYY-MM (default:
                           last month; International site)
  billing invoices         Invoice requests applied for --from DATE --to DATE
                           (default: the last year)
  billing coupons          The partner&apos;s own coupons: --status inactive|usable|used|
                           expired|reclaimed (International site)
  resellers list           The resellers (distributors), each with its cash balance
  resellers allocate|reclaim --reseller ID… --amount X [--dry-run] [--yes]
  funds records            The account&apos;s cash ledger (收支明细) --from DATE --to DATE
       (default: the year up to today, UTC+8; at most a year) --type TRADE_TYPE
       --reseller ID (a reseller&apos;s account)
  agency list|add|void     Payment agreements (sandbox; no public API)
       add --name NAME [--type enterprise|individual]; void AGREEMENT_ID
  price on-demand|period   Price product lines (询价) for a customer&apos;s project
       --project ID --region R --line TYPE:SPEC[:SIZE][*N] (repeatable; TYPE ecs, evs,
       bw or eip, e.g. ecs:s6.small.1.linux*2 evs:SAS:40 bw:19_bgp:5)
       on-demand: --hours N; period: --months N | --years N | --days N
  price renew              Renewal price of yearly/monthly resources (续订询价)
       --resource ID (repeatable, up to 10) --months N | --years N
  settlements list         Marketplace settlement bills (商品分账; sandbox)
       --tab general|non-general --status S --period YYYY-MM
  settlements diff         Compare two bill periods per product and customer
       --from YYYY-MM --to YYYY-MM [--tab …] [--file STATEMENT.csv]
  settlements import FILE  Read a statement exported from the console; bad rows listed
  incentives list|mdf      Incentive payouts (--status S --period YYYY-MM) or MDF
                           applications (sandbox)
  incentives policies      Each service&apos;s incentive and discount policy in a month
                           (--period YYYY-MM, default this month; China site)
  discounts                This month&apos;s discount (本月已优惠) per customer, with the
                           totals by payment method and association type
  sandbox                  Run the sandbox BSS server until stopped; prints its URL and keys
       --port N --data FILE --seed N --customers N --site china|intl
       --ak AK --domain-id ID   (test keys; generated when absent; a fixed SK comes
       from the variable PARTNERDESK_SANDBOX_SK, never from the command line)
       --faults SPEC       injected faults, e.g. latency=200,5xx=5%,lost=1,on=write
       --rate-limit N      requests per second per AK before 429 (default 50, 0 off)
       --log-requests FILE each request received as a JSON line (no headers)

Options:
  --profile NAME           Use a saved profile (AK/SK from the system keychain)
  --site china|intl        Site, when credentials come from the environment
  --endpoint URL           A custom base URL (such as the sandbox&apos;s)
  --lang zh_CN|en          Language of messages and of X-Language
  --format json|csv|table  Output format (default json)
  --verbose                Log each request, answer, cache use and write step on stderr
                           (operation, status, request id; never keys or bodies)
  --reveal                 Show personal data unmasked (masked by default in every format)
  --version, --help

Without --profile, the credentials come from HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and
HUAWEICLOUD_SDK_DOMAIN_ID (optional; discovered through IAM when absent).
Exit status: 0 success, 1 the operation failed, 2 bad usage or input.
</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Go to a page, run an action, or find a customer by name or ID</source>
        <translation>Go to a page, run an action, or find a customer by name or ID</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to go, Esc to close</source>
        <translation>↑↓ to choose, Enter to go, Esc to close</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Command palette</translation>
    </message>
</context>
<context>
    <name>ConsoleWrites</name>
    <message>
        <source>Give a reason for unbinding (1 to 200 characters).</source>
        <translation>Give a reason for unbinding (1 to 200 characters).</translation>
    </message>
    <message>
        <source>Enter the other remitter&apos;s account name (1 to 100 characters).</source>
        <translation>Enter the other remitter&apos;s account name (1 to 100 characters).</translation>
    </message>
    <message>
        <source>The remitter is an enterprise or an individual.</source>
        <translation>The remitter is an enterprise or an individual.</translation>
    </message>
</context>
<context>
    <name>ControlOperations</name>
    <message>
        <source>Unknown sandbox control operation &quot;%1&quot;.</source>
        <translation>Unknown sandbox control operation &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CouponModel</name>
    <message>
        <source>Cash coupon</source>
        <translation>Cash coupon</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Coupon ID</source>
        <translation>Coupon ID</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Face value</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
</context>
<context>
    <name>CouponRecordModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Quota ID</source>
        <translation>Quota ID</translation>
    </message>
    <message>
        <source>Coupon ID</source>
        <translation>Coupon ID</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>CouponWrites</name>
    <message>
        <source>The coupon&apos;s validity must end after it starts.</source>
        <translation>The coupon&apos;s validity must end after it starts.</translation>
    </message>
    <message>
        <source>The coupon could not be read: %1</source>
        <translation>The coupon could not be read: %1</translation>
    </message>
    <message>
        <source>No such coupon</source>
        <translation>No such coupon</translation>
    </message>
</context>
<context>
    <name>CouponsPage</name>
    <message>
        <source>coupons</source>
        <translation>coupons</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s)</source>
        <translation>
            <numerusform>%n coupon</numerusform>
            <numerusform>%n coupons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n coupon(s)</source>
        <translation>
            <numerusform>%1 of %n coupon</numerusform>
            <numerusform>%1 of %n coupons</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Customer name or ID, or coupon ID</source>
        <translation>Customer name or ID, or coupon ID</translation>
    </message>
    <message>
        <source>Expiring between</source>
        <translation>Expiring between</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Reclaim selected…</source>
        <translation>Reclaim selected…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Expiring from</source>
        <translation>Expiring from</translation>
    </message>
    <message>
        <source>Expiring until</source>
        <translation>Expiring until</translation>
    </message>
    <message>
        <source>Issued coupons</source>
        <translation>Issued coupons</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 or GB18030 text. Save it as CSV (UTF-8) and try again.</source>
        <translation>The file is not UTF-8 or GB18030 text. Save it as CSV (UTF-8) and try again.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Line %1: a quoted field is never closed.</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <source>Select a customer to see its details.</source>
        <translation>Select a customer to see its details.</translation>
    </message>
    <message>
        <source>Balance %1 · Arrears %2</source>
        <translation>Balance %1 · Arrears %2</translation>
    </message>
    <message>
        <source>Balance %1 · Arrears %2 · Spend this month %3</source>
        <translation>Balance %1 · Arrears %2 · Spend this month %3</translation>
    </message>
    <message>
        <source>Discounts this month: %1</source>
        <translation>Discounts this month: %1</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Monthly spend (%1)</source>
        <translation>Monthly spend (%1)</translation>
    </message>
    <message>
        <source>Coupon ID</source>
        <translation>Coupon ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Face value</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaction ID</translation>
    </message>
    <message>
        <source>Discount details</source>
        <translation>Discount details</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Association type</source>
        <translation>Association type</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>By payment method</translation>
    </message>
    <message>
        <source>By association type</source>
        <translation>By association type</translation>
    </message>
    <message>
        <source>Discounts this month (%1): %2</source>
        <translation>Discounts this month (%1): %2</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Adjust records</source>
        <translation>Adjust records</translation>
    </message>
    <message>
        <source>This customer belongs to a reseller: its yearly/monthly resources are the reseller&apos;s to see.</source>
        <translation>This customer belongs to a reseller: its yearly/monthly resources are the reseller&apos;s to see.</translation>
    </message>
    <message>
        <source>Loading yearly/monthly resources…</source>
        <translation>Loading yearly/monthly resources…</translation>
    </message>
    <message>
        <source>No yearly/monthly resources in use, frozen or expired.</source>
        <translation>No yearly/monthly resources in use, frozen or expired.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s), expiring soonest first</source>
        <translation>
            <numerusform>%n resource, expiring soonest first</numerusform>
            <numerusform>%n resources, expiring soonest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n expire(s) within %1 days</source>
        <translation>
            <numerusform>; %n expires within %1 days</numerusform>
            <numerusform>; %n expire within %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal price of the selected resources</source>
        <translation>Renewal price of the selected resources</translation>
    </message>
    <message numerus="yes">
        <source>Renewal price of the %n expiring soonest</source>
        <translation>
            <numerusform>Renewal price of the one expiring soonest</numerusform>
            <numerusform>Renewal price of the %n expiring soonest</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Yearly/monthly resources</source>
        <translation>Yearly/monthly resources</translation>
    </message>
    <message>
        <source>Double-click an order to see its details.</source>
        <translation>Double-click an order to see its details.</translation>
    </message>
    <message>
        <source>Renewal price…</source>
        <translation>Renewal price…</translation>
    </message>
    <message numerus="yes">
        <source>Price the renewal of the selected resources on the Pricing page (when none is selected, of the %n expiring soonest).</source>
        <translation>
            <numerusform>Price the renewal of the selected resources on the Pricing page (when none is selected, of the one expiring soonest).</numerusform>
            <numerusform>Price the renewal of the selected resources on the Pricing page (when none is selected, of the %n expiring soonest).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <source>Agency sale</source>
        <comment>association type 2</comment>
        <translation>Agency sale</translation>
    </message>
    <message>
        <source>Referral sale</source>
        <comment>association type 1</comment>
        <translation>Referral sale</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Association type</source>
        <translation>Association type</translation>
    </message>
    <message>
        <source>Associated on</source>
        <translation>Associated on</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>Spend this month</source>
        <translation>Spend this month</translation>
    </message>
    <message>
        <source>Coupon balance</source>
        <translation>Coupon balance</translation>
    </message>
    <message>
        <source>Resale</source>
        <comment>association type 3, International site</comment>
        <translation>Resale</translation>
    </message>
    <message>
        <source>%1 · unbind pending</source>
        <comment>association type of a customer asked to unbind</comment>
        <translation>%1 · unbind pending</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 of %n customer</numerusform>
            <numerusform>%1 of %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, account, customer ID, tag or manager</source>
        <translation>Search name, account, customer ID, tag or manager</translation>
    </message>
    <message>
        <source>All association types</source>
        <translation>All association types</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Loading customers: %v of %m</source>
        <translation>Loading customers: %v of %m</translation>
    </message>
    <message>
        <source>Funds can be allocated to and reclaimed from agency-sale customers only.</source>
        <translation>Funds can be allocated to and reclaimed from agency-sale customers only.</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>Allocate…</translation>
    </message>
    <message>
        <source>Reclaim…</source>
        <translation>Reclaim…</translation>
    </message>
    <message numerus="yes">
        <source>Allocate to %n customer(s)…</source>
        <translation>
            <numerusform>Allocate to %n customer…</numerusform>
            <numerusform>Allocate to %n customers…</numerusform>
        </translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Unbind…</source>
        <translation>Unbind…</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>Associated between</source>
        <translation>Associated between</translation>
    </message>
    <message>
        <source>Associated from</source>
        <translation>Associated from</translation>
    </message>
    <message>
        <source>Associated until</source>
        <translation>Associated until</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>saved list of %1, names masked until refreshed</source>
        <translation>saved list of %1, names masked until refreshed</translation>
    </message>
    <message numerus="yes">
        <source>Reclaim from %n customer(s)…</source>
        <translation>
            <numerusform>Reclaim from %n customer…</numerusform>
            <numerusform>Reclaim from %n customers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbind requests…</source>
        <translation>Unbind requests…</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Hide %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nothing to show.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches the filters (%n row(s) hidden).</source>
        <translation>
            <numerusform>Nothing matches the filters (%n row hidden).</numerusform>
            <numerusform>Nothing matches the filters (%n rows hidden).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>Enter the amount as a number, for example 300.00.</source>
        <translation>Enter the amount as a number, for example 300.00.</translation>
    </message>
    <message>
        <source>The amount must be greater than 0.</source>
        <translation>The amount must be greater than 0.</translation>
    </message>
    <message>
        <source>The amount can have at most 2 decimal places.</source>
        <translation>The amount can have at most 2 decimal places.</translation>
    </message>
    <message>
        <source>The amount can be at most 999,999,999.99.</source>
        <translation>The amount can be at most 999,999,999.99.</translation>
    </message>
</context>
<context>
    <name>DiscountsLoader</name>
    <message>
        <source>a bill sum has no customer_id, amount or discount_amount</source>
        <translation>a bill sum has no customer_id, amount or discount_amount</translation>
    </message>
</context>
<context>
    <name>DiscountsPage</name>
    <message>
        <source>Discount by association type</source>
        <translation>Discount by association type</translation>
    </message>
    <message>
        <source>Amount by payment method</source>
        <translation>Amount by payment method</translation>
    </message>
    <message>
        <source>Loading this month&apos;s discount…</source>
        <translation>Loading this month&apos;s discount…</translation>
    </message>
    <message>
        <source>Discount this month (%1, UTC+8): %2 on a list price of %3; amount %4.</source>
        <translation>Discount this month (%1, UTC+8): %2 on a list price of %3; amount %4.</translation>
    </message>
    <message>
        <source>discounts this month</source>
        <translation>discounts this month</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>By payment method</translation>
    </message>
    <message>
        <source>By association type</source>
        <translation>By association type</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Data up to 24:00 yesterday (UTC+8), refreshed around 16:00; today&apos;s usage appears tomorrow.</source>
        <translation>Data up to 24:00 yesterday (UTC+8), refreshed around 16:00; today&apos;s usage appears tomorrow.</translation>
    </message>
    <message>
        <source>Per customer, largest discount first</source>
        <translation>Per customer, largest discount first</translation>
    </message>
    <message>
        <source>Discount breakdown</source>
        <translation>Discount breakdown</translation>
    </message>
    <message>
        <source>Discounts by customer</source>
        <translation>Discounts by customer</translation>
    </message>
    <message>
        <source>This site has no bill sums to derive this month&apos;s discount from. In the Partner Center, click the amount under 本月已优惠 (discount this month) on the home page.</source>
        <translation>This site has no bill sums to derive this month&apos;s discount from. In the Partner Center, click the amount under 本月已优惠 (discount this month) on the home page.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) consumed this month.</source>
        <translation>
            <numerusform>%n customer consumed this month.</numerusform>
            <numerusform>%n customers consumed this month.</numerusform>
        </translation>
    </message>
    <message>
        <source>Derived from the monthly bill sums of your own customers.</source>
        <translation>Derived from the monthly bill sums of your own customers.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Unknown site &quot;%1&quot;: use china, intl or a custom URL.</source>
        <translation>Unknown site &quot;%1&quot;: use china, intl or a custom URL.</translation>
    </message>
    <message>
        <source>China site</source>
        <translation>China site</translation>
    </message>
    <message>
        <source>International site</source>
        <translation>International site</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Custom (%1)</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation>The endpoint &quot;%1&quot; is not a valid URL.</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed to this computer (loopback); use https:// for %1.</source>
        <translation>Plain HTTP is only allowed to this computer (loopback); use https:// for %1.</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>The endpoint must start with https://.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>&amp;Errors panel</source>
        <translation>&amp;Errors panel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (for Excel)</source>
        <translation>UTF-8 with BOM (for Excel)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Export in full (logged)</source>
        <translation>Export in full (logged)</translation>
    </message>
    <message>
        <source>Reading rows: %1 of %2</source>
        <translation>Reading rows: %1 of %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Choose a file name first.</source>
        <translation>Choose a file name first.</translation>
    </message>
    <message>
        <source>%1 (revealed on screen)</source>
        <translation>%1 (revealed on screen)</translation>
    </message>
    <message>
        <source>Not saved: the folder %1 cannot be created.</source>
        <translation>Not saved: the folder %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>Welcome to PartnerDesk. Try it on the built-in sandbox (sample data, no account needed), or add the access key of your partner account.</source>
        <translation>Welcome to PartnerDesk. Try it on the built-in sandbox (sample data, no account needed), or add the access key of your partner account.</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Try the sandbox</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>Add a profile…</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Unfreeze</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Freeze %n customer(s)</source>
        <translation>
            <numerusform>Freeze %n customer</numerusform>
            <numerusform>Freeze %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfreeze %n customer(s)</source>
        <translation>
            <numerusform>Unfreeze %n customer</numerusform>
            <numerusform>Unfreeze %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Why these accounts are frozen (required)</source>
        <translation>Why these accounts are frozen (required)</translation>
    </message>
    <message>
        <source>Why these accounts are unfrozen (required)</source>
        <translation>Why these accounts are unfrozen (required)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Account now</source>
        <translation>Account now</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Will be</translation>
    </message>
    <message>
        <source>A frozen account cannot buy, renew or change services; with its resources frozen, its services stop. Data is released if the account stays frozen for about 15 days.</source>
        <translation>A frozen account cannot buy, renew or change services; with its resources frozen, its services stop. Data is released if the account stays frozen for about 15 days.</translation>
    </message>
    <message>
        <source>Unfreeze with the type the account was frozen with. A freeze by Huawei Cloud (over budget, overdue) cannot be lifted here.</source>
        <translation>Unfreeze with the type the account was frozen with. A freeze by Huawei Cloud (over budget, overdue) cannot be lifted here.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Skipped: already so</source>
        <translation>Skipped: already so</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will be frozen.</source>
        <translation>
            <numerusform>%n customer will be frozen.</numerusform>
            <numerusform>%n customers will be frozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will be unfrozen.</source>
        <translation>
            <numerusform>%n customer will be unfrozen.</numerusform>
            <numerusform>%n customers will be unfrozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: already in that state.</source>
        <translation>
            <numerusform>%n skipped: already in that state.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason first.</source>
        <translation>Give a reason first.</translation>
    </message>
    <message>
        <source>Account state</source>
        <translation>Account state</translation>
    </message>
</context>
<context>
    <name>FundsLoader</name>
    <message>
        <source>The start date must not be after the end date.</source>
        <translation>The start date must not be after the end date.</translation>
    </message>
    <message>
        <source>The records can be read for at most one year at a time.</source>
        <translation>The records can be read for at most one year at a time.</translation>
    </message>
    <message>
        <source>the answer has no list of agreements</source>
        <translation>the answer has no list of agreements</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <source>Customer or reseller ID</source>
        <translation>Customer or reseller ID</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Void the agreement</source>
        <translation>Void the agreement</translation>
    </message>
    <message>
        <source>Void payment agreement %1? Remittances in that name will no longer be accepted for your account.</source>
        <translation>Void payment agreement %1? Remittances in that name will no longer be accepted for your account.</translation>
    </message>
    <message>
        <source>Agreement %1 is in effect.</source>
        <translation>Agreement %1 is in effect.</translation>
    </message>
    <message>
        <source>Agreement %1 was voided.</source>
        <translation>Agreement %1 was voided.</translation>
    </message>
    <message>
        <source>Account records</source>
        <translation>Account records</translation>
    </message>
    <message>
        <source>Adjust records</source>
        <translation>Adjust records</translation>
    </message>
    <message>
        <source>Payment agreements</source>
        <translation>Payment agreements</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>At most one year at a time</source>
        <translation>At most one year at a time</translation>
    </message>
    <message>
        <source>Other remitter&apos;s account name</source>
        <translation>Other remitter&apos;s account name</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Add remitter</source>
        <translation>Add remitter</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>Payment agreements have no public API. In the Partner Center: Funds &gt; Recharge &gt; Bank transfer &gt; Add another remitter name; they are listed under Payment agreements.</source>
        <translation>Payment agreements have no public API. In the Partner Center: Funds &gt; Recharge &gt; Bank transfer &gt; Add another remitter name; they are listed under Payment agreements.</translation>
    </message>
    <message>
        <source>Cash balance %1 (top-up account) · Allocatable %2 (cash less earmarked) · Credit line %3 (credit account), amount due %4 · Coupon quotas left %5 (vouchers, not money)</source>
        <translation>Cash balance %1 (top-up account) · Allocatable %2 (cash less earmarked) · Credit line %3 (credit account), amount due %4 · Coupon quotas left %5 (vouchers, not money)</translation>
    </message>
    <message>
        <source>Records from</source>
        <translation>Records from</translation>
    </message>
    <message>
        <source>Records until</source>
        <translation>Records until</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>IncentivesLoader</name>
    <message>
        <source>the answer has no list of claims</source>
        <translation>the answer has no list of claims</translation>
    </message>
</context>
<context>
    <name>IncentivesPage</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select a payout to see what its status means.</source>
        <translation>Select a payout to see what its status means.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Frozen: the period&apos;s spend is not paid yet, so no payout can be requested.</source>
        <translation>Frozen: the period&apos;s spend is not paid yet, so no payout can be requested.</translation>
    </message>
    <message>
        <source>Open coupon quotas</source>
        <translation>Open coupon quotas</translation>
    </message>
    <message>
        <source>Open account changes</source>
        <translation>Open account changes</translation>
    </message>
    <message>
        <source>Incentive payouts</source>
        <translation>Incentive payouts</translation>
    </message>
    <message>
        <source>Market development fund (MDF)</source>
        <translation>Market development fund (MDF)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>All periods</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Claim…</source>
        <translation>Claim…</translation>
    </message>
    <message>
        <source>Claim an approved activity&apos;s expenses before its deadline. Lines in categories MDF does not cover are flagged before anything is sent.</source>
        <translation>Claim an approved activity&apos;s expenses before its deadline. Lines in categories MDF does not cover are flagged before anything is sent.</translation>
    </message>
    <message>
        <source>Incentive payouts and MDF have no public API. In the Partner Center: Sales &gt; Incentives &gt; Incentive management, and Benefits &gt; Market development fund (MDF).</source>
        <translation>Incentive payouts and MDF have no public API. In the Partner Center: Sales &gt; Incentives &gt; Incentive management, and Benefits &gt; Market development fund (MDF).</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>request %1</translation>
    </message>
    <message>
        <source>Product incentive policies</source>
        <translation>Product incentive policies</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>Each cloud service&apos;s incentive policy and whether partner discounts apply, as in force at the end of the month (UTC+8).</source>
        <translation>Each cloud service&apos;s incentive policy and whether partner discounts apply, as in force at the end of the month (UTC+8).</translation>
    </message>
</context>
<context>
    <name>IssueCouponsDialog</name>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Issue coupons from quota %1</source>
        <translation>Issue coupons from quota %1</translation>
    </message>
    <message>
        <source>Customer IDs, one per line</source>
        <translation>Customer IDs, one per line</translation>
    </message>
    <message>
        <source>Add the customers selected on the Customers page</source>
        <translation>Add the customers selected on the Customers page</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>%1 · remaining %2 · valid %3 to %4</source>
        <translation>%1 · remaining %2 · valid %3 to %4</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Face value</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>“%1” is not a customer ID (at most 64 characters).</source>
        <translation>“%1” is not a customer ID (at most 64 characters).</translation>
    </message>
    <message>
        <source>This quota cannot be used for issuing now.</source>
        <translation>This quota cannot be used for issuing now.</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) need %1, more than the quota&apos;s remaining %2.</source>
        <translation>
            <numerusform>%n coupon need %1, more than the quota&apos;s remaining %2.</numerusform>
            <numerusform>%n coupons need %1, more than the quota&apos;s remaining %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) of %1, %2 in all, from quota %3.</source>
        <translation>
            <numerusform>%n coupon of %1, %2 in all, from quota %3.</numerusform>
            <numerusform>%n coupons of %1, %2 in all, from quota %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the face value and the customers.</source>
        <translation>Enter the face value and the customers.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer name (customer ID)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ID(s) are not among your customers: %1. Check them, or refresh the Customers page.</source>
        <translation><numerusform>%n ID is not among your customers: %1. Check it, or refresh the Customers page.</numerusform><numerusform>%n IDs are not among your customers: %1. Check them, or refresh the Customers page.</numerusform></translation>
    </message>
    <message>
        <source> …</source>
        <translation> …</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>the body must be a JSON object</source>
        <translation>the body must be a JSON object</translation>
    </message>
    <message>
        <source>text after the end of the object</source>
        <translation>text after the end of the object</translation>
    </message>
    <message>
        <source>%1 (at byte %2)</source>
        <translation>%1 (at byte %2)</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>a control character inside a string</translation>
    </message>
    <message>
        <source>a string that does not end</source>
        <translation>a string that does not end</translation>
    </message>
    <message>
        <source>a string with a bad escape</source>
        <translation>a string with a bad escape</translation>
    </message>
    <message>
        <source>a value that is not JSON</source>
        <translation>a value that is not JSON</translation>
    </message>
    <message>
        <source>a number with no digits after the point</source>
        <translation>a number with no digits after the point</translation>
    </message>
    <message>
        <source>a number with an empty exponent</source>
        <translation>a number with an empty exponent</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>a list item not followed by , or ]</source>
        <translation>a list item not followed by , or ]</translation>
    </message>
    <message>
        <source>a member name that is not a string</source>
        <translation>a member name that is not a string</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given twice</source>
        <translation>the key &quot;%1&quot; is given twice</translation>
    </message>
    <message>
        <source>a member name not followed by :</source>
        <translation>a member name not followed by :</translation>
    </message>
    <message>
        <source>a member not followed by , or }</source>
        <translation>a member not followed by , or }</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The system keychain is not available: %1. PartnerDesk keeps access keys only in the system keychain, never in a file. Start or unlock your keyring (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and try again.</source>
        <translation>The system keychain is not available: %1. PartnerDesk keeps access keys only in the system keychain, never in a file. Start or unlock your keyring (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and try again.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>no answer yet</translation>
    </message>
    <message>
        <source>access was denied (%1)</source>
        <translation>access was denied (%1)</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n second(s); it may be waiting for an unlock prompt</source>
        <translation>
            <numerusform>it did not answer within %n second; it may be waiting for an unlock prompt</numerusform>
            <numerusform>it did not answer within %n seconds; it may be waiting for an unlock prompt</numerusform>
        </translation>
    </message>
    <message>
        <source>The access key ID and secret must not be empty.</source>
        <translation>The access key ID and secret must not be empty.</translation>
    </message>
    <message>
        <source>The keychain entry of this profile is damaged; enter the AK/SK again.</source>
        <translation>The keychain entry of this profile is damaged; enter the AK/SK again.</translation>
    </message>
    <message>
        <source>The system keychain has no access key for the profile “%1”, or it is locked. Unlock your keyring (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and try again, or enter the AK/SK again.</source>
        <translation>The system keychain has no access key for the profile “%1”, or it is locked. Unlock your keyring (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and try again, or enter the AK/SK again.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk — Partner Center</source>
        <translation>PartnerDesk — Partner Center</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiles…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>&amp;Export this table…</source>
        <translation>&amp;Export this table…</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>&amp;Clear offline data…</source>
        <translation>&amp;Clear offline data…</translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation>Clear offline data</translation>
    </message>
    <message>
        <source>Remove the data saved for offline browsing of “%1”? The pages keep what they show now; without a connection, nothing can be shown until the next sync.</source>
        <translation>Remove the data saved for offline browsing of “%1”? The pages keep what they show now; without a connection, nothing can be shown until the next sync.</translation>
    </message>
    <message>
        <source>Offline data cleared.</source>
        <translation>Offline data cleared.</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>&amp;About PartnerDesk</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Could not open %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>MarketplacePage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n bill</numerusform>
            <numerusform>%n bills</numerusform>
        </translation>
    </message>
    <message>
        <source>settlement bills</source>
        <translation>settlement bills</translation>
    </message>
    <message>
        <source>Settlement bills</source>
        <translation>Settlement bills</translation>
    </message>
    <message>
        <source>Period diff</source>
        <translation>Period diff</translation>
    </message>
    <message>
        <source>Imported statement</source>
        <translation>Imported statement</translation>
    </message>
    <message>
        <source>Non-general products</source>
        <translation>Non-general products</translation>
    </message>
    <message>
        <source>General products</source>
        <translation>General products</translation>
    </message>
    <message>
        <source>Bill period (UTC+8)</source>
        <translation>Bill period (UTC+8)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Waiting for my action</source>
        <translation>Waiting for my action</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>All periods</translation>
    </message>
    <message>
        <source>Search product, bill, customer name or ID</source>
        <translation>Search product, bill, customer name or ID</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Settlement bills have no public API. In the Partner Center: Sales &gt; Marketplace &gt; Settlements (&lt;a href=&quot;console&quot;&gt;open the console&lt;/a&gt;). Export the statement there and import it on the Imported statement tab to reconcile and compare periods here.</source>
        <translation>Settlement bills have no public API. In the Partner Center: Sales &gt; Marketplace &gt; Settlements (&lt;a href=&quot;console&quot;&gt;open the console&lt;/a&gt;). Export the statement there and import it on the Imported statement tab to reconcile and compare periods here.</translation>
    </message>
</context>
<context>
    <name>MaskedHeaderView</name>
    <message>
        <source>Hide this column&apos;s full content</source>
        <translation>Hide this column&apos;s full content</translation>
    </message>
    <message>
        <source>Show this column&apos;s full content</source>
        <translation>Show this column&apos;s full content</translation>
    </message>
</context>
<context>
    <name>MdfClaimDialog</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>What was bought or paid for</source>
        <translation>What was bought or paid for</translation>
    </message>
    <message>
        <source>Total %1 of %2 approved</source>
        <translation>Total %1 of %2 approved</translation>
    </message>
    <message>
        <source>Line %1: describe the expense.</source>
        <translation>Line %1: describe the expense.</translation>
    </message>
    <message>
        <source>Add at least one expense line.</source>
        <translation>Add at least one expense line.</translation>
    </message>
    <message>
        <source>The total %1 is above the approved %2.</source>
        <translation>The total %1 is above the approved %2.</translation>
    </message>
    <message>
        <source>Must fix: %1</source>
        <translation>Must fix: %1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Check: %1</translation>
    </message>
    <message>
        <source>Fix the lines marked “Must fix” before submitting.</source>
        <translation>Fix the lines marked “Must fix” before submitting.</translation>
    </message>
    <message>
        <source>Look at the lines marked “Check”, then confirm below.</source>
        <translation>Look at the lines marked “Check”, then confirm below.</translation>
    </message>
    <message>
        <source>The pre-check found nothing that stops this claim.</source>
        <translation>The pre-check found nothing that stops this claim.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <source>Submitted. Status: %1.</source>
        <translation>Submitted. Status: %1.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The claim did arrive: status %1. Nothing more to do.</source>
        <translation>The claim did arrive: status %1. Nothing more to do.</translation>
    </message>
    <message>
        <source>Claim MDF for %1</source>
        <translation>Claim MDF for %1</translation>
    </message>
    <message>
        <source>%1 — claim deadline %2</source>
        <translation>%1 — claim deadline %2</translation>
    </message>
    <message>
        <source>Review comment: %1</source>
        <translation>Review comment: %1</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Submit claim</source>
        <translation>Submit claim</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>I have checked the flagged descriptions: they are eligible expenses.</source>
        <translation>I have checked the flagged descriptions: they are eligible expenses.</translation>
    </message>
</context>
<context>
    <name>MdfRules</name>
    <message>
        <source>Event venue</source>
        <translation>Event venue</translation>
    </message>
    <message>
        <source>Event catering</source>
        <translation>Event catering</translation>
    </message>
    <message>
        <source>Advertising and promotion</source>
        <translation>Advertising and promotion</translation>
    </message>
    <message>
        <source>Printed material</source>
        <translation>Printed material</translation>
    </message>
    <message>
        <source>Promotional gifts</source>
        <translation>Promotional gifts</translation>
    </message>
    <message>
        <source>Customer training</source>
        <translation>Customer training</translation>
    </message>
    <message>
        <source>Event travel</source>
        <translation>Event travel</translation>
    </message>
    <message>
        <source>Third-party association customer-invitation fees</source>
        <translation>Third-party association customer-invitation fees</translation>
    </message>
    <message>
        <source>Private items</source>
        <translation>Private items</translation>
    </message>
    <message>
        <source>Equipment assets</source>
        <translation>Equipment assets</translation>
    </message>
    <message>
        <source>Sales-management software</source>
        <translation>Sales-management software</translation>
    </message>
    <message>
        <source>Online shop fees</source>
        <translation>Online shop fees</translation>
    </message>
    <message>
        <source>Customer-invitation fees of third-party associations or organisations are not covered by MDF.</source>
        <translation>Customer-invitation fees of third-party associations or organisations are not covered by MDF.</translation>
    </message>
    <message>
        <source>Private items (tuition, decoration, baby or children&apos;s products, toys, clothing, jewellery, cosmetics, belts, watches, health products, medicine, sports goods, fuel, driving lessons) are not covered by MDF.</source>
        <translation>Private items (tuition, decoration, baby or children&apos;s products, toys, clothing, jewellery, cosmetics, belts, watches, health products, medicine, sports goods, fuel, driving lessons) are not covered by MDF.</translation>
    </message>
    <message>
        <source>Equipment assets (such as phones or TVs for live streaming) are not covered by MDF.</source>
        <translation>Equipment assets (such as phones or TVs for live streaming) are not covered by MDF.</translation>
    </message>
    <message>
        <source>Sales-management software is not covered by MDF.</source>
        <translation>Sales-management software is not covered by MDF.</translation>
    </message>
    <message>
        <source>Online shop fees (such as a Taobao shop) are not covered by MDF.</source>
        <translation>Online shop fees (such as a Taobao shop) are not covered by MDF.</translation>
    </message>
    <message>
        <source>Unknown expense category.</source>
        <translation>Unknown expense category.</translation>
    </message>
    <message>
        <source>The amount must be greater than 0 with at most 2 decimals.</source>
        <translation>The amount must be greater than 0 with at most 2 decimals.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Line %1 (%2): %3</translation>
    </message>
    <message>
        <source>Line %1: “%2” looks like an ineligible item. %3</source>
        <translation>Line %1: “%2” looks like an ineligible item. %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>OfflineBar</name>
    <message>
        <source>Showing data saved on %1; personal data was saved masked, so revealing a column shows masked values.</source>
        <translation>Showing data saved on %1; personal data was saved masked, so revealing a column shows masked values.</translation>
    </message>
    <message>
        <source>No saved data has been shown yet.</source>
        <translation>No saved data has been shown yet.</translation>
    </message>
    <message>
        <source>Offline: the server can&apos;t be reached (%1). %2 Changes are disabled until it answers again; PartnerDesk tries every 30 seconds.</source>
        <translation>Offline: the server can&apos;t be reached (%1). %2 Changes are disabled until it answers again; PartnerDesk tries every 30 seconds.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Try to reach the server again</source>
        <translation>Try to reach the server again</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 must not be blank.</source>
        <translation>%1 must not be blank.</translation>
    </message>
    <message>
        <source>%1 can have at most %2 characters.</source>
        <translation>%1 can have at most %2 characters.</translation>
    </message>
    <message>
        <source>The offset cannot be negative.</source>
        <translation>The offset cannot be negative.</translation>
    </message>
    <message>
        <source>A page holds 1 to 100 records.</source>
        <translation>A page holds 1 to 100 records.</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>The start of the time range is after its end.</translation>
    </message>
    <message>
        <source>Unknown coupon status %1.</source>
        <translation>Unknown coupon status %1.</translation>
    </message>
    <message>
        <source>Unknown operation &quot;%1&quot;.</source>
        <translation>Unknown operation &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Ask for the balances of 1 to 100 customers at a time.</source>
        <translation>Ask for the balances of 1 to 100 customers at a time.</translation>
    </message>
    <message>
        <source>The bill month must look like 2025-02.</source>
        <translation>The bill month must look like 2025-02.</translation>
    </message>
    <message>
        <source>The charge mode must be 1 (yearly/monthly), 3 (pay-per-use) or 11 (savings plan).</source>
        <translation>The charge mode must be 1 (yearly/monthly), 3 (pay-per-use) or 11 (savings plan).</translation>
    </message>
    <message>
        <source>%1 must not contain line breaks or control characters.</source>
        <translation>%1 must not contain line breaks or control characters.</translation>
    </message>
    <message>
        <source>%1 exists only in the sandbox; nothing was sent.</source>
        <translation>%1 exists only in the sandbox; nothing was sent.</translation>
    </message>
    <message>
        <source>The International site has no operation %1; nothing was sent.</source>
        <translation>The International site has no operation %1; nothing was sent.</translation>
    </message>
    <message>
        <source>The China site has no operation %1; nothing was sent.</source>
        <translation>The China site has no operation %1; nothing was sent.</translation>
    </message>
    <message>
        <source>The association type must be 1 (referral sale), 2 (agency sale, China) or 3 (resale, International).</source>
        <translation>The association type must be 1 (referral sale), 2 (agency sale, China) or 3 (resale, International).</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <source>the answer has no order_info</source>
        <translation>the answer has no order_info</translation>
    </message>
    <message>
        <source>the order has no order_id</source>
        <translation>the order has no order_id</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a number</source>
        <translation>the amount &quot;%1&quot; is not a number</translation>
    </message>
</context>
<context>
    <name>OrderDetailsDialog</name>
    <message>
        <source>Loading order %1…</source>
        <translation>Loading order %1…</translation>
    </message>
    <message>
        <source>Customer %1 · created %2 · paid %3</source>
        <translation>Customer %1 · created %2 · paid %3</translation>
    </message>
    <message>
        <source>List price %1 · discount %2 · coupons %3 · amount %4</source>
        <translation>List price %1 · discount %2 · coupons %3 · amount %4</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Line items</translation>
    </message>
    <message>
        <source>Order line items</source>
        <translation>Order line items</translation>
    </message>
</context>
<context>
    <name>OrderOperations</name>
    <message numerus="yes">
        <source>Name at most %n resource(s) at a time.</source>
        <translation>
            <numerusform>Name at most %n resource at a time.</numerusform>
            <numerusform>Name at most %n resources at a time.</numerusform>
        </translation>
    </message>
    <message>
        <source>A resource is in use (2), closed (3), frozen (4) or expired (5).</source>
        <translation>A resource is in use (2), closed (3), frozen (4) or expired (5).</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>The start of the time range is after its end.</translation>
    </message>
    <message>
        <source>The month is YYYY-MM, e.g. 2026-09.</source>
        <translation>The month is YYYY-MM, e.g. 2026-09.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1 with a balance below %2 (together %3)</source>
        <translation>%1 with a balance below %2 (together %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 expiring within %2 days (balance left %3)</source>
        <translation>%1 expiring within %2 days (balance left %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n usable coupon(s)</source>
        <translation>
            <numerusform>%n usable coupon</numerusform>
            <numerusform>%n usable coupons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reseller(s)</source>
        <translation>
            <numerusform>%n reseller</numerusform>
            <numerusform>%n resellers</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketplace settlements could not be read.</source>
        <translation>Marketplace settlements could not be read.</translation>
    </message>
    <message>
        <source>Marketplace settlements waiting for you: no public API. &lt;a href=&quot;console&quot;&gt;Open Partner Center&lt;/a&gt; (Sales &gt; Marketplace &gt; Product billing).</source>
        <translation>Marketplace settlements waiting for you: no public API. &lt;a href=&quot;console&quot;&gt;Open Partner Center&lt;/a&gt; (Sales &gt; Marketplace &gt; Product billing).</translation>
    </message>
    <message numerus="yes">
        <source>%n marketplace settlement(s) waiting for your action (to settle %1)</source>
        <translation>
            <numerusform>%n marketplace settlement waiting for your action (to settle %1)</numerusform>
            <numerusform>%n marketplace settlements waiting for your action (to settle %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon quota(s) in effect, from Coupon quotas — vouchers, not money</source>
        <translation>
            <numerusform>%n coupon quota in effect, from Coupon quotas — vouchers, not money</numerusform>
            <numerusform>%n coupon quotas in effect, from Coupon quotas — vouchers, not money</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Refresh all</translation>
    </message>
    <message>
        <source>Partner account</source>
        <translation>Partner account</translation>
    </message>
    <message>
        <source>Cash balance</source>
        <translation>Cash balance</translation>
    </message>
    <message>
        <source>Top-up account (account type 1)</source>
        <translation>Top-up account (account type 1)</translation>
    </message>
    <message>
        <source>Allocatable</source>
        <translation>Allocatable</translation>
    </message>
    <message>
        <source>Cash less the earmarked amount: what you can allocate to customers</source>
        <translation>Cash less the earmarked amount: what you can allocate to customers</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Credit line</translation>
    </message>
    <message>
        <source>Credit account (account type 2)</source>
        <translation>Credit account (account type 2)</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>Credit used: the credit line less the credit left</source>
        <translation>Credit used: the credit line less the credit left</translation>
    </message>
    <message>
        <source>Coupon quotas left</source>
        <translation>Coupon quotas left</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>Alert thresholds</translation>
    </message>
    <message>
        <source>Customers with a balance below</source>
        <translation>Customers with a balance below</translation>
    </message>
    <message>
        <source>Resellers with a balance below</source>
        <translation>Resellers with a balance below</translation>
    </message>
    <message>
        <source>Coupons expiring within</source>
        <translation>Coupons expiring within</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>No customer has a balance below %1.</source>
        <translation>No customer has a balance below %1.</translation>
    </message>
    <message>
        <source>No usable coupon expires within %1 days.</source>
        <translation>No usable coupon expires within %1 days.</translation>
    </message>
    <message>
        <source>No reseller has a balance below %1.</source>
        <translation>No reseller has a balance below %1.</translation>
    </message>
    <message>
        <source>No marketplace settlement waits for your action.</source>
        <translation>No marketplace settlement waits for your action.</translation>
    </message>
    <message>
        <source>No customer is over budget.</source>
        <translation>No customer is over budget.</translation>
    </message>
    <message>
        <source>No customer has used %1 % of its budget.</source>
        <translation>No customer has used %1 % of its budget.</translation>
    </message>
    <message>
        <source>No customer account is frozen.</source>
        <translation>No customer account is frozen.</translation>
    </message>
    <message>
        <source>%1 over budget (together %2 over)</source>
        <translation>%1 over budget (together %2 over)</translation>
    </message>
    <message>
        <source>%1 with %2 % or more of the budget used (%3 left)</source>
        <translation>%1 with %2 % or more of the budget used (%3 left)</translation>
    </message>
    <message>
        <source>%1 frozen</source>
        <translation>%1 frozen</translation>
    </message>
    <message numerus="yes">
        <source>%n customer account(s)</source>
        <translation>
            <numerusform>%n customer account</numerusform>
            <numerusform>%n customer accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Budgets used to at least</source>
        <translation>Budgets used to at least</translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Amount due %1 + not yet billed %2 − balance %3 − coupons %4</source>
        <translation>Amount due %1 + not yet billed %2 − balance %3 − coupons %4</translation>
    </message>
    <message>
        <source>Consumption quota</source>
        <translation>Consumption quota</translation>
    </message>
    <message>
        <source>What your customers may consume on your credit</source>
        <translation>What your customers may consume on your credit</translation>
    </message>
    <message>
        <source>Quota used</source>
        <translation>Quota used</translation>
    </message>
    <message>
        <source>Checking your customers…</source>
        <translation>Checking your customers…</translation>
    </message>
    <message>
        <source>Checking the coupons…</source>
        <translation>Checking the coupons…</translation>
    </message>
    <message>
        <source>Checking the resellers…</source>
        <translation>Checking the resellers…</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <comment>a settlement status: what to do (zh: full-width colon)</comment>
        <translation>%1 × %2: %3</translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Coupon quotas</source>
        <translation>Coupon quotas</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Resellers</source>
        <translation>Resellers</translation>
    </message>
    <message>
        <source>Marketplace billing</source>
        <translation>Marketplace billing</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Incentives</translation>
    </message>
    <message>
        <source>Discounts this month</source>
        <translation>Discounts this month</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Pricing</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Customer budgets</source>
        <translation>Customer budgets</translation>
    </message>
    <message>
        <source>Bills and invoices</source>
        <translation>Bills and invoices</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; is not a list</translation>
    </message>
</context>
<context>
    <name>PaletteSources</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
</context>
<context>
    <name>PeriodDiffPanel</name>
    <message>
        <source>Choose two bill periods.</source>
        <translation>Choose two bill periods.</translation>
    </message>
    <message>
        <source>Settlement bills have no public API on this site: import a statement exported from the console and compare it.</source>
        <translation>Settlement bills have no public API on this site: import a statement exported from the console and compare it.</translation>
    </message>
    <message>
        <source>Reading %1 and %2…</source>
        <translation>Reading %1 and %2…</translation>
    </message>
    <message>
        <source>Choose two bill periods and compare them per product and customer.</source>
        <translation>Choose two bill periods and compare them per product and customer.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 new, %4 gone, %5 changed, %6 unchanged. Amount %7 → %8 (%9); settlement %10 → %11 (%12).</source>
        <translation>%1 → %2: %3 new, %4 gone, %5 changed, %6 unchanged. Amount %7 → %8 (%9); settlement %10 → %11 (%12).</translation>
    </message>
    <message>
        <source>settlement diff %1 to %2</source>
        <translation>settlement diff %1 to %2</translation>
    </message>
    <message>
        <source>Bills (sandbox)</source>
        <translation>Bills (sandbox)</translation>
    </message>
    <message>
        <source>Imported statement</source>
        <translation>Imported statement</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <source>Non-general products</source>
        <translation>Non-general products</translation>
    </message>
    <message>
        <source>General products</source>
        <translation>General products</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Changes only</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>PriceInquiry</name>
    <message>
        <source>Price 1 to 100 product lines at a time.</source>
        <translation>Price 1 to 100 product lines at a time.</translation>
    </message>
    <message>
        <source>Line %1: the id must have 1 to 64 characters.</source>
        <translation>Line %1: the id must have 1 to 64 characters.</translation>
    </message>
    <message>
        <source>Line %1: the id %2 is used twice.</source>
        <translation>Line %1: the id %2 is used twice.</translation>
    </message>
    <message>
        <source>Line %1: choose the flavour or type.</source>
        <translation>Line %1: choose the flavour or type.</translation>
    </message>
    <message>
        <source>Line %1: a disk has 10 to 32,768 GB.</source>
        <translation>Line %1: a disk has 10 to 32,768 GB.</translation>
    </message>
    <message>
        <source>Line %1: bandwidth is 1 to 2,000 Mbit/s.</source>
        <translation>Line %1: bandwidth is 1 to 2,000 Mbit/s.</translation>
    </message>
    <message>
        <source>Line %1: the quantity is 1 to 10,000.</source>
        <translation>Line %1: the quantity is 1 to 10,000.</translation>
    </message>
    <message>
        <source>Price 1 to 8,784 hours (a year).</source>
        <translation>Price 1 to 8,784 hours (a year).</translation>
    </message>
    <message>
        <source>Choose 1 to 11 months, 1 to 3 years, 1 to 366 days or 1 to 8,784 hours.</source>
        <translation>Choose 1 to 11 months, 1 to 3 years, 1 to 366 days or 1 to 8,784 hours.</translation>
    </message>
    <message>
        <source>A resource ID has at most 64 characters: %1</source>
        <translation>A resource ID has at most 64 characters: %1</translation>
    </message>
    <message>
        <source>A renewal is for 1 to 11 months or 1 to 3 years.</source>
        <translation>A renewal is for 1 to 11 months or 1 to 3 years.</translation>
    </message>
    <message>
        <source>Give 1 to %1 resource IDs (primary yearly/monthly resources).</source>
        <translation>Give 1 to %1 resource IDs (primary yearly/monthly resources).</translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Prices come from the rating APIs. On the real sites they need the customer&apos;s project in that region and a token from the customer&apos;s agency authorization; the sandbox prices any project (V3+ customers get their discounts).</source>
        <translation>Prices come from the rating APIs. On the real sites they need the customer&apos;s project in that region and a token from the customer&apos;s agency authorization; the sandbox prices any project (V3+ customers get their discounts).</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Project ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation>Pay-per-use</translation>
    </message>
    <message>
        <source>Yearly/Monthly</source>
        <translation>Yearly/Monthly</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Flavour or type</source>
        <translation>Flavour or type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>ECS</source>
        <translation>ECS</translation>
    </message>
    <message>
        <source>EVS disk</source>
        <translation>EVS disk</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandwidth</translation>
    </message>
    <message>
        <source>EIP</source>
        <translation>EIP</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Get price</source>
        <translation>Get price</translation>
    </message>
    <message>
        <source>The customer&apos;s project ID in that region</source>
        <translation>The customer&apos;s project ID in that region</translation>
    </message>
    <message>
        <source>%1 could not be priced: %2 %3</source>
        <translation>%1 could not be priced: %2 %3</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Resource IDs</source>
        <translation>Resource IDs</translation>
    </message>
    <message>
        <source>Up to 10 IDs of yearly/monthly resources, separated by spaces or commas</source>
        <translation>Up to 10 IDs of yearly/monthly resources, separated by spaces or commas</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Products to price</source>
        <translation>Products to price</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>List price %1 · discount %2 · amount %3%4 · for %5 %6</source>
        <translation>List price %1 · discount %2 · amount %3%4 · for %5 %6</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n vCPU(s), %2 GiB · %3</source>
        <translation>
            <numerusform>%1 · %n vCPU, %2 GiB · %3</numerusform>
            <numerusform>%1 · %n vCPUs, %2 GiB · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Common I/O</source>
        <translation>Common I/O</translation>
    </message>
    <message>
        <source>High I/O</source>
        <translation>High I/O</translation>
    </message>
    <message>
        <source>General Purpose SSD</source>
        <translation>General Purpose SSD</translation>
    </message>
    <message>
        <source>Ultra-high I/O</source>
        <translation>Ultra-high I/O</translation>
    </message>
    <message>
        <source>Static BGP</source>
        <translation>Static BGP</translation>
    </message>
    <message>
        <source>Dynamic BGP</source>
        <translation>Dynamic BGP</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>There is no profile named “%1”.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Manage profiles…</translation>
    </message>
    <message>
        <source>The partner account to work on</source>
        <translation>The partner account to work on</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>China site</source>
        <translation>China site</translation>
    </message>
    <message>
        <source>International site</source>
        <translation>International site</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Custom URL</translation>
    </message>
    <message>
        <source>Found by “Test connection” when empty</source>
        <translation>Found by “Test connection” when empty</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leave empty to keep the stored key</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Access key (AK)</source>
        <translation>Access key (AK)</translation>
    </message>
    <message>
        <source>Secret key (SK)</source>
        <translation>Secret key (SK)</translation>
    </message>
    <message>
        <source>Enter both the access key (AK) and the secret key (SK).</source>
        <translation>Enter both the access key (AK) and the secret key (SK).</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <source>Saving the keys in the system keychain…</source>
        <translation>Saving the keys in the system keychain…</translation>
    </message>
    <message>
        <source>Deleted “%1” and its keys.</source>
        <translation>Deleted “%1” and its keys.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>The test failed: %1</translation>
    </message>
    <message>
        <source>The keys work. Account ID %1.</source>
        <translation>The keys work. Account ID %1.</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Saved profiles</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> requests/s</translation>
    </message>
    <message>
        <source>No pacing</source>
        <translation>No pacing</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Request rate</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Enter a profile name.</source>
        <translation>Enter a profile name.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>A profile name cannot start or end with a space.</translation>
    </message>
    <message>
        <source>A profile name can have at most 64 characters.</source>
        <translation>A profile name can have at most 64 characters.</translation>
    </message>
    <message>
        <source>A profile name cannot contain &quot;/&quot;, &quot;\&quot; or control characters.</source>
        <translation>A profile name cannot contain &quot;/&quot;, &quot;\&quot; or control characters.</translation>
    </message>
    <message>
        <source>The account ID can have at most 64 characters.</source>
        <translation>The account ID can have at most 64 characters.</translation>
    </message>
</context>
<context>
    <name>QuotaModel</name>
    <message>
        <source>Cash coupon</source>
        <translation>Cash coupon</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Any product</translation>
    </message>
    <message>
        <source>Quota ID</source>
        <translation>Quota ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
</context>
<context>
    <name>QuotasLoader</name>
    <message>
        <source>the answer has no list of records</source>
        <translation>the answer has no list of records</translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Issue coupons…</source>
        <translation>Issue coupons…</translation>
    </message>
    <message>
        <source>Records of one customer (customer ID)</source>
        <translation>Records of one customer (customer ID)</translation>
    </message>
    <message>
        <source>Issue to resellers…</source>
        <translation>Issue to resellers…</translation>
    </message>
    <message>
        <source>Reclaim the selected reseller quotas…</source>
        <translation>Reclaim the selected reseller quotas…</translation>
    </message>
    <message>
        <source>Operation records</source>
        <translation>Operation records</translation>
    </message>
    <message>
        <source>Reseller quotas</source>
        <translation>Reseller quotas</translation>
    </message>
    <message>
        <source>coupon quotas</source>
        <translation>coupon quotas</translation>
    </message>
    <message>
        <source>Records from</source>
        <translation>Records from</translation>
    </message>
    <message>
        <source>Records until</source>
        <translation>Records until</translation>
    </message>
    <message>
        <source>Coupon quotas</source>
        <translation>Coupon quotas</translation>
    </message>
    <message>
        <source>Quota records</source>
        <translation>Quota records</translation>
    </message>
</context>
<context>
    <name>RecordSpecs</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Customer or reseller ID</source>
        <translation>Customer or reseller ID</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaction ID</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Agreement ID</source>
        <translation>Agreement ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Remitter</source>
        <translation>Remitter</translation>
    </message>
    <message>
        <source>Remitter type</source>
        <translation>Remitter type</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Reseller ID</source>
        <translation>Reseller ID</translation>
    </message>
    <message>
        <source>Reseller name</source>
        <translation>Reseller name</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>Associated on</source>
        <translation>Associated on</translation>
    </message>
    <message>
        <source>Bill ID</source>
        <translation>Bill ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Bill period</source>
        <translation>Bill period</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Settlement amount</source>
        <translation>Settlement amount</translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation>Payment request</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Incentive ID</source>
        <translation>Incentive ID</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Incentive</translation>
    </message>
    <message>
        <source>Association type</source>
        <translation>Association type</translation>
    </message>
    <message>
        <source>Payout method</source>
        <translation>Payout method</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Request number</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Application ID</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Claim deadline</source>
        <translation>Claim deadline</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation>Billing mode</translation>
    </message>
    <message>
        <source>Yearly/monthly</source>
        <translation>Yearly/monthly</translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation>Pay-per-use</translation>
    </message>
    <message>
        <source>Settlement ratio</source>
        <translation>Settlement ratio</translation>
    </message>
    <message>
        <source>Trade time</source>
        <translation>Trade time</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Amount (from)</source>
        <translation>Amount (from)</translation>
    </message>
    <message>
        <source>Amount (to)</source>
        <translation>Amount (to)</translation>
    </message>
    <message>
        <source>Amount change</source>
        <translation>Amount change</translation>
    </message>
    <message>
        <source>Settlement (from)</source>
        <translation>Settlement (from)</translation>
    </message>
    <message>
        <source>Settlement (to)</source>
        <translation>Settlement (to)</translation>
    </message>
    <message>
        <source>Settlement change</source>
        <translation>Settlement change</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Product type</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>Budget type</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>Used %</translation>
    </message>
    <message>
        <source>Budget state</source>
        <translation>Budget state</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Partner account</source>
        <translation>Partner account</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <translation>Invoice title</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Resource name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>On expiry</source>
        <translation>On expiry</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>Resource ID</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Line ID</source>
        <translation>Line ID</translation>
    </message>
    <message>
        <source>Incentive policy</source>
        <translation>Incentive policy</translation>
    </message>
    <message>
        <source>Partner discounts</source>
        <translation>Partner discounts</translation>
    </message>
    <message>
        <source>Service type code</source>
        <translation>Service type code</translation>
    </message>
    <message>
        <source>Coupon ID</source>
        <translation>Coupon ID</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Face value</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Coupon code</translation>
    </message>
    <message>
        <source>Balance after the change</source>
        <translation>Balance after the change</translation>
    </message>
    <message>
        <source>Left on the coupon</source>
        <translation>Left on the coupon</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Reclaimed funds</source>
        <translation>Reclaimed funds</translation>
    </message>
    <message>
        <source>Reclaimed coupons</source>
        <translation>Reclaimed coupons</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>a record is not an object</source>
        <translation>a record is not an object</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a number</source>
        <translation>the amount &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not a time</source>
        <translation>the time &quot;%1&quot; is not a time</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a text</source>
        <translation>the field &quot;%1&quot; is not a text</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a whole number</source>
        <translation>the field &quot;%1&quot; is not a whole number</translation>
    </message>
</context>
<context>
    <name>ResellerQuotaDialog</name>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Issue coupon quota %1 to resellers</source>
        <translation>Issue coupon quota %1 to resellers</translation>
    </message>
    <message>
        <source>Amount for each reseller</source>
        <translation>Amount for each reseller</translation>
    </message>
    <message>
        <source>Resellers</source>
        <translation>Resellers</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>Reclaim</translation>
    </message>
    <message>
        <source>Reclaim resellers&apos; coupon quotas</source>
        <translation>Reclaim resellers&apos; coupon quotas</translation>
    </message>
    <message>
        <source>Enter the amount and tick the resellers.</source>
        <translation>Enter the amount and tick the resellers.</translation>
    </message>
    <message numerus="yes">
        <source>%n reseller(s) get %1 each, %2 in all, from the remaining %3.%4</source>
        <translation>
            <numerusform>%n reseller get %1 each, %2 in all, from the remaining %3.%4</numerusform>
            <numerusform>%n resellers get %1 each, %2 in all, from the remaining %3.%4</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than the quota has left.</source>
        <translation>That is more than the quota has left.</translation>
    </message>
    <message numerus="yes">
        <source>%n quota(s) reclaimed, %1 of unused balance returns to your quotas. %2 selected quota(s) cannot be reclaimed (not in use).</source>
        <translation>
            <numerusform>%n quota reclaimed, %1 of unused balance returns to your quotas. %2 selected quota cannot be reclaimed (not in use).</numerusform>
            <numerusform>%n quotas reclaimed, %1 of unused balance returns to your quotas. %2 selected quotas cannot be reclaimed (not in use).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResellerScopeBox</name>
    <message>
        <source>My customers</source>
        <translation>My customers</translation>
    </message>
    <message>
        <source>A reseller&apos;s customers (distributors)</source>
        <translation>A reseller&apos;s customers (distributors)</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>A reseller&apos;s account: balances, ledger and adjust records (distributors)</source>
        <translation>A reseller&apos;s account: balances, ledger and adjust records (distributors)</translation>
    </message>
</context>
<context>
    <name>ResellersPage</name>
    <message>
        <source>Search reseller name, account or ID</source>
        <translation>Search reseller name, account or ID</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>Allocate…</translation>
    </message>
    <message>
        <source>Reclaim…</source>
        <translation>Reclaim…</translation>
    </message>
    <message>
        <source>This account has no resellers. Resellers belong to master distributors.</source>
        <translation>This account has no resellers. Resellers belong to master distributors.</translation>
    </message>
    <message>
        <source>resellers</source>
        <translation>resellers</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>Responses</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>the field &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a list</source>
        <translation>the field &quot;%1&quot; is not a list</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is missing</source>
        <translation>the amount &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a number</source>
        <translation>the amount &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is too precise</source>
        <translation>the amount &quot;%1&quot; is too precise</translation>
    </message>
    <message>
        <source>the answer carries no transaction id</source>
        <translation>the answer carries no transaction id</translation>
    </message>
    <message>
        <source>IAM returned no account for this key; enter the account ID by hand (the key may lack the iam:users:getUser permission)</source>
        <translation>IAM returned no account for this key; enter the account ID by hand (the key may lack the iam:users:getUser permission)</translation>
    </message>
    <message>
        <source>the unit of &quot;%1&quot; (measure_id %2) is not known</source>
        <translation>the unit of &quot;%1&quot; (measure_id %2) is not known</translation>
    </message>
    <message>
        <source>the answer does not say whether the check passed</source>
        <translation>the answer does not say whether the check passed</translation>
    </message>
    <message>
        <source>a reason the check failed is not a text</source>
        <translation>a reason the check failed is not a text</translation>
    </message>
    <message>
        <source>an item of &quot;%1&quot; is not an object</source>
        <translation>an item of &quot;%1&quot; is not an object</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a whole number</source>
        <translation>the field &quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <source>the answer has no settlement</source>
        <translation>the answer has no settlement</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>Bad --faults: %1</source>
        <translation>Bad --faults: %1</translation>
    </message>
    <message>
        <source>Cannot create the sandbox data in %1: %2</source>
        <translation>Cannot create the sandbox data in %1: %2</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memory</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (is the port in use?).</source>
        <translation>Cannot listen on 127.0.0.1:%1 (is the port in use?).</translation>
    </message>
    <message>
        <source>Cannot write the request log %1.</source>
        <translation>Cannot write the request log %1.</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>A view needs a name of 1 to %1 characters.</source>
        <translation>A view needs a name of 1 to %1 characters.</translation>
    </message>
    <message>
        <source>This page has no filters to save.</source>
        <translation>This page has no filters to save.</translation>
    </message>
    <message>
        <source>This is not a PartnerDesk views file.</source>
        <translation>This is not a PartnerDesk views file.</translation>
    </message>
    <message>
        <source>Unknown page “%1” in the views file.</source>
        <translation>Unknown page “%1” in the views file.</translation>
    </message>
    <message>
        <source>A view of page “%1” has no valid name or state.</source>
        <translation>A view of page “%1” has no valid name or state.</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>&amp;Saved views</source>
        <translation>&amp;Saved views</translation>
    </message>
    <message>
        <source>Save the current filters…</source>
        <translation>Save the current filters…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>Name of this view:</translation>
    </message>
    <message>
        <source>Delete a view</source>
        <translation>Delete a view</translation>
    </message>
    <message>
        <source>Export views…</source>
        <translation>Export views…</translation>
    </message>
    <message>
        <source>Export views</source>
        <translation>Export views</translation>
    </message>
    <message>
        <source>PartnerDesk views (*.json)</source>
        <translation>PartnerDesk views (*.json)</translation>
    </message>
    <message>
        <source>Import views…</source>
        <translation>Import views…</translation>
    </message>
    <message>
        <source>Import views</source>
        <translation>Import views</translation>
    </message>
    <message>
        <source>PartnerDesk views (*.json);;All files (*)</source>
        <translation>PartnerDesk views (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>View “%1” saved.</translation>
    </message>
    <message>
        <source>Views exported to %1.</source>
        <translation>Views exported to %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>The file is larger than 4 MB; is it a views file?</source>
        <translation>The file is larger than 4 MB; is it a views file?</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s) imported.</source>
        <translation>
            <numerusform>%n view imported.</numerusform>
            <numerusform>%n views imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nothing imported: %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide the secret key</source>
        <translation>Hide the secret key</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>Show the secret key</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sandbox (International)</source>
        <translation>Sandbox (International)</translation>
    </message>
    <message>
        <source>Sandbox (China)</source>
        <translation>Sandbox (China)</translation>
    </message>
</context>
<context>
    <name>SettlementDetailsDialog</name>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>%1 · %2 · bill period %3 (UTC+8)</source>
        <translation>%1 · %2 · bill period %3 (UTC+8)</translation>
    </message>
    <message>
        <source>Phase: %1 · Status: %2</source>
        <translation>Phase: %1 · Status: %2</translation>
    </message>
    <message>
        <source>Amount %1 · settlement amount %2</source>
        <translation>Amount %1 · settlement amount %2</translation>
    </message>
    <message>
        <source>Payment request number: %1</source>
        <translation>Payment request number: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Settlement bill %1</source>
        <translation>Settlement bill %1</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Line items</translation>
    </message>
    <message>
        <source>State history</source>
        <translation>State history</translation>
    </message>
    <message>
        <source>Flow: %1</source>
        <translation>Flow: %1</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; must be a string.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required and must be a non-empty string.</source>
        <translation>&quot;%1&quot; is required and must be a non-empty string.</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an absolute URL such as https://bss.myhuaweicloud.com/v2/...</source>
        <translation>&quot;url&quot; must be an absolute URL such as https://bss.myhuaweicloud.com/v2/...</translation>
    </message>
    <message>
        <source>&quot;query&quot; must be an object.</source>
        <translation>&quot;query&quot; must be an object.</translation>
    </message>
    <message>
        <source>&quot;headers&quot; must be an object.</source>
        <translation>&quot;headers&quot; must be an object.</translation>
    </message>
    <message>
        <source>&quot;body&quot; must be a string, an object or an array.</source>
        <translation>&quot;body&quot; must be a string, an object or an array.</translation>
    </message>
    <message>
        <source>&quot;date&quot; must look like 20250301T081500Z.</source>
        <translation>&quot;date&quot; must look like 20250301T081500Z.</translation>
    </message>
    <message>
        <source>&quot;derived&quot; needs &quot;regionId&quot; and &quot;serviceName&quot;.</source>
        <translation>&quot;derived&quot; needs &quot;regionId&quot; and &quot;serviceName&quot;.</translation>
    </message>
    <message>
        <source>&quot;derived&quot; must be an object.</source>
        <translation>&quot;derived&quot; must be an object.</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1 (at byte %2).</source>
        <translation>The input is not valid JSON: %1 (at byte %2).</translation>
    </message>
    <message>
        <source>The input must be a request object or an array of them.</source>
        <translation>The input must be a request object or an array of them.</translation>
    </message>
    <message>
        <source>Request %1: not an object.</source>
        <translation>Request %1: not an object.</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Request %1: %2</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB; is it a statement?</source>
        <translation>The file is larger than 64 MB; is it a statement?</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Bill period (账期)</source>
        <translation>Bill period (账期)</translation>
    </message>
    <message>
        <source>Product name (商品名称)</source>
        <translation>Product name (商品名称)</translation>
    </message>
    <message>
        <source>Amount (消费金额)</source>
        <translation>Amount (消费金额)</translation>
    </message>
    <message>
        <source>Customer ID (客户ID) or customer name (客户名称)</source>
        <translation>Customer ID (客户ID) or customer name (客户名称)</translation>
    </message>
    <message>
        <source>The header row lacks: %1. See the expected columns in the help.</source>
        <translation>The header row lacks: %1. See the expected columns in the help.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>%n field where the header has %1</numerusform>
            <numerusform>%n fields where the header has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>bill period “%1” is not YYYY-MM</source>
        <translation>bill period “%1” is not YYYY-MM</translation>
    </message>
    <message>
        <source>product type “%1” is neither general nor non-general</source>
        <translation>product type “%1” is neither general nor non-general</translation>
    </message>
    <message>
        <source>no product name</source>
        <translation>no product name</translation>
    </message>
    <message>
        <source>no customer ID or name</source>
        <translation>no customer ID or name</translation>
    </message>
    <message>
        <source>amount “%1” is not a number</source>
        <translation>amount “%1” is not a number</translation>
    </message>
    <message>
        <source>settlement amount “%1” is not a number</source>
        <translation>settlement amount “%1” is not a number</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>The file has a header but no rows.</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <source>Import a settlement statement</source>
        <translation>Import a settlement statement</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 could not be imported: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read, %2 imported, %3 with problems (listed below; they were left out and nothing else was).</source>
        <translation>
            <numerusform>%1: %n row read, %2 imported, %3 with problems (listed below; they were left out and nothing else was).</numerusform>
            <numerusform>%1: %n rows read, %2 imported, %3 with problems (listed below; they were left out and nothing else was).</numerusform>
        </translation>
    </message>
    <message>
        <source>imported statement</source>
        <translation>imported statement</translation>
    </message>
    <message>
        <source>Import statement…</source>
        <translation>Import statement…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>A CSV statement with a header row, its columns named as in the console&apos;s export. Needed: “账期” (bill period, YYYY-MM), “商品名称” (product name), “消费金额” (amount), and “客户ID” (customer ID) or “客户名称” (customer name). Optional: “账单编号” (bill ID), “商品类型” (product type), “分账金额” (settlement amount), “状态” (status). UTF-8 or GB18030.</source>
        <translation>A CSV statement with a header row, its columns named as in the console&apos;s export. Needed: “账期” (bill period, YYYY-MM), “商品名称” (product name), “消费金额” (amount), and “客户ID” (customer ID) or “客户名称” (customer name). Optional: “账单编号” (bill ID), “商品类型” (product type), “分账金额” (settlement amount), “状态” (status). UTF-8 or GB18030.</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Rows left out</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <source>Not activated</source>
        <translation>Not activated</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Usable</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>Reclaimed</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>order</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>Pending payment</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>Pending confirmation</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>New purchase</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Unsubscription</source>
        <translation>Unsubscription</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <comment>adjust record</comment>
        <translation>Reclaim</translation>
    </message>
    <message>
        <source>Reclaimed on unbinding</source>
        <translation>Reclaimed on unbinding</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Cash coupon</source>
        <translation>Cash coupon</translation>
    </message>
    <message>
        <source>Stored-value card</source>
        <translation>Stored-value card</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>quota</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Being adjusted</source>
        <translation>Being adjusted</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>coupon record</comment>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Reclaimed manually</source>
        <translation>Reclaimed manually</translation>
    </message>
    <message>
        <source>Reclaimed on expiry</source>
        <translation>Reclaimed on expiry</translation>
    </message>
    <message>
        <source>Reclaimed on unsubscription</source>
        <translation>Reclaimed on unsubscription</translation>
    </message>
    <message>
        <source>Refund reversal</source>
        <translation>Refund reversal</translation>
    </message>
    <message>
        <source>Reclaimed on association</source>
        <translation>Reclaimed on association</translation>
    </message>
    <message>
        <source>Reclaimed on a mode switch</source>
        <translation>Reclaimed on a mode switch</translation>
    </message>
    <message>
        <source>Reseller transfer</source>
        <translation>Reseller transfer</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Incentive top-up</source>
        <translation>Incentive top-up</translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation>Pay-per-use</translation>
    </message>
    <message>
        <source>Yearly/monthly purchase</source>
        <translation>Yearly/monthly purchase</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>In effect</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Awaiting countersign</source>
        <translation>Awaiting countersign</translation>
    </message>
    <message>
        <source>Countersigning</source>
        <translation>Countersigning</translation>
    </message>
    <message>
        <source>Payment request creation failed</source>
        <translation>Payment request creation failed</translation>
    </message>
    <message>
        <source>Awaiting invoice</source>
        <translation>Awaiting invoice</translation>
    </message>
    <message>
        <source>Invoice under review</source>
        <translation>Invoice under review</translation>
    </message>
    <message>
        <source>Payment request under review</source>
        <translation>Payment request under review</translation>
    </message>
    <message>
        <source>Payment request rejected</source>
        <translation>Payment request rejected</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>Paying</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Invoice Huawei from the invoicing list; the bill moves on once the invoice is received.</source>
        <translation>Invoice Huawei from the invoicing list; the bill moves on once the invoice is received.</translation>
    </message>
    <message>
        <source>Check that the invoice was issued and received (non-general products), or raise a ticket with the payment request number (general products).</source>
        <translation>Check that the invoice was issued and received (non-general products), or raise a ticket with the payment request number (general products).</translation>
    </message>
    <message>
        <source>Nothing to do: waiting for Huawei&apos;s operations or finance staff.</source>
        <translation>Nothing to do: waiting for Huawei&apos;s operations or finance staff.</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Countersign</translation>
    </message>
    <message>
        <source>Invoice review</source>
        <translation>Invoice review</translation>
    </message>
    <message>
        <source>Payment request review</source>
        <translation>Payment request review</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>General product</source>
        <translation>General product</translation>
    </message>
    <message>
        <source>Non-general product</source>
        <translation>Non-general product</translation>
    </message>
    <message>
        <source>Not yet requested</source>
        <translation>Not yet requested</translation>
    </message>
    <message>
        <source>Request processing</source>
        <translation>Request processing</translation>
    </message>
    <message>
        <source>Awaiting partner invoice</source>
        <translation>Awaiting partner invoice</translation>
    </message>
    <message>
        <source>Issue failed</source>
        <translation>Issue failed</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Top-up to the Huawei Cloud account</source>
        <translation>Top-up to the Huawei Cloud account</translation>
    </message>
    <message>
        <source>Voucher quota</source>
        <translation>Voucher quota</translation>
    </message>
    <message>
        <source>Request the payout (or set up automatic requests).</source>
        <translation>Request the payout (or set up automatic requests).</translation>
    </message>
    <message>
        <source>Nothing to do: the request is with Huawei Finance.</source>
        <translation>Nothing to do: the request is with Huawei Finance.</translation>
    </message>
    <message>
        <source>Issue the invoice and mail it with the invoicing list.</source>
        <translation>Issue the invoice and mail it with the invoicing list.</translation>
    </message>
    <message>
        <source>Nothing to do: once the payment review passes, Finance pays within 2 working days.</source>
        <translation>Nothing to do: once the payment review passes, Finance pays within 2 working days.</translation>
    </message>
    <message>
        <source>An error occurred while issuing the voucher quota: contact customer service.</source>
        <translation>An error occurred while issuing the voucher quota: contact customer service.</translation>
    </message>
    <message>
        <source>Finance has transferred the payment to your bank account.</source>
        <translation>Finance has transferred the payment to your bank account.</translation>
    </message>
    <message>
        <source>Finance has topped up your Huawei Cloud account: confirm it in Funds &gt; Account changes (recharge account).</source>
        <translation>Finance has topped up your Huawei Cloud account: confirm it in Funds &gt; Account changes (recharge account).</translation>
    </message>
    <message>
        <source>The voucher quota has been issued: confirm it in Coupons &gt; Quotas.</source>
        <translation>The voucher quota has been issued: confirm it in Coupons &gt; Quotas.</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>Completed.</translation>
    </message>
    <message>
        <source>Application under review</source>
        <translation>Application under review</translation>
    </message>
    <message>
        <source>Approved, awaiting claim</source>
        <translation>Approved, awaiting claim</translation>
    </message>
    <message>
        <source>Claim under review</source>
        <translation>Claim under review</translation>
    </message>
    <message>
        <source>Claim approved</source>
        <translation>Claim approved</translation>
    </message>
    <message>
        <source>Claim rejected</source>
        <translation>Claim rejected</translation>
    </message>
    <message>
        <source>Submit the claim with the actual expenses before the deadline.</source>
        <translation>Submit the claim with the actual expenses before the deadline.</translation>
    </message>
    <message>
        <source>Correct the claim as the review comment says and resubmit it within 45 days.</source>
        <translation>Correct the claim as the review comment says and resubmit it within 45 days.</translation>
    </message>
    <message>
        <source>Issue the invoice and mail it within 15 days.</source>
        <translation>Issue the invoice and mail it within 15 days.</translation>
    </message>
    <message>
        <source>The claim deadline has passed; a late claim needs the director&apos;s approval.</source>
        <translation>The claim deadline has passed; a late claim needs the director&apos;s approval.</translation>
    </message>
    <message>
        <source>Nothing to do: waiting for Huawei&apos;s review.</source>
        <translation>Nothing to do: waiting for Huawei&apos;s review.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Gone</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Unknown status (%1)</source>
        <translation>Unknown status (%1)</translation>
    </message>
    <message>
        <source>Unknown type (%1)</source>
        <translation>Unknown type (%1)</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>No budget</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monthly budget</translation>
    </message>
    <message>
        <source>One-time budget</source>
        <translation>One-time budget</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Over budget</translation>
    </message>
    <message>
        <source>Near budget</source>
        <translation>Near budget</translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation>Within budget</translation>
    </message>
    <message>
        <source>Budget set</source>
        <translation>Budget set</translation>
    </message>
    <message>
        <source>Association removed</source>
        <translation>Association removed</translation>
    </message>
    <message>
        <source>Freeze automatically</source>
        <translation>Freeze automatically</translation>
    </message>
    <message>
        <source>Freeze by hand</source>
        <translation>Freeze by hand</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account and resources</source>
        <translation>Account and resources</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Waiting for the invoice file</source>
        <translation>Waiting for the invoice file</translation>
    </message>
    <message>
        <source>Waiting for the invoice file upload</source>
        <translation>Waiting for the invoice file upload</translation>
    </message>
    <message>
        <source>Waiting for mailing</source>
        <translation>Waiting for mailing</translation>
    </message>
    <message>
        <source>Waiting for the receipt</source>
        <translation>Waiting for the receipt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Rejection under review</source>
        <translation>Rejection under review</translation>
    </message>
    <message>
        <source>Return under review</source>
        <translation>Return under review</translation>
    </message>
    <message>
        <source>Waiting for the return</source>
        <translation>Waiting for the return</translation>
    </message>
    <message>
        <source>Return failed</source>
        <translation>Return failed</translation>
    </message>
    <message>
        <source>By bill period</source>
        <translation>By bill period</translation>
    </message>
    <message>
        <source>On receipt of payment</source>
        <translation>On receipt of payment</translation>
    </message>
    <message>
        <source>By order</source>
        <translation>By order</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Invoiced, then returned</source>
        <translation>Invoiced, then returned</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Grace period</translation>
    </message>
    <message>
        <source>Changes to pay-per-use</source>
        <translation>Changes to pay-per-use</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>Renews automatically</translation>
    </message>
    <message>
        <source>Frozen on expiry</source>
        <translation>Frozen on expiry</translation>
    </message>
    <message>
        <source>Deleted after retention</source>
        <translation>Deleted after retention</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>One-off</translation>
    </message>
    <message>
        <source>Unknown period (%1)</source>
        <translation>Unknown period (%1)</translation>
    </message>
    <message>
        <source>Not a specific product</source>
        <translation>Not a specific product</translation>
    </message>
    <message>
        <source>Specific product</source>
        <translation>Specific product</translation>
    </message>
    <message>
        <source>No performance, no rebate</source>
        <translation>No performance, no rebate</translation>
    </message>
    <message>
        <source>Performance, no rebate</source>
        <translation>Performance, no rebate</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>CN North-Beijing1</translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation>CN North-Beijing4</translation>
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation>CN North-Ulanqab1</translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation>CN East-Shanghai2</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>CN East-Shanghai1</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>CN South-Guangzhou</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>CN Southwest-Guiyang1</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>CN-Hong Kong</translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation>AP-Bangkok</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>AP-Singapore</translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation>AP-Jakarta</translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation>AF-Johannesburg</translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation>LA-Santiago</translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation>LA-Sao Paulo1</translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation>LA-Mexico City2</translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation>ME-Riyadh</translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation>TR-Istanbul</translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation>EU-Dublin</translation>
    </message>
    <message>
        <source>Awaiting the customer</source>
        <translation>Awaiting the customer</translation>
    </message>
    <message>
        <source>Unbound</source>
        <translation>Unbound</translation>
    </message>
    <message>
        <source>Refused by the customer</source>
        <translation>Refused by the customer</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Allocate funds to the customer</source>
        <translation>Allocate funds to the customer</translation>
    </message>
    <message>
        <source>Reclaim the customer&apos;s balance</source>
        <translation>Reclaim the customer&apos;s balance</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Allocate</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>Reclaim</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Amount to allocate</source>
        <translation>Amount to allocate</translation>
    </message>
    <message>
        <source>Amount to reclaim</source>
        <translation>Amount to reclaim</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Customer balance: %1</source>
        <translation>Customer balance: %1</translation>
    </message>
    <message>
        <source>Customer balance: %1 · Your allocatable balance: %2</source>
        <translation>Customer balance: %1 · Your allocatable balance: %2</translation>
    </message>
    <message>
        <source>Allocate %1 from your account to %2 (%3)?
The customer&apos;s balance goes from %4 to %5. This is sent once and is not repeated automatically.</source>
        <translation>Allocate %1 from your account to %2 (%3)?
The customer&apos;s balance goes from %4 to %5. This is sent once and is not repeated automatically.</translation>
    </message>
    <message>
        <source>Reclaim %1 from %2 (%3) to your account?
The customer&apos;s balance goes from %4 to %5. This is sent once and is not repeated automatically.</source>
        <translation>Reclaim %1 from %2 (%3) to your account?
The customer&apos;s balance goes from %4 to %5. This is sent once and is not repeated automatically.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>UnbindDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Unbind customer</source>
        <translation>Unbind customer</translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>Customer: %1 (%2)</translation>
    </message>
    <message>
        <source>Before you unbind, note:</source>
        <translation>Before you unbind, note:</translation>
    </message>
    <message>
        <source>• Only an administrator can unbind, once in three months for a customer, and not within three months of the customer&apos;s own latest request.</source>
        <translation>• Only an administrator can unbind, once in three months for a customer, and not within three months of the customer&apos;s own latest request.</translation>
    </message>
    <message>
        <source>• A frozen customer must be unfrozen first; a customer in arrears or with an unexpired reserved instance or partner support plan cannot be unbound.</source>
        <translation>• A frozen customer must be unfrozen first; a customer in arrears or with an unexpired reserved instance or partner support plan cannot be unbound.</translation>
    </message>
    <message>
        <source>• An enterprise master account with independently accounted members cannot be unbound.</source>
        <translation>• An enterprise master account with independently accounted members cannot be unbound.</translation>
    </message>
    <message>
        <source>• For an agency-sale customer, its balance returns to your account and the coupons you issued to it are reclaimed automatically.</source>
        <translation>• For an agency-sale customer, its balance returns to your account and the coupons you issued to it are reclaimed automatically.</translation>
    </message>
    <message>
        <source>• The customer must confirm the request; you are told the result.</source>
        <translation>• The customer must confirm the request; you are told the result.</translation>
    </message>
    <message>
        <source>I understand the preceding statement and agree to this operation</source>
        <translation>I understand the preceding statement and agree to this operation</translation>
    </message>
    <message>
        <source>Why the association ends (required)</source>
        <translation>Why the association ends (required)</translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation>Unbind</translation>
    </message>
    <message>
        <source>Open in Partner Center…</source>
        <translation>Open in Partner Center…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>the customer is in arrears</source>
        <translation>the customer is in arrears</translation>
    </message>
    <message>
        <source>the customer&apos;s account is frozen</source>
        <translation>the customer&apos;s account is frozen</translation>
    </message>
    <message>
        <source>a request is already waiting for the customer</source>
        <translation>a request is already waiting for the customer</translation>
    </message>
    <message>
        <source>a request was made in the last three months</source>
        <translation>a request was made in the last three months</translation>
    </message>
    <message>
        <source>Opened the Partner Center. Go to Sales &gt; Customers &gt; Customer Management, find %1 and choose More &gt; Unbind.</source>
        <translation>Opened the Partner Center. Go to Sales &gt; Customers &gt; Customer Management, find %1 and choose More &gt; Unbind.</translation>
    </message>
    <message>
        <source>Checking the customer&apos;s account…</source>
        <translation>Checking the customer&apos;s account…</translation>
    </message>
    <message>
        <source>The account check failed: %1. Resolve it and try again.</source>
        <translation>The account check failed: %1. Resolve it and try again.</translation>
    </message>
    <message>
        <source>Submitting the request…</source>
        <translation>Submitting the request…</translation>
    </message>
    <message>
        <source>Request %1 submitted. The customer must confirm it; you will see the result in the unbind requests.</source>
        <translation>Request %1 submitted. The customer must confirm it; you will see the result in the unbind requests.</translation>
    </message>
    <message>
        <source>Checking whether the customer can be unbound…</source>
        <translation>Checking whether the customer can be unbound…</translation>
    </message>
    <message>
        <source>The account could not be checked yet: %1</source>
        <translation>The account could not be checked yet: %1</translation>
    </message>
    <message>
        <source>This customer cannot be unbound now: %1.</source>
        <translation>This customer cannot be unbound now: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The account check passed: this customer can be unbound.</source>
        <translation>The account check passed: this customer can be unbound.</translation>
    </message>
</context>
<context>
    <name>UnbindRequestsDialog</name>
    <message>
        <source>Unbind requests have no public API. In the Partner Center: Customers &gt; Customer management &gt; Unbind requests.</source>
        <translation>Unbind requests have no public API. In the Partner Center: Customers &gt; Customer management &gt; Unbind requests.</translation>
    </message>
    <message>
        <source>Listed in the Partner Center.</source>
        <translation>Listed in the Partner Center.</translation>
    </message>
    <message>
        <source>The unbind requests could not be read: %1</source>
        <translation>The unbind requests could not be read: %1</translation>
    </message>
    <message>
        <source>No unbind requests yet.</source>
        <translation>No unbind requests yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), newest first; </source>
        <translation>
            <numerusform>%n request, newest first; </numerusform>
            <numerusform>%n requests, newest first; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting the customer&apos;s answer.</source>
        <translation>
            <numerusform>%n awaiting the customer&apos;s answer.</numerusform>
            <numerusform>%n awaiting the customers&apos; answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbind requests</source>
        <translation>Unbind requests</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VerifiedWrite</name>
    <message>
        <source>The program stopped before this write&apos;s answer arrived.</source>
        <translation>The program stopped before this write&apos;s answer arrived.</translation>
    </message>
    <message>
        <source>The answer does not name the record the write made.</source>
        <translation>The answer does not name the record the write made.</translation>
    </message>
    <message>
        <source>Record %1 was already claimed by another write.</source>
        <translation>Record %1 was already claimed by another write.</translation>
    </message>
    <message numerus="yes">
        <source>Answered 429 (too many requests) before processing; sent again after %n second(s).</source>
        <translation>
            <numerusform>Answered 429 (too many requests) before processing; sent again after %n second.</numerusform>
            <numerusform>Answered 429 (too many requests) before processing; sent again after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many records to tell which one is this write&apos;s.</source>
        <translation>Too many records to tell which one is this write&apos;s.</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>The records could not be read: %1</translation>
    </message>
    <message>
        <source>Another write of the same kind is still waiting for its answer.</source>
        <translation>Another write of the same kind is still waiting for its answer.</translation>
    </message>
    <message>
        <source>The local audit log could not be written: %1</source>
        <translation>The local audit log could not be written: %1</translation>
    </message>
</context>
<context>
    <name>WriteGate</name>
    <message>
        <source>Not available offline: the server can&apos;t be reached, and this page shows saved data. It is enabled again as soon as the server answers.</source>
        <translation>Not available offline: the server can&apos;t be reached, and this page shows saved data. It is enabled again as soon as the server answers.</translation>
    </message>
</context>
<context>
    <name>WriteOutcomeText</name>
    <message>
        <source>The answer did not arrive, and the server&apos;s records do not show this write yet. Checking them again at %1; nothing is sent again.</source>
        <translation>The answer did not arrive, and the server&apos;s records do not show this write yet. Checking them again at %1; nothing is sent again.</translation>
    </message>
    <message>
        <source>Done: the answer was lost, but a new record on the server (%1) shows it was applied.</source>
        <translation>Done: the answer was lost, but a new record on the server (%1) shows it was applied.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: the answer was lost, and the server&apos;s records still show nothing %n second(s) after sending, so it is safe to try again.</source>
        <translation>
            <numerusform>Not applied: the answer was lost, and the server&apos;s records still show nothing %n second after sending, so it is safe to try again.</numerusform>
            <numerusform>Not applied: the answer was lost, and the server&apos;s records still show nothing %n seconds after sending, so it is safe to try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message>
        <source>The outcome is unknown: %1
Check the records before you try again; PartnerDesk will not repeat it on its own.</source>
        <translation>The outcome is unknown: %1
Check the records before you try again; PartnerDesk will not repeat it on its own.</translation>
    </message>
    <message>
        <source>The outcome is unknown: the server has more new matching records than this computer&apos;s writes (%1), so another client may have written the same. Check them before you try again.</source>
        <translation>The outcome is unknown: the server has more new matching records than this computer&apos;s writes (%1), so another client may have written the same. Check them before you try again.</translation>
    </message>
    <message>
        <source>Interrupted: the program stopped before this write was settled. It will be checked against the server&apos;s records on the next start.</source>
        <translation>Interrupted: the program stopped before this write was settled. It will be checked against the server&apos;s records on the next start.</translation>
    </message>
    <message>
        <source>Skipped (%1): nothing was sent.</source>
        <translation>Skipped (%1): nothing was sent.</translation>
    </message>
    <message>
        <source>The local audit log cannot be written (%1), so nothing was sent.</source>
        <translation>The local audit log cannot be written (%1), so nothing was sent.</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) that an earlier run left unfinished were checked against the server: %1 done, %2 not applied, %3 unknown. Details are in Tools &gt; Audit log.</source>
        <translation>
            <numerusform>%n write that an earlier run left unfinished was checked against the server: %1 done, %2 not applied, %3 unknown. Details are in Tools &gt; Audit log.</numerusform>
            <numerusform>%n writes that an earlier run left unfinished were checked against the server: %1 done, %2 not applied, %3 unknown. Details are in Tools &gt; Audit log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteSpecs</name>
    <message>
        <source>The list has no %1 or total_count.</source>
        <translation>The list has no %1 or total_count.</translation>
    </message>
    <message>
        <source>An item of %1 is not an object.</source>
        <translation>An item of %1 is not an object.</translation>
    </message>
    <message>
        <source>A record of %1 has no id.</source>
        <translation>A record of %1 has no id.</translation>
    </message>
    <message>
        <source>Unknown write %1.</source>
        <translation>Unknown write %1.</translation>
    </message>
    <message>
        <source>This write cannot be checked.</source>
        <translation>This write cannot be checked.</translation>
    </message>
</context>
</TS>
