#pragma once

#include <QtGlobal>

// Asks the kernel to back a large buffer with 2 MB pages where it can (Linux transparent huge
// pages in "madvise" mode, Debian's default). Filling a 100 MB column store then takes ~50 page
// faults instead of ~25,000, which on a virtual machine is most of the cost of loading a million
// customers. Call it on freshly reserved memory before writing to it; elsewhere it does nothing.
namespace HugePages {
void advise(void *data, qsizetype bytes);

template<typename List> void adviseList(List &list)
{
    if (list.capacity() > 0)
        advise(list.data(), list.capacity() * qsizetype(sizeof(*list.data())));
}
} // namespace HugePages
