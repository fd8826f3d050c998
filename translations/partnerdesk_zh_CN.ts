<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>About PartnerDesk</source>
        <translation>关于 PartnerDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for the Huawei Cloud Partner Center.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br/&gt;Data folder: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;华为云伙伴中心桌面客户端。&lt;/p&gt;&lt;p&gt;Qt %2（编译时 %3）&lt;br/&gt;数据文件夹：%4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <source>%n customer(s) newly below the balance threshold</source>
        <translation>
            <numerusform>新增 %n 个客户余额低于提醒阈值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) newly expiring soon</source>
        <translation>
            <numerusform>新增 %n 张代金券即将到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reseller(s) newly below the balance threshold</source>
        <translation>
            <numerusform>新增 %n 个云经销商余额低于提醒阈值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marketplace settlement(s) newly waiting for your action</source>
        <translation>
            <numerusform>新增 %n 个云商店商品分账账单待您处理</numerusform>
        </translation>
    </message>
    <message>
        <source>PartnerDesk: new alerts</source>
        <translation>PartnerDesk：新提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) newly over budget</source>
        <translation>
            <numerusform>新增 %n 个客户超出预算</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) newly near their budget</source>
        <translation>
            <numerusform>新增 %n 个客户接近预算</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer account(s) newly frozen</source>
        <translation>
            <numerusform>新增 %n 个客户账号被冻结</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>不能超过 %1。</translation>
    </message>
    <message>
        <source>“%1” can be read two ways here. Write the decimals after a comma (%2) or leave out the thousands separator (%3).</source>
        <translation>“%1”在此可有两种理解。请用逗号分隔小数（%2），或去掉千位分隔符（%3）。</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Customer ID, profile or detail</source>
        <translation>客户ID、配置或详情</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志条目</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Allocate</source>
        <translation>拨款</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation>解除关联</translation>
    </message>
    <message>
        <source>Reveal column</source>
        <translation>显示列内容</translation>
    </message>
    <message>
        <source>Mask column</source>
        <translation>隐藏列内容</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Reclaim coupon</source>
        <translation>回收代金券</translation>
    </message>
    <message>
        <source>Allocate to reseller</source>
        <translation>向云经销商拨款</translation>
    </message>
    <message>
        <source>Reclaim from reseller</source>
        <translation>从云经销商回收</translation>
    </message>
    <message>
        <source>Issue coupon</source>
        <translation>发放代金券</translation>
    </message>
    <message>
        <source>Issue quota to reseller</source>
        <translation>向云经销商发放额度</translation>
    </message>
    <message>
        <source>Reclaim reseller quota</source>
        <translation>回收云经销商额度</translation>
    </message>
    <message>
        <source>Add payment agreement</source>
        <translation>新增代付协议</translation>
    </message>
    <message>
        <source>Void payment agreement</source>
        <translation>作废代付协议</translation>
    </message>
    <message>
        <source>Submit MDF claim</source>
        <translation>提交 MDF 报销</translation>
    </message>
    <message>
        <source>About to send</source>
        <translation>即将发送</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done (record also claimed elsewhere)</source>
        <translation>已完成（该记录也被另一操作认领）</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Keys from the environment (%1)</source>
        <translation>环境变量中的密钥（%1）</translation>
    </message>
    <message>
        <source>Raw API call (CLI)</source>
        <translation>原始 API 调用（命令行）</translation>
    </message>
</context>
<context>
    <name>BalanceBelowFilter</name>
    <message>
        <source>Balance below</source>
        <translation>余额低于</translation>
    </message>
</context>
<context>
    <name>BatchReclaimDialog</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>To reclaim</source>
        <translation>待回收金额</translation>
    </message>
    <message>
        <source>Coupon ID</source>
        <translation>代金券ID</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reclaim coupons</source>
        <translation>批量回收代金券</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) will be reclaimed, %1 in all, from %2 customer(s). %3 selected coupon(s) are skipped: only usable coupons can be reclaimed, always with their whole balance.</source>
        <translation>
            <numerusform>将回收 %n 张代金券，共 %1，涉及 %2 个客户。所选代金券中有 %3 张被跳过：只有“可使用”的代金券才能回收，且回收其全部余额。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>不可回收：%1</translation>
    </message>
</context>
<context>
    <name>BatchResultPanel</name>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>%1 done (%2), %3 failed, %4 unknown, %5 skipped, %6 cancelled, %7 waiting.</source>
        <translation>已完成 %1 项（%2），失败 %3 项，结果未知 %4 项，已跳过 %5 项，已取消 %6 项，等待中 %7 项。</translation>
    </message>
    <message>
        <source>Items with an unknown outcome are never retried automatically: check the server&apos;s records first.</source>
        <translation>结果未知的项不会自动重试：请先查看服务器上的记录。</translation>
    </message>
    <message>
        <source>batch-results</source>
        <translation>批量操作结果</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>导出结果…</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>失败（%1）</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>结果未知（%1）</translation>
    </message>
    <message>
        <source>Failed and unknown (%1)</source>
        <translation>失败和结果未知（%1）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>交易ID</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Done (confirmed from the server&apos;s records)</source>
        <translation>已完成（经服务器记录确认）</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>The answer was lost, and the server&apos;s records show that this did not happen: it is safe to try again.</source>
        <translation>应答丢失，但服务器记录显示该操作未生效，可以放心重试。</translation>
    </message>
    <message>
        <source>%1 of %2 done, stopped</source>
        <translation>已完成 %1/%2 项，已停止</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2 项</translation>
    </message>
    <message>
        <source>Outcome unknown, checking the records again at %1</source>
        <translation>结果未知，将于 %1 再次核对记录</translation>
    </message>
    <message numerus="yes">
        <source>Outcome unknown: %n record(s) may be this one&apos;s (%1)</source>
        <translation>
            <numerusform>结果未知：有 %n 条记录可能属于此项（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTransferDialog</name>
    <message>
        <source>Allocate to all</source>
        <translation>全部拨款</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Allocate funds to %n customer(s)</source>
        <translation>
            <numerusform>向 %n 个客户拨款</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>当前余额</translation>
    </message>
    <message>
        <source>Amount for each customer</source>
        <translation>每个客户的拨款金额</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Total: %1 from your allocatable balance of %2.</source>
        <translation>合计：%1，您的可拨款余额为 %2。</translation>
    </message>
    <message>
        <source>That is more than you can allocate.</source>
        <translation>超出了您的可拨款余额。</translation>
    </message>
    <message>
        <source>Enter the amount each customer gets.</source>
        <translation>请输入每个客户的拨款金额。</translation>
    </message>
    <message>
        <source>Reclaim from all</source>
        <translation>全部回收</translation>
    </message>
    <message numerus="yes">
        <source>Allocate funds to %n reseller(s)</source>
        <translation>
            <numerusform>向 %n 个云经销商拨款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reclaim funds from %n reseller(s)</source>
        <translation>
            <numerusform>从 %n 个云经销商回收余额</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reclaim funds from %n customer(s)</source>
        <translation>
            <numerusform>从 %n 个客户回收余额</numerusform>
        </translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>云经销商</translation>
    </message>
    <message>
        <source>Amount for each reseller</source>
        <translation>每个云经销商的金额</translation>
    </message>
    <message>
        <source>Total: %1 back to your account.</source>
        <translation>合计：%1 回到您的账户。</translation>
    </message>
    <message numerus="yes">
        <source>%n of them hold(s) less than that.</source>
        <translation>
            <numerusform>其中 %n 个余额不足该金额。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the amount to reclaim from each.</source>
        <translation>请输入每个对象的回收金额。</translation>
    </message>
    <message>
        <source>Reclaim each one&apos;s whole balance</source>
        <translation>回收每个对象的全部余额</translation>
    </message>
    <message>
        <source>Some balances are not known yet.</source>
        <translation>部分余额尚未获取。</translation>
    </message>
    <message>
        <source>Balance after allocation</source>
        <translation>拨款后余额</translation>
    </message>
    <message>
        <source>Balance after reclaim</source>
        <translation>回收后余额</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>invoices</source>
        <translation>发票申请</translation>
    </message>
    <message>
        <source>Bill month</source>
        <translation>账单月份</translation>
    </message>
    <message>
        <source>Applied between</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Invoice requests</source>
        <translation>发票申请</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Amount due (tax excluded)</source>
        <translation>应还金额（不含税）</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>调账金额</translation>
    </message>
    <message>
        <source>Sales tax (billed on top)</source>
        <translation>销项税（另计）</translation>
    </message>
    <message>
        <source>Applied from</source>
        <translation>申请起始日期</translation>
    </message>
    <message>
        <source>Applied until</source>
        <translation>申请截止日期</translation>
    </message>
    <message>
        <source>coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>My coupons</source>
        <translation>我的优惠券</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Coupon status</source>
        <translation>优惠券状态</translation>
    </message>
</context>
<context>
    <name>BssClient</name>
    <message>
        <source>This profile has no access key (AK/SK).</source>
        <translation>此配置没有访问密钥（AK/SK）。</translation>
    </message>
</context>
<context>
    <name>BssError</name>
    <message>
        <source>The balance is insufficient for this amount.</source>
        <translation>余额不足，无法完成该金额的操作。</translation>
    </message>
    <message>
        <source>This customer is not one of your customers.</source>
        <translation>该客户不是您的客户。</translation>
    </message>
    <message>
        <source>You have no permission to operate this reseller.</source>
        <translation>您无权操作该云经销商。</translation>
    </message>
    <message>
        <source>You have no permission to operate this customer.</source>
        <translation>您无权操作该客户。</translation>
    </message>
    <message>
        <source>Funds cannot be allocated to or reclaimed from a referral-sale customer.</source>
        <translation>顾问销售类客户不能拨款或回收。</translation>
    </message>
    <message>
        <source>The quota does not exist or is not in a usable state.</source>
        <translation>额度不存在或状态不可用。</translation>
    </message>
    <message>
        <source>Another allocation or reclaim for this account is still running; try again later.</source>
        <translation>该账户仍有拨款或回收任务在执行，请稍后再试。</translation>
    </message>
    <message>
        <source>A request parameter was rejected.</source>
        <translation>请求参数错误。</translation>
    </message>
    <message>
        <source>Access denied: this account or operator lacks the permission item.</source>
        <translation>访问被拒绝：该账号或操作员缺少相应的权限项。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Could not reach the server: %1. Check the network connection.</source>
        <translation>无法连接服务器：%1。请检查网络连接。</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. PartnerDesk never ignores certificate errors.</source>
        <translation>安全连接失败：%1。PartnerDesk 从不忽略证书错误。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未在规定时间内响应。</translation>
    </message>
    <message>
        <source>The access key was rejected: %1. Check this profile&apos;s AK/SK and account ID.</source>
        <translation>访问密钥被拒绝：%1。请检查此配置的 AK/SK 和账号 ID。</translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock differs from the server&apos;s by %n minute(s); signatures are only valid for 15 minutes.</source>
        <translation>
            <numerusform>您的计算机时钟与服务器相差 %n 分钟；签名仅在 15 分钟内有效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Permission denied: %1.</source>
        <translation>权限不足：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asked to wait %n second(s).</source>
        <translation>
            <numerusform>请求过于频繁：服务器要求等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server is limiting this account for now.</source>
        <translation>请求过于频繁：服务器正在限制此账号的请求。</translation>
    </message>
    <message>
        <source>The request was refused: %1.</source>
        <translation>请求被拒绝：%1。</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later.</source>
        <translation>服务器内部错误（HTTP %1）。请稍后再试。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1.</source>
        <translation>无法读取服务器的响应：%1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The outcome is unknown and PartnerDesk did not retry: check the records before you try again.</source>
        <translation>结果未知，PartnerDesk 未自动重试：请先核对记录再决定是否重试。</translation>
    </message>
    <message>
        <source>[HTTP %1]</source>
        <translation>[HTTP %1]</translation>
    </message>
    <message>
        <source>[X-Request-Id: %1]</source>
        <translation>[X-Request-Id：%1]</translation>
    </message>
    <message>
        <source>[code %1]</source>
        <translation>[错误码 %1]</translation>
    </message>
    <message>
        <source>An agreement for this remitter is already in effect.</source>
        <translation>该付款方已有生效中的代付协议。</translation>
    </message>
    <message>
        <source>Only an agreement in effect can be voided.</source>
        <translation>只有生效中的协议可以作废。</translation>
    </message>
    <message>
        <source>The customer&apos;s account is already frozen.</source>
        <translation>该客户账号已被冻结。</translation>
    </message>
    <message>
        <source>The customer&apos;s account is not frozen.</source>
        <translation>该客户账号未被冻结。</translation>
    </message>
    <message>
        <source>Unfreeze with the type the account was frozen with.</source>
        <translation>请按冻结时的类型解冻。</translation>
    </message>
    <message>
        <source>The account was frozen by Huawei Cloud, not by you.</source>
        <translation>该账号由华为云冻结，不是由您冻结的。</translation>
    </message>
    <message>
        <source>The incentive is frozen: the period&apos;s spend is unpaid.</source>
        <translation>该激励已冻结：该账期的消费尚未付清。</translation>
    </message>
    <message>
        <source>Resale incentives are paid as a top-up or voucher quota.</source>
        <translation>代售激励只能返华为云账户或转代金券额度。</translation>
    </message>
    <message>
        <source>The incentive is not waiting for a payout request.</source>
        <translation>该激励不处于待提交申请状态。</translation>
    </message>
    <message>
        <source>Some expense lines are in categories MDF does not cover.</source>
        <translation>部分费用明细属于市场发展基金不支持的类别。</translation>
    </message>
</context>
<context>
    <name>BssJob</name>
    <message>
        <source>The connection for this profile was closed.</source>
        <translation>此配置的连接已关闭。</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>应答超过 %1 MB</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>应答为空</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Also lift my freeze of these customers</source>
        <translation>同时解除我对这些客户的冻结</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>设置预算</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Set the budget of %n customer(s)</source>
        <translation>
            <numerusform>设置 %n 个客户的预算</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep each customer&apos;s setting</source>
        <translation>保持各客户原设置</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Budget now</source>
        <translation>当前预算</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Budget after</source>
        <translation>设置后预算</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>设置后状态</translation>
    </message>
    <message>
        <source>Budget for each customer</source>
        <translation>每个客户的预算</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>预算模式</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>Enter the budget each customer gets (0 or more).</source>
        <translation>请输入每个客户的预算（0 或以上）。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) get a %1 of %2.</source>
        <translation>
            <numerusform>%n 个客户将设置%1 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them would be over it at once.</source>
        <translation>
            <numerusform>其中 %n 个客户设置后即超出预算。</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget record</source>
        <translation>预算记录</translation>
    </message>
