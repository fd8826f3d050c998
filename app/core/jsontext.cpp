#include "core/jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &t) : m_t(t) {}
    QString problem;
    QList<JsonText::Member> top;

    bool document()
    {
        space();
        if (peek() != '{')
            return fail(QT_TRANSLATE_NOOP("JsonText", "the body must be a JSON object"));
        if (!object(true))
            return false;
        space();
        return m_i == m_t.size() ||
               fail(QT_TRANSLATE_NOOP("JsonText", "text after the end of the object"));
    }

private:
    char peek() const { return m_i < m_t.size() ? m_t.at(m_i) : '\0'; }
    void space()
    {
        while (m_i < m_t.size() &&
               (m_t[m_i] == ' ' || m_t[m_i] == '\t' || m_t[m_i] == '\n' || m_t[m_i] == '\r'))
            ++m_i;
    }
    bool fail(const char *why)
    {
        if (problem.isEmpty())
            problem = QCoreApplication::translate("JsonText", "%1 (at byte %2)")
                          .arg(QCoreApplication::translate("JsonText", why))
                          .arg(m_i);
        return false;
    }
    bool string(QString *out)
    {
        const qsizetype start = m_i;
        ++m_i; // the opening quote
        while (m_i < m_t.size() && m_t[m_i] != '"') {
            if (uchar(m_t[m_i]) < 0x20)
                return fail(QT_TRANSLATE_NOOP("JsonText", "a control character inside a string"));
            m_i += m_t[m_i] == '\\' ? 2 : 1;
        }
        if (m_i >= m_t.size())
            return fail(QT_TRANSLATE_NOOP("JsonText", "a string that does not end"));
        ++m_i;
        // Escapes decoded by Qt's parser, on the string alone.
        const QByteArray quoted = '[' + m_t.mid(start, m_i - start) + ']';
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(quoted, &e);
        if (e.error != QJsonParseError::NoError)
            return fail(QT_TRANSLATE_NOOP("JsonText", "a string with a bad escape"));
        if (out)
            *out = d.array().first().toString();
        return true;
    }
    bool number()
    {
        const qsizetype start = m_i;
        if (peek() == '-')
            ++m_i;
        if (peek() == '0') {
            ++m_i;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9')
                ++m_i;
        } else {
            return fail(QT_TRANSLATE_NOOP("JsonText", "a value that is not JSON"));
        }
        if (peek() == '.') {
            ++m_i;
            if (!(peek() >= '0' && peek() <= '9'))
                return fail(
                    QT_TRANSLATE_NOOP("JsonText", "a number with no digits after the point"));
            while (peek() >= '0' && peek() <= '9')
                ++m_i;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_i;
            if (peek() == '+' || peek() == '-')
                ++m_i;
            if (!(peek() >= '0' && peek() <= '9'))
                return fail(QT_TRANSLATE_NOOP("JsonText", "a number with an empty exponent"));
            while (peek() >= '0' && peek() <= '9')
                ++m_i;
        }
        return m_i > start;
    }
    bool literal(const char *word)
    {
        const QByteArray w(word);
        if (m_t.mid(m_i, w.size()) != w)
            return fail(QT_TRANSLATE_NOOP("JsonText", "a value that is not JSON"));
        m_i += w.size();
        return true;
    }
    bool value(int depth)
    {
        if (depth > 64)
            return fail(QT_TRANSLATE_NOOP("JsonText", "nested too deeply"));
        switch (peek()) {
        case '{':
            return object(false, depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }
    bool array(int depth)
    {
        ++m_i;
        space();
        if (peek() == ']') {
            ++m_i;
            return true;
        }
        for (;;) {
            space();
            if (!value(depth))
                return false;
            space();
            if (peek() == ']') {
                ++m_i;
                return true;
            }
            if (peek() != ',')
                return fail(QT_TRANSLATE_NOOP("JsonText", "a list item not followed by , or ]"));
            ++m_i;
        }
    }
    bool object(bool isTop, int depth = 0)
    {
        ++m_i;
        QSet<QString> keys;
        space();
        if (peek() == '}') {
            ++m_i;
            return true;
        }
        for (;;) {
            space();
            if (peek() != '"')
                return fail(QT_TRANSLATE_NOOP("JsonText", "a member name that is not a string"));
            QString key;
            if (!string(&key))
                return false;
            if (keys.contains(key)) {
                problem = QCoreApplication::translate("JsonText", "the key \"%1\" is given twice")
                              .arg(key);
                return false;
            }
            keys.insert(key);
            space();
            if (peek() != ':')
                return fail(QT_TRANSLATE_NOOP("JsonText", "a member name not followed by :"));
            ++m_i;
            space();
            const qsizetype start = m_i;
            if (!value(depth))
                return false;
            if (isTop)
                top.append({key, m_t.mid(start, m_i - start)});
            space();
            if (peek() == '}') {
                ++m_i;
                return true;
            }
            if (peek() != ',')
                return fail(QT_TRANSLATE_NOOP("JsonText", "a member not followed by , or }"));
            ++m_i;
        }
    }

    const QByteArray &m_t;
    qsizetype m_i = 0;
};

} // namespace

std::optional<QList<JsonText::Member>> JsonText::members(const QByteArray &text, QString *problem)
{
    Scanner s(text);
    if (!s.document()) {
        *problem = s.problem;
        return std::nullopt;
    }
    return s.top;
}

std::optional<QString> JsonText::numberText(const QByteArray &raw)
{
    if (raw.startsWith('"') && raw.endsWith('"') && raw.size() >= 2) {
        const QByteArray inner = raw.mid(1, raw.size() - 2);
        if (inner.contains('\\'))
            return std::nullopt;
        return QString::fromUtf8(inner);
    }
    if (raw.isEmpty() || !(raw.at(0) == '-' || (raw.at(0) >= '0' && raw.at(0) <= '9')))
        return std::nullopt;
    return QString::fromLatin1(raw);
}
