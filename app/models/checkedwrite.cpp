#include "models/checkedwrite.h"

#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/jsonbody.h"
#include "bss/operations.h"

#include <QJsonArray>

namespace {

constexpr int PageSize = 100;
constexpr int MaxPages = 50; // 5,000 records: far more unbind requests or agreements than exist

ApiRequest sandboxWrite(const char *operation, const JsonBody &body)
{
    QString ignored;
    ApiRequest r = Operations::byName(QString::fromLatin1(operation), &ignored);
    r.body = body.bytes();
    return r;
}

ApiRequest sandboxRead(const char *operation)
{
    QString ignored;
    return Operations::byName(QString::fromLatin1(operation), &ignored);
}

// The one id in `after` that is not in `before` (a record the write made); empty when there is
// none; nothing when there are several (someone else wrote too: this cannot tell).
std::optional<QString> added(const CheckedWrite::Snapshot &before,
                             const CheckedWrite::Snapshot &after)
{
    QString id;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.contains(it.key()))
            continue;
        if (!id.isEmpty())
            return std::nullopt;
        id = it.key();
    }
    return id;
}

} // namespace

CheckedWrite::CheckedWrite(BssClient *client, const ApiRequest &write, const QString &invalid,
                           const Check &check, const QString &referenceKey, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_write(write)
    , m_invalid(invalid)
    , m_check(check)
    , m_referenceKey(referenceKey)
{}

CheckedWrite *CheckedWrite::unbind(BssClient *client, const QString &customerId,
                                   const QString &indirectPartnerId, const QString &reason,
                                   QObject *parent)
{
    QString invalid = Operations::checkId(QStringLiteral("customer_id"), customerId, 64, true);
    const QString why = reason.trimmed();
    if (invalid.isEmpty() && (why.isEmpty() || why.size() > 200))
        invalid = tr("Give a reason for unbinding (1 to 200 characters).");
    JsonBody b;
    b.add("customer_id", customerId)
        .add("reason", why)
        .addIfSet("indirect_partner_id", indirectPartnerId);
    Check check;
    check.read = sandboxRead("SandboxListUnbindRequests");
    check.read.addQuery("customer_id", customerId);
    check.read.addQuery("status", QStringLiteral("SUBMITTED"));
    check.listKey = QStringLiteral("requests");
    check.idKey = QStringLiteral("request_id");
    check.stateKey = QStringLiteral("status");
    check.applied = added;
    return new CheckedWrite(client, sandboxWrite("SandboxUnbindCustomer", b), invalid, check,
                            QStringLiteral("request_id"), parent);
}

CheckedWrite *CheckedWrite::addAgreement(BssClient *client, const QString &remitter,
                                         const QString &remitterType, QObject *parent)
{
    const QString name = remitter.trimmed();
    const QString type = remitterType.toUpper();
    QString invalid;
    if (name.isEmpty() || name.size() > 100)
        invalid = tr("Enter the other remitter's account name (1 to 100 characters).");
    else if (type != u"ENTERPRISE" && type != u"INDIVIDUAL")
        invalid = tr("The remitter is an enterprise or an individual.");
    JsonBody b;
    b.add("remitter_name", name).add("remitter_type", type);
    Check check;
    check.read = sandboxRead("SandboxListPaymentAgreements");
    check.read.addQuery("status", QStringLiteral("EFFECTIVE"));
    check.listKey = QStringLiteral("agreements");
    check.idKey = QStringLiteral("agreement_id");
    check.stateKey = QStringLiteral("status");
    check.matchKey = QStringLiteral("agent");
    check.matchValue = name;
    check.applied = added;
    return new CheckedWrite(client, sandboxWrite("SandboxCreatePaymentAgreement", b), invalid,
                            check, QStringLiteral("agreement_id"), parent);
}

CheckedWrite *CheckedWrite::voidAgreement(BssClient *client, const QString &agreementId,
                                          QObject *parent)
{
    JsonBody b;
    b.add("agreement_id", agreementId);
    Check check;
    check.read = sandboxRead("SandboxListPaymentAgreements");
    check.listKey = QStringLiteral("agreements");
    check.idKey = QStringLiteral("agreement_id");
    check.stateKey = QStringLiteral("status");
    check.matchKey = QStringLiteral("agreement_id");
    check.matchValue = agreementId;
    check.applied = [agreementId](const Snapshot &before,
                                  const Snapshot &after) -> std::optional<QString> {
        if (!after.contains(agreementId))
            return std::nullopt; // gone from the list: it cannot tell
        const bool now = after.value(agreementId) == u"VOIDED";
        return now && before.value(agreementId) != u"VOIDED" ? agreementId : QString();
    };
    return new CheckedWrite(
        client, sandboxWrite("SandboxVoidPaymentAgreement", b),
        Operations::checkId(QStringLiteral("agreement_id"), agreementId, 64, true), check,
        QStringLiteral("agreement_id"), parent);
}

void CheckedWrite::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_invalid.isEmpty()) { // bad input: nothing is sent
        finish(Outcome::Failed, BssError::invalidRequest(m_invalid));
        return;
    }
    read(0, Snapshot(), [this](const Snapshot &before, const BssError &error) {
        if (error.isError()) { // without the list before, a lost answer could not be checked
            finish(Outcome::Failed, error);
            return;
        }
        m_before = before;
        send();
    });
}

