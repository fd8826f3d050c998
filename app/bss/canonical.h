#pragma once

#include <QByteArray>
#include <QList>

// The canonical parts of a signed request (signing.md §3, server-side rules of §12). Everything
// works on bytes: names and values are UTF-8, percent-encoding is per byte with upper-case hex.
class Canonical
{
public:
    struct QueryItem
    {
        QByteArray name;  // decoded
        QByteArray value; // decoded; "" for "flag" and "flag="
        bool operator==(const QueryItem &o) const { return name == o.name && value == o.value; }
    };
    struct Header
    {
        QByteArray name;  // as given
        QByteArray value; // as given
    };

    // RFC 3986: A-Z a-z 0-9 - . _ ~ stay, every other byte becomes %XY (upper-case hex).
    static QByteArray percentEncode(QByteArrayView bytes);
    // %XY becomes the byte; '+' stays '+'; a '%' not followed by two hex digits stays as is.
    static QByteArray percentDecode(QByteArrayView bytes);

    // Decoded path split on '/', each segment encoded, joined, then one trailing '/' (signing
    // only).
    static QByteArray canonicalUri(QByteArrayView rawPath);
    // The same encoded path as it goes on the wire: no added '/', a trailing '/' dropped, "/" if
    // empty.
    static QByteArray wirePath(QByteArrayView rawPath);

    // Splits on '&' and the first '='; both sides percent-decoded. Empty parts are skipped.
    static QList<QueryItem> parseQuery(QByteArrayView rawQuery);
    // name=value pairs, encoded, sorted by encoded name then encoded value, joined by '&'. This is
    // also exactly the query string the client sends.
    static QByteArray canonicalQuery(const QList<QueryItem> &items);

    // Lower-cased name, value trimmed of outer white space (inner kept).
    static QByteArray headerName(QByteArrayView name);
    static QByteArray headerValue(QByteArrayView value);
    // Whether a header may be signed: not Authorization, nothing the HTTP stack rewrites, no '_'.
    static bool isSignable(QByteArrayView lowerName);
};
