// `partnerdesk-cli coupons list|reclaim|issue` (split from cli.cpp): the batch engine for
// reclaims, one CreatePartnerCoupons call for issuing, per-item JSON results.
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/jsonbody.h"
#include "bss/operations.h"
#include "bss/pager.h"
#include "cli/cli.h"
#include "cli/outputwriter.h"
#include "core/statuslabels.h"
#include "models/batchrunner.h"
#include "models/couponmodel.h"
#include "ops/batchwrites.h"
#include "ops/couponsloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int Cli::couponStatusCode(const QString &name)
{
    static const char *const names[] = {"", "inactive", "usable", "used", "expired", "reclaimed"};
    for (int i = 1; i <= 5; ++i) {
        if (name == QLatin1String(names[i]) || name == QString::number(i))
            return i;
    }
    return -1;
}

namespace {

// A coupon as the API names its fields; amounts exact, times ISO UTC.
QJsonObject couponRecord(const IssuedCoupon &c)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue();
    };
    return {{QStringLiteral("coupon_id"), c.couponId},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("customer_id"), c.customerId},
            {QStringLiteral("coupon_type"), c.couponType},
            {QStringLiteral("face_value"), c.faceValue.toString()},
            {QStringLiteral("balance"), c.balance.toString()},
            {QStringLiteral("effective_time"), time(c.effectiveTime)},
            {QStringLiteral("expire_time"), time(c.expireTime)},
            {QStringLiteral("create_time"), time(c.createTime)},
            {QStringLiteral("promotion_plan_name"), c.promotionPlanName},
            {QStringLiteral("order_id"), c.orderId},
            {QStringLiteral("is_frozen"), c.frozen ? 1 : 0}};
}

} // namespace

bool Cli::confirmOrRefuse(const QString &question)
{
    if (m_options.flags.contains(QStringLiteral("yes")))
        return true;
    if (!canAsk())
        return false;
    err(question + u' ' + tr("Type yes to go on:"));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer != u"yes" && answer != u"y") {
        finish(1, tr("Nothing was sent."));
        return false;
    }
    return true;
}

void Cli::runCoupons()
{
    const QString action = m_options.positional.value(0);
    Operations::CouponFilter f;
    f.customerId = m_options.values.value(QStringLiteral("customer"));
    f.indirectPartnerId = m_options.values.value(QStringLiteral("reseller"));
    const QString status = m_options.values.value(QStringLiteral("status"));
    if (!status.isEmpty()) {
        f.status = couponStatusCode(status);
        if (f.status < 0) {
            finish(2, tr("--status takes inactive, usable, used, expired or reclaimed."));
            return;
        }
    }
    if (action == u"list") {
        QString problem;
        Operations::listIssuedPartnerCoupons(f, 0, 100, &problem);
        if (!problem.isEmpty()) {
            finish(2, problem);
            return;
        }
        withClient(m_options.profile, [this, f](BssClient *client) {
            ensureDomainId(client, [this, client, f] {
                auto *model = new CouponModel(this);
                auto *loader = new CouponsLoader(client, model, this); // as the Coupons page
                connect(loader, &CouponsLoader::failed, this,
                        [this](const BssError &error) { finish(1, error.diagnosticText()); });
                connect(loader, &CouponsLoader::loaded, this, [this, model] {
                    QJsonArray rows;
                    for (int r = 0; r < model->rowCount(); ++r)
                        rows.append(couponRecord(model->coupon(r)));
                    out(OutputWriter::render({{QStringLiteral("total_count"), model->rowCount()},
                                              {QStringLiteral("user_coupons"), rows}},
                                             m_options.format, m_options.reveal));
                    finish(0);
                });
                loader->load(f);
            });
        });
        return;
    }
    if (action == u"reclaim") {
        runCouponReclaim(f);
        return;
    }
    if (action == u"issue") {
        runCouponIssue();
        return;
    }
    finish(2, tr("Use: partnerdesk-cli coupons list|reclaim|issue …"));
}

