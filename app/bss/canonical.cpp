#include "bss/canonical.h"

#include <algorithm>

namespace {

bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray encodedPath(QByteArrayView rawPath)
{
    const QByteArray decoded = Canonical::percentDecode(rawPath);
    const QList<QByteArray> segments = decoded.split('/');
    QByteArray out;
    out.reserve(decoded.size() + 16);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out.append('/');
        out.append(Canonical::percentEncode(segments.at(i)));
    }
    if (!out.startsWith('/'))
        out.prepend('/');
    return out;
}

} // namespace

QByteArray Canonical::percentEncode(QByteArrayView bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(c)) {
            out.append(ch);
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
        }
    }
    return out;
}

QByteArray Canonical::percentDecode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '%' && i + 2 < bytes.size()) {
            const int hi = hexValue(bytes[i + 1]);
            const int lo = hexValue(bytes[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.append(char((hi << 4) | lo));
                i += 2;
                continue;
            }
        }
        out.append(bytes[i]);
    }
    return out;
}

QByteArray Canonical::canonicalUri(QByteArrayView rawPath)
{
    QByteArray p = encodedPath(rawPath);
    if (!p.endsWith('/'))
        p.append('/');
    return p;
}

QByteArray Canonical::wirePath(QByteArrayView rawPath)
{
    QByteArray p = encodedPath(rawPath);
    while (p.size() > 1 && p.endsWith('/'))
        p.chop(1);
    return p;
}

QList<Canonical::QueryItem> Canonical::parseQuery(QByteArrayView rawQuery)
{
    QList<QueryItem> items;
    if (rawQuery.startsWith('?'))
        rawQuery = rawQuery.sliced(1);
    for (const QByteArray &part : rawQuery.toByteArray().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            items.append({percentDecode(part), QByteArray()});
        else
            items.append({percentDecode(part.left(eq)), percentDecode(part.mid(eq + 1))});
    }
    return items;
}

QByteArray Canonical::canonicalQuery(const QList<QueryItem> &items)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(items.size());
    for (const auto &item : items)
        encoded.append({percentEncode(item.name), percentEncode(item.value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name);
        out.append('=');
        out.append(value);
    }
    return out;
}

QByteArray Canonical::headerName(QByteArrayView name)
{
    return name.toByteArray().trimmed().toLower();
}

QByteArray Canonical::headerValue(QByteArrayView value)
{
    return value.toByteArray().trimmed();
}

bool Canonical::isSignable(QByteArrayView lowerName)
{
    static const char *const unsignable[] = {"authorization",   "content-length",     "connection",
                                             "accept-encoding", "transfer-encoding",  "expect",
                                             "keep-alive",      "proxy-authorization"};
    if (lowerName.isEmpty() || lowerName.contains('_'))
        return false;
    for (const char *n : unsignable) {
        if (lowerName == QByteArrayView(n))
            return false;
    }
    return true;
}
