// The fault matrix: every write the app can send (money, coupons, quotas, unbind, payment
// agency, MDF claims), against every fault the sandbox injects, through the one engine the
// windows and the CLI use (VerifiedWrite, in BatchRunner's tasks). For each pair the sandbox's own
// tables (the ledger) and the app's final report must agree: nothing applied twice, nothing
// reported done that was not, nothing reported failed that happened, and a "safe to try again" that
// is true (the failed items are retried with the faults gone and each then happens exactly once).
// The matrix is printed as a Markdown table at the end (and written to $PC_FAULT_MATRIX_OUT when
// set) for docs/reliability.md.
#include "core/mdfrules.h"
#include "models/batchrunner.h"
#include "ops/batchwrites.h"
#include "ops/consolewrites.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

struct Fault
{
    const char *name;
    const char *spec; // "%1" is the write operation
    const char *expected;
};

// What each fault does in the sandbox: applied or not, and what the client sees.
const Fault Faults[] = {
    {"latency", "latency=300,on=%1,count=1", "done"},
    {"5xx", "5xx=1,on=%1,count=1", "failed"},
    // Answered before processing: proven not applied, so re-sent once after Retry-After.
    {"429", "429=1,retry-after=1,on=%1,count=1", "done"},
    {"timeout", "timeout=1,on=%1,count=1", "failed"},
    {"drop", "drop=1,on=%1,count=1", "failed"},
    {"malformed", "malformed=1,on=%1,count=1", "done"},
    {"lost", "lost=1,on=%1,count=1", "done"},
    {"skew", "skew=1200", "failed"},
};

enum class Op {
    AllocateCustomer,
    ReclaimCustomer,
    AllocateReseller,
    ReclaimReseller,
    CouponIssue,
    CouponReclaim,
    CouponReclaimBatch,
    QuotaIssue,
    QuotaReclaim,
    Unbind,
    AgencyAdd,
    AgencyVoid,
    MdfSubmit,
};

struct OpInfo
{
    Op op;
    const char *name;
    const char *write; // the operation the fault is aimed at
};

const OpInfo Ops[] = {
    {Op::AllocateCustomer, "allocate customer funds", "UpdateCustomerAccountAmount"},
    {Op::ReclaimCustomer, "reclaim customer funds", "ReclaimToPartnerAccount"},
    {Op::AllocateReseller, "allocate reseller funds", "UpdateIndirectPartnerAccount"},
    {Op::ReclaimReseller, "reclaim reseller funds", "ReclaimIndirectPartnerAccount"},
    {Op::CouponIssue, "coupon issue", "CreatePartnerCoupons"},
    {Op::CouponReclaim, "coupon reclaim (single)", "ReclaimPartnerCoupons"},
    {Op::CouponReclaimBatch, "coupon reclaim (batch of 3)", "ReclaimPartnerCoupons"},
    {Op::QuotaIssue, "quota issue to a reseller", "UpdateCouponQuotas"},
    {Op::QuotaReclaim, "quota reclaim from a reseller", "ReclaimCouponQuotas"},
    {Op::Unbind, "unbind a customer", "SandboxUnbindCustomer"},
    {Op::AgencyAdd, "payment agency: add", "SandboxCreatePaymentAgreement"},
    {Op::AgencyVoid, "payment agency: void", "SandboxVoidPaymentAgreement"},
    {Op::MdfSubmit, "MDF claim: submit", "SandboxSubmitMdfClaim"},
};

const char *const ParentQuota = "QT0000000001";

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cell_data();
    void cell();
    void cleanupTestCase();

private:
    BatchRunner::Task task(Op op);
    QList<BatchRunner::Item> targets(Op op, int cellIndex);
    // How many times the ledger shows the item's operation applied since `marks`.
    int applied(Op op, const BatchRunner::Item &item, const QHash<QString, qint64> &marks);
    QHash<QString, qint64> marks();
    int count(const QString &sql, const QVariantList &values);
    QStringList column(const QString &sql, int limit);
    bool run(BatchRunner *runner, bool retry);

    SandboxFixture m_sbx;
    QStringList m_customers; // agency-sale customers, each used by one cell at most per operation
    QStringList m_unbindable;
    QStringList m_resellers;
    QStringList m_coupons;
    QHash<QString, QString> m_cells; // "op|fault" → what the report said
};

