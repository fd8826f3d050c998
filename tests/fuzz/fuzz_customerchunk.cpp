// libFuzzer target: the local cache's chunk decoder (CustomerColumns::appendChunk), which reads a
// file from disk and must never trust it. A chunk it refuses leaves the store empty and says why;
// a chunk it accepts must be readable row by row, find its own IDs, and survive encodeChunk and
// appendChunk again unchanged.
#include "models/customercolumns.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView chunk(reinterpret_cast<const char *>(data), qsizetype(size));
    CustomerColumns c;
    QString problem;
    if (!c.appendChunk(chunk, &problem)) {
        if (c.size() != 0 || problem.isEmpty())
            std::abort();
        return 0;
    }
    c.finishLoading();
    for (int r = 0; r < c.size(); ++r) {
        const Customer customer = c.customer(r);
        (void)c.searchText(r);
        (void)c.associatedMsecs(r);
        for (int a = 0; a < CustomerColumns::AmountCount; ++a)
            (void)c.amount(r, CustomerColumns::Amount(a)).toString();
        if (c.find(customer.customerId) < 0)
            std::abort();
    }
    const QByteArray again = c.encodeChunk(0, c.size(), CustomerColumns::CustomerName, {});
    CustomerColumns d;
    if (!d.appendChunk(again, &problem) || d.size() != c.size())
        std::abort();
    for (int r = 0; r < c.size(); ++r) {
        if (d.utf8(r, CustomerColumns::CustomerName) != c.utf8(r, CustomerColumns::CustomerName) ||
            d.searchText(r) != c.searchText(r))
            std::abort();
    }
    return 0;
}
