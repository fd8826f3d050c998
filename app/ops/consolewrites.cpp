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

} // namespace

WriteSpec ConsoleWrites::unbind(const QString &customerId, const QString &indirectPartnerId,
                                const QString &reason)
{
    WriteSpec s;
    const QString why = reason.trimmed();
    s.invalid = Operations::checkId(QStringLiteral("customer_id"), customerId, 64, true);
    if (s.invalid.isEmpty() && (why.isEmpty() || why.size() > 200))
        s.invalid = tr("Give a reason for unbinding (1 to 200 characters).");
    JsonBody b;
    b.add("customer_id", customerId)
        .add("reason", why)
        .addIfSet("indirect_partner_id", indirectPartnerId);
    WriteSpecs::describe(&s, "SandboxUnbindCustomer", b, "unbind", customerId, Decimal::invalid(),
                         {customerId},
                         {{QStringLiteral("customer_id"), customerId},
                          {QStringLiteral("indirect_partner_id"), indirectPartnerId},
                          {QStringLiteral("reason"), why}});
    s.evidence =
        WriteSpecs::listRead("SandboxListUnbindRequests", {{"customer_id", customerId}}, false);
    s.records =
        WriteSpecs::list(QStringLiteral("requests"),
                         [customerId](const QJsonObject &r) -> std::optional<EvidenceRecord> {
                             if (WriteSpecs::str(r, "customer_id") != customerId)
                                 return std::nullopt;
                             return WriteSpecs::record(r, "unbind:", "request_id", "create_time");
                         });
    s.fromAnswer = WriteSpecs::answerNames("unbind:", "request_id");
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
    JsonBody b;
    b.add("remitter_name", name).add("remitter_type", type);
    WriteSpecs::describe(
        &s, "SandboxCreatePaymentAgreement", b, "agency-add", name, Decimal::invalid(),
        {name, type},
        {{QStringLiteral("remitter_name"), name}, {QStringLiteral("remitter_type"), type}});
    s.evidence = WriteSpecs::listRead("SandboxListPaymentAgreements", {}, false);
    s.records = WriteSpecs::list(QStringLiteral("agreements"),
                                 [name](const QJsonObject &r) -> std::optional<EvidenceRecord> {
                                     if (WriteSpecs::str(r, "agent") != name)
                                         return std::nullopt;
                                     return WriteSpecs::record(r, "agreement:", "agreement_id",
                                                               "create_time");
                                 });
    s.fromAnswer = WriteSpecs::answerNames("agreement:", "agreement_id");
    return s;
}

WriteSpec ConsoleWrites::voidAgreement(const QString &agreementId)
{
    WriteSpec s;
    s.invalid = Operations::checkId(QStringLiteral("agreement_id"), agreementId, 64, true);
    JsonBody b;
    b.add("agreement_id", agreementId);
    WriteSpecs::describe(&s, "SandboxVoidPaymentAgreement", b, "agency-void", agreementId,
                         Decimal::invalid(), {agreementId},
                         {{QStringLiteral("agreement_id"), agreementId}});
    ApiRequest read = WriteSpecs::named("SandboxListPaymentAgreements");
    read.addQuery("offset", QStringLiteral("0"));
    read.addQuery("limit", QStringLiteral("100"));
    s.precheck = read;
    s.skip = [agreementId](const QJsonObject &answer, Decimal *) -> QString {
        for (const QJsonValue &v : answer.value(QLatin1String("agreements")).toArray()) {
            const QJsonObject a = v.toObject();
            if (WriteSpecs::str(a, "agreement_id") == agreementId)
                return WriteSpecs::str(a, "status") == u"EFFECTIVE"
                           ? QString()
                           : StatusLabels::agreementStatus(WriteSpecs::str(a, "status"));
        }
        return QString(); // not on the first page: the server decides
    };
    s.evidence = WriteSpecs::listRead("SandboxListPaymentAgreements", {}, false);
    s.records = WriteSpecs::list(
        QStringLiteral("agreements"),
        [agreementId](const QJsonObject &r) -> std::optional<EvidenceRecord> {
            if (WriteSpecs::str(r, "agreement_id") != agreementId ||
                WriteSpecs::str(r, "status") != u"VOIDED")
                return std::nullopt;
            // An agreement is voided once: its voiding is this write's or nobody's.
            return EvidenceRecord{WriteSpecs::keyed("agreement-void:", agreementId),
                                  WriteSpecs::time(r.value(QLatin1String("void_time"))),
                                  agreementId};
        });
    s.fromAnswer = [agreementId](const QJsonObject &answer) {
        const bool ours = WriteSpecs::str(answer, "agreement_id") == agreementId;
        return EvidenceRecord{ours ? WriteSpecs::keyed("agreement-void:", agreementId) : QString(),
                              QDateTime(), agreementId};
    };
    return s;
}

