#include "sandbox/faultinjector.h"

#include <QStringList>

namespace {

bool probability(const QString &text, double *out)
{
    bool ok = false;
    double v = text.endsWith(u'%') ? text.chopped(1).toDouble(&ok) / 100.0 : text.toDouble(&ok);
    if (!ok || v < 0 || v > 1)
        return false;
    *out = v;
    return true;
}

bool whole(const QString &text, int lo, int hi, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

} // namespace

bool FaultInjector::Spec::isEmpty() const
{
    return latencyMs == 0 && latencyMaxMs == 0 && error5xx == 0 && throttle == 0 && timeout == 0 &&
           drop == 0 && malformed == 0 && lost == 0 && skewSeconds == 0;
}

QString FaultInjector::Spec::toString() const
{
    QStringList parts;
    if (latencyMs || latencyMaxMs)
        parts << (latencyMaxMs > latencyMs
                      ? QStringLiteral("latency=%1-%2").arg(latencyMs).arg(latencyMaxMs)
                      : QStringLiteral("latency=%1").arg(latencyMs));
    const struct
    {
        const char *key;
        double value;
    } rates[] = {{"5xx", error5xx}, {"429", throttle},        {"timeout", timeout},
                 {"drop", drop},    {"malformed", malformed}, {"lost", lost}};
    for (const auto &r : rates) {
        if (r.value > 0)
            parts << QStringLiteral("%1=%2").arg(QLatin1String(r.key)).arg(r.value);
    }
    if (throttle > 0)
        parts << QStringLiteral("retry-after=%1").arg(retryAfterSeconds);
    if (skewSeconds)
        parts << QStringLiteral("skew=%1").arg(skewSeconds);
    if (!on.isEmpty())
        parts << QStringLiteral("on=") + on;
    if (count >= 0)
        parts << QStringLiteral("count=%1").arg(count);
    if (seed)
        parts << QStringLiteral("seed=%1").arg(seed);
    return parts.join(u',');
}

QJsonObject FaultInjector::Spec::toJson() const
{
    return QJsonObject{{QStringLiteral("spec"), toString()},
                       {QStringLiteral("latency_ms"), latencyMs},
                       {QStringLiteral("latency_max_ms"), std::max(latencyMs, latencyMaxMs)},
                       {QStringLiteral("5xx"), error5xx},
                       {QStringLiteral("429"), throttle},
                       {QStringLiteral("retry_after"), retryAfterSeconds},
                       {QStringLiteral("timeout"), timeout},
                       {QStringLiteral("drop"), drop},
                       {QStringLiteral("malformed"), malformed},
                       {QStringLiteral("lost"), lost},
                       {QStringLiteral("skew"), skewSeconds},
                       {QStringLiteral("on"), on},
                       {QStringLiteral("count"), count}};
}

std::optional<FaultInjector::Spec> FaultInjector::parse(const QString &text, QString *problem)
{
    Spec s;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const int eq = int(item.indexOf(u'='));
        const QString key = item.left(eq).trimmed().toLower();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        bool ok = eq > 0;
        if (!ok) {
        } else if (key == u"latency") {
            const QStringList range = value.split(u'-');
            ok = whole(range.first(), 0, 600000, &s.latencyMs);
            s.latencyMaxMs = s.latencyMs;
            if (ok && range.size() == 2)
                ok = whole(range.last(), s.latencyMs, 600000, &s.latencyMaxMs);
            ok = ok && range.size() <= 2;
        } else if (key == u"5xx") {
            ok = probability(value, &s.error5xx);
        } else if (key == u"429") {
            ok = probability(value, &s.throttle);
        } else if (key == u"retry-after" || key == u"retry_after") {
            ok = whole(value, 0, 3600, &s.retryAfterSeconds);
        } else if (key == u"timeout") {
            ok = probability(value, &s.timeout);
        } else if (key == u"drop") {
            ok = probability(value, &s.drop);
        } else if (key == u"malformed") {
            ok = probability(value, &s.malformed);
        } else if (key == u"lost") {
            ok = probability(value, &s.lost);
        } else if (key == u"skew") {
            ok = whole(value, -86400, 86400, &s.skewSeconds);
        } else if (key == u"on") {
            s.on = value;
        } else if (key == u"count") {
            ok = whole(value, 0, 1000000, &s.count);
        } else if (key == u"seed") {
            int seed = 0;
            ok = whole(value, 0, 2147483647, &seed);
            s.seed = quint32(seed);
        } else {
            ok = false;
        }
        if (!ok) {
            *problem = QStringLiteral("bad fault \"%1\" (expected latency=MS[-MS], 5xx=P, 429=P,"
                                      " retry-after=S, timeout=P, drop=P, malformed=P, lost=P,"
                                      " skew=S, on=read|write|OPERATION|/path, count=N, seed=N;"
                                      " P is 0..1 or a percentage)")
                           .arg(item);
            return std::nullopt;
        }
    }
    const double sum = s.error5xx + s.throttle + s.timeout + s.drop + s.malformed + s.lost;
    if (sum > 1.0 + 1e-9) {
        *problem = QStringLiteral("the fault probabilities add up to more than 1");
        return std::nullopt;
    }
    return s;
}

