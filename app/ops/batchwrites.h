#pragma once

#include "bss/budgetoperations.h"
#include "models/batchrunner.h"
#include "ops/couponwrites.h"
#include "ops/fundswrites.h"
#include "ops/writeoutcome.h"
#include "ops/writer.h"

// The tasks a BatchRunner runs for each kind of batch write: one VerifiedWrite per item, its spec
// made from the item. Each task is one batch: its items' audit entries share a new batch id.
class BatchWrites
{
public:
    static BatchRunner::Task write(const Writer &writer,
                                   std::function<WriteSpec(const BatchRunner::Item &item)> make);
    static BatchRunner::Result resultOf(const WriteOutcome &outcome);
    static BatchRunner::Task transfer(const Writer &writer, FundsWrites::Kind kind,
                                      FundsWrites::Target target = FundsWrites::Target::Customer);
    static BatchRunner::Task couponReclaim(const Writer &writer);
    // Issues one coupon per item (item.id is the customer) with these options.
    static BatchRunner::Task couponIssue(const Writer &writer, const CouponWrites::Issue &options);
    // Distributor → resellers: item.id is the reseller (issue) or the reseller's quota (reclaim).
    static BatchRunner::Task resellerQuotaIssue(const Writer &writer, const QString &parentQuotaId);
    static BatchRunner::Task resellerQuotaReclaim(const Writer &writer);
    // International site: item.id is the customer, item.amount its new budget (the other
    // settings from `settings`), item.scope its reseller.
    static BatchRunner::Task budgetSet(const Writer &writer,
                                       const BudgetOperations::Change &settings);
    static BatchRunner::Task freeze(const Writer &writer, bool freeze, const QString &reason,
                                    const QString &type);
    // Sandbox-only writes: item.id is the customer, the remitter's name, or the agreement.
    static BatchRunner::Task unbind(const Writer &writer, const QString &reason);
    static BatchRunner::Task agreementAdd(const Writer &writer, const QString &remitterType);
    static BatchRunner::Task agreementVoid(const Writer &writer);
};