void TestFaultMatrix::initTestCase()
{
    QString error;
    QVERIFY2(m_sbx.start({17, 400, false}, &error), qPrintable(error));
    m_sbx.client->setTimeoutMs(800); // the timeout fault never answers
    m_customers = column(QStringLiteral("SELECT customer_id FROM customers WHERE association_type"
                                        " = '2' AND indirect_partner_id = '' ORDER BY seq"),
                         40);
    m_unbindable = column(QStringLiteral("SELECT customer_id FROM customers c WHERE"
                                         " indirect_partner_id = '' AND is_frozen = 0 AND debt ="
                                         " '0.00' AND NOT EXISTS (SELECT 1 FROM unbind_requests u"
                                         " WHERE u.customer_id = c.customer_id) ORDER BY seq DESC"),
                          std::size(Faults));
    m_coupons = column(QStringLiteral("SELECT coupon_id FROM coupons WHERE indirect_partner_id ="
                                      " '' AND status = 2 AND balance <> '0.00' ORDER BY seq"),
                       int(std::size(Faults)) * 4);
    m_resellers =
        column(QStringLiteral("SELECT indirect_partner_id FROM resellers ORDER BY 1"), 100);
    QVERIFY(!m_resellers.isEmpty());
    QCOMPARE(m_customers.size(), 40);
    QCOMPARE(m_unbindable.size(), int(std::size(Faults)));
    QCOMPARE(m_coupons.size(), int(std::size(Faults)) * 4);
}