WriteSpec ConsoleWrites::submitMdfClaim(const QString &claimId, const QList<ExpenseLine> &lines)
{
    WriteSpec s;
    s.invalid = Operations::checkId(QStringLiteral("claim_id"), claimId, 64, true);
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
    WriteSpecs::describe(
        &s, "SandboxSubmitMdfClaim", b, "mdf-claim", claimId, total, {claimId},
        {{QStringLiteral("claim_id"), claimId}, {QStringLiteral("expense_lines"), saved}});
    s.evidence = WriteSpecs::listRead("SandboxListMdfClaims", {}, false);
    s.records = WriteSpecs::list(
        QStringLiteral("claims"), [claimId](const QJsonObject &r) -> std::optional<EvidenceRecord> {
            const QString submitted = WriteSpecs::str(r, "submit_time");
            if (WriteSpecs::str(r, "claim_id") != claimId || submitted.isEmpty())
                return std::nullopt;
            // Each submission stamps the claim anew: the stamp is the record.
            return EvidenceRecord{QStringLiteral("mdf-submit:%1:%2").arg(claimId, submitted),
                                  WriteSpecs::time(r.value(QLatin1String("submit_time"))), claimId};
        });
    s.fromAnswer = [claimId](const QJsonObject &answer) {
        const QString submitted = WriteSpecs::str(answer, "submit_time");
        const bool ours = WriteSpecs::str(answer, "claim_id") == claimId && !submitted.isEmpty();
        return EvidenceRecord{ours ? QStringLiteral("mdf-submit:%1:%2").arg(claimId, submitted)
                                   : QString(),
                              QDateTime(), claimId};
    };
    return s;
}

std::optional<WriteSpec> ConsoleWrites::rebuild(const QJsonObject &p)
{
    const QString op = WriteSpecs::str(p, "operation");
    if (op == u"SandboxUnbindCustomer")
        return unbind(WriteSpecs::str(p, "customer_id"), WriteSpecs::str(p, "indirect_partner_id"),
                      WriteSpecs::str(p, "reason"));
    if (op == u"SandboxCreatePaymentAgreement")
        return addAgreement(WriteSpecs::str(p, "remitter_name"),
                            WriteSpecs::str(p, "remitter_type"));
    if (op == u"SandboxVoidPaymentAgreement")
        return voidAgreement(WriteSpecs::str(p, "agreement_id"));
    if (op == u"SandboxSubmitMdfClaim") {
        QList<ExpenseLine> lines;
        for (const QJsonValue &v : p.value(QLatin1String("expense_lines")).toArray()) {
            const QJsonObject o = v.toObject();
            lines.append(
                {WriteSpecs::str(o, "category"), WriteSpecs::str(o, "description"),
                 Decimal::parse(WriteSpecs::str(o, "amount")).value_or(Decimal::invalid())});
        }
        return submitMdfClaim(WriteSpecs::str(p, "claim_id"), lines);
    }
    return std::nullopt;
}
