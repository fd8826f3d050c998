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

// Writes c as itself when unreserved (or when it is '/' and keepSlash), else as %XX with
// upper-case hex; returns the position after it.
char *encodeByte(char *o, unsigned char c, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    if (isUnreserved(c) || (keepSlash && c == '/')) {
        *o++ = char(c);
    } else {
        *o++ = '%';
        *o++ = hex[c >> 4];
        *o++ = hex[c & 0xF];
    }
    return o;
}

// Decodes the path, then encodes every byte but the unreserved ones and '/', in one pass (the
// same as encoding each '/'-separated segment on its own).
QByteArray encodedPath(QByteArrayView rawPath)
{
    QByteArray out(rawPath.size() * 3 + 1, Qt::Uninitialized);
    char *o = out.data();
    if (!rawPath.startsWith('/'))
        *o++ = '/';
    for (qsizetype i = 0; i < rawPath.size(); ++i) {
        auto c = static_cast<unsigned char>(rawPath[i]);
        if (c == '%' && i + 2 < rawPath.size()) {
            const int hi = hexValue(rawPath[i + 1]);
            const int lo = hexValue(rawPath[i + 2]);
            if (hi >= 0 && lo >= 0) {
                c = static_cast<unsigned char>((hi << 4) | lo);
                i += 2;
            }
        }
        o = encodeByte(o, c, true);
    }
    out.truncate(o - out.constData());
    return out;
}

} // namespace

QByteArray Canonical::percentEncode(QByteArrayView bytes)
{
    QByteArray out(bytes.size() * 3, Qt::Uninitialized);
    char *o = out.data();
    for (char ch : bytes)
        o = encodeByte(o, static_cast<unsigned char>(ch), false);
    out.truncate(o - out.constData());
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