QStringList TestFaultMatrix::column(const QString &sql, int limit)
{
    QSqlQuery q = m_sbx.store->query();
    QStringList out;
    if (q.exec(sql + QStringLiteral(" LIMIT %1").arg(limit)))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

int TestFaultMatrix::count(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = m_sbx.store->query();
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QHash<QString, qint64> TestFaultMatrix::marks()
{
    // A high-water mark for each ledger table: rows with a larger seq came after it.
    QSqlQuery q = m_sbx.store->query();
    QHash<QString, qint64> high;
    for (const char *table : {"adjust_records", "coupon_records", "quota_records", "quotas",
                              "unbind_requests", "agreements"}) {
        const QString name = QLatin1String(table);
        high.insert(name, q.exec(QStringLiteral("SELECT IFNULL(MAX(seq), 0) FROM %1").arg(name)) &&
                                  q.next()
                              ? q.value(0).toLongLong()
                              : -1);
    }
    return high;
}

BatchRunner::Task TestFaultMatrix::task(Op op)
{
    const Writer c = m_sbx.writer(1000);
    using K = FundsWrites::Kind;
    using T = FundsWrites::Target;
    CouponWrites::Issue coupon;
    coupon.quotaId = QLatin1String(ParentQuota);
    coupon.faceValue = Decimal::fromInt(5);
    switch (op) {
    case Op::AllocateCustomer:
        return BatchWrites::transfer(c, K::Allocate);
    case Op::ReclaimCustomer:
        return BatchWrites::transfer(c, K::Reclaim);
    case Op::AllocateReseller:
        return BatchWrites::transfer(c, K::Allocate, T::Reseller);
    case Op::ReclaimReseller:
        return BatchWrites::transfer(c, K::Reclaim, T::Reseller);
    case Op::CouponIssue:
        return BatchWrites::couponIssue(c, coupon);
    case Op::CouponReclaim:
    case Op::CouponReclaimBatch:
        return BatchWrites::couponReclaim(c);
    case Op::QuotaIssue:
        return BatchWrites::resellerQuotaIssue(c, QLatin1String(ParentQuota));
    case Op::QuotaReclaim:
        return BatchWrites::resellerQuotaReclaim(c);
    case Op::Unbind:
        return BatchWrites::unbind(c, QStringLiteral("客户转由其他伙伴服务"));
    case Op::AgencyAdd:
        return BatchWrites::agreementAdd(c, QStringLiteral("ENTERPRISE"));
    case Op::AgencyVoid:
        return BatchWrites::agreementVoid(c);
    case Op::MdfSubmit:
        return BatchWrites::write(c, [](const BatchRunner::Item &item) {
            return ConsoleWrites::submitMdfClaim(
                item.id, {{MdfRules::categories().first(), QStringLiteral("展会场地"),
                           *Decimal::parse(u"800.00")}});
        });
    }
    return {};
}

QList<BatchRunner::Item> TestFaultMatrix::targets(Op op, int i)
{
    auto item = [](const QString &id, const Decimal &amount) {
        BatchRunner::Item it;
        it.id = id;
        it.amount = amount;
        return it;
    };
    const QString reseller = m_resellers.at(i % m_resellers.size());
    switch (op) {
    case Op::AllocateCustomer:
        return {item(m_customers.at(i), *Decimal::parse(u"12.34"))};
    case Op::ReclaimCustomer: {
        // Money to take back first, outside the faults.
        const QString id = m_customers.at(20 + i);
        BatchRunner give(BatchWrites::transfer(m_sbx.writer(), FundsWrites::Kind::Allocate));
        give.setItems({item(id, Decimal::fromInt(20))});
        if (!run(&give, false) || give.state(0) != BatchRunner::State::Done)
            return {};
        return {item(id, *Decimal::parse(u"7.50"))};
    }
    case Op::AllocateReseller:
        return {item(reseller, *Decimal::parse(u"33.00"))};
    case Op::ReclaimReseller: {
        BatchRunner give(BatchWrites::transfer(m_sbx.writer(), FundsWrites::Kind::Allocate,
                                                   FundsWrites::Target::Reseller));
        give.setItems({item(reseller, Decimal::fromInt(50))});
        if (!run(&give, false) || give.state(0) != BatchRunner::State::Done)
            return {};
        return {item(reseller, *Decimal::parse(u"11.00"))};
    }
    case Op::CouponIssue:
        return {item(m_customers.at(i), Decimal::fromInt(5))};
    case Op::CouponReclaim:
        return {item(m_coupons.at(i), Decimal::invalid())};
    case Op::CouponReclaimBatch:
        return {item(m_coupons.at(8 + 3 * i), Decimal::invalid()),
                item(m_coupons.at(9 + 3 * i), Decimal::invalid()),
                item(m_coupons.at(10 + 3 * i), Decimal::invalid())};
    case Op::QuotaIssue:
        return {item(reseller, Decimal::fromInt(100))};
    case Op::QuotaReclaim: {
        BatchRunner issue(
            BatchWrites::resellerQuotaIssue(m_sbx.writer(), QLatin1String(ParentQuota)));
        issue.setItems({item(reseller, Decimal::fromInt(100))});
        if (!run(&issue, false) || issue.state(0) != BatchRunner::State::Done)
            return {};
        return {item(issue.item(0).result.reference, Decimal::fromInt(100))};
    }
    case Op::Unbind:
        return {item(m_unbindable.at(i), Decimal::invalid())};
    case Op::AgencyAdd:
        return {item(QStringLiteral("故障矩阵汇款方 %1").arg(i), Decimal::invalid())};
    case Op::AgencyVoid: {
        BatchRunner add(
            BatchWrites::agreementAdd(m_sbx.writer(), QStringLiteral("INDIVIDUAL")));
        add.setItems({item(QStringLiteral("待作废汇款方 %1").arg(i), Decimal::invalid())});
        if (!run(&add, false) || add.state(0) != BatchRunner::State::Done)
            return {};
        return {item(add.item(0).result.reference, Decimal::invalid())};
    }
    case Op::MdfSubmit: {
        // A claim of its own, waiting for its expenses (CLAIM_PENDING).
        const QString id = QStringLiteral("MDF-MATRIX-%1").arg(i);
        QSqlQuery q = m_sbx.store->query();
        q.prepare(QStringLiteral("INSERT INTO mdf_claims(claim_id, activity_name, status,"
                                 " approved_amount, claimed_amount, apply_time, claim_deadline,"
                                 " submit_time, review_comment) VALUES(?, '故障矩阵活动',"
                                 " 'CLAIM_PENDING', '5000.00', '', ?, ?, '', '')"));
        q.addBindValue(id);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(QDate::currentDate().addDays(30).toString(Qt::ISODate));
        if (!q.exec())
            return {};
        return {item(id, *Decimal::parse(u"800.00"))};
    }
    }
    return {};
}

int TestFaultMatrix::applied(Op op, const BatchRunner::Item &item,
                             const QHash<QString, qint64> &marks)
{
    const QString id = item.id;
    auto mark = [&marks](const char *table) { return marks.value(QLatin1String(table)); };
    switch (op) {
    case Op::AllocateCustomer:
    case Op::ReclaimCustomer:
    case Op::AllocateReseller:
    case Op::ReclaimReseller:
        return count(
            QStringLiteral("SELECT COUNT(*) FROM adjust_records WHERE customer_id = ?"
                           " AND operation_type = ? AND seq > ?"),
            {id,
             FundsWrites::operationType(op == Op::AllocateCustomer || op == Op::AllocateReseller
                                            ? FundsWrites::Kind::Allocate
                                            : FundsWrites::Kind::Reclaim),
             mark("adjust_records")});
    case Op::CouponIssue:
        return count(QStringLiteral("SELECT COUNT(*) FROM coupon_records WHERE customer_id = ?"
                                    " AND operation_type = 1 AND seq > ?"),
                     {id, mark("coupon_records")});
    case Op::CouponReclaim:
    case Op::CouponReclaimBatch:
        return count(QStringLiteral("SELECT COUNT(*) FROM coupon_records WHERE coupon_id = ? AND"
                                    " seq > ?"),
                     {id, mark("coupon_records")});
    case Op::QuotaIssue:
        return count(QStringLiteral("SELECT COUNT(*) FROM quotas WHERE indirect_partner_id = ?"
                                    " AND parent_quota_id = ? AND seq > ?"),
                     {id, QLatin1String(ParentQuota), mark("quotas")});
    case Op::QuotaReclaim:
        return count(QStringLiteral("SELECT COUNT(*) FROM quota_records WHERE quota_id = ? AND"
                                    " operation_type = 11 AND seq > ?"),
                     {id, mark("quota_records")});
    case Op::Unbind:
        return count(QStringLiteral("SELECT COUNT(*) FROM unbind_requests WHERE customer_id = ?"
                                    " AND seq > ?"),
                     {id, mark("unbind_requests")});
    case Op::AgencyAdd:
        return count(QStringLiteral("SELECT COUNT(*) FROM agreements WHERE agent = ?"), {id});
    case Op::AgencyVoid:
        return count(QStringLiteral("SELECT COUNT(*) FROM agreements WHERE agreement_id = ? AND"
                                    " status = 'VOIDED'"),
                     {id});
    case Op::MdfSubmit:
        return count(QStringLiteral("SELECT COUNT(*) FROM mdf_claims WHERE claim_id = ? AND"
                                    " status = 'CLAIM_REVIEW'"),
                     {id});
    }
    return -1;
}

bool TestFaultMatrix::run(BatchRunner *runner, bool retry)
{
    QSignalSpy done(runner, &BatchRunner::batchFinished);
    if (retry)
        runner->retryFailed();
    else
        runner->start();
    return done.wait(30000);
}

void TestFaultMatrix::cell_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<int>("fault");
    for (int o = 0; o < int(std::size(Ops)); ++o)
        for (int f = 0; f < int(std::size(Faults)); ++f)
            QTest::addRow("%s × %s", Ops[o].name, Faults[f].name) << o << f;
}

void TestFaultMatrix::cell()
{
    QFETCH(int, op);
    QFETCH(int, fault);
    const OpInfo &info = Ops[op];
    const Fault &f = Faults[fault];
    m_sbx.server->faults().clear(); // directly: a skewed clock refuses the signed control call
    const QList<BatchRunner::Item> items = targets(info.op, fault);
    QVERIFY2(!items.isEmpty(), "the cell's target could not be prepared");
    const QHash<QString, qint64> since = marks();
    const Decimal cashBefore = m_sbx.store->partnerCash();

    QString spec = QString::fromLatin1(f.spec);
    const bool onlyFirst = spec.contains(QStringLiteral("%1")); // else (skew) every request
    spec.replace(QStringLiteral("%1"), QLatin1String(info.write));
    QVERIFY(m_sbx.setFaults(spec));
    BatchRunner runner(task(info.op));
    runner.setConcurrency(1); // the first write is the one the fault hits
    runner.setItems(items);
    QVERIFY(run(&runner, false));
    m_sbx.server->faults().clear(); // directly: a skewed clock refuses the signed control call

    // The report and the ledger agree, item by item.
    QString said;
    for (int r = 0; r < runner.rowCount(); ++r) {
        const BatchRunner::Item &it = runner.item(r);
        const BatchRunner::State state = runner.state(r);
        const int times = applied(info.op, it, since);
        const QString message = runner.data(runner.index(r, BatchRunner::Message)).toString();
        QVERIFY2(times == 0 || times == 1,
                 qPrintable(QStringLiteral("applied %1 times").arg(times)));
        QVERIFY2(state == BatchRunner::State::Done || state == BatchRunner::State::Failed,
                 qPrintable(QStringLiteral("%1: %2").arg(BatchRunner::stateLabel(state), message)));
        QCOMPARE(times, state == BatchRunner::State::Done ? 1 : 0);
        if (state == BatchRunner::State::Failed) {
            QVERIFY(!message.isEmpty());          // the user is told why
            if (it.result.error.outcomeUnknown()) // checked, and says so
                QVERIFY(message.contains(QStringLiteral("did not happen")));
        }
        if (r == 0) {
            said =
                state == BatchRunner::State::Done
                    ? (it.result.confirmed ? QStringLiteral("done, confirmed from the records")
                                           : QStringLiteral("done"))
                    : (it.result.error.outcomeUnknown()
                           ? QStringLiteral("failed, records show not applied")
                           : QStringLiteral("failed (%1)")
                                 .arg(it.result.error.code().isEmpty() ? f.name
                                                                       : it.result.error.code()));
        } else if (onlyFirst) {
            QCOMPARE(state, BatchRunner::State::Done); // only the first write was faulted
        }
    }
    // The fault decides what really happens to the first write; the report must say so.
    QCOMPARE(runner.state(0) == BatchRunner::State::Done, QByteArray(f.expected) == "done");
    // Money: the partner's own cash moved by exactly what the report says moved.
    if (info.op == Op::AllocateCustomer || info.op == Op::ReclaimCustomer) {
        const Decimal moved = runner.state(0) == BatchRunner::State::Done
                                  ? items.first().amount
                                  : Decimal::fromMantissa(0, 2);
        QCOMPARE(m_sbx.store->partnerCash(),
                 info.op == Op::AllocateCustomer ? cashBefore - moved : cashBefore + moved);
    }
    // "Safe to try again" is true: with the fault gone, each failed item happens exactly once.
    if (runner.count(BatchRunner::State::Failed) > 0) {
        QVERIFY(run(&runner, true));
        for (int r = 0; r < runner.rowCount(); ++r) {
            QVERIFY2(runner.state(r) == BatchRunner::State::Done,
                     qPrintable(runner.data(runner.index(r, BatchRunner::Message)).toString()));
            QCOMPARE(applied(info.op, runner.item(r), since), 1);
        }
        said += QStringLiteral("; retried: done once");
    }
    m_cells.insert(QString::fromLatin1(info.name) + u'|' + QString::fromLatin1(f.name), said);
}

void TestFaultMatrix::cleanupTestCase()
{
    QString table = QStringLiteral("| operation |");
    QString rule = QStringLiteral("|---|");
    for (const Fault &f : Faults) {
        table += u' ' + QString::fromLatin1(f.name) + QStringLiteral(" |");
        rule += QStringLiteral("---|");
    }
    table += u'\n' + rule + u'\n';
    for (const OpInfo &o : Ops) {
        table += QStringLiteral("| ") + QString::fromLatin1(o.name) + QStringLiteral(" |");
        for (const Fault &f : Faults)
            table += u' ' +
                     m_cells.value(QString::fromLatin1(o.name) + u'|' + QString::fromLatin1(f.name),
                                   QStringLiteral("**not run**")) +
                     QStringLiteral(" |");
        table += u'\n';
    }
    qInfo().noquote() << '\n' + table;
    const QString out = qEnvironmentVariable("PC_FAULT_MATRIX_OUT");
    if (!out.isEmpty()) {
        QFile file(out);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(table.toUtf8());
    }
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
