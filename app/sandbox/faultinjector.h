#pragma once

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <optional>

// Faults the sandbox injects on purpose, for tests and demos: added latency, 5xx answers,
// 429 with Retry-After, no answer at all (timeout), a dropped connection, malformed JSON,
// writes that are applied but whose answer is lost, and a skewed server clock. Set from a spec
// string ("latency=200,5xx=10%,on=write,count=3") at start or through the control endpoint.
class FaultInjector
{
public:
    struct Spec
    {
        int latencyMs = 0;
        int latencyMaxMs = 0; // latency=100-300 draws from the range
        double error5xx = 0;
        double throttle = 0;
        int retryAfterSeconds = 1;
        double timeout = 0;
        double drop = 0;
        double malformed = 0;
        double lost = 0; // writes only: applied, then the connection is dropped
        int skewSeconds = 0;
        QString on;     // "", "read", "write", an operation name or a path prefix
        int count = -1; // faults for the next N matching requests only; -1: no end
        quint32 seed = 0;

        bool isEmpty() const;
        QJsonObject toJson() const;
        QString toString() const;
    };
    enum class Kind { None, Error5xx, Throttle, Timeout, Drop, Malformed, Lost };
    struct Decision
    {
        Kind kind = Kind::None;
        int delayMs = 0;
    };

    // Parses "key=value,…"; on a problem returns nothing and sets *problem (English).
    static std::optional<Spec> parse(const QString &text, QString *problem);
    static std::optional<Spec> fromJson(const QJsonObject &json, QString *problem);
    static const char *kindName(Kind kind);

    void set(const Spec &spec);
    void clear() { set(Spec()); }
    const Spec &spec() const { return m_spec; }
    // What to do with one request (not the control endpoint).
    Decision decide(bool write, const QString &operation, const QString &path);
    int injected() const { return m_injected; }

private:
    bool matches(bool write, const QString &operation, const QString &path) const;

    Spec m_spec;
    QRandomGenerator m_rng;
    int m_injected = 0;
};
