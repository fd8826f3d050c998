#include "bss/jsonbody.h"

QByteArray JsonBody::quote(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xF]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
}

void JsonBody::key(const char *key)
{
    m_out.append(m_out.isEmpty() ? '{' : ',');
    m_out.append(quote(QString::fromLatin1(key)));
    m_out.append(':');
}

JsonBody &JsonBody::add(const char *k, const QString &value)
{
    key(k);
    m_out.append(quote(value));
    return *this;
}

JsonBody &JsonBody::add(const char *k, const Decimal &value)
{
    key(k);
    m_out.append(value.isValid() ? value.toJsonNumber() : QByteArray("null"));
    return *this;
}

JsonBody &JsonBody::add(const char *k, qint64 value)
{
    key(k);
    m_out.append(QByteArray::number(value));
    return *this;
}

JsonBody &JsonBody::add(const char *k, bool value)
{
    key(k);
    m_out.append(value ? "true" : "false");
    return *this;
}

JsonBody &JsonBody::add(const char *k, const QStringList &values)
{
    key(k);
    m_out.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            m_out.append(',');
        m_out.append(quote(values.at(i)));
    }
    m_out.append(']');
    return *this;
}

JsonBody &JsonBody::add(const char *k, const QList<int> &values)
{
    key(k);
    m_out.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            m_out.append(',');
        m_out.append(QByteArray::number(values.at(i)));
    }
    m_out.append(']');
    return *this;
}

JsonBody &JsonBody::addObjectList(const char *k, const char *field, const QStringList &values)
{
    key(k);
    m_out.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            m_out.append(',');
        m_out.append('{').append(quote(QString::fromLatin1(field))).append(':');
        m_out.append(quote(values.at(i))).append('}');
    }
    m_out.append(']');
    return *this;
}

JsonBody &JsonBody::add(const char *k, const QList<JsonBody> &objects)
{
    key(k);
    m_out.append('[');
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (i)
            m_out.append(',');
        m_out.append(objects.at(i).bytes());
    }
    m_out.append(']');
    return *this;
}

JsonBody &JsonBody::addIfSet(const char *k, const QString &value)
{
    return value.isEmpty() ? *this : add(k, value);
}

QByteArray JsonBody::bytes() const
{
    return m_out.isEmpty() ? QByteArray("{}") : m_out + '}';
}
