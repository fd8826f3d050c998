#pragma once

#include <QCoreApplication>
#include <QString>

// Masking of personal data (bss-api.md §7): names, phone numbers, e-mail addresses, account
// managers. Views and exports show the masked form unless the user revealed that column.
class Masking
{
    Q_DECLARE_TR_FUNCTIONS(Masking)
public:
    enum class Kind { None, Name, Phone, Email, Account };

    // The kind of a BSS JSON field ("account_name", "mobile_phone", "email", …); None if not
    // sensitive.
    static Kind kindOfField(QStringView field);
    static QString mask(const QString &value, Kind kind);
};