</context>
<context>
    <name>BudgetOperations</name>
    <message numerus="yes">
        <source>Name 1 to %n customer(s) at a time.</source>
        <translation>
            <numerusform>每次可指定 1 至 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a budget amount.</source>
        <translation>请输入预算金额。</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>A budget has at most 2 decimal places.</source>
        <translation>预算最多保留 2 位小数。</translation>
    </message>
    <message>
        <source>A budget can be at most 2,147,483,647.</source>
        <translation>预算不能超过 2,147,483,647。</translation>
    </message>
    <message>
        <source>The budget is monthly (MONTHLY) or one-time (PACKAGE).</source>
        <translation>预算模式为月度预算（MONTHLY）或一次性预算（PACKAGE）。</translation>
    </message>
    <message>
        <source>Freeze the account (ACCOUNT) or the account and its resources (ACCOUNT_AND_RESOURCE).</source>
        <translation>冻结类型为冻结账号（ACCOUNT）或冻结账号与资源（ACCOUNT_AND_RESOURCE）。</translation>
    </message>
    <message>
        <source>Over budget, the customer is frozen by hand (0) or automatically (1).</source>
        <translation>超预算时手工冻结（0）或自动冻结（1）。</translation>
    </message>
    <message>
        <source>Give a reason for freezing (1 to 256 characters).</source>
        <translation>请填写冻结原因（1 至 256 个字符）。</translation>
    </message>
    <message>
        <source>Give a reason for unfreezing (1 to 256 characters).</source>
        <translation>请填写解冻原因（1 至 256 个字符）。</translation>
    </message>
    <message>
        <source>The bill month must look like 2025-02.</source>
        <translation>账单月份格式应为 2025-02。</translation>
    </message>
    <message>
        <source>The account ID is not known yet.</source>
        <translation>尚未获取账号 ID。</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>时间范围的开始晚于结束。</translation>
    </message>
    <message>
        <source>A coupon is not activated (1), usable (2), used (3), expired (4) or reclaimed (5).</source>
        <translation>优惠券状态为未激活（1）、待使用（2）、已使用（3）、已过期（4）或已回收（5）。</translation>
    </message>
</context>
<context>
    <name>BudgetResponses</name>
    <message>
        <source>the field &quot;%1&quot; is not text</source>
        <translation>字段“%1”不是文本</translation>
    </message>
    <message>
        <source>the budget type &quot;%1&quot; is not known</source>
        <translation>未知的预算模式“%1”</translation>
    </message>
    <message>
        <source>the field &quot;budget_infos&quot; is not a list</source>
        <translation>字段“budget_infos”不是列表</translation>
    </message>
    <message>
        <source>an item of &quot;budget_infos&quot; is not an object</source>
        <translation>“budget_infos”中有一项不是对象</translation>
    </message>
    <message>
        <source>the field &quot;customer_id&quot; is missing</source>
        <translation>缺少字段“customer_id”</translation>
    </message>
    <message>
        <source>the field &quot;record_list&quot; is not a list</source>
        <translation>字段“record_list”不是列表</translation>
    </message>
    <message>
        <source>an item of &quot;record_list&quot; is not an object</source>
        <translation>“record_list”中有一项不是对象</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; cannot be read</source>
        <translation>无法读取时间“%1”</translation>
    </message>
</context>
<context>
    <name>BudgetWrites</name>
    <message>
        <source>Already frozen.</source>
        <translation>已冻结。</translation>
    </message>
    <message>
        <source>Not frozen.</source>
        <translation>未冻结。</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>Select one customer to see its budget history.</source>
        <translation>选择一个客户以查看其预算调整记录。</translation>
    </message>
    <message>
        <source>Budget history of %1</source>
        <translation>%1 的预算调整记录</translation>
    </message>
    <message>
        <source>budgets</source>
        <translation>客户预算</translation>
    </message>
    <message numerus="yes">
        <source>%n resale customer(s)</source>
        <translation>
            <numerusform>%n 个转售客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resale customer(s)</source>
        <translation>
            <numerusform>%1 / %n 个转售客户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 over budget · %3 near budget (%4 % or more used) · %5 frozen</source>
        <translation>%1 · %2 个超出预算 · %3 个接近预算（已使用 %4% 及以上）· %5 个已冻结</translation>
    </message>
    <message>
        <source>Search customer name, account or ID</source>
        <translation>搜索客户名称、账号名或账号ID</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Budget state</source>
        <translation>预算状态</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Set budget…</source>
        <translation>设置预算…</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>冻结…</translation>
    </message>
    <message>
        <source>Unfreeze…</source>
        <translation>解冻…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Customer budgets</source>
        <translation>客户预算</translation>
    </message>
    <message>
        <source>Budget history</source>
        <translation>预算调整记录</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run partnerdesk-cli --help for usage.</source>
        <translation>运行 partnerdesk-cli --help 查看用法。</translation>
    </message>
    <message>
        <source>The language must be zh_CN or en.</source>
        <translation>语言必须为 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run partnerdesk-cli --help for usage.</source>
        <translation>未知命令“%1”。运行 partnerdesk-cli --help 查看用法。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. See: partnerdesk-cli profile list</source>
        <translation>没有名为“%1”的配置。请查看：partnerdesk-cli profile list</translation>
    </message>
    <message>
        <source>No credentials: use --profile NAME, or set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.</source>
        <translation>没有凭证：请使用 --profile NAME，或设置 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK。</translation>
    </message>
    <message>
        <source>Could not discover the account ID: %1</source>
        <translation>无法获取账号 ID：%1</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>账号 ID：%1</translation>
    </message>
    <message>
        <source>Name one operation, e.g. partnerdesk-cli call ListPartnerBalances.</source>
        <translation>请指定一个操作，例如 partnerdesk-cli call ListPartnerBalances。</translation>
    </message>
    <message>
        <source>See: partnerdesk-cli operations</source>
        <translation>请查看：partnerdesk-cli operations</translation>
    </message>
    <message>
        <source>--query takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--query 的格式为 NAME=VALUE，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The body must be a JSON object: %1</source>
        <translation>请求体必须是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>%1 is a GET operation: pass parameters with --query.</source>
        <translation>%1 是 GET 操作：请用 --query 传递参数。</translation>
    </message>
    <message>
        <source>  %1: %2 %3</source>
        <translation>  %1：%2 %3</translation>
    </message>
    <message>
        <source>failed: %1: %2 %3</source>
        <translation>失败：%1：%2 %3</translation>
    </message>
    <message>
        <source>Usage: partnerdesk-cli profile list | add NAME | remove NAME | test NAME</source>
        <translation>用法：partnerdesk-cli profile list | add NAME | remove NAME | test NAME</translation>
    </message>
    <message>
        <source>Unknown profile command &quot;%1&quot;.</source>
        <translation>未知的配置命令“%1”。</translation>
    </message>
    <message>
        <source>Access key ID (AK):</source>
        <translation>访问密钥 ID（AK）：</translation>
    </message>
    <message>
        <source>Secret access key (SK):</source>
        <translation>秘密访问密钥（SK）：</translation>
    </message>
    <message>
        <source>Give the AK on the first line of stdin and the SK on the second.</source>
        <translation>请在标准输入的第一行给出 AK，第二行给出 SK。</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;; its access key is in the system keychain.</source>
        <translation>已保存配置“%1”；其访问密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its keychain entry.</source>
        <translation>已删除配置“%1”及其钥匙串条目。</translation>
    </message>
    <message>
        <source>The profile works.</source>
        <translation>配置可用。</translation>
    </message>
    <message>
        <source>The sandbox site must be china or intl.</source>
        <translation>沙箱站点必须为 china 或 intl。</translation>
    </message>
    <message>
        <source>Sandbox BSS server on %1 (site %2, data %3). Stop it with Ctrl+C.</source>
        <translation>沙箱 BSS 服务器运行于 %1（站点 %2，数据 %3）。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>内存中</translation>
    </message>
    <message>
        <source>--port, --seed, --customers and --rate-limit take whole numbers in range.</source>
        <translation>--port、--seed、--customers 和 --rate-limit 须为范围内的整数。</translation>
    </message>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit 须为正整数。</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli funds allocate|reclaim --customer ID --amount X</source>
        <translation>用法：partnerdesk-cli funds allocate|reclaim --customer ID --amount X</translation>
    </message>
    <message>
        <source>Not asking on a non-interactive input: add --yes to confirm, or --dry-run to see what would happen.</source>
        <translation>输入不是交互式终端，无法询问确认：请加 --yes 确认，或用 --dry-run 预览结果。</translation>
    </message>
    <message>
        <source>%1 is not one of your agency-sale customers.</source>
        <translation>%1 不是您的代售类客户。</translation>
    </message>
    <message>
        <source>%1 %2 %3 for %4 (balance %5 -&gt; %6)? Type yes to go on:</source>
        <translation>确定为 %4 %1 %2 %3 吗（余额 %5 -&gt; %6）？输入 yes 继续：</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>拨款</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <source>Type yes to go on:</source>
        <translation>输入 yes 继续：</translation>
    </message>
    <message>
        <source>--status takes inactive, usable, used, expired or reclaimed.</source>
        <translation>--status 取值为 inactive、usable、used、expired 或 reclaimed。</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli coupons list|reclaim|issue …</source>
        <translation>用法：partnerdesk-cli coupons list|reclaim|issue …</translation>
    </message>
    <message>
        <source>Name the coupons, or use --status usable --customer ID.</source>
        <translation>请指定代金券，或使用 --status usable --customer ID。</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>Reclaim %n coupon(s), %1 in all (%2 skipped)?</source>
        <translation>
            <numerusform>确定回收 %n 张代金券，共 %1（跳过 %2 张）吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Name 1 to 100 customers with --customer.</source>
        <translation>请用 --customer 指定 1 到 100 个客户。</translation>
    </message>
    <message numerus="yes">
        <source>Issue a %1 coupon to each of %n customer(s) from quota %2?</source>
        <translation>
            <numerusform>确定从额度 %2 向 %n 个客户各发放一张 %1 的代金券吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli resellers list|allocate|reclaim …</source>
        <translation>用法：partnerdesk-cli resellers list|allocate|reclaim …</translation>
    </message>
    <message numerus="yes">
        <source>Allocate %1 to each of %n reseller(s)?</source>
        <translation>
            <numerusform>确定向 %n 个云经销商各拨款 %1 吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reclaim %1 from each of %n reseller(s)?</source>
        <translation>
            <numerusform>确定从 %n 个云经销商各回收 %1 吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates look like 2025-03-31, not &quot;%1&quot;.</source>
        <translation>日期格式应为 2025-03-31，而不是“%1”。</translation>
    </message>
    <message>
        <source>--name takes the remitter&apos;s name (1 to 100 characters).</source>
        <translation>--name 为汇款户名（1 到 100 个字符）。</translation>
    </message>
    <message>
        <source>--type is enterprise or individual.</source>
        <translation>--type 取值为 enterprise 或 individual。</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli agency list|add --name NAME [--type …]|void ID</source>
        <translation>用法：partnerdesk-cli agency list|add --name NAME [--type …]|void ID</translation>
    </message>
    <message>
        <source>Payment agreements have no public API. Manage them in the Partner Center: Funds &gt; Recharge &gt; Bank transfer &gt; Payment agreements.</source>
        <translation>代付协议没有公开 API。请在伙伴中心管理：资金管理 &gt; 充值 &gt; 转账汇款 &gt; 代付管理。</translation>
    </message>
    <message>
        <source>Line %1: the quantity after * must be a whole number.</source>
        <translation>第 %1 行：* 后的数量必须是整数。</translation>
    </message>
    <message>
        <source>Line %1: write TYPE:SPEC[:SIZE][*N] with TYPE ecs, evs, bw or eip, e.g. evs:SAS:40.</source>
        <translation>第 %1 行：请写成 TYPE:SPEC[:SIZE][*N]，TYPE 为 ecs、evs、bw 或 eip，例如 evs:SAS:40。</translation>
    </message>
    <message>
        <source>Line %1: the size must be a whole number.</source>
        <translation>第 %1 行：容量必须是整数。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1.</source>
        <translation>无法读取服务器的响应：%1。</translation>
    </message>
    <message>
        <source>Settlement bills have no public API. Export the statement in the Partner Center (Sales &gt; Marketplace &gt; Settlements) and use settlements import FILE or settlements diff --file FILE.</source>
        <translation>商品分账账单没有公开 API。请在伙伴中心（销售 &gt; 云商店 &gt; 商品分账）导出对账单，然后使用 settlements import FILE 或 settlements diff --file FILE。</translation>
    </message>
    <message>
        <source>--tab is general or non-general.</source>
        <translation>--tab 取值为 general 或 non-general。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; one of: %2</source>
        <translation>未知状态“%1”；可选：%2</translation>
    </message>
    <message>
        <source>--period looks like 2026-03 (YYYY-MM, UTC+8), not &quot;%1&quot;.</source>
        <translation>--period 格式如 2026-03（YYYY-MM，UTC+8），而不是“%1”。</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli settlements import FILE.csv</source>
        <translation>用法：partnerdesk-cli settlements import FILE.csv</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli settlements list|diff|import …</source>
        <translation>用法：partnerdesk-cli settlements list|diff|import …</translation>
    </message>
    <message>
        <source>--from and --to look like 2026-03 (YYYY-MM, UTC+8).</source>
        <translation>--from 和 --to 格式如 2026-03（YYYY-MM，UTC+8）。</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Incentive payouts and MDF have no public API. In the Partner Center: Sales &gt; Incentives, and Benefits &gt; Market development fund.</source>
        <translation>激励发放和市场发展基金没有公开 API。请在伙伴中心查看：销售 &gt; 激励，以及权益 &gt; 市场发展基金。</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli price on-demand|period --project ID --region R --line TYPE:SPEC[:SIZE][*N] …, or price renew --resource ID … --months N|--years N</source>
        <translation>用法：partnerdesk-cli price on-demand|period --project ID --region R --line TYPE:SPEC[:SIZE][*N] …，或 price renew --resource ID … --months N|--years N</translation>
    </message>
    <message>
        <source>%1 To enter them again: partnerdesk-cli profile add %2</source>
        <translation>%1 重新输入：partnerdesk-cli profile add %2</translation>
    </message>
    <message>
        <source>An earlier write was interrupted; settled now: %1</source>
        <translation>之前有一次写操作被中断，现已核实：%1</translation>
    </message>
    <message>
        <source>Stopping: nothing new is sent; waiting for the writes in flight. Press Ctrl+C again to quit at once.</source>
        <translation>正在停止：不再发送新的请求，等待进行中的写操作完成。再按一次 Ctrl+C 立即退出。</translation>
    </message>
    <message>
        <source>--rate-limit takes requests per second from 0 (no pacing) to 1000.</source>
        <translation>--rate-limit 为每秒请求数，取值 0（不限速）到 1000。</translation>
    </message>
    <message>
        <source>%1 is a control operation of the embedded sandbox; this profile is not a sandbox.</source>
        <translation>%1 是内置沙箱的控制操作，而此配置不是沙箱。</translation>
    </message>
    <message>
        <source>Customer budgets and freezing exist only on the International site; the China site allocates funds instead (funds allocate|reclaim).</source>
        <translation>客户预算与冻结仅国际站提供；中国站改用拨款/回收（funds allocate|reclaim）。</translation>
    </message>
    <message>
        <source>--status is over, near, within, none or frozen.</source>
        <translation>--status 取值为 over、near、within、none 或 frozen。</translation>
    </message>
    <message>
        <source>--type is monthly or one-time.</source>
        <translation>--type 取值为 monthly 或 one-time。</translation>
    </message>
    <message>
        <source>--freeze is auto or manual.</source>
        <translation>--freeze 取值为 auto 或 manual。</translation>
    </message>
    <message>
        <source>Name the customers with --customer ID (repeatable).</source>
        <translation>请用 --customer ID 指定客户（可重复）。</translation>
    </message>
    <message numerus="yes">
        <source>Set a budget of %1 for each of %n customer(s)?</source>
        <translation>
            <numerusform>为 %n 个客户各设置 %1 的预算？</numerusform>
        </translation>
    </message>
    <message>
        <source>--type is account or account-and-resources.</source>
        <translation>--type 取值为 account 或 account-and-resources。</translation>
    </message>
    <message numerus="yes">
        <source>Freeze %n customer account(s)?</source>
        <translation>
            <numerusform>冻结 %n 个客户账号？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfreeze %n customer account(s)?</source>
        <translation>
            <numerusform>解冻 %n 个客户账号？</numerusform>
        </translation>
    </message>
    <message>
        <source>The site is china or intl.</source>
        <translation>站点取值为 china 或 intl。</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli budgets list|show|history|quota|set …</source>
        <translation>用法：partnerdesk-cli budgets list|show|history|quota|set …</translation>
    </message>
    <message>
        <source>--from and --to are dates like 2025-03-31, the first not after the second.</source>
        <translation>--from 和 --to 为形如 2025-03-31 的日期，且前者不晚于后者。</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli customers list [filters] | orders|resources --customer ID | order --order ID | freeze|unfreeze …</source>
        <translation>用法：partnerdesk-cli customers list [筛选条件] | orders|resources --customer ID | order --order ID | freeze|unfreeze …</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli incentives list [--status S] [--period YYYY-MM] | mdf | policies [--period YYYY-MM]</source>
        <translation>用法：partnerdesk-cli incentives list [--status S] [--period YYYY-MM] | mdf | policies [--period YYYY-MM]</translation>
    </message>
    <message>
        <source>A reseller&apos;s customer&apos;s yearly/monthly resources are the reseller&apos;s to see.</source>
        <translation>云经销商客户的包年/包月资源只有该云经销商可以查看。</translation>
    </message>
    <message>
        <source>the answer has no order_infos</source>
        <translation>应答中没有 order_infos</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli discounts</source>
        <translation>用法：partnerdesk-cli discounts</translation>
    </message>
    <message>
        <source>This site has no bill sums to derive this month&apos;s discount from. In the Partner Center, click the amount under 本月已优惠 (discount this month) on the home page.</source>
        <translation>此站点没有可用于计算本月已优惠的消费汇总。请在伙伴中心首页点击“本月已优惠”下的金额查看。</translation>
    </message>
    <message>
        <source>Use: partnerdesk-cli billing bill [--period YYYY-MM] | invoices [--from DATE --to DATE] | coupons [--status S]</source>
        <translation>用法：partnerdesk-cli billing bill [--period YYYY-MM] | invoices [--from 日期 --to 日期] | coupons [--status S]</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Secrets are never taken from the command line (other users can read it). Use --profile NAME or the variables HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.</source>
        <translation>密钥绝不从命令行读取（其他用户可以看到命令行）。请使用 --profile NAME 或环境变量 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>The format must be json, csv or table.</source>
        <translation>格式必须为 json、csv 或 table。</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once.</source>
        <translation>选项 --%1 重复给出。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
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
        <translation>用法：partnerdesk-cli [选项] &lt;命令&gt; [参数]

