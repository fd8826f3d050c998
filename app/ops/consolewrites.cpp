#include "ops/consolewrites.h"

#include "bss/jsonbody.h"
#include "bss/operations.h"
#include "core/statuslabels.h"
#include "ops/writespecs.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConsoleWrites", text);
}

ApiRequest named(const char *operation)
{
    QString ignored;
    return Operations::byName(QString::fromLatin1(operation), &ignored);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A sandbox list read page by page; `query` narrows it (these lists have no time filter: the
// engine checks each record's time itself).
std::function<ApiRequest(const QDateTime &, int, int)>
listOf(const char *operation, const QList<QPair<QByteArray, QString>> &query)
{
    return [operation, query](const QDateTime &, int offset, int limit) {
        ApiRequest r = named(operation);
        for (const auto &q : query)
            r.addQuery(q.first, q.second);
        r.addQuery("offset", QString::number(offset));
        r.addQuery("limit", QString::number(limit));
        return r;
    };
}

QString keyed(const char *prefix, const QString &id)
{
    return id.isEmpty() ? QString() : QLatin1String(prefix) + id;
}

} // namespace

WriteSpec ConsoleWrites::unbind(const QString &customerId, const QString &indirectPartnerId,
                                const QString &reason)
{
    WriteSpec s;
    const QString why = reason.trimmed();
    s.invalid = Operations::checkId(QStringLiteral("customer_id"), customerId, 64, true);
    if (s.invalid.isEmpty() && (why.isEmpty() || why.size() > 200))
        s.invalid = tr("Give a reason for unbinding (1 to 200 characters).");
    s.write = named("SandboxUnbindCustomer");
    JsonBody b;
    b.add("customer_id", customerId)
        .add("reason", why)
        .addIfSet("indirect_partner_id", indirectPartnerId);
    s.write.body = b.bytes();
    s.operation = s.write.operation;
    s.action = QStringLiteral("unbind");
    s.target = customerId;
    s.matchKey = QStringList{s.operation, customerId}.join(u'|');
    s.params = {{QStringLiteral("operation"), s.operation},
                {QStringLiteral("customer_id"), customerId},
                {QStringLiteral("indirect_partner_id"), indirectPartnerId},
                {QStringLiteral("reason"), why}};
    s.evidence = listOf("SandboxListUnbindRequests", {{"customer_id", customerId}});
    s.records = WriteSpecs::list(QStringLiteral("requests"),
                                 [customerId](const QJsonObject &r) -> std::optional<EvidenceRecord> {
                                     if (str(r, "customer_id") != customerId)
                                         return std::nullopt;
                                     return EvidenceRecord{
                                         keyed("unbind:", str(r, "request_id")),
                                         WriteSpecs::time(r.value(QLatin1String("create_time"))),
                                         str(r, "request_id")};
                                 });
    s.fromAnswer = [](const QJsonObject &answer) {
        const QString id = str(answer, "request_id");
        return EvidenceRecord{keyed("unbind:", id), QDateTime(), id};
    };
    return s;
}

WriteSpec ConsoleWrites::addAgreement(const QString &remitter, const QString &remitterType)
{
    WriteSpec s;
    const QString name = remitter.trimmed();
    const QString type = remitterType.toUpper();
    if (name.isEmpty() || name.size() > 100)
        s.invalid = tr("Enter the other remitter's account name (1 to 100 characters).");
    else if (type != u"ENTERPRISE" && type != u"INDIVIDUAL")
        s.invalid = tr("The remitter is an enterprise or an individual.");
    s.write = named("SandboxCreatePaymentAgreement");
    JsonBody b;
    b.add("remitter_name", name).add("remitter_type", type);
    s.write.body = b.bytes();
    s.operation = s.write.operation;
    s.action = QStringLiteral("agency-add");
    s.target = name;
    s.matchKey = QStringList{s.operation, name, type}.join(u'|');
    s.params = {{QStringLiteral("operation"), s.operation},
                {QStringLiteral("remitter_name"), name},
                {QStringLiteral("remitter_type"), type}};
    s.evidence = listOf("SandboxListPaymentAgreements", {});
    s.records = WriteSpecs::list(QStringLiteral("agreements"),
                                 [name](const QJsonObject &r) -> std::optional<EvidenceRecord> {
                                     if (str(r, "agent") != name)
                                         return std::nullopt;
                                     return EvidenceRecord{
                                         keyed("agreement:", str(r, "agreement_id")),
                                         WriteSpecs::time(r.value(QLatin1String("create_time"))),
                                         str(r, "agreement_id")};
                                 });
    s.fromAnswer = [](const QJsonObject &answer) {
        const QString id = str(answer, "agreement_id");
        return EvidenceRecord{keyed("agreement:", id), QDateTime(), id};
    };
    return s;
}

WriteSpec ConsoleWrites::voidAgreement(const QString &agreementId)
{
    WriteSpec s;
    s.invalid = Operations::checkId(QStringLiteral("agreement_id"), agreementId, 64, true);
    s.write = named("SandboxVoidPaymentAgreement");
    JsonBody b;
    b.add("agreement_id", agreementId);
    s.write.body = b.bytes();
    s.operation = s.write.operation;
    s.action = QStringLiteral("agency-void");
    s.target = agreementId;
    s.matchKey = QStringList{s.operation, agreementId}.join(u'|');
    s.params = {{QStringLiteral("operation"), s.operation},
                {QStringLiteral("agreement_id"), agreementId}};
    ApiRequest read = named("SandboxListPaymentAgreements");
    read.addQuery("offset", QStringLiteral("0"));
    read.addQuery("limit", QStringLiteral("100"));
    s.precheck = read;
    s.skip = [agreementId](const QJsonObject &answer, Decimal *) -> QString {
        for (const QJsonValue &v : answer.value(QLatin1String("agreements")).toArray()) {
            const QJsonObject a = v.toObject();
            if (str(a, "agreement_id") == agreementId)
                return str(a, "status") == u"EFFECTIVE"
                           ? QString()
                           : StatusLabels::agreementStatus(str(a, "status"));
        }
        return QString(); // not on the first page: the server decides
    };
    s.evidence = listOf("SandboxListPaymentAgreements", {});
    s.records = WriteSpecs::list(
        QStringLiteral("agreements"), [agreementId](const QJsonObject &r) -> std::optional<EvidenceRecord> {
            if (str(r, "agreement_id") != agreementId || str(r, "status") != u"VOIDED")
                return std::nullopt;
            // An agreement is voided once: its voiding is this write's or nobody's.
            return EvidenceRecord{keyed("agreement-void:", agreementId),
                                  WriteSpecs::time(r.value(QLatin1String("void_time"))),
                                  agreementId};
        });
    s.fromAnswer = [agreementId](const QJsonObject &answer) {
        const bool ours = str(answer, "agreement_id") == agreementId;
        return EvidenceRecord{ours ? keyed("agreement-void:", agreementId) : QString(),
                              QDateTime(), agreementId};
    };
    return s;
}

WriteSpec ConsoleWrites::submitMdfClaim(const QString &claimId, const QList<ExpenseLine> &lines)
{
    WriteSpec s;
    s.invalid = Operations::checkId(QStringLiteral("claim_id"), claimId, 64, true);
    s.write = named("SandboxSubmitMdfClaim");
    QList<JsonBody> expense;
    QJsonArray saved;
    Decimal total = Decimal::fromMantissa(0, 2);
    for (const ExpenseLine &l : lines) {
        JsonBody line;
        line.add("category", l.category).add("description", l.description).add("amount", l.amount);
        expense.append(line);
        saved.append(QJsonObject{{QStringLiteral("category"), l.category},
                                 {QStringLiteral("description"), l.description},
                                 {QStringLiteral("amount"), l.amount.toString()}});
        total += l.amount;
    }
    JsonBody b;
    b.add("claim_id", claimId).add("expense_lines", expense);
    s.write.body = b.bytes();
    s.operation = s.write.operation;
    s.action = QStringLiteral("mdf-claim");
    s.target = claimId;
    s.amount = total;
    s.matchKey = QStringList{s.operation, claimId}.join(u'|');
    s.params = {{QStringLiteral("operation"), s.operation},
                {QStringLiteral("claim_id"), claimId},
                {QStringLiteral("expense_lines"), saved}};
    s.evidence = listOf("SandboxListMdfClaims", {});
    s.records = WriteSpecs::list(
        QStringLiteral("claims"), [claimId](const QJsonObject &r) -> std::optional<EvidenceRecord> {
            const QString submitted = str(r, "submit_time");
            if (str(r, "claim_id") != claimId || submitted.isEmpty())
                return std::nullopt;
            // Each submission stamps the claim anew: the stamp is the record.
            return EvidenceRecord{QStringLiteral("mdf-submit:%1:%2").arg(claimId, submitted),
                                  WriteSpecs::time(r.value(QLatin1String("submit_time"))),
                                  claimId};
        });
    s.fromAnswer = [claimId](const QJsonObject &answer) {
        const QString submitted = str(answer, "submit_time");
        const bool ours = str(answer, "claim_id") == claimId && !submitted.isEmpty();
        return EvidenceRecord{ours ? QStringLiteral("mdf-submit:%1:%2").arg(claimId, submitted)
                                   : QString(),
                              QDateTime(), claimId};
    };
    return s;
}

std::optional<WriteSpec> ConsoleWrites::rebuild(const QJsonObject &p)
{
    const QString op = str(p, "operation");
    if (op == u"SandboxUnbindCustomer")
        return unbind(str(p, "customer_id"), str(p, "indirect_partner_id"), str(p, "reason"));
    if (op == u"SandboxCreatePaymentAgreement")
        return addAgreement(str(p, "remitter_name"), str(p, "remitter_type"));
    if (op == u"SandboxVoidPaymentAgreement")
        return voidAgreement(str(p, "agreement_id"));
    if (op == u"SandboxSubmitMdfClaim") {
        QList<ExpenseLine> lines;
        for (const QJsonValue &v : p.value(QLatin1String("expense_lines")).toArray()) {
            const QJsonObject o = v.toObject();
            lines.append({str(o, "category"), str(o, "description"),
                          Decimal::parse(str(o, "amount")).value_or(Decimal::invalid())});
        }
        return submitMdfClaim(str(p, "claim_id"), lines);
    }
    return std::nullopt;
}
