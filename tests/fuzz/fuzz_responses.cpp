// libFuzzer target: every decoder of a BSS answer. The bytes are the body of a reply: the error
// decoder reads it for every HTTP status, and when it is a JSON object every typed decoder reads
// it (customers, balances, coupons, adjust records, transaction and domain ids, price quotes, the
// pager's total, bill sums, quotas, settlement details, reseller labels), and so do the response
// cache's masking and the CLI's json/table/csv output. Invariants: a decoder either returns a value
// or says why not; decoded amounts are valid; the masked copy never grows a secret back.
#include "bss/bsserror.h"
#include "bss/httpdate.h"
#include "bss/pager.h"
#include "bss/priceinquiry.h"
#include "bss/responsecache.h"
#include "bss/responses.h"
#include "cli/outputwriter.h"
#include "models/settlementline.h"
#include "ops/resellerdirectory.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

namespace {

template<typename T> void expectOneOf(const std::optional<T> &value, const QString &problem)
{
    if (!value && problem.isEmpty())
        std::abort(); // refused without saying why
}

void decodeObject(const QJsonObject &json)
{
    QString p;
    const auto customers = Responses::customers(json, &p);
    expectOneOf(customers, p);
    p.clear();
    expectOneOf(Responses::partnerBalances(json, &p), p);
    p.clear();
    expectOneOf(Responses::customerBalances(json, &p), p);
    p.clear();
    expectOneOf(Responses::unbindCheck(json, &p), p);
    p.clear();
    if (const auto coupons = Responses::issuedCoupons(json, &p)) {
        for (const auto &c : coupons->items)
            if (!c.faceValue.isValid() || !c.balance.isValid())
                std::abort();
    } else if (p.isEmpty()) {
        std::abort();
    }
    p.clear();
    if (const auto records = Responses::adjustRecords(json, &p)) {
        for (const auto &r : records->items)
            if (!r.amount.isValid())
                std::abort();
    } else if (p.isEmpty()) {
        std::abort();
    }
    p.clear();
    expectOneOf(Responses::transactionId(json, &p), p);
    p.clear();
    expectOneOf(Responses::domainId(json, &p), p);
    p.clear();
    expectOneOf(Responses::customer(json, &p), p);
    p.clear();
    expectOneOf(PriceInquiry::onDemandQuote(json, &p), p);
    p.clear();
    expectOneOf(PriceInquiry::periodQuote(json, &p), p);
    p.clear();
    expectOneOf(PriceInquiry::renewalQuote(json, &p), p);
    (void)Pager::totalOf(json);
    (void)BssError::detailsOf(json);
    p.clear();
    if (const auto sums = Responses::billSums(json, &p)) {
        for (const auto &b : sums->items) {
            if (!b.amount.isValid() || !b.debt.isValid() || !b.discount.isValid())
                std::abort();
            for (const auto &paid : b.paidBy)
                if (!paid.second.isValid())
                    std::abort();
        }
    } else if (p.isEmpty()) {
        std::abort();
    }
    p.clear();
    if (const auto quotas = Responses::couponQuotas(json, &p)) {
        for (const auto &q : quotas->items)
            if (!q.value.isValid())
                std::abort();
    } else if (p.isEmpty()) {
        std::abort();
    }
    p.clear();
    if (const auto detail = Responses::settlementDetail(json, &p)) {
        for (const auto &item : detail->items) {
            if (!item.amount.isValid())
                std::abort();
            (void)SettlementLine::fromItem(*detail, item);
        }
    } else if (p.isEmpty()) {
        std::abort();
    }
    (void)ResellerDirectory::label(json);
    const QJsonObject masked = ResponseCache::masked(json);
    if (ResponseCache::masked(masked) != masked)
        std::abort(); // masking what is masked changes nothing
    for (const char *format : {"json", "table", "csv"}) {
        (void)OutputWriter::render(json, QLatin1String(format), false);
        (void)OutputWriter::render(json, QLatin1String(format), true);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const int statuses[] = {200, 201, 204, 400, 401, 403, 404, 429, 500, 502, 503};
    const int status = statuses[data[0] % std::size(statuses)];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const BssError e = BssError::fromHttp(status, body);
    (void)e.userMessage();
    (void)e.diagnosticText();
    (void)HttpDate::retryAfterSeconds(body.left(64), QDateTime::currentDateTimeUtc());
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        decodeObject(doc.object());
    return 0;
}