命令：
  sign                     对从标准输入读取的 JSON 请求对象签名（refsign 格式）
  call OPERATION           发起一次签名的 BSS 调用，例如 call ListPartnerBalances
       --query NAME=VALUE  查询参数（可重复）
       --body JSON | --body-file FILE|-   POST 操作的 JSON 请求体
  operations               列出 call 支持的操作
  profile list             列出配置
  profile add NAME         添加或更新配置；从标准输入读取 AK 和 SK
       --domain-id ID --operator LABEL --rate-limit N（每秒请求数，默认 50）
  profile remove NAME      删除配置及其钥匙串条目
  profile test NAME        检查配置的密钥并获取其账号 ID
  customers list           列出全部客户（逐页获取），除非指定 --reveal，否则脱敏显示
       --account TEXT --name TEXT --label TEXT --type 1|2 --customer ID
       --reseller ID --limit N
  customers orders         客户的订单，最新的在前：--customer ID
                           [--reseller ID]
  customers order          一个订单的详情与订单项：--order ID
                           [--reseller ID]
  customers resources      客户的包年/包月资源（使用中、已冻结、已过期），
                           最先到期的在前：--customer ID
  funds allocate|reclaim   向一个代售客户拨款或回收余额；只发送一次
       --customer ID --amount X [--dry-run] [--yes]   （未指定 --yes 时先询问确认；
       金额：大于 0，最多 2 位小数，最多 999999999.99）
  coupons list             已发放的代金券：--status usable|used|expired|reclaimed|inactive
       --customer ID --reseller ID
  coupons reclaim ID…      回收代金券（或 --status usable --customer ID）；跳过不可回收的券，
       [--dry-run] [--yes]；有失败或结果未知的项时退出码为 1
  coupons issue            --quota ID --customer ID… --face-value X [--dry-run] [--yes]
  customers freeze|unfreeze --customer ID… --reason 原因 [--type account|
                           account-and-resources] [--reseller ID] [--dry-run] [--yes]
                           （国际站）冻结 / 解冻客户账号
  budgets list             转售客户的预算、已使用、剩余与状态
       --status over|near|within|none|frozen --reseller ID   （国际站）
  budgets show|history     客户的预算，或其预算调整记录 --customer ID
  budgets quota            伙伴的消费配额
  budgets set              --customer ID… --amount X（0 或以上）[--type monthly|
                           one-time] [--freeze auto|manual] [--lift-freeze]
                           [--dry-run] [--yes]
  billing bill             伙伴的后付费账单 --period YYYY-MM（默认：上月；国际站）
  billing invoices         在 --from 日期 --to 日期 之间申请的发票（默认：最近一年）
  billing coupons          伙伴自身的优惠券：--status inactive|usable|used|
                           expired|reclaimed（国际站）
  resellers list           云经销商列表（总经销商），含各自的现金余额
  resellers allocate|reclaim --reseller ID… --amount X [--dry-run] [--yes]
  funds records            账户收支明细 --from DATE --to DATE
       （默认：截至今天的一年，UTC+8；最长一年）--type TRADE_TYPE
       --reseller ID（云经销商的账户）
  agency list|add|void     代付协议（沙箱；无公开 API）
       add --name NAME [--type enterprise|individual]；void AGREEMENT_ID
  price on-demand|period   为客户的项目询价（按需 / 包年包月）
       --project ID --region R --line TYPE:SPEC[:SIZE][*N]（可重复；TYPE 为 ecs、evs、
       bw 或 eip，例如 ecs:s6.small.1.linux*2 evs:SAS:40 bw:19_bgp:5）
       按需：--hours N；包年包月：--months N | --years N | --days N
  price renew              包年/包月资源的续订询价
       --resource ID（可重复，最多 10 个）--months N | --years N
  settlements list         云商店商品分账账单（沙箱）
       --tab general|non-general --status S --period YYYY-MM
  settlements diff         按商品和客户对比两个账期
       --from YYYY-MM --to YYYY-MM [--tab …] [--file 对账单.csv]
  settlements import FILE  读取从控制台导出的对账单；列出有问题的行
  incentives list|mdf      激励发放（--status S --period YYYY-MM）或市场发展基金申请
                           （沙箱）
  incentives policies      某月各云服务的激励策略与折扣策略
                           （--period YYYY-MM，默认本月；中国站）
  discounts                本月已优惠：按客户列出，并按支付方式和关联类型汇总
  sandbox                  运行沙箱 BSS 服务器直到停止；输出其 URL 和密钥
       --port N --data FILE --seed N --customers N --site china|intl
       --ak AK --domain-id ID   （测试密钥；未指定时自动生成；固定的 SK 取自
       环境变量 PARTNERDESK_SANDBOX_SK，绝不从命令行读取）
       --faults SPEC       注入故障，例如 latency=200,5xx=5%,lost=1,on=write
       --rate-limit N      每个 AK 每秒请求数上限，超出返回 429（默认 50，0 表示不限）
       --log-requests FILE 将收到的每个请求写为一行 JSON（不含请求头）

选项：
  --profile NAME           使用已保存的配置（AK/SK 取自系统钥匙串）
  --site china|intl        站点（凭证来自环境变量时）
  --endpoint URL           自定义基础 URL（例如沙箱的地址）
  --lang zh_CN|en          消息语言及 X-Language
  --format json|csv|table  输出格式（默认 json）
  --verbose                在标准错误输出中记录每个请求、应答、缓存使用和写入步骤
                           （操作、状态、请求 ID；从不记录密钥或请求正文）
  --reveal                 显示未脱敏的个人信息（所有格式默认脱敏）
  --version, --help

未指定 --profile 时，凭证取自 HUAWEICLOUD_SDK_AK、HUAWEICLOUD_SDK_SK 和
HUAWEICLOUD_SDK_DOMAIN_ID（可选；未设置时通过 IAM 获取）。
退出状态：0 成功，1 操作失败，2 用法或输入错误。

</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Go to a page, run an action, or find a customer by name or ID</source>
        <translation>前往页面、执行操作，或按名称/ID 查找客户</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to go, Esc to close</source>
        <translation>↑↓ 选择，Enter 前往，Esc 关闭</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
</context>
<context>
    <name>ConsoleWrites</name>
    <message>
        <source>Give a reason for unbinding (1 to 200 characters).</source>
        <translation>请填写解除关联的原因（1 到 200 个字符）。</translation>
    </message>
    <message>
        <source>Enter the other remitter&apos;s account name (1 to 100 characters).</source>
        <translation>请输入对方汇款账户名称（1 到 100 个字符）。</translation>
    </message>
    <message>
        <source>The remitter is an enterprise or an individual.</source>
        <translation>汇款方须为企业或个人。</translation>
    </message>
</context>
<context>
    <name>ControlOperations</name>
    <message>
        <source>Unknown sandbox control operation &quot;%1&quot;.</source>
        <translation>未知的沙箱控制操作“%1”。</translation>
    </message>
</context>
<context>
    <name>CouponModel</name>
    <message>
        <source>Cash coupon</source>
        <translation>现金券</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>Coupon ID</source>
        <translation>代金券ID</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>账户余额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>失效时间</translation>
    </message>
</context>
<context>
    <name>CouponRecordModel</name>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作类型</translation>
    </message>
    <message>
        <source>Quota ID</source>
        <translation>额度ID</translation>
    </message>
    <message>
        <source>Coupon ID</source>
        <translation>代金券ID</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户ID</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>CouponWrites</name>
    <message>
        <source>The coupon&apos;s validity must end after it starts.</source>
        <translation>代金券的失效时间必须晚于生效时间。</translation>
    </message>
    <message>
        <source>The coupon could not be read: %1</source>
        <translation>无法读取代金券：%1</translation>
    </message>
    <message>
        <source>No such coupon</source>
        <translation>代金券不存在</translation>
    </message>
</context>
<context>
    <name>CouponsPage</name>
    <message>
        <source>coupons</source>
        <translation>代金券</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s)</source>
        <translation>
            <numerusform>%n 张代金券</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n coupon(s)</source>
        <translation>
            <numerusform>%1 / %n 张代金券</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Customer name or ID, or coupon ID</source>
        <translation>客户名称、客户ID 或代金券ID</translation>
    </message>
    <message>
        <source>Expiring between</source>
        <translation>失效时间介于</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reclaim selected…</source>
        <translation>批量回收…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Expiring from</source>
        <translation>到期起始日期</translation>
    </message>
    <message>
        <source>Expiring until</source>
        <translation>到期截止日期</translation>
    </message>
    <message>
        <source>Issued coupons</source>
        <translation>已发放的代金券</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 or GB18030 text. Save it as CSV (UTF-8) and try again.</source>
        <translation>文件不是 UTF-8 或 GB18030 文本。请另存为 CSV（UTF-8）后重试。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：引号内的字段没有结束。</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <source>Select a customer to see its details.</source>
        <translation>选择一个客户以查看详情。</translation>
    </message>
    <message>
        <source>Balance %1 · Arrears %2</source>
        <translation>账户余额 %1 · 欠费 %2</translation>
    </message>
    <message>
        <source>Balance %1 · Arrears %2 · Spend this month %3</source>
        <translation>账户余额 %1 · 欠费 %2 · 本月消费 %3</translation>
    </message>
    <message>
        <source>Discounts this month: %1</source>
        <translation>本月已优惠：%1</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Monthly spend (%1)</source>
        <translation>月度消费（%1）</translation>
    </message>
    <message>
        <source>Coupon ID</source>
        <translation>代金券ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>账户余额</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>交易ID</translation>
    </message>
    <message>
        <source>Discount details</source>
        <translation>优惠详情</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Association type</source>
        <translation>关联类型</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠金额</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>按支付方式</translation>
    </message>
    <message>
        <source>By association type</source>
        <translation>按关联类型</translation>
    </message>
    <message>
        <source>Discounts this month (%1): %2</source>
        <translation>本月已优惠（%1）：%2</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Adjust records</source>
        <translation>调账记录</translation>
    </message>
    <message>
        <source>This customer belongs to a reseller: its yearly/monthly resources are the reseller&apos;s to see.</source>
        <translation>该客户属于云经销商：其包年/包月资源只有该云经销商可以查看。</translation>
    </message>
    <message>
        <source>Loading yearly/monthly resources…</source>
        <translation>正在加载包年/包月资源…</translation>
    </message>
    <message>
        <source>No yearly/monthly resources in use, frozen or expired.</source>
        <translation>没有使用中、已冻结或已过期的包年/包月资源。</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s), expiring soonest first</source>
        <translation>
            <numerusform>%n 个资源，最先到期的在前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n expire(s) within %1 days</source>
        <translation>
            <numerusform>；其中 %n 个在 %1 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal price of the selected resources</source>
        <translation>所选资源的续订询价</translation>
    </message>
    <message numerus="yes">
        <source>Renewal price of the %n expiring soonest</source>
        <translation>
            <numerusform>最先到期的 %n 个资源的续订询价</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Yearly/monthly resources</source>
        <translation>包年/包月资源</translation>
    </message>
    <message>
        <source>Double-click an order to see its details.</source>
        <translation>双击订单查看订单详情。</translation>
    </message>
    <message>
        <source>Renewal price…</source>
        <translation>续订询价…</translation>
    </message>
    <message numerus="yes">
        <source>Price the renewal of the selected resources on the Pricing page (when none is selected, of the %n expiring soonest).</source>
        <translation>
            <numerusform>在询价页面为所选资源做续订询价（未选择时，为最先到期的 %n 个资源）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <source>Agency sale</source>
        <comment>association type 2</comment>
        <translation>代售</translation>
    </message>
    <message>
        <source>Referral sale</source>
        <comment>association type 1</comment>
        <translation>顾问销售</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户ID</translation>
    </message>
    <message>
        <source>Association type</source>
        <translation>关联类型</translation>
    </message>
    <message>
        <source>Associated on</source>
        <translation>关联时间</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>账户余额</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费金额</translation>
    </message>
    <message>
        <source>Spend this month</source>
        <translation>本月消费</translation>
    </message>
    <message>
        <source>Coupon balance</source>
        <translation>代金券余额</translation>
    </message>
    <message>
        <source>Resale</source>
        <comment>association type 3, International site</comment>
        <translation>转售</translation>
    </message>
    <message>
        <source>%1 · unbind pending</source>
        <comment>association type of a customer asked to unbind</comment>
        <translation>%1 · 解除关联待客户确认</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 / %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, account, customer ID, tag or manager</source>
        <translation>搜索客户名称、账号名、客户ID、标签或客户经理</translation>
    </message>
    <message>
        <source>All association types</source>
        <translation>全部关联类型</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Loading customers: %v of %m</source>
        <translation>正在加载客户：%v / %m</translation>
    </message>
    <message>
        <source>Funds can be allocated to and reclaimed from agency-sale customers only.</source>
        <translation>只能为代售类客户拨款或回收余额。</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>拨款…</translation>
    </message>
    <message>
        <source>Reclaim…</source>
        <translation>回收…</translation>
    </message>
    <message numerus="yes">
        <source>Allocate to %n customer(s)…</source>
        <translation>
            <numerusform>批量拨款（%n 个客户）…</numerusform>
        </translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Unbind…</source>
        <translation>解除关联…</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Associated between</source>
        <translation>关联时间介于</translation>
    </message>
    <message>
        <source>Associated from</source>
        <translation>关联起始日期</translation>
    </message>
    <message>
        <source>Associated until</source>
        <translation>关联截止日期</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>saved list of %1, names masked until refreshed</source>
        <translation>%1 保存的列表，刷新前姓名已隐藏</translation>
    </message>
    <message numerus="yes">
        <source>Reclaim from %n customer(s)…</source>
        <translation>
            <numerusform>从 %n 个客户回收…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbind requests…</source>
        <translation>解除关联申请…</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>隐藏%1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>暂无数据。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches the filters (%n row(s) hidden).</source>
        <translation>
            <numerusform>没有符合筛选条件的记录（已隐藏 %n 行）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>Enter the amount as a number, for example 300.00.</source>
        <translation>请输入数字金额，例如 300.00。</translation>
    </message>
    <message>
        <source>The amount must be greater than 0.</source>
        <translation>金额必须大于 0。</translation>
    </message>
    <message>
        <source>The amount can have at most 2 decimal places.</source>
        <translation>金额最多保留 2 位小数。</translation>
    </message>
    <message>
        <source>The amount can be at most 999,999,999.99.</source>
        <translation>金额最多为 999,999,999.99。</translation>
    </message>