void Cli::runCouponReclaim(const Operations::CouponFilter &filter)
{
    QStringList ids = m_options.positional.mid(1);
    if (ids.isEmpty() && (filter.status != 2 || filter.customerId.isEmpty())) {
        finish(2, tr("Name the coupons, or use --status usable --customer ID."));
        return;
    }
    for (const QString &id : std::as_const(ids)) {
        const QString p = Operations::checkId(QStringLiteral("coupon_id"), id, 64, true);
        if (!p.isEmpty()) {
            finish(2, p);
            return;
        }
    }
    const bool dryRun = m_options.flags.contains(QStringLiteral("dry-run"));
    withClient(m_options.profile, [this, ids, filter, dryRun](BssClient *client) {
        ensureDomainId(client, [this, client, ids, filter, dryRun]() mutable {
            // Read every coupon first: the preview, and the skips with their reasons.
            auto coupons = std::make_shared<QMap<QString, QJsonObject>>();
            auto *pager = new Pager(
                client,
                [filter, ids](int offset, int size) {
                    Operations::CouponFilter f = filter;
                    if (!ids.isEmpty())
                        f = Operations::CouponFilter{
                            QString(), QString(), 0, 0, {}, {}, filter.indirectPartnerId};
                    QString ignored;
                    return Operations::listIssuedPartnerCoupons(f, offset, size, &ignored);
                },
                Pager::Options{QStringLiteral("user_coupons"), 100, 4, -1}, this);
            connect(pager, &Pager::pageReceived, this,
                    [coupons, ids](int, const QJsonArray &items, int) {
                        for (const QJsonValue &v : items) {
                            const QString id = v[QLatin1String("coupon_id")].toString();
                            if (ids.isEmpty() || ids.contains(id))
                                coupons->insert(id, v.toObject());
                        }
                    });
            connect(pager, &Pager::finished, this,
                    [this, client, coupons, ids, filter, dryRun](const BssError &e) {
                        if (e.isError()) {
                            finish(1, e.diagnosticText());
                            return;
                        }
                        couponReclaimFound(client, *coupons, ids.isEmpty() ? coupons->keys() : ids,
                                           filter.indirectPartnerId, dryRun);
                    });
            pager->start();
        });
    });
}

void Cli::couponReclaimFound(BssClient *client, const QMap<QString, QJsonObject> &coupons,
                             const QStringList &ids, const QString &scope, bool dryRun)
{
    QJsonArray skipped;
    QList<BatchRunner::Item> items;
    Decimal total = Decimal::fromMantissa(0, 2);
    for (const QString &id : ids) {
        const QJsonObject c = coupons.value(id);
        const int status = c.value(QLatin1String("status")).toInt();
        if (c.isEmpty() || status != 2) { // listed before anything is sent, never dropped
            skipped.append(
                QJsonObject{{QStringLiteral("coupon_id"), id},
                            {QStringLiteral("result"), QStringLiteral("skipped")},
                            {QStringLiteral("reason"),
                             c.isEmpty() ? tr("not found") : StatusLabels::couponStatus(status)}});
            continue;
        }
        const Decimal balance =
            Decimal::fromJson(c.value(QLatin1String("balance"))).value_or(Decimal());
        total += balance;
        items.append({id, QString(), balance, scope});
    }
    if (dryRun || items.isEmpty()) {
        QJsonArray plan;
        for (const auto &i : std::as_const(items))
            plan.append(QJsonObject{{QStringLiteral("coupon_id"), i.id},
                                    {QStringLiteral("amount"), i.amount.withScale(2).toString()}});
        out(QJsonDocument(QJsonObject{{QStringLiteral("dry_run"), dryRun},
                                      {QStringLiteral("to_reclaim"), plan},
                                      {QStringLiteral("total"), total.toString()},
                                      {QStringLiteral("skipped"), skipped}})
                .toJson(QJsonDocument::Indented));
        finish(0);
        return;
    }
    if (!confirmOrRefuse(
            tr("Reclaim %n coupon(s), %1 in all (%2 skipped)?", nullptr, int(items.size()))
                .arg(total.toString())
                .arg(skipped.size())))
        return;
    auto *runner = new BatchRunner(BatchWrites::couponReclaim(writer(client)), this);
    runner->setItems(items);
    runner->setConcurrency(4);
    // The client's pacer keeps the calls under the gateway's rate.
    startBatch(runner, [this, runner, skipped] {
        QJsonArray results = skipped;
        bool bad = false;
        Decimal reclaimed = Decimal::fromMantissa(0, 2);
        for (int r = 0; r < runner->rowCount(); ++r) {
            const auto &i = runner->item(r);
            using S = BatchRunner::State;
            const S st = runner->state(r);
            const QString result = batchResultName(st, QStringLiteral("reclaimed"));
            bad = bad || st == S::Failed || st == S::Unknown || st == S::Cancelled;
            QJsonObject o{{QStringLiteral("coupon_id"), i.id}, {QStringLiteral("result"), result}};
            if (st == S::Done) {
                o.insert(QLatin1String("amount"), i.result.amount.withScale(2).toString());
                reclaimed += i.result.amount;
            }
            if (i.result.error.isError()) {
                o.insert(QLatin1String("error_code"), i.result.error.code());
                o.insert(QLatin1String("error_msg"),
                         runner->data(runner->index(r, BatchRunner::Message)).toString());
            }
            if (!i.result.note.isEmpty())
                o.insert(QLatin1String("skip_reason"), i.result.note);
            results.append(o);
        }
        err(runner->summary());
        out(QJsonDocument(QJsonObject{{QStringLiteral("results"), results},
                                      {QStringLiteral("reclaimed_total"), reclaimed.toString()},
                                      {QStringLiteral("stopped"), runner->wasCancelled()}})
                .toJson(QJsonDocument::Indented));
        finish(bad ? 1 : 0); // skipped is not a failure
    });
}

