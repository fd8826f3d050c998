#pragma once

#include <QUrl>

// Where the web console is, for flows without a public API (unbind, paying a customer's order,
// discounts): the site's home page, from which the account menu's 伙伴中心 / Partner Center
// opens. The exact Partner Center page URLs are not documented, so PartnerDesk opens the entry
// point and says which menu path to follow. A deployment can point it elsewhere in the settings
// ("console/china", "console/intl").
class ConsoleLinks
{
public:
    static QUrl partnerCenter(bool international);
};
