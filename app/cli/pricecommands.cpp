// `partnerdesk-cli price on-demand|period` (询价): product lines from --line TYPE:SPEC[:SIZE][*N],
// the rules checked before sending, the quote as JSON with exact decimal strings.
#include "bss/bssclient.h"
#include "bss/bssjob.h"
#include "bss/priceinquiry.h"
#include "cli/cli.h"
#include "cli/outputwriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

// "ecs:s6.small.1.linux*2", "evs:SAS:40", "bw:19_bgp:5", "eip:5_bgp"
std::optional<PriceInquiry::Line> parseLine(const QString &text, int n, QString *problem)
{
    QString spec = text.trimmed();
    PriceInquiry::Line line;
    line.id = QString::number(n);
    const int star = spec.lastIndexOf(u'*');
    if (star > 0) {
        bool ok = false;
        line.quantity = spec.mid(star + 1).toInt(&ok);
        if (!ok) {
            *problem = Cli::tr("Line %1: the quantity after * must be a whole number.").arg(n);
            return std::nullopt;
        }
        spec.truncate(star);
    }
    const QStringList parts = spec.split(u':');
    const auto product = PriceInquiry::productFromName(parts.value(0));
    if (!product || parts.size() < 2 || parts.size() > 3) {
        *problem = Cli::tr("Line %1: write TYPE:SPEC[:SIZE][*N] with TYPE ecs, evs, bw or eip, "
                           "e.g. evs:SAS:40.")
                       .arg(n);
        return std::nullopt;
    }
    line.product = *product;
    line.spec = parts.at(1);
    if (parts.size() == 3) {
        bool ok = false;
        line.size = parts.at(2).toInt(&ok);
        if (!ok) {
            *problem = Cli::tr("Line %1: the size must be a whole number.").arg(n);
            return std::nullopt;
        }
    }
    return line;
}

QJsonObject quoteJson(const PriceInquiry::Quote &q, const QList<PriceInquiry::Line> &lines)
{
    auto money = [](const Decimal &d) {
        return d.normalized().withScale(std::max(2, d.normalized().scale())).toString();
    };
    QJsonArray out;
    for (const PriceInquiry::LineResult &r : q.lines) {
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("product_id"), r.productId},
                      {QStringLiteral("official_website_amount"), money(r.official)},
                      {QStringLiteral("discount_amount"), money(r.discount)},
                      {QStringLiteral("amount"), money(r.amount)}};
        for (const PriceInquiry::Line &l : lines) {
            if (l.id == r.id) {
                o.insert(QStringLiteral("resource_spec"), l.spec);
                o.insert(QStringLiteral("quantity"), l.quantity);
                if (l.size > 0)
                    o.insert(QStringLiteral("resource_size"), l.size);
            }
        }
        out.append(o);
    }
    QJsonObject json{{QStringLiteral("currency"), q.currency},
                     {QStringLiteral("official_website_amount"), money(q.official)},
                     {QStringLiteral("discount_amount"), money(q.discount)},
                     {QStringLiteral("amount"), money(q.amount)},
                     {QStringLiteral("discount_name"), q.discountName},
                     {QStringLiteral("lines"), out}};
    if (!q.failed.isEmpty()) {
        QJsonArray failed;
        for (const PriceInquiry::Failure &f : q.failed)
            failed.append(QJsonObject{{QStringLiteral("resource_id"), f.id},
                                      {QStringLiteral("error_code"), f.code},
                                      {QStringLiteral("error_msg"), f.message}});
        json.insert(QStringLiteral("fail_resource_infos"), failed);
    }
    return json;
}

} // namespace

void Cli::runPrice()
{
    const QString action = m_options.positional.value(0);
    if (action != u"on-demand" && action != u"period" && action != u"renew") {
        finish(2, tr("Use: partnerdesk-cli price on-demand|period --project ID --region R "
                     "--line TYPE:SPEC[:SIZE][*N] …, or price renew --resource ID … "
                     "--months N|--years N"));
        return;
    }
    PriceInquiry::Request request;
    request.projectId = m_options.values.value(QStringLiteral("project"));
    request.region = m_options.values.value(QStringLiteral("region"));
    QString problem;
    const QStringList texts = m_options.all(QStringLiteral("line"));
    for (int i = 0; i < texts.size() && problem.isEmpty(); ++i) {
        if (const auto line = parseLine(texts.at(i), i + 1, &problem))
            request.lines.append(*line);
    }
    auto number = [this](const char *name) {
        const QString v = m_options.values.value(QLatin1String(name));
        bool ok = false;
        const int n = v.toInt(&ok);
        return v.isEmpty() ? -1 : (ok ? n : 0); // 0 fails the range check with its message
    };
    ApiRequest r;
    const bool onDemand = action == u"on-demand";
    const bool renew = action == u"renew";
    if (renew) {
        using P = PriceInquiry::Period;
        const bool years = number("years") >= 0;
        r = PriceInquiry::renewal(
            m_options.all(QStringLiteral("resource")), years ? P::Year : P::Month,
            years ? number("years") : (number("months") < 0 ? 1 : number("months")), &problem);
    } else if (problem.isEmpty() && onDemand) {
        r = PriceInquiry::onDemand(request, number("hours") < 0 ? 1 : number("hours"), &problem);
    } else if (problem.isEmpty()) {
        using P = PriceInquiry::Period;
        const P type = number("years") >= 0   ? P::Year
                       : number("days") >= 0  ? P::Day
                       : number("hours") >= 0 ? P::Hour
                                              : P::Month;
        const int count = type == P::Year   ? number("years")
                          : type == P::Day  ? number("days")
                          : type == P::Hour ? number("hours")
                                            : (number("months") < 0 ? 1 : number("months"));
        r = PriceInquiry::period(request, type, count, &problem);
    }
    if (!problem.isEmpty()) {
        finish(2, problem); // nothing is sent
        return;
    }
    withClient(m_options.profile, [this, r, request, onDemand, renew](BssClient *client) {
        ensureDomainId(client, [this, client, r, request, onDemand, renew] {
            BssJob *job = client->call(r);
            connect(job, &BssJob::finished, this, [this, job, request, onDemand, renew] {
                if (job->error().isError()) {
                    finish(1, job->error().diagnosticText());
                    return;
                }
                QString problem;
                const auto quote = onDemand ? PriceInquiry::onDemandQuote(job->json(), &problem)
                                   : renew  ? PriceInquiry::renewalQuote(job->json(), &problem)
                                            : PriceInquiry::periodQuote(job->json(), &problem);
                if (!quote) {
                    finish(1, tr("The server's answer could not be read: %1.").arg(problem));
                    return;
                }
                out(OutputWriter::render(quoteJson(*quote, request.lines), m_options.format,
                                         m_options.reveal));
                finish(0);
            });
        });
    });
}
