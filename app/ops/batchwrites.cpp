#include "ops/batchwrites.h"

#include "ops/budgetwrites.h"
#include "ops/consolewrites.h"
#include "ops/verifiedwrite.h"

#include <QUuid>

BatchRunner::Result BatchWrites::resultOf(const WriteOutcome &o)
{
    BatchRunner::Result out;
    using K = WriteOutcome::Kind;
    out.state = o.kind == K::Done         ? BatchRunner::State::Done
                : o.kind == K::NotApplied ? BatchRunner::State::Failed
                : o.kind == K::Skipped    ? BatchRunner::State::Skipped
                                          : BatchRunner::State::Unknown;
    out.amount = o.amount;
    out.reference = o.reference;
    out.confirmed = o.fromRecords;
    out.error = o.error;
    out.note = o.skipReason;
    out.candidates = o.candidates;
    out.history = o.history;
    out.nextCheck = o.nextCheck;
    out.sent = o.sent;
    return out;
}

BatchRunner::Task BatchWrites::write(const Writer &writer,
                                     std::function<WriteSpec(const BatchRunner::Item &)> make)
{
    const Writer batch = writer.forBatch(QUuid::createUuid().toString(QUuid::WithoutBraces));
    return
        [batch, make](const BatchRunner::Item &item, QObject *context, BatchRunner::Report report) {
            auto *write = new VerifiedWrite(batch, make(item), context);
            QObject::connect(write, &VerifiedWrite::checking, context,
                             [report](const WriteOutcome &o) { report(resultOf(o), false); });
            QObject::connect(write, &VerifiedWrite::finished, context,
                             [write, report](const WriteOutcome &o) {
                                 write->deleteLater();
                                 report(resultOf(o), true);
                             });
            write->start();
        };
}

BatchRunner::Task BatchWrites::transfer(const Writer &writer, FundsWrites::Kind kind,
                                        FundsWrites::Target target)
{
    return write(writer, [kind, target](const BatchRunner::Item &item) {
        return target == FundsWrites::Target::Reseller
                   ? FundsWrites::reseller(kind, item.id, item.amount)
                   : FundsWrites::customer(kind, item.id, item.amount, item.scope);
    });
}

BatchRunner::Task BatchWrites::couponReclaim(const Writer &writer)
{
    return write(writer, [](const BatchRunner::Item &item) {
        return CouponWrites::reclaim(item.id, item.scope);
    });
}

BatchRunner::Task BatchWrites::couponIssue(const Writer &writer, const CouponWrites::Issue &options)
{
    return write(writer, [options](const BatchRunner::Item &item) {
        return CouponWrites::issue(options, item.id);
    });
}

BatchRunner::Task BatchWrites::resellerQuotaIssue(const Writer &writer,
                                                  const QString &parentQuotaId)
{
    return write(writer, [parentQuotaId](const BatchRunner::Item &item) {
        return CouponWrites::issueQuota(item.id, parentQuotaId, item.amount);
    });
}

BatchRunner::Task BatchWrites::resellerQuotaReclaim(const Writer &writer)
{
    return write(writer,
                 [](const BatchRunner::Item &item) { return CouponWrites::reclaimQuota(item.id); });
}

BatchRunner::Task BatchWrites::unbind(const Writer &writer, const QString &reason)
{
    return write(writer, [reason](const BatchRunner::Item &item) {
        return ConsoleWrites::unbind(item.id, item.scope, reason);
    });
}

BatchRunner::Task BatchWrites::agreementAdd(const Writer &writer, const QString &remitterType)
{
    return write(writer, [remitterType](const BatchRunner::Item &item) {
        return ConsoleWrites::addAgreement(item.id, remitterType);
    });
}

BatchRunner::Task BatchWrites::agreementVoid(const Writer &writer)
{
    return write(writer, [](const BatchRunner::Item &item) {
        return ConsoleWrites::voidAgreement(item.id);
    });
}

BatchRunner::Task BatchWrites::budgetSet(const Writer &writer,
                                         const BudgetOperations::Change &settings)
{
    return write(writer, [settings](const BatchRunner::Item &item) {
        BudgetOperations::Change c = settings;
        c.customerId = item.id;
        c.amount = item.amount;
        c.indirectPartnerId = item.scope;
        return BudgetWrites::setBudget(c);
    });
}

BatchRunner::Task BatchWrites::freeze(const Writer &writer, bool freeze, const QString &reason,
                                      const QString &type)
{
    return write(writer, [freeze, reason, type](const BatchRunner::Item &item) {
        return BudgetWrites::freeze(freeze, item.id, reason, type, item.scope);
    });
}