void CheckedWrite::read(int offset, Snapshot partial,
                        std::function<void(const Snapshot &, const BssError &)> done)
{
    ApiRequest r = m_check.read;
    r.addQuery("offset", QString::number(offset));
    r.addQuery("limit", QString::number(PageSize));
    BssJob *job = m_client->call(r);
    connect(job, &BssJob::finished, this, [this, job, offset, partial, done]() mutable {
        if (job->error().isError()) {
            done(Snapshot(), job->error());
            return;
        }
        const QJsonValue list = job->json().value(m_check.listKey);
        const QJsonValue total = job->json().value(QLatin1String("total_count"));
        if (!list.isArray() || !total.isDouble()) {
            done(Snapshot(),
                 BssError(BssError::Kind::MalformedResponse, QString(),
                          tr("The list has no %1 or total_count.").arg(m_check.listKey)));
            return;
        }
        const QJsonArray items = list.toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            if (!m_check.matchKey.isEmpty() &&
                o.value(m_check.matchKey).toString() != m_check.matchValue)
                continue;
            partial.insert(o.value(m_check.idKey).toString(), o.value(m_check.stateKey).toString());
        }
        const int next = offset + int(items.size());
        if (items.isEmpty() || next >= total.toInt() || next >= PageSize * MaxPages) {
            done(partial, BssError());
            return;
        }
        read(next, partial, done);
    });
}

void CheckedWrite::send()
{
    BssJob *job = m_client->call(m_write);
    connect(job, &BssJob::finished, this, [this, job] {
        const BssError error = job->error();
        if (!error.isError()) {
            m_result.reference = job->json().value(m_referenceKey).toString();
            finish(Outcome::Done);
            return;
        }
        if (!error.outcomeUnknown()) {
            finish(Outcome::Failed, error);
            return;
        }
        emit checking(); // it may or may not have happened: the list tells
        read(0, Snapshot(), [this, error](const Snapshot &after, const BssError &readError) {
            if (readError.isError()) {
                finish(Outcome::Unknown, error);
                return;
            }
            const std::optional<QString> reference = m_check.applied(m_before, after);
            if (!reference) {
                finish(Outcome::Unknown, error); // someone else changed the list meanwhile
                return;
            }
            m_result.confirmed = true;
            if (!reference->isEmpty()) {
                m_result.reference = *reference;
                finish(Outcome::Done);
            } else {
                finish(Outcome::Failed, error); // not applied: safe to try again
            }
        });
    });
}

void CheckedWrite::finish(Outcome outcome, const BssError &error)
{
    m_running = false;
    m_result.outcome = outcome;
    m_result.error = error;
    emit finished(m_result);
}