</context>
<context>
    <name>DiscountsLoader</name>
    <message>
        <source>a bill sum has no customer_id, amount or discount_amount</source>
        <translation>消费汇总缺少 customer_id、amount 或 discount_amount</translation>
    </message>
</context>
<context>
    <name>DiscountsPage</name>
    <message>
        <source>Discount by association type</source>
        <translation>按关联类型的优惠金额</translation>
    </message>
    <message>
        <source>Amount by payment method</source>
        <translation>按支付方式的金额</translation>
    </message>
    <message>
        <source>Loading this month&apos;s discount…</source>
        <translation>正在读取本月已优惠…</translation>
    </message>
    <message>
        <source>Discount this month (%1, UTC+8): %2 on a list price of %3; amount %4.</source>
        <translation>本月已优惠（%1，UTC+8）：%2，官网价 %3，应付金额 %4。</translation>
    </message>
    <message>
        <source>discounts this month</source>
        <translation>本月已优惠</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>按支付方式</translation>
    </message>
    <message>
        <source>By association type</source>
        <translation>按关联类型</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Data up to 24:00 yesterday (UTC+8), refreshed around 16:00; today&apos;s usage appears tomorrow.</source>
        <translation>数据截至昨日 24:00（UTC+8），约 16:00 更新；今日的消费明日可见。</translation>
    </message>
    <message>
        <source>Per customer, largest discount first</source>
        <translation>按客户（优惠金额从高到低）</translation>
    </message>
    <message>
        <source>Discount breakdown</source>
        <translation>优惠明细</translation>
    </message>
    <message>
        <source>Discounts by customer</source>
        <translation>按客户的优惠</translation>
    </message>
    <message>
        <source>This site has no bill sums to derive this month&apos;s discount from. In the Partner Center, click the amount under 本月已优惠 (discount this month) on the home page.</source>
        <translation>此站点没有可用于计算本月已优惠的消费汇总。请在伙伴中心首页点击“本月已优惠”下的金额查看。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) consumed this month.</source>
        <translation>
            <numerusform>本月有 %n 个客户产生消费。</numerusform>
        </translation>
    </message>
    <message>
        <source>Derived from the monthly bill sums of your own customers.</source>
        <translation>根据您名下客户的月度消费汇总计算。</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Unknown site &quot;%1&quot;: use china, intl or a custom URL.</source>
        <translation>未知站点“%1”：请使用 china、intl 或自定义 URL。</translation>
    </message>
    <message>
        <source>China site</source>
        <translation>华为云中国站</translation>
    </message>
    <message>
        <source>International site</source>
        <translation>华为云国际站</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>自定义（%1）</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation>地址“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed to this computer (loopback); use https:// for %1.</source>
        <translation>明文 HTTP 仅允许连接本机（回环地址）；%1 请使用 https://。</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>地址必须以 https:// 开头。</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;Errors panel</source>
        <translation>错误面板(&amp;E)</translation>
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
        <translation>Excel（XLSX）</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (for Excel)</source>
        <translation>UTF-8 带 BOM（便于 Excel 打开）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export in full (logged)</source>
        <translation>导出完整内容（将记入审计日志）</translation>
    </message>
    <message>
        <source>Reading rows: %1 of %2</source>
        <translation>正在读取：%1 / %2 行</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Choose a file name first.</source>
        <translation>请先选择文件名。</translation>
    </message>
    <message>
        <source>%1 (revealed on screen)</source>
        <translation>%1（屏幕上已显示）</translation>
    </message>
    <message>
        <source>Not saved: the folder %1 cannot be created.</source>
        <translation>未保存：无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>Welcome to PartnerDesk. Try it on the built-in sandbox (sample data, no account needed), or add the access key of your partner account.</source>
        <translation>欢迎使用 PartnerDesk。您可以先在内置沙箱中试用（示例数据，无需账号），也可以添加伙伴账号的访问密钥。</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>试用沙箱</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>添加配置…</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>解冻</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Freeze %n customer(s)</source>
        <translation>
            <numerusform>冻结 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfreeze %n customer(s)</source>
        <translation>
            <numerusform>解冻 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Why these accounts are frozen (required)</source>
        <translation>冻结原因（必填）</translation>
    </message>
    <message>
        <source>Why these accounts are unfrozen (required)</source>
        <translation>解冻原因（必填）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Account now</source>
        <translation>当前账号状态</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>操作后</translation>
    </message>
    <message>
        <source>A frozen account cannot buy, renew or change services; with its resources frozen, its services stop. Data is released if the account stays frozen for about 15 days.</source>
        <translation>账号冻结后不能购买、续费或变更服务；冻结账号与资源后，其服务将停止。账号冻结约 15 天未解冻，数据将被释放。</translation>
    </message>
    <message>
        <source>Unfreeze with the type the account was frozen with. A freeze by Huawei Cloud (over budget, overdue) cannot be lifted here.</source>
        <translation>请按冻结时的类型解冻。华为云发起的冻结（超预算、欠费）不能在此解除。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Skipped: already so</source>
        <translation>跳过：已是该状态</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will be frozen.</source>
        <translation>
            <numerusform>将冻结 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will be unfrozen.</source>
        <translation>
            <numerusform>将解冻 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: already in that state.</source>
        <translation>
            <numerusform>跳过 %n 个：已是该状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason first.</source>
        <translation>请先填写原因。</translation>
    </message>
    <message>
        <source>Account state</source>
        <translation>账号状态</translation>
    </message>
</context>
<context>
    <name>FundsLoader</name>
    <message>
        <source>The start date must not be after the end date.</source>
        <translation>开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>The records can be read for at most one year at a time.</source>
        <translation>每次最多查询一年的记录。</translation>
    </message>
    <message>
        <source>the answer has no list of agreements</source>
        <translation>回答中没有协议列表</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <source>Customer or reseller ID</source>
        <translation>客户或云经销商ID</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Void the agreement</source>
        <translation>作废协议</translation>
    </message>
    <message>
        <source>Void payment agreement %1? Remittances in that name will no longer be accepted for your account.</source>
        <translation>确定作废代付协议 %1 吗？作废后，以该户名的汇款将不再为您的账户接受。</translation>
    </message>
    <message>
        <source>Agreement %1 is in effect.</source>
        <translation>协议 %1 已生效。</translation>
    </message>
    <message>
        <source>Agreement %1 was voided.</source>
        <translation>协议 %1 已作废。</translation>
    </message>
    <message>
        <source>Account records</source>
        <translation>收支明细</translation>
    </message>
    <message>
        <source>Adjust records</source>
        <translation>调账记录</translation>
    </message>
    <message>
        <source>Payment agreements</source>
        <translation>代付管理</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>At most one year at a time</source>
        <translation>每次最多查询一年</translation>
    </message>
    <message>
        <source>Other remitter&apos;s account name</source>
        <translation>其他汇款户名</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Add remitter</source>
        <translation>新增其他汇款户名</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Payment agreements have no public API. In the Partner Center: Funds &gt; Recharge &gt; Bank transfer &gt; Add another remitter name; they are listed under Payment agreements.</source>
        <translation>代付协议没有公开 API。请在伙伴中心操作：资金管理 &gt; 充值 &gt; 转账汇款 &gt; 新增其他汇款户名；协议在“代付管理”中列出。</translation>
    </message>
    <message>
        <source>Cash balance %1 (top-up account) · Allocatable %2 (cash less earmarked) · Credit line %3 (credit account), amount due %4 · Coupon quotas left %5 (vouchers, not money)</source>
        <translation>现金余额 %1（充值账户）· 可拨款 %2（现金减专款专用）· 信用额度 %3（信用账户），欠款 %4 · 代金券额度剩余 %5（代金券，不是资金）</translation>
    </message>
    <message>
        <source>Records from</source>
        <translation>记录起始日期</translation>
    </message>
    <message>
        <source>Records until</source>
        <translation>记录截止日期</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>IncentivesLoader</name>
    <message>
        <source>the answer has no list of claims</source>
        <translation>回答中没有申领列表</translation>
    </message>
</context>
<context>
    <name>IncentivesPage</name>
    <message>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Select a payout to see what its status means.</source>
        <translation>选择一条激励发放记录，查看其状态说明。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Frozen: the period&apos;s spend is not paid yet, so no payout can be requested.</source>
        <translation>已冻结：该周期的消费尚未付清，暂不能申请发放。</translation>
    </message>
    <message>
        <source>Open coupon quotas</source>
        <translation>打开代金券额度</translation>
    </message>
    <message>
        <source>Open account changes</source>
        <translation>打开收支明细</translation>
    </message>
    <message>
        <source>Incentive payouts</source>
        <translation>激励发放</translation>
    </message>
    <message>
        <source>Market development fund (MDF)</source>
        <translation>市场发展基金（MDF）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>全部账期</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Claim…</source>
        <translation>申请兑现…</translation>
    </message>
    <message>
        <source>Claim an approved activity&apos;s expenses before its deadline. Lines in categories MDF does not cover are flagged before anything is sent.</source>
        <translation>请在截止日期前为已批准的活动申请兑现。发送前会标出不在 MDF 报销范围内的费用行。</translation>
    </message>
    <message>
        <source>Incentive payouts and MDF have no public API. In the Partner Center: Sales &gt; Incentives &gt; Incentive management, and Benefits &gt; Market development fund (MDF).</source>
        <translation>激励发放和市场发展基金没有公开 API。请在伙伴中心查看：销售 &gt; 激励 &gt; 激励管理，以及权益 &gt; 市场发展基金（MDF）。</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>申请单号 %1</translation>
    </message>
    <message>
        <source>Product incentive policies</source>
        <translation>产品激励策略</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>搜索云服务</translation>
    </message>
    <message>
        <source>Each cloud service&apos;s incentive policy and whether partner discounts apply, as in force at the end of the month (UTC+8).</source>
        <translation>各云服务在该月最后一天（UTC+8）生效的激励策略，以及是否允许应用伙伴授予的折扣。</translation>
    </message>
