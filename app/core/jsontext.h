#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// A JSON object read as text, for bodies a user types (partnerdesk-cli call --body): checks the
// syntax (RFC 8259), refuses a key given twice in any object (parsers disagree on which one
// wins), and gives each top-level member's value exactly as written, so that an amount is read
// from its digits and never through a double.
class JsonText
{
public:
    struct Member
    {
        QString key;
        QByteArray raw; // the value's text: 300.50, "300.50", {…}
    };
    // The members of the top-level object; nothing and *problem (in the UI language) when the
    // text is not one JSON object or repeats a key.
    static std::optional<QList<Member>> members(const QByteArray &text, QString *problem);
    // A raw number or string holding a number, as an exact decimal text ("300.50"); nothing for
    // anything else.
    static std::optional<QString> numberText(const QByteArray &raw);
};