void Cli::runCouponIssue()
{
    const QString quota = m_options.values.value(QStringLiteral("quota"));
    const QStringList customers = m_options.all(QStringLiteral("customer"));
    const auto face = Decimal::parse(m_options.values.value(QStringLiteral("face-value")),
                                     Decimal::ParseMode::UserInput);
    QString problem = Operations::checkId(QStringLiteral("quota_id"), quota, 64, true);
    if (problem.isEmpty() && (customers.isEmpty() || customers.size() > 100))
        problem = tr("Name 1 to 100 customers with --customer.");
    for (const QString &c : customers) {
        if (problem.isEmpty())
            problem = Operations::checkId(QStringLiteral("customer_id"), c, 64, true);
    }
    if (problem.isEmpty())
        problem = Decimal::amountProblemMessage(face ? face->requestAmountProblem()
                                                     : Decimal::AmountProblem::NotANumber);
    if (!problem.isEmpty()) {
        finish(2, problem); // nothing is sent
        return;
    }
    const Decimal value = face->withScale(2);
    const QJsonObject preview{{QStringLiteral("quota_id"), quota},
                              {QStringLiteral("customers"), QJsonArray::fromStringList(customers)},
                              {QStringLiteral("face_value"), value.toString()},
                              {QStringLiteral("total"), (value * customers.size()).toString()}};
    if (m_options.flags.contains(QStringLiteral("dry-run"))) {
        QJsonObject o = preview;
        o.insert(QLatin1String("dry_run"), true);
        out(QJsonDocument(o).toJson(QJsonDocument::Indented));
        finish(0);
        return;
    }
    if (!confirmOrRefuse(tr("Issue a %1 coupon to each of %n customer(s) from quota %2?", nullptr,
                            int(customers.size()))
                             .arg(value.toString(), quota)))
        return;
    withClient(m_options.profile, [this, quota, customers, value](BssClient *client) {
        ensureDomainId(client, [this, client, quota, customers, value] {
            // One verified write per customer, as in the window (CreatePartnerCoupons takes
            // several, but one lost answer would then leave every one of them to be settled).
            CouponWrites::Issue o;
            o.quotaId = quota;
            o.faceValue = value;
            auto *runner = new BatchRunner(BatchWrites::couponIssue(writer(client), o), this);
            QList<BatchRunner::Item> items;
            for (const QString &id : customers)
                items.append({id, QString(), value, QString()});
            runner->setItems(items);
            runner->setConcurrency(4);
            runBatch(runner, QStringLiteral("customer_id"));
        });
    });
}