std::optional<FaultInjector::Spec> FaultInjector::fromJson(const QJsonObject &json,
                                                           QString *problem)
{
    if (!json.value(QLatin1String("spec")).isString()) {
        *problem = QStringLiteral("send {\"spec\": \"latency=200,5xx=0.1,...\"}");
        return std::nullopt;
    }
    return parse(json.value(QLatin1String("spec")).toString(), problem);
}

const char *FaultInjector::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return "none";
    case Kind::Error5xx:
        return "5xx";
    case Kind::Throttle:
        return "429";
    case Kind::Timeout:
        return "timeout";
    case Kind::Drop:
        return "drop";
    case Kind::Malformed:
        return "malformed";
    case Kind::Lost:
        return "lost";
    }
    return "none";
}

void FaultInjector::set(const Spec &spec)
{
    m_spec = spec;
    m_rng.seed(spec.seed ? spec.seed : QRandomGenerator::global()->generate());
}

bool FaultInjector::matches(bool write, const QString &operation, const QString &path) const
{
    const QString &on = m_spec.on;
    if (on.isEmpty())
        return true;
    if (on == u"read" || on == u"write")
        return write == (on == u"write");
    if (on.startsWith(u'/'))
        return path.startsWith(on);
    return operation.compare(on, Qt::CaseInsensitive) == 0;
}

FaultInjector::Decision FaultInjector::decide(bool write, const QString &operation,
                                              const QString &path)
{
    Decision d;
    if (m_spec.isEmpty() || m_spec.count == 0 || !matches(write, operation, path))
        return d;
    d.delayMs = m_spec.latencyMaxMs > m_spec.latencyMs
                    ? int(m_rng.bounded(m_spec.latencyMs, m_spec.latencyMaxMs + 1))
                    : m_spec.latencyMs;
    const double r = m_rng.generateDouble();
    double edge = 0;
    const struct
    {
        double p;
        Kind kind;
    } table[] = {{m_spec.timeout, Kind::Timeout},     {m_spec.drop, Kind::Drop},
                 {m_spec.error5xx, Kind::Error5xx},   {m_spec.throttle, Kind::Throttle},
                 {m_spec.malformed, Kind::Malformed}, {m_spec.lost, Kind::Lost}};
    for (const auto &t : table) {
        edge += t.p;
        if (r < edge) {
            d.kind = t.kind;
            break;
        }
    }
    if (d.kind == Kind::Lost && !write)
        d.kind = Kind::None; // only a change can be applied and then lost
    if (d.kind != Kind::None)
        ++m_injected;
    if (m_spec.count > 0 && (d.kind != Kind::None || d.delayMs > 0))
        --m_spec.count;
    return d;
}
