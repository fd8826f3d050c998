#include "core/masking.h"

namespace {
const QChar kStar = u'*';
}

Masking::Kind Masking::kindOfField(QStringView field)
{
    static const char16_t *const names[] = {
        u"customer", u"customer_name", u"name", u"account_manager_name", u"indirect_partner_name",
        u"operator", u"principal",     u"agent"}; // principal/agent: a payment agreement's parties
    static const char16_t *const accounts[] = {u"account_name", u"account_manager_id",
                                               u"indirect_partner_account_name", u"domain_name"};
    static const char16_t *const phones[] = {u"telephone", u"mobile_phone", u"mobile",
                                             u"country_code"};
    for (const char16_t *f : names) {
        if (field == QStringView(f))
            return Kind::Name;
    }
    for (const char16_t *f : accounts) {
        if (field == QStringView(f))
            return Kind::Account;
    }
    for (const char16_t *f : phones) {
        if (field == QStringView(f))
            return Kind::Phone;
    }
    if (field == u"email")
        return Kind::Email;
    return Kind::None;
}

QString Masking::mask(const QString &value, Kind kind)
{
    if (value.isEmpty() || kind == Kind::None)
        return value;
    switch (kind) {
    case Kind::Phone:
        // 13800001234 -> 138****1234; short values keep only their last character.
        if (value.size() >= 7)
            return value.left(3) + QString(4, kStar) + value.right(4);
        return QString(value.size() - 1, kStar) + value.right(1);
    case Kind::Email: {
        const qsizetype at = value.indexOf(u'@');
        if (at <= 0)
            return value.left(1) + QString(3, kStar);
        return value.left(1) + QString(3, kStar) + value.mid(at);
    }
    case Kind::Name:
    case Kind::Account:
        // 华为技术有限公司 -> 华***司; ab -> a*
        if (value.size() <= 2)
            return value.left(1) + kStar;
        return value.left(1) + QString(3, kStar) + value.right(1);
    case Kind::None:
        break;
    }
    return value;
}
