#include "models/partneraccount.h"

PartnerAccount PartnerAccount::fromBalances(const QList<PartnerBalance> &balances)
{
    PartnerAccount a;
    for (const PartnerBalance &b : balances) {
        if (b.accountType == 1) {
            a.cash = b.amount;
            a.allocatable = b.designatedAmount.isValid() ? b.amount - b.designatedAmount : b.amount;
        } else if (b.accountType == 2) {
            a.creditLeft = b.amount;
            a.creditLine = b.creditAmount.isValid() ? b.creditAmount : b.amount;
            const Decimal used = a.creditLine - a.creditLeft;
            a.amountDue = used.isValid() && used.signum() < 0 ? Decimal::fromInt(0) : used;
        }
    }
    return a;
}