</context>
<context>
    <name>IssueCouponsDialog</name>
    <message>
        <source>Issue</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Issue coupons from quota %1</source>
        <translation>从额度 %1 发放代金券</translation>
    </message>
    <message>
        <source>Customer IDs, one per line</source>
        <translation>客户ID，每行一个</translation>
    </message>
    <message>
        <source>Add the customers selected on the Customers page</source>
        <translation>添加“客户”页面中选中的客户</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>额度</translation>
    </message>
    <message>
        <source>%1 · remaining %2 · valid %3 to %4</source>
        <translation>%1 · 剩余 %2 · 有效期 %3 至 %4</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>“%1” is not a customer ID (at most 64 characters).</source>
        <translation>“%1”不是有效的客户ID（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>This quota cannot be used for issuing now.</source>
        <translation>该额度当前不能用于发放。</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) need %1, more than the quota&apos;s remaining %2.</source>
        <translation>
            <numerusform>%n 张代金券共需 %1，超出额度剩余的 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) of %1, %2 in all, from quota %3.</source>
        <translation>
            <numerusform>从额度 %3 发放 %n 张面额 %1 的代金券，共 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the face value and the customers.</source>
        <translation>请输入面额和客户。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer name (customer ID)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n ID(s) are not among your customers: %1. Check them, or refresh the Customers page.</source>
        <translation><numerusform>%n 个ID不在您的客户中：%1。请检查，或刷新客户页面。</numerusform></translation>
    </message>
    <message>
        <source> …</source>
        <translation> …</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>发放给：%1</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>the body must be a JSON object</source>
        <translation>请求体必须是 JSON 对象</translation>
    </message>
    <message>
        <source>text after the end of the object</source>
        <translation>对象结束后还有多余文本</translation>
    </message>
    <message>
        <source>%1 (at byte %2)</source>
        <translation>%1（第 %2 字节处）</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>字符串中含有控制字符</translation>
    </message>
    <message>
        <source>a string that does not end</source>
        <translation>字符串没有结束</translation>
    </message>
    <message>
        <source>a string with a bad escape</source>
        <translation>字符串中的转义无效</translation>
    </message>
    <message>
        <source>a value that is not JSON</source>
        <translation>不是 JSON 值</translation>
    </message>
    <message>
        <source>a number with no digits after the point</source>
        <translation>数字的小数点后没有数字</translation>
    </message>
    <message>
        <source>a number with an empty exponent</source>
        <translation>数字的指数部分为空</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套层数过多</translation>
    </message>
    <message>
        <source>a list item not followed by , or ]</source>
        <translation>列表项后面不是 , 或 ]</translation>
    </message>
    <message>
        <source>a member name that is not a string</source>
        <translation>成员名不是字符串</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given twice</source>
        <translation>键“%1”重复出现</translation>
    </message>
    <message>
        <source>a member name not followed by :</source>
        <translation>成员名后面不是 :</translation>
    </message>
    <message>
        <source>a member not followed by , or }</source>
        <translation>成员后面不是 , 或 }</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The system keychain is not available: %1. PartnerDesk keeps access keys only in the system keychain, never in a file. Start or unlock your keyring (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and try again.</source>
        <translation>系统钥匙串不可用：%1。PartnerDesk 只把访问密钥保存在系统钥匙串中，绝不写入文件。请启动或解锁您的钥匙串（GNOME Keyring、KWallet、macOS 钥匙串或 Windows 凭据管理器）后重试。</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚无响应</translation>
    </message>
    <message>
        <source>access was denied (%1)</source>
        <translation>访问被拒绝（%1）</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n second(s); it may be waiting for an unlock prompt</source>
        <translation>
            <numerusform>它在 %n 秒内没有响应；可能正在等待解锁提示</numerusform>
        </translation>
    </message>
    <message>
        <source>The access key ID and secret must not be empty.</source>
        <translation>访问密钥 ID 和密钥不能为空。</translation>
    </message>
    <message>
        <source>The keychain entry of this profile is damaged; enter the AK/SK again.</source>
        <translation>此配置的钥匙串条目已损坏；请重新输入 AK/SK。</translation>
    </message>
    <message>
        <source>The system keychain has no access key for the profile “%1”, or it is locked. Unlock your keyring (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and try again, or enter the AK/SK again.</source>
        <translation>系统钥匙串中没有配置“%1”的访问密钥，或钥匙串已锁定。请解锁钥匙串（GNOME Keyring、KWallet、macOS 钥匙串或 Windows 凭据管理器）后重试，或重新输入 AK/SK。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
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
        <translation>PartnerDesk — 伙伴中心</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export this table…</source>
        <translation>导出当前表格(&amp;E)…</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;Clear offline data…</source>
        <translation>清除离线数据(&amp;C)…</translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation>清除离线数据</translation>
    </message>
    <message>
        <source>Remove the data saved for offline browsing of “%1”? The pages keep what they show now; without a connection, nothing can be shown until the next sync.</source>
        <translation>要删除为“%1”离线浏览而保存的数据吗？各页面当前显示的内容保留；无网络连接时，在下次同步之前将无法显示数据。</translation>
    </message>
    <message>
        <source>Offline data cleared.</source>
        <translation>离线数据已清除。</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>关于 PartnerDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>MarketplacePage</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n 个账单</numerusform>
        </translation>
    </message>
    <message>
        <source>settlement bills</source>
        <translation>商品分账账单</translation>
    </message>
    <message>
        <source>Settlement bills</source>
        <translation>对账管理</translation>
    </message>
    <message>
        <source>Period diff</source>
        <translation>账期对比</translation>
    </message>
    <message>
        <source>Imported statement</source>
        <translation>导入的对账单</translation>
    </message>
    <message>
        <source>Non-general products</source>
        <translation>非通用商品</translation>
    </message>
    <message>
        <source>General products</source>
        <translation>通用商品</translation>
    </message>
    <message>
        <source>Bill period (UTC+8)</source>
        <translation>账期（UTC+8）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Waiting for my action</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>全部账期</translation>
    </message>
    <message>
        <source>Search product, bill, customer name or ID</source>
        <translation>搜索商品、账单、客户名称或ID</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Settlement bills have no public API. In the Partner Center: Sales &gt; Marketplace &gt; Settlements (&lt;a href=&quot;console&quot;&gt;open the console&lt;/a&gt;). Export the statement there and import it on the Imported statement tab to reconcile and compare periods here.</source>
        <translation>商品分账账单没有公开 API。请在伙伴中心查看：销售 &gt; 云商店 &gt; 商品分账（&lt;a href=&quot;console&quot;&gt;打开控制台&lt;/a&gt;）。在那里导出对账单，再在“导入的对账单”页签导入，即可在此对账和对比账期。</translation>
    </message>
</context>
<context>
    <name>MaskedHeaderView</name>
    <message>
        <source>Hide this column&apos;s full content</source>
        <translation>隐藏该列的完整内容</translation>
    </message>
    <message>
        <source>Show this column&apos;s full content</source>
        <translation>查看该列的完整内容</translation>
    </message>
</context>
<context>
    <name>MdfClaimDialog</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>What was bought or paid for</source>
        <translation>购买或支付的内容</translation>
    </message>
    <message>
        <source>Total %1 of %2 approved</source>
        <translation>合计 %1，已批准 %2</translation>
    </message>
    <message>
        <source>Line %1: describe the expense.</source>
        <translation>第 %1 行：请填写费用说明。</translation>
    </message>
    <message>
        <source>Add at least one expense line.</source>
        <translation>请至少添加一条费用。</translation>
    </message>
    <message>
        <source>The total %1 is above the approved %2.</source>
        <translation>合计 %1 超过了已批准的 %2。</translation>
    </message>
    <message>
        <source>Must fix: %1</source>
        <translation>必须修改：%1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>请核对：%1</translation>
    </message>
    <message>
        <source>Fix the lines marked “Must fix” before submitting.</source>
        <translation>请先修改标为“必须修改”的行再提交。</translation>
    </message>
    <message>
        <source>Look at the lines marked “Check”, then confirm below.</source>
        <translation>请核对标为“请核对”的行，然后在下方确认。</translation>
    </message>
    <message>
        <source>The pre-check found nothing that stops this claim.</source>
        <translation>预检查未发现阻止此次兑现的问题。</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Submitted. Status: %1.</source>
        <translation>已提交。状态：%1。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The claim did arrive: status %1. Nothing more to do.</source>
        <translation>兑现申请已送达：状态 %1。无需再操作。</translation>
    </message>
    <message>
        <source>Claim MDF for %1</source>
        <translation>申请兑现 MDF：%1</translation>
    </message>
    <message>
        <source>%1 — claim deadline %2</source>
        <translation>%1 — 兑现截止日期 %2</translation>
    </message>
    <message>
        <source>Review comment: %1</source>
        <translation>审核意见：%1</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加费用</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Submit claim</source>
        <translation>提交兑现</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>I have checked the flagged descriptions: they are eligible expenses.</source>
        <translation>我已核对标出的费用说明：它们属于可报销费用。</translation>
    </message>
</context>
<context>
    <name>MdfRules</name>
    <message>
        <source>Event venue</source>
        <translation>活动场地</translation>
    </message>
    <message>
        <source>Event catering</source>
        <translation>活动餐饮</translation>
    </message>
    <message>
        <source>Advertising and promotion</source>
        <translation>广告宣传</translation>
    </message>
    <message>
        <source>Printed material</source>
        <translation>物料印刷</translation>
    </message>
    <message>
        <source>Promotional gifts</source>
        <translation>宣传礼品</translation>
    </message>
    <message>
        <source>Customer training</source>
        <translation>客户培训</translation>
    </message>
    <message>
        <source>Event travel</source>
        <translation>活动差旅</translation>
    </message>
    <message>
        <source>Third-party association customer-invitation fees</source>
        <translation>三方协会或组织客户邀请费用</translation>
    </message>
    <message>
        <source>Private items</source>
        <translation>私人性质</translation>
    </message>
    <message>
        <source>Equipment assets</source>
        <translation>设备类资产</translation>
    </message>
    <message>
        <source>Sales-management software</source>
        <translation>销售管理软件</translation>
    </message>
    <message>
        <source>Online shop fees</source>
        <translation>网店（如淘宝店铺）费用</translation>
    </message>
    <message>
        <source>Customer-invitation fees of third-party associations or organisations are not covered by MDF.</source>
        <translation>三方协会或组织的客户邀请费用不在 MDF 报销范围内。</translation>
    </message>
    <message>
        <source>Private items (tuition, decoration, baby or children&apos;s products, toys, clothing, jewellery, cosmetics, belts, watches, health products, medicine, sports goods, fuel, driving lessons) are not covered by MDF.</source>
        <translation>私人性质费用（私人学费、装饰装潢、婴儿/孕妇/儿童用品、玩具、个人服饰、金银首饰、化妆品、皮带、手表、保健品、药品、体育用品（器材）、汽油费、学车等）不在 MDF 报销范围内。</translation>
    </message>
    <message>
        <source>Equipment assets (such as phones or TVs for live streaming) are not covered by MDF.</source>
        <translation>设备类资产（如直播用手机、电视）不在 MDF 报销范围内。</translation>
    </message>
    <message>
        <source>Sales-management software is not covered by MDF.</source>
        <translation>销售管理软件不在 MDF 报销范围内。</translation>
    </message>
    <message>
        <source>Online shop fees (such as a Taobao shop) are not covered by MDF.</source>
        <translation>网店费用（如淘宝店铺）不在 MDF 报销范围内。</translation>
    </message>
    <message>
        <source>Unknown expense category.</source>
        <translation>未知的费用类别。</translation>
    </message>
    <message>
        <source>The amount must be greater than 0 with at most 2 decimals.</source>
        <translation>金额必须大于 0，且最多 2 位小数。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>Line %1: “%2” looks like an ineligible item. %3</source>
        <translation>第 %1 行：“%2”看起来属于不可报销项目。%3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>OfflineBar</name>
    <message>
        <source>Showing data saved on %1; personal data was saved masked, so revealing a column shows masked values.</source>
        <translation>当前显示 %1 保存的数据；个人信息以脱敏形式保存，显示该列时仍为脱敏值。</translation>
    </message>
    <message>
        <source>No saved data has been shown yet.</source>
        <translation>尚未显示已保存的数据。</translation>
    </message>
    <message>
        <source>Offline: the server can&apos;t be reached (%1). %2 Changes are disabled until it answers again; PartnerDesk tries every 30 seconds.</source>
        <translation>离线：无法连接服务器（%1）。%2 在服务器恢复响应前，修改类操作不可用；PartnerDesk 每 30 秒重试一次。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Try to reach the server again</source>
        <translation>再次尝试连接服务器</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 must not be blank.</source>
        <translation>%1 不能为空白。</translation>
    </message>
    <message>
        <source>%1 can have at most %2 characters.</source>
        <translation>%1 最多 %2 个字符。</translation>
    </message>
    <message>
        <source>The offset cannot be negative.</source>
        <translation>偏移量不能为负数。</translation>
    </message>
    <message>
        <source>A page holds 1 to 100 records.</source>
        <translation>每页可包含 1 到 100 条记录。</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>时间范围的开始晚于结束。</translation>
    </message>
    <message>
        <source>Unknown coupon status %1.</source>
        <translation>未知的代金券状态 %1。</translation>
    </message>
    <message>
        <source>Unknown operation &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>Ask for the balances of 1 to 100 customers at a time.</source>
        <translation>每次查询 1 到 100 个客户的余额。</translation>
    </message>
    <message>
        <source>The bill month must look like 2025-02.</source>
        <translation>账期格式应为 2025-02。</translation>
    </message>
    <message>
        <source>The charge mode must be 1 (yearly/monthly), 3 (pay-per-use) or 11 (savings plan).</source>
        <translation>计费模式必须为 1（包年/包月）、3（按需）或 11（节省计划）。</translation>
    </message>
    <message>
        <source>%1 must not contain line breaks or control characters.</source>
        <translation>%1 不能包含换行符或控制字符。</translation>
    </message>
    <message>
        <source>%1 exists only in the sandbox; nothing was sent.</source>
        <translation>%1 仅在沙箱中提供，未发送任何请求。</translation>
    </message>
    <message>
        <source>The International site has no operation %1; nothing was sent.</source>
        <translation>国际站没有 %1 接口，未发送任何请求。</translation>
    </message>
    <message>
        <source>The China site has no operation %1; nothing was sent.</source>
        <translation>中国站没有 %1 接口，未发送任何请求。</translation>
    </message>
    <message>
        <source>The association type must be 1 (referral sale), 2 (agency sale, China) or 3 (resale, International).</source>
        <translation>关联类型须为 1（顾问销售）、2（代售，中国站）或 3（转售，国际站）。</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <source>the answer has no order_info</source>
        <translation>应答中没有 order_info</translation>
    </message>
    <message>
        <source>the order has no order_id</source>
        <translation>订单没有 order_id</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a number</source>
        <translation>金额“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>OrderDetailsDialog</name>
    <message>
        <source>Loading order %1…</source>
        <translation>正在加载订单 %1…</translation>
    </message>
    <message>
        <source>Customer %1 · created %2 · paid %3</source>
        <translation>客户 %1 · 创建于 %2 · 支付于 %3</translation>
    </message>
    <message>
        <source>List price %1 · discount %2 · coupons %3 · amount %4</source>
        <translation>官网价 %1 · 折扣 %2 · 代金券 %3 · 应付金额 %4</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>订单项</translation>
    </message>
    <message>
        <source>Order line items</source>
        <translation>订单项</translation>
    </message>
</context>
<context>
    <name>OrderOperations</name>
    <message numerus="yes">
        <source>Name at most %n resource(s) at a time.</source>
        <translation>
            <numerusform>一次最多指定 %n 个资源。</numerusform>
        </translation>
    </message>
    <message>
        <source>A resource is in use (2), closed (3), frozen (4) or expired (5).</source>
        <translation>资源状态为使用中（2）、已关闭（3）、已冻结（4）或已过期（5）。</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>时间范围的开始晚于结束。</translation>
    </message>
    <message>
        <source>The month is YYYY-MM, e.g. 2026-09.</source>
        <translation>月份格式为 YYYY-MM，例如 2026-09。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1 with a balance below %2 (together %3)</source>
        <translation>%1 余额低于 %2（合计 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 expiring within %2 days (balance left %3)</source>
        <translation>%1 将在 %2 天内到期（剩余面额 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n usable coupon(s)</source>
        <translation>
            <numerusform>%n 张可使用的代金券</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reseller(s)</source>
        <translation>
            <numerusform>%n 个云经销商</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketplace settlements could not be read.</source>
        <translation>无法读取云商店商品分账账单。</translation>
    </message>
    <message>
        <source>Marketplace settlements waiting for you: no public API. &lt;a href=&quot;console&quot;&gt;Open Partner Center&lt;/a&gt; (Sales &gt; Marketplace &gt; Product billing).</source>
        <translation>待您处理的云商店商品分账账单：无公开 API。&lt;a href=&quot;console&quot;&gt;打开伙伴中心&lt;/a&gt;（销售 &gt; 云商店 &gt; 商品分账）。</translation>
    </message>
    <message numerus="yes">
        <source>%n marketplace settlement(s) waiting for your action (to settle %1)</source>
        <translation>
            <numerusform>%n 个云商店商品分账账单待您处理（分账金额 %1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon quota(s) in effect, from Coupon quotas — vouchers, not money</source>
        <translation>
            <numerusform>%n 个生效中的代金券额度（来自代金券额度）——是代金券，不是资金</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>同步于 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>全部刷新</translation>
    </message>
    <message>
        <source>Partner account</source>
        <translation>伙伴账户</translation>
    </message>
    <message>
        <source>Cash balance</source>
        <translation>现金余额</translation>
    </message>
    <message>
        <source>Top-up account (account type 1)</source>
        <translation>充值账户（账户类型 1）</translation>
    </message>
    <message>
        <source>Allocatable</source>
        <translation>可拨款金额</translation>
    </message>
    <message>
        <source>Cash less the earmarked amount: what you can allocate to customers</source>
        <translation>现金余额减专款专用金额：可拨款给客户的金额</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Credit account (account type 2)</source>
        <translation>信用账户（账户类型 2）</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>欠款金额</translation>
    </message>
    <message>
        <source>Credit used: the credit line less the credit left</source>
        <translation>已用信用：信用额度减剩余信用</translation>
    </message>
    <message>
        <source>Coupon quotas left</source>
        <translation>代金券额度剩余</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>提醒阈值</translation>
    </message>
    <message>
        <source>Customers with a balance below</source>
        <translation>客户余额低于</translation>
    </message>
    <message>
        <source>Resellers with a balance below</source>
        <translation>云经销商余额低于</translation>
    </message>
    <message>
        <source>Coupons expiring within</source>
        <translation>代金券到期提前</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>No customer has a balance below %1.</source>
        <translation>没有客户余额低于 %1。</translation>
    </message>
    <message>
        <source>No usable coupon expires within %1 days.</source>
        <translation>没有可使用的代金券在 %1 天内到期。</translation>
    </message>
    <message>
        <source>No reseller has a balance below %1.</source>
        <translation>没有云经销商余额低于 %1。</translation>
    </message>
    <message>
        <source>No marketplace settlement waits for your action.</source>
        <translation>没有待您处理的云商店商品分账账单。</translation>
    </message>
    <message>
        <source>No customer is over budget.</source>
        <translation>没有客户超出预算。</translation>
    </message>
    <message>
        <source>No customer has used %1 % of its budget.</source>
        <translation>没有客户的预算已使用 %1%。</translation>
    </message>
    <message>
        <source>No customer account is frozen.</source>
        <translation>没有客户账号被冻结。</translation>
    </message>
    <message>
        <source>%1 over budget (together %2 over)</source>
        <translation>%1超出预算（合计超出 %2）</translation>
    </message>
    <message>
        <source>%1 with %2 % or more of the budget used (%3 left)</source>
        <translation>%1预算已使用 %2% 及以上（剩余 %3）</translation>
    </message>
    <message>
        <source>%1 frozen</source>
        <translation>%1已冻结</translation>
    </message>
    <message numerus="yes">
        <source>%n customer account(s)</source>
        <translation>
            <numerusform>%n 个客户账号</numerusform>
        </translation>
    </message>
    <message>
        <source>Budgets used to at least</source>
        <translation>预算已使用达到</translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Amount due %1 + not yet billed %2 − balance %3 − coupons %4</source>
        <translation>应还金额 %1 + 未出账金额 %2 − 账户余额 %3 − 代金券余额 %4</translation>
    </message>
    <message>
        <source>Consumption quota</source>
        <translation>总消费配额</translation>
    </message>
    <message>
        <source>What your customers may consume on your credit</source>
        <translation>您的客户可用您的信用消费的总额</translation>
    </message>
    <message>
        <source>Quota used</source>
        <translation>已使用消费配额</translation>
    </message>
    <message>
        <source>Checking your customers…</source>
        <translation>正在检查您的客户…</translation>
    </message>
    <message>
        <source>Checking the coupons…</source>
        <translation>正在检查代金券…</translation>
    </message>
    <message>
        <source>Checking the resellers…</source>
        <translation>正在检查云经销商…</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <comment>a settlement status: what to do (zh: full-width colon)</comment>
        <translation>%1 × %2：%3</translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>Coupon quotas</source>
        <translation>代金券额度</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Resellers</source>
        <translation>云经销商</translation>
    </message>
    <message>
        <source>Marketplace billing</source>
        <translation>云商店商品分账</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>激励</translation>
    </message>
    <message>
        <source>Discounts this month</source>
        <translation>本月已优惠</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>询价</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Customer budgets</source>
        <translation>客户预算</translation>
    </message>
    <message>
        <source>Bills and invoices</source>
        <translation>账单与发票</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>“%1”不是列表</translation>
    </message>
</context>
<context>
    <name>PaletteSources</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
</context>
<context>
    <name>PeriodDiffPanel</name>
    <message>
        <source>Choose two bill periods.</source>
        <translation>请选择两个账期。</translation>
    </message>
    <message>
        <source>Settlement bills have no public API on this site: import a statement exported from the console and compare it.</source>
        <translation>此站点的商品分账账单没有公开 API：请导入从控制台导出的对账单后再对比。</translation>
    </message>
    <message>
        <source>Reading %1 and %2…</source>
        <translation>正在读取 %1 和 %2…</translation>
    </message>
    <message>
        <source>Choose two bill periods and compare them per product and customer.</source>
        <translation>选择两个账期，按商品和客户进行对比。</translation>
    </message>
    <message>
        <source>%1 → %2: %3 new, %4 gone, %5 changed, %6 unchanged. Amount %7 → %8 (%9); settlement %10 → %11 (%12).</source>
        <translation>%1 → %2：新增 %3，消失 %4，变化 %5，不变 %6。金额 %7 → %8（%9）；分账金额 %10 → %11（%12）。</translation>
    </message>
    <message>
        <source>settlement diff %1 to %2</source>
        <translation>账期对比 %1 至 %2</translation>
    </message>
    <message>
        <source>Bills (sandbox)</source>
        <translation>账单（沙箱）</translation>
    </message>
    <message>
        <source>Imported statement</source>
        <translation>导入的对账单</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>Non-general products</source>
        <translation>非通用商品</translation>
    </message>
    <message>
        <source>General products</source>
        <translation>通用商品</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>仅显示变化</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>PriceInquiry</name>
    <message>
        <source>Price 1 to 100 product lines at a time.</source>
        <translation>每次询价 1 到 100 个产品行。</translation>
    </message>
    <message>
        <source>Line %1: the id must have 1 to 64 characters.</source>
        <translation>第 %1 行：ID 须为 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>Line %1: the id %2 is used twice.</source>
        <translation>第 %1 行：ID %2 重复使用。</translation>
    </message>
    <message>
        <source>Line %1: choose the flavour or type.</source>
        <translation>第 %1 行：请选择规格或类型。</translation>
    </message>
    <message>
        <source>Line %1: a disk has 10 to 32,768 GB.</source>
        <translation>第 %1 行：云硬盘容量为 10 到 32,768 GB。</translation>
    </message>
    <message>
        <source>Line %1: bandwidth is 1 to 2,000 Mbit/s.</source>
        <translation>第 %1 行：带宽为 1 到 2,000 Mbit/s。</translation>
    </message>
    <message>
        <source>Line %1: the quantity is 1 to 10,000.</source>
        <translation>第 %1 行：数量为 1 到 10,000。</translation>
    </message>
    <message>
        <source>Price 1 to 8,784 hours (a year).</source>
        <translation>按需询价时长为 1 到 8,784 小时（一年）。</translation>
    </message>
    <message>
        <source>Choose 1 to 11 months, 1 to 3 years, 1 to 366 days or 1 to 8,784 hours.</source>
        <translation>请选择 1 到 11 个月、1 到 3 年、1 到 366 天或 1 到 8,784 小时。</translation>
    </message>
    <message>
        <source>A resource ID has at most 64 characters: %1</source>
        <translation>资源ID最多 64 个字符：%1</translation>
    </message>
    <message>
        <source>A renewal is for 1 to 11 months or 1 to 3 years.</source>
        <translation>续订时长为 1 到 11 个月或 1 到 3 年。</translation>
    </message>
    <message>
        <source>Give 1 to %1 resource IDs (primary yearly/monthly resources).</source>
        <translation>请输入 1 到 %1 个资源ID（包年/包月的主资源）。</translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Prices come from the rating APIs. On the real sites they need the customer&apos;s project in that region and a token from the customer&apos;s agency authorization; the sandbox prices any project (V3+ customers get their discounts).</source>
        <translation>价格来自询价 API。在真实站点上需要客户在该区域的项目 ID，以及客户授权代理后获得的客户 Token；沙箱可为任意项目询价（V3 及以上客户享有折扣）。</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation>按需扣费</translation>
    </message>
    <message>
        <source>Yearly/Monthly</source>
        <translation>包年/包月</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Flavour or type</source>
        <translation>规格或类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>ECS</source>
        <translation>弹性云服务器 ECS</translation>
    </message>
    <message>
        <source>EVS disk</source>
        <translation>云硬盘 EVS</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>EIP</source>
        <translation>弹性公网 IP</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>官网价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠金额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Get price</source>
        <translation>询价</translation>
    </message>
    <message>
        <source>The customer&apos;s project ID in that region</source>
        <translation>客户在该区域的项目 ID</translation>
    </message>
    <message>
        <source>%1 could not be priced: %2 %3</source>
        <translation>%1 无法询价：%2 %3</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续订</translation>
    </message>
    <message>
        <source>Resource IDs</source>
        <translation>资源ID</translation>
    </message>
    <message>
        <source>Up to 10 IDs of yearly/monthly resources, separated by spaces or commas</source>
        <translation>最多 10 个包年/包月资源ID，以空格或逗号分隔</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Products to price</source>
        <translation>待询价的产品</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>List price %1 · discount %2 · amount %3%4 · for %5 %6</source>
        <translation>官网价 %1 · 优惠 %2 · 应付金额 %3%4 · 计价时长 %5 %6</translation>
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
            <numerusform>%1 · %n vCPUs | %2 GiB · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Common I/O</source>
        <translation>普通IO</translation>
    </message>
    <message>
        <source>High I/O</source>
        <translation>高IO</translation>
    </message>
    <message>
        <source>General Purpose SSD</source>
        <translation>通用型SSD</translation>
    </message>
    <message>
        <source>Ultra-high I/O</source>
        <translation>超高IO</translation>
    </message>
    <message>
        <source>Static BGP</source>
        <translation>静态BGP</translation>
    </message>
    <message>
        <source>Dynamic BGP</source>
        <translation>全动态BGP</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>不存在名为“%1”的配置。</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>管理账号配置…</translation>
    </message>
    <message>
        <source>The partner account to work on</source>
        <translation>当前操作的伙伴账号</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>China site</source>
        <translation>华为云中国站</translation>
    </message>
    <message>
        <source>International site</source>
        <translation>华为云国际站</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>Found by “Test connection” when empty</source>
        <translation>留空时由“测试连接”自动获取</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>留空则保留已保存的密钥</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号ID</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Access key (AK)</source>
        <translation>访问密钥 ID（AK）</translation>
    </message>
    <message>
        <source>Secret key (SK)</source>
        <translation>秘密访问密钥（SK）</translation>
    </message>
    <message>
        <source>Enter both the access key (AK) and the secret key (SK).</source>
        <translation>请同时输入访问密钥 ID（AK）和秘密访问密钥（SK）。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Saving the keys in the system keychain…</source>
        <translation>正在将密钥保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>Deleted “%1” and its keys.</source>
        <translation>已删除“%1”及其密钥。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>测试失败：%1</translation>
    </message>
    <message>
        <source>The keys work. Account ID %1.</source>
        <translation>密钥可用。账号ID：%1。</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>已保存的配置</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> 次请求/秒</translation>
    </message>
    <message>
        <source>No pacing</source>
        <translation>不限速</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>请求速率</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Enter a profile name.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>配置名称的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>A profile name can have at most 64 characters.</source>
        <translation>配置名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>A profile name cannot contain &quot;/&quot;, &quot;\&quot; or control characters.</source>
        <translation>配置名称不能包含“/”、“\”或控制字符。</translation>
    </message>
    <message>
        <source>The account ID can have at most 64 characters.</source>
        <translation>账号 ID 最多 64 个字符。</translation>
    </message>
</context>
<context>
    <name>QuotaModel</name>
    <message>
        <source>Cash coupon</source>
        <translation>现金券</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>不限产品</translation>
    </message>
    <message>
        <source>Quota ID</source>
        <translation>额度ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>额度</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余额度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>适用产品</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>云经销商</translation>
    </message>
</context>
<context>
    <name>QuotasLoader</name>
    <message>
        <source>the answer has no list of records</source>
        <translation>回答中没有记录列表</translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Issue coupons…</source>
        <translation>发放代金券…</translation>
    </message>
    <message>
        <source>Records of one customer (customer ID)</source>
        <translation>查看某个客户的记录（客户ID）</translation>
    </message>
    <message>
        <source>Issue to resellers…</source>
        <translation>发放给云经销商…</translation>
    </message>
    <message>
        <source>Reclaim the selected reseller quotas…</source>
        <translation>回收所选云经销商额度…</translation>
    </message>
    <message>
        <source>Operation records</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Reseller quotas</source>
        <translation>云经销商代金券额度</translation>
    </message>
    <message>
        <source>coupon quotas</source>
        <translation>代金券额度</translation>
    </message>
    <message>
        <source>Records from</source>
        <translation>记录起始日期</translation>
    </message>
    <message>
        <source>Records until</source>
        <translation>记录截止日期</translation>
    </message>
    <message>
        <source>Coupon quotas</source>
        <translation>代金券额度</translation>
    </message>
    <message>
        <source>Quota records</source>
        <translation>额度记录</translation>
    </message>
</context>
<context>
    <name>RecordSpecs</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>收支</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Customer or reseller ID</source>
        <translation>客户或云经销商ID</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>交易ID</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Agreement ID</source>
        <translation>协议ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>委托方</translation>
    </message>
    <message>
        <source>Remitter</source>
        <translation>被委托方</translation>
    </message>
    <message>
        <source>Remitter type</source>
        <translation>被委托方类型</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>Reseller ID</source>
        <translation>云经销商 ID</translation>
    </message>
    <message>
        <source>Reseller name</source>
        <translation>云经销商名称</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>账户余额</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Associated on</source>
        <translation>关联时间</translation>
    </message>
    <message>
        <source>Bill ID</source>
        <translation>账单编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Bill period</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <source>Settlement amount</source>
        <translation>分账金额</translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation>申付单号</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步操作</translation>
    </message>
    <message>
        <source>Incentive ID</source>
        <translation>激励ID</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>激励名称</translation>
    </message>
    <message>
        <source>Association type</source>
        <translation>关联类型</translation>
    </message>
    <message>
        <source>Payout method</source>
        <translation>发放方式</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>申请单号</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>提示说明</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>申请ID</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已申请兑现</translation>
    </message>
    <message>
        <source>Claim deadline</source>
        <translation>兑现截止日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>官网价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠金额</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户ID</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>Yearly/monthly</source>
        <translation>包年/包月</translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation>按需扣费</translation>
    </message>
    <message>
        <source>Settlement ratio</source>
        <translation>分账比例</translation>
    </message>
    <message>
        <source>Trade time</source>
        <translation>交易时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Amount (from)</source>
        <translation>金额（起）</translation>
    </message>
    <message>
        <source>Amount (to)</source>
        <translation>金额（止）</translation>
    </message>
    <message>
        <source>Amount change</source>
        <translation>金额变化</translation>
    </message>
    <message>
        <source>Settlement (from)</source>
        <translation>分账金额（起）</translation>
    </message>
    <message>
        <source>Settlement (to)</source>
        <translation>分账金额（止）</translation>
    </message>
    <message>
        <source>Settlement change</source>
        <translation>分账金额变化</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>商品类型</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>预算模式</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>使用比例</translation>
    </message>
    <message>
        <source>Budget state</source>
        <translation>预算状态</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作类别</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Partner account</source>
        <translation>伙伴账号</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>申请ID</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请类型</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>开票方式</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>资源名称</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>云服务</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>On expiry</source>
        <translation>到期策略</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>资源ID</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Line ID</source>
        <translation>订单项ID</translation>
    </message>
    <message>
        <source>Incentive policy</source>
        <translation>激励策略</translation>
    </message>
    <message>
        <source>Partner discounts</source>
        <translation>伙伴折扣</translation>
    </message>
    <message>
        <source>Service type code</source>
        <translation>云服务类型编码</translation>
    </message>
    <message>
        <source>Coupon ID</source>
        <translation>优惠券ID</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销计划</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>优惠券编码</translation>
    </message>
    <message>
        <source>Balance after the change</source>
        <translation>变动后余额</translation>
    </message>
    <message>
        <source>Left on the coupon</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Reclaimed funds</source>
        <translation>已回收金额</translation>
    </message>
    <message>
        <source>Reclaimed coupons</source>
        <translation>已回收代金券</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>a record is not an object</source>
        <translation>有一条记录不是对象</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a number</source>
        <translation>金额“%1”不是数字</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not a time</source>
        <translation>时间“%1”不是有效的时间</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a text</source>
        <translation>字段“%1”不是文本</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a whole number</source>
        <translation>字段“%1”不是整数</translation>
    </message>
</context>
<context>
    <name>ResellerQuotaDialog</name>
    <message>
        <source>Issue</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Issue coupon quota %1 to resellers</source>
        <translation>将代金券额度 %1 发放给云经销商</translation>
    </message>
    <message>
        <source>Amount for each reseller</source>
        <translation>每个云经销商的额度</translation>
    </message>
    <message>
        <source>Resellers</source>
        <translation>云经销商</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Reclaim resellers&apos; coupon quotas</source>
        <translation>回收云经销商的代金券额度</translation>
    </message>
    <message>
        <source>Enter the amount and tick the resellers.</source>
        <translation>请输入额度并勾选云经销商。</translation>
    </message>
    <message numerus="yes">
        <source>%n reseller(s) get %1 each, %2 in all, from the remaining %3.%4</source>
        <translation>
            <numerusform>%n 个云经销商各得 %1，共 %2，额度剩余 %3。%4</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than the quota has left.</source>
        <translation>超出了额度的剩余金额。</translation>
    </message>
    <message numerus="yes">
        <source>%n quota(s) reclaimed, %1 of unused balance returns to your quotas. %2 selected quota(s) cannot be reclaimed (not in use).</source>
        <translation>
            <numerusform>将回收 %n 个额度，未使用的 %1 退回您的额度。所选额度中有 %2 个不能回收（未在使用中）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResellerScopeBox</name>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>A reseller&apos;s customers (distributors)</source>
        <translation>云经销商的客户（总经销商可选）</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>A reseller&apos;s account: balances, ledger and adjust records (distributors)</source>
        <translation>云经销商的账户：余额、收支明细和调账记录（经销商适用）</translation>
    </message>
</context>
<context>
    <name>ResellersPage</name>
    <message>
        <source>Search reseller name, account or ID</source>
        <translation>搜索云经销商名称、账号或 ID</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>拨款…</translation>
    </message>
    <message>
        <source>Reclaim…</source>
        <translation>回收…</translation>
    </message>
    <message>
        <source>This account has no resellers. Resellers belong to master distributors.</source>
        <translation>此账号没有云经销商。云经销商属于一级经销商（总经销商）。</translation>
    </message>
    <message>
        <source>resellers</source>
        <translation>云经销商</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>Responses</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>缺少字段“%1”</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a list</source>
        <translation>字段“%1”不是列表</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is missing</source>
        <translation>缺少金额“%1”</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a number</source>
        <translation>金额“%1”不是数字</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is too precise</source>
        <translation>金额“%1”的精度过高</translation>
    </message>
    <message>
        <source>the answer carries no transaction id</source>
        <translation>响应中没有交易 ID</translation>
    </message>
    <message>
        <source>IAM returned no account for this key; enter the account ID by hand (the key may lack the iam:users:getUser permission)</source>
        <translation>IAM 未返回此密钥对应的账号；请手动输入账号 ID（该密钥可能缺少 iam:users:getUser 权限）</translation>
    </message>
    <message>
        <source>the unit of &quot;%1&quot; (measure_id %2) is not known</source>
        <translation>“%1”的金额单位（measure_id %2）无法识别</translation>
    </message>
    <message>
        <source>the answer does not say whether the check passed</source>
        <translation>回答中没有说明检查是否通过</translation>
    </message>
    <message>
        <source>a reason the check failed is not a text</source>
        <translation>未通过的原因中有一项不是文本</translation>
    </message>
    <message>
        <source>an item of &quot;%1&quot; is not an object</source>
        <translation>“%1”中有一项不是对象</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a whole number</source>
        <translation>字段“%1”不是整数</translation>
    </message>
    <message>
        <source>the answer has no settlement</source>
        <translation>回答中没有结算单</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>Bad --faults: %1</source>
        <translation>--faults 参数有误：%1</translation>
    </message>
    <message>
        <source>Cannot create the sandbox data in %1: %2</source>
        <translation>无法在 %1 中创建沙箱数据：%2</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (is the port in use?).</source>
        <translation>无法监听 127.0.0.1:%1（端口是否已被占用？）。</translation>
    </message>
    <message>
        <source>Cannot write the request log %1.</source>
        <translation>无法写入请求日志 %1。</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>A view needs a name of 1 to %1 characters.</source>
        <translation>视图名称须为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>This page has no filters to save.</source>
        <translation>此页面没有可保存的筛选条件。</translation>
    </message>
    <message>
        <source>This is not a PartnerDesk views file.</source>
        <translation>这不是 PartnerDesk 视图文件。</translation>
    </message>
    <message>
        <source>Unknown page “%1” in the views file.</source>
        <translation>视图文件中有未知页面“%1”。</translation>
    </message>
    <message>
        <source>A view of page “%1” has no valid name or state.</source>
        <translation>页面“%1”的某个视图缺少有效的名称或状态。</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>&amp;Saved views</source>
        <translation>已保存的视图(&amp;S)</translation>
    </message>
    <message>
        <source>Save the current filters…</source>
        <translation>保存当前筛选…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>Delete a view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Export views…</source>
        <translation>导出视图…</translation>
    </message>
    <message>
        <source>Export views</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>PartnerDesk views (*.json)</source>
        <translation>PartnerDesk 视图 (*.json)</translation>
    </message>
    <message>
        <source>Import views…</source>
        <translation>导入视图…</translation>
    </message>
    <message>
        <source>Import views</source>
        <translation>导入视图</translation>
    </message>
    <message>
        <source>PartnerDesk views (*.json);;All files (*)</source>
        <translation>PartnerDesk 视图 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>视图“%1”已保存。</translation>
    </message>
    <message>
        <source>Views exported to %1.</source>
        <translation>视图已导出到 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The file is larger than 4 MB; is it a views file?</source>
        <translation>文件大于 4 MB，它是视图文件吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个视图。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide the secret key</source>
        <translation>隐藏密钥</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>显示密钥</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Sandbox (International)</source>
        <translation>沙箱（国际站）</translation>
    </message>
    <message>
        <source>Sandbox (China)</source>
        <translation>沙箱（中国站）</translation>
    </message>
</context>
<context>
    <name>SettlementDetailsDialog</name>
    <message>
        <source>Loading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 · %2 · bill period %3 (UTC+8)</source>
        <translation>%1 · %2 · 账期 %3（UTC+8）</translation>
    </message>
    <message>
        <source>Phase: %1 · Status: %2</source>
        <translation>当前环节：%1 · 当前状态：%2</translation>
    </message>
    <message>
        <source>Amount %1 · settlement amount %2</source>
        <translation>金额 %1 · 分账金额 %2</translation>
    </message>
    <message>
        <source>Payment request number: %1</source>
        <translation>申付单号：%1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Settlement bill %1</source>
        <translation>分账账单 %1</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>账单明细</translation>
    </message>
    <message>
        <source>State history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Flow: %1</source>
        <translation>流程：%1</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>“%1”必须是字符串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required and must be a non-empty string.</source>
        <translation>“%1”为必填项，且必须是非空字符串。</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an absolute URL such as https://bss.myhuaweicloud.com/v2/...</source>
        <translation>“url”必须是绝对 URL，例如 https://bss.myhuaweicloud.com/v2/...</translation>
    </message>
    <message>
        <source>&quot;query&quot; must be an object.</source>
        <translation>“query”必须是对象。</translation>
    </message>
    <message>
        <source>&quot;headers&quot; must be an object.</source>
        <translation>“headers”必须是对象。</translation>
    </message>
    <message>
        <source>&quot;body&quot; must be a string, an object or an array.</source>
        <translation>“body”必须是字符串、对象或数组。</translation>
    </message>
    <message>
        <source>&quot;date&quot; must look like 20250301T081500Z.</source>
        <translation>“date”的格式应如 20250301T081500Z。</translation>
    </message>
    <message>
        <source>&quot;derived&quot; needs &quot;regionId&quot; and &quot;serviceName&quot;.</source>
        <translation>“derived”需要“regionId”和“serviceName”。</translation>
    </message>
    <message>
        <source>&quot;derived&quot; must be an object.</source>
        <translation>“derived”必须是对象。</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1 (at byte %2).</source>
        <translation>输入不是有效的 JSON：%1（第 %2 字节）。</translation>
    </message>
    <message>
        <source>The input must be a request object or an array of them.</source>
        <translation>输入必须是一个请求对象或请求对象数组。</translation>
    </message>
    <message>
        <source>Request %1: not an object.</source>
        <translation>请求 %1：不是对象。</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>请求 %1：%2</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB; is it a statement?</source>
        <translation>文件大于 64 MB，它是对账单吗？</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Bill period (账期)</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Product name (商品名称)</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Amount (消费金额)</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Customer ID (客户ID) or customer name (客户名称)</source>
        <translation>客户ID 或 客户名称</translation>
    </message>
    <message>
        <source>The header row lacks: %1. See the expected columns in the help.</source>
        <translation>表头缺少：%1。请参阅说明中的列要求。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>有 %n 个字段，而表头只有 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>bill period “%1” is not YYYY-MM</source>
        <translation>账期“%1”不是 YYYY-MM 格式</translation>
    </message>
    <message>
        <source>product type “%1” is neither general nor non-general</source>
        <translation>商品类型“%1”既不是通用商品也不是非通用商品</translation>
    </message>
    <message>
        <source>no product name</source>
        <translation>缺少商品名称</translation>
    </message>
    <message>
        <source>no customer ID or name</source>
        <translation>缺少客户ID或客户名称</translation>
    </message>
    <message>
        <source>amount “%1” is not a number</source>
        <translation>金额“%1”不是数字</translation>
    </message>
    <message>
        <source>settlement amount “%1” is not a number</source>
        <translation>分账金额“%1”不是数字</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <source>Import a settlement statement</source>
        <translation>导入商品分账对账单</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 无法导入：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read, %2 imported, %3 with problems (listed below; they were left out and nothing else was).</source>
        <translation>
            <numerusform>%1：读取 %n 行，导入 %2 行，%3 行有问题（见下方列表；只跳过这些行，其余均已导入）。</numerusform>
        </translation>
    </message>
    <message>
        <source>imported statement</source>
        <translation>导入的对账单</translation>
    </message>
    <message>
        <source>Import statement…</source>
        <translation>导入对账单…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>A CSV statement with a header row, its columns named as in the console&apos;s export. Needed: “账期” (bill period, YYYY-MM), “商品名称” (product name), “消费金额” (amount), and “客户ID” (customer ID) or “客户名称” (customer name). Optional: “账单编号” (bill ID), “商品类型” (product type), “分账金额” (settlement amount), “状态” (status). UTF-8 or GB18030.</source>
        <translation>带表头的 CSV 对账单，列名与控制台导出的相同。必需列：“账期”（YYYY-MM）、“商品名称”、“消费金额”，以及“客户ID”或“客户名称”。可选列：“账单编号”、“商品类型”、“分账金额”、“状态”。编码为 UTF-8 或 GB18030。</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>跳过的行</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <source>Not activated</source>
        <translation>未激活</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>可使用</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>已回收</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>order</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>待支付</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>新购</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续订</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Unsubscription</source>
        <translation>退订</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>拨款</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <comment>adjust record</comment>
        <translation>回收</translation>
    </message>
    <message>
        <source>Reclaimed on unbinding</source>
        <translation>解绑回收</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>Cash coupon</source>
        <translation>现金券</translation>
    </message>
    <message>
        <source>Stored-value card</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖励金</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费金额</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>quota</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Being adjusted</source>
        <translation>调整中</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>coupon record</comment>
        <translation>发放</translation>
    </message>
    <message>
        <source>Reclaimed manually</source>
        <translation>手动回收</translation>
    </message>
    <message>
        <source>Reclaimed on expiry</source>
        <translation>过期回收</translation>
    </message>
    <message>
        <source>Reclaimed on unsubscription</source>
        <translation>退订回收</translation>
    </message>
    <message>
        <source>Refund reversal</source>
        <translation>退款冲正</translation>
    </message>
    <message>
        <source>Reclaimed on association</source>
        <translation>关联时回收</translation>
    </message>
    <message>
        <source>Reclaimed on a mode switch</source>
        <translation>切换关联模式时回收</translation>
    </message>
    <message>
        <source>Reseller transfer</source>
        <translation>云经销商转移</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Incentive top-up</source>
        <translation>激励返点充值</translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation>按需扣费</translation>
    </message>
    <message>
        <source>Yearly/monthly purchase</source>
        <translation>包年/包月扣费</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Awaiting countersign</source>
        <translation>待会签</translation>
    </message>
    <message>
        <source>Countersigning</source>
        <translation>会签中</translation>
    </message>
    <message>
        <source>Payment request creation failed</source>
        <translation>申付单创建失败</translation>
    </message>
    <message>
        <source>Awaiting invoice</source>
        <translation>待开票</translation>
    </message>
    <message>
        <source>Invoice under review</source>
        <translation>发票待审核</translation>
    </message>
    <message>
        <source>Payment request under review</source>
        <translation>申付审核中</translation>
    </message>
    <message>
        <source>Payment request rejected</source>
        <translation>申请被驳回</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>付款中</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Invoice Huawei from the invoicing list; the bill moves on once the invoice is received.</source>
        <translation>请按开票清单向华为开票；收到发票后账单进入下一环节。</translation>
    </message>
    <message>
        <source>Check that the invoice was issued and received (non-general products), or raise a ticket with the payment request number (general products).</source>
        <translation>非通用商品：请确认发票已开具并被接收；通用商品：请携带申付单号提交工单。</translation>
    </message>
    <message>
        <source>Nothing to do: waiting for Huawei&apos;s operations or finance staff.</source>
        <translation>无需操作：等待华为运营或财经人员处理。</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>会签</translation>
    </message>
    <message>
        <source>Invoice review</source>
        <translation>发票审核</translation>
    </message>
    <message>
        <source>Payment request review</source>
        <translation>申付审核</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>General product</source>
        <translation>通用商品</translation>
    </message>
    <message>
        <source>Non-general product</source>
        <translation>非通用商品</translation>
    </message>
    <message>
        <source>Not yet requested</source>
        <translation>待提交申请</translation>
    </message>
    <message>
        <source>Request processing</source>
        <translation>申请处理中</translation>
    </message>
    <message>
        <source>Awaiting partner invoice</source>
        <translation>待伙伴开票</translation>
    </message>
    <message>
        <source>Issue failed</source>
        <translation>发放失败</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>转账至银行账户</translation>
    </message>
    <message>
        <source>Top-up to the Huawei Cloud account</source>
        <translation>返华为云充值账户</translation>
    </message>
    <message>
        <source>Voucher quota</source>
        <translation>转代金券额度</translation>
    </message>
    <message>
        <source>Request the payout (or set up automatic requests).</source>
        <translation>请申请发放激励（或设置自动申请）。</translation>
    </message>
    <message>
        <source>Nothing to do: the request is with Huawei Finance.</source>
        <translation>无需操作：申请已提交华为财经处理。</translation>
    </message>
    <message>
        <source>Issue the invoice and mail it with the invoicing list.</source>
        <translation>请开具发票，并与开票清单一起邮寄。</translation>
    </message>
    <message>
        <source>Nothing to do: once the payment review passes, Finance pays within 2 working days.</source>
        <translation>无需操作：付款审核通过后，财经将在 2 个工作日内付款。</translation>
    </message>
    <message>
        <source>An error occurred while issuing the voucher quota: contact customer service.</source>
        <translation>代金券额度发放过程中出现错误，请联系客服进行处理。</translation>
    </message>
    <message>
        <source>Finance has transferred the payment to your bank account.</source>
        <translation>财经已向您的银行账号转账付款。</translation>
    </message>
    <message>
        <source>Finance has topped up your Huawei Cloud account: confirm it in Funds &gt; Account changes (recharge account).</source>
        <translation>财经已向您的华为云充值账户充值。请在 资金 &gt; 收支明细（充值账户）中确认。</translation>
    </message>
    <message>
        <source>The voucher quota has been issued: confirm it in Coupons &gt; Quotas.</source>
        <translation>代金券额度已发放。请在 代金券 &gt; 代金券额度 中确认。</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Application under review</source>
        <translation>使用申请审核中</translation>
    </message>
    <message>
        <source>Approved, awaiting claim</source>
        <translation>使用申请审核通过，待兑现</translation>
    </message>
    <message>
        <source>Claim under review</source>
        <translation>兑现审核中</translation>
    </message>
    <message>
        <source>Claim approved</source>
        <translation>兑现审核通过</translation>
    </message>
    <message>
        <source>Claim rejected</source>
        <translation>兑现被驳回</translation>
    </message>
    <message>
        <source>Submit the claim with the actual expenses before the deadline.</source>
        <translation>请在截止日期前按实际费用申请兑现。</translation>
    </message>
    <message>
        <source>Correct the claim as the review comment says and resubmit it within 45 days.</source>
        <translation>请按审核意见修改，并在 45 天内重新提交。</translation>
    </message>
    <message>
        <source>Issue the invoice and mail it within 15 days.</source>
        <translation>请在 15 天内开具发票并邮寄。</translation>
    </message>
    <message>
        <source>The claim deadline has passed; a late claim needs the director&apos;s approval.</source>
        <translation>兑现截止日期已过；逾期申请需总监审批邮件。</translation>
    </message>
    <message>
        <source>Nothing to do: waiting for Huawei&apos;s review.</source>
        <translation>无需操作：等待华为审核。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>消失</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Unknown status (%1)</source>
        <translation>未知状态（%1）</translation>
    </message>
    <message>
        <source>Unknown type (%1)</source>
        <translation>未知类型（%1）</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>未设置预算</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>月度预算</translation>
    </message>
    <message>
        <source>One-time budget</source>
        <translation>一次性预算</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>Near budget</source>
        <translation>接近预算</translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation>预算内</translation>
    </message>
    <message>
        <source>Budget set</source>
        <translation>设置预算</translation>
    </message>
    <message>
        <source>Association removed</source>
        <translation>解除关联关系</translation>
    </message>
    <message>
        <source>Freeze automatically</source>
        <translation>超预算自动冻结</translation>
    </message>
    <message>
        <source>Freeze by hand</source>
        <translation>超预算手工冻结</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Account and resources</source>
        <translation>账号与资源</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Waiting for the invoice file</source>
        <translation>等待导出发票文件</translation>
    </message>
    <message>
        <source>Waiting for the invoice file upload</source>
        <translation>等待发票文件回填</translation>
    </message>
    <message>
        <source>Waiting for mailing</source>
        <translation>等待邮寄确认</translation>
    </message>
    <message>
        <source>Waiting for the receipt</source>
        <translation>等待回执确认</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退票</translation>
    </message>
    <message>
        <source>Rejection under review</source>
        <translation>等待驳回审核</translation>
    </message>
    <message>
        <source>Return under review</source>
        <translation>退票待审核</translation>
    </message>
    <message>
        <source>Waiting for the return</source>
        <translation>待退票状态回填</translation>
    </message>
    <message>
        <source>Return failed</source>
        <translation>退票失败</translation>
    </message>
    <message>
        <source>By bill period</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>On receipt of payment</source>
        <translation>到账</translation>
    </message>
    <message>
        <source>By order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>开票申请</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退票申请</translation>
    </message>
    <message>
        <source>Invoiced, then returned</source>
        <translation>正向开票已退票</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>到期进入宽限期</translation>
    </message>
    <message>
        <source>Changes to pay-per-use</source>
        <translation>到期转按需</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>到期后自动删除</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>到期后自动续费</translation>
    </message>
    <message>
        <source>Frozen on expiry</source>
        <translation>到期后冻结</translation>
    </message>
    <message>
        <source>Deleted after retention</source>
        <translation>到期后删除（保留期后）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Unknown period (%1)</source>
        <translation>未知周期（%1）</translation>
    </message>
    <message>
        <source>Not a specific product</source>
        <translation>非特定产品</translation>
    </message>
    <message>
        <source>Specific product</source>
        <translation>特定产品</translation>
    </message>
    <message>
        <source>No performance, no rebate</source>
        <translation>无业绩无返点</translation>
    </message>
    <message>
        <source>Performance, no rebate</source>
        <translation>有业绩无返点</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>华北-北京一</translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation>华北-北京四</translation>
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation>华北-乌兰察布一</translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation>华东-上海二</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>华东-上海一</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>华南-广州</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>西南-贵阳一</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>中国-香港</translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation>亚太-曼谷</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>亚太-新加坡</translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation>亚太-雅加达</translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation>非洲-约翰内斯堡</translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation>拉美-圣地亚哥</translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation>拉美-圣保罗一</translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation>拉美-墨西哥城二</translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation>中东-利雅得</translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation>土耳其-伊斯坦布尔</translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation>欧洲-都柏林</translation>
    </message>
    <message>
        <source>Awaiting the customer</source>
        <translation>待客户确认</translation>
    </message>
    <message>
        <source>Unbound</source>
        <translation>已解除关联</translation>
    </message>
    <message>
        <source>Refused by the customer</source>
        <translation>客户已拒绝</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 个请求进行中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Allocate funds to the customer</source>
        <translation>向客户账户拨款</translation>
    </message>
    <message>
        <source>Reclaim the customer&apos;s balance</source>
        <translation>回收客户账户余额</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>拨款</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount to allocate</source>
        <translation>拨款金额</translation>
    </message>
    <message>
        <source>Amount to reclaim</source>
        <translation>回收金额</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Customer balance: %1</source>
        <translation>客户账户余额：%1</translation>
    </message>
    <message>
        <source>Customer balance: %1 · Your allocatable balance: %2</source>
        <translation>客户账户余额：%1 · 您的可拨款余额：%2</translation>
    </message>
    <message>
        <source>Allocate %1 from your account to %2 (%3)?
The customer&apos;s balance goes from %4 to %5. This is sent once and is not repeated automatically.</source>
        <translation>确定从您的账户向 %2（%3）拨款 %1 吗？
客户账户余额将从 %4 变为 %5。该操作只发送一次，不会自动重试。</translation>
    </message>
    <message>
        <source>Reclaim %1 from %2 (%3) to your account?
The customer&apos;s balance goes from %4 to %5. This is sent once and is not repeated automatically.</source>
        <translation>确定从 %2（%3）回收 %1 到您的账户吗？
客户账户余额将从 %4 变为 %5。该操作只发送一次，不会自动重试。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
</context>
<context>
    <name>UnbindDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Unbind customer</source>
        <translation>解除关联</translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>客户：%1（%2）</translation>
    </message>
    <message>
        <source>Before you unbind, note:</source>
        <translation>解除关联前请注意：</translation>
    </message>
    <message>
        <source>• Only an administrator can unbind, once in three months for a customer, and not within three months of the customer&apos;s own latest request.</source>
        <translation>• 仅管理员可以解除关联；同一客户 3 个月内只能申请一次，且须在客户最近一次申请 3 个月之后。</translation>
    </message>
    <message>
        <source>• A frozen customer must be unfrozen first; a customer in arrears or with an unexpired reserved instance or partner support plan cannot be unbound.</source>
        <translation>• 冻结的客户需先解冻；存在欠费、未到期预留实例或伙伴支持计划的客户不能解除关联。</translation>
    </message>
    <message>
        <source>• An enterprise master account with independently accounted members cannot be unbound.</source>
        <translation>• 含有独立核算成员账号的企业主账号不能解除关联。</translation>
    </message>
    <message>
        <source>• For an agency-sale customer, its balance returns to your account and the coupons you issued to it are reclaimed automatically.</source>
        <translation>• 代售类客户解除关联后，其账户余额退回您的账户，您发放给该客户的代金券将被自动回收。</translation>
    </message>
    <message>
        <source>• The customer must confirm the request; you are told the result.</source>
        <translation>• 需要客户确认该申请，结果会通知您。</translation>
    </message>
    <message>
        <source>I understand the preceding statement and agree to this operation</source>
        <translation>我已了解以上注意事项并同意此操作</translation>
    </message>
    <message>
        <source>Why the association ends (required)</source>
        <translation>解除关联的原因（必填）</translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation>解除关联</translation>
    </message>
    <message>
        <source>Open in Partner Center…</source>
        <translation>在伙伴中心打开…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>the customer is in arrears</source>
        <translation>客户存在欠费</translation>
    </message>
    <message>
        <source>the customer&apos;s account is frozen</source>
        <translation>客户账号已冻结</translation>
    </message>
    <message>
        <source>a request is already waiting for the customer</source>
        <translation>已有申请等待客户确认</translation>
    </message>
    <message>
        <source>a request was made in the last three months</source>
        <translation>最近 3 个月内已申请过</translation>
    </message>
    <message>
        <source>Opened the Partner Center. Go to Sales &gt; Customers &gt; Customer Management, find %1 and choose More &gt; Unbind.</source>
        <translation>已打开伙伴中心。请进入“销售 &gt; 客户 &gt; 客户管理”，找到 %1，选择“更多 &gt; 解除关联”。</translation>
    </message>
    <message>
        <source>Checking the customer&apos;s account…</source>
        <translation>正在检查客户账号…</translation>
    </message>
    <message>
        <source>The account check failed: %1. Resolve it and try again.</source>
        <translation>账号检查未通过：%1。处理后请重试。</translation>
    </message>
    <message>
        <source>Submitting the request…</source>
        <translation>正在提交申请…</translation>
    </message>
    <message>
        <source>Request %1 submitted. The customer must confirm it; you will see the result in the unbind requests.</source>
        <translation>申请 %1 已提交，需要客户确认；结果可在解除关联申请中查看。</translation>
    </message>
    <message>
        <source>Checking whether the customer can be unbound…</source>
        <translation>正在检查该客户能否解除关联…</translation>
    </message>
    <message>
        <source>The account could not be checked yet: %1</source>
        <translation>暂时无法检查账号：%1</translation>
    </message>
    <message>
        <source>This customer cannot be unbound now: %1.</source>
        <translation>该客户目前不能解除关联：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The account check passed: this customer can be unbound.</source>
        <translation>账号检查通过：可以解除与该客户的关联。</translation>
    </message>
</context>
<context>
    <name>UnbindRequestsDialog</name>
    <message>
        <source>Unbind requests have no public API. In the Partner Center: Customers &gt; Customer management &gt; Unbind requests.</source>
        <translation>解除关联申请没有公开 API。请在伙伴中心查看：客户 &gt; 客户管理 &gt; 解除关联申请。</translation>
    </message>
    <message>
        <source>Listed in the Partner Center.</source>
        <translation>请在伙伴中心查看。</translation>
    </message>
    <message>
        <source>The unbind requests could not be read: %1</source>
        <translation>无法读取解除关联申请：%1</translation>
    </message>
    <message>
        <source>No unbind requests yet.</source>
        <translation>暂无解除关联申请。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), newest first; </source>
        <translation>
            <numerusform>共 %n 个申请，最新的在前；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting the customer&apos;s answer.</source>
        <translation>
            <numerusform>%n 个待客户确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbind requests</source>
        <translation>解除关联申请</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>VerifiedWrite</name>
    <message>
        <source>The program stopped before this write&apos;s answer arrived.</source>
        <translation>程序在该写操作的应答到达之前停止了。</translation>
    </message>
    <message>
        <source>The answer does not name the record the write made.</source>
        <translation>应答中没有指明该写操作生成的记录。</translation>
    </message>
    <message>
        <source>Record %1 was already claimed by another write.</source>
        <translation>记录 %1 已被另一个写操作认领。</translation>
    </message>
    <message numerus="yes">
        <source>Answered 429 (too many requests) before processing; sent again after %n second(s).</source>
        <translation>
            <numerusform>网关在处理前返回 429（请求过多）；%n 秒后已重新发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many records to tell which one is this write&apos;s.</source>
        <translation>记录过多，无法判断哪一条属于该写操作。</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>无法读取记录：%1</translation>
    </message>
    <message>
        <source>Another write of the same kind is still waiting for its answer.</source>
        <translation>另一个同类写操作仍在等待应答。</translation>
    </message>
    <message>
        <source>The local audit log could not be written: %1</source>
        <translation>无法写入本地审计日志：%1</translation>
    </message>
</context>
<context>
    <name>WriteGate</name>
    <message>
        <source>Not available offline: the server can&apos;t be reached, and this page shows saved data. It is enabled again as soon as the server answers.</source>
        <translation>离线时不可用：无法连接服务器，本页显示的是已保存的数据。服务器恢复响应后即可使用。</translation>
    </message>
</context>
<context>
    <name>WriteOutcomeText</name>
    <message>
        <source>The answer did not arrive, and the server&apos;s records do not show this write yet. Checking them again at %1; nothing is sent again.</source>
        <translation>应答未到达，服务器记录中暂未出现该写操作。将于 %1 再次核对；不会重复发送。</translation>
    </message>
    <message>
        <source>Done: the answer was lost, but a new record on the server (%1) shows it was applied.</source>
        <translation>已完成：应答丢失，但服务器上的新记录（%1）表明操作已生效。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>参考编号：%1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: the answer was lost, and the server&apos;s records still show nothing %n second(s) after sending, so it is safe to try again.</source>
        <translation>
            <numerusform>未生效：应答丢失，发送 %n 秒后服务器记录中仍无此操作，可以放心重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未生效：%1</translation>
    </message>
    <message>
        <source>The outcome is unknown: %1
Check the records before you try again; PartnerDesk will not repeat it on its own.</source>
        <translation>结果未知：%1
重试前请先查看记录；PartnerDesk 不会自动重复该操作。</translation>
    </message>
    <message>
        <source>The outcome is unknown: the server has more new matching records than this computer&apos;s writes (%1), so another client may have written the same. Check them before you try again.</source>
        <translation>结果未知：服务器上新出现的匹配记录多于本机的写操作（%1），可能有其他客户端执行了相同操作。重试前请先核对这些记录。</translation>
    </message>
    <message>
        <source>Interrupted: the program stopped before this write was settled. It will be checked against the server&apos;s records on the next start.</source>
        <translation>已中断：程序在该写操作核实之前停止了。下次启动时将与服务器记录核对。</translation>
    </message>
    <message>
        <source>Skipped (%1): nothing was sent.</source>
        <translation>已跳过（%1）：未发送任何请求。</translation>
    </message>
    <message>
        <source>The local audit log cannot be written (%1), so nothing was sent.</source>
        <translation>无法写入本地审计日志（%1），因此未发送任何请求。</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) that an earlier run left unfinished were checked against the server: %1 done, %2 not applied, %3 unknown. Details are in Tools &gt; Audit log.</source>
        <translation>
            <numerusform>上次运行留下的 %n 个未完成写操作已与服务器核对：已完成 %1 个，未生效 %2 个，结果未知 %3 个。详情见“工具 &gt; 审计日志”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteSpecs</name>
    <message>
        <source>The list has no %1 or total_count.</source>
        <translation>列表中没有 %1 或 total_count。</translation>
    </message>
    <message>
        <source>An item of %1 is not an object.</source>
        <translation>%1 中有一项不是对象。</translation>
    </message>
    <message>
        <source>A record of %1 has no id.</source>
        <translation>%1 中有一条记录没有 ID。</translation>
    </message>
    <message>
        <source>Unknown write %1.</source>
        <translation>未知的写操作 %1。</translation>
    </message>
    <message>
        <source>This write cannot be checked.</source>
        <translation>无法核对该写操作。</translation>
    </message>
</context>
</TS>
