#pragma once

#include <thread>

// Runs f(first, last) over [0, n): in two halves on two threads when n >= threshold (both cores
// of the smallest machine we support), else in one call on this thread. f must only write to
// its own half.
template<typename F> void runInHalves(int n, int threshold, F f)
{
    if (n < threshold) {
        f(0, n);
        return;
    }
    std::thread other([&f, n] { f(n / 2, n); });
    f(0, n / 2);
    other.join();
}
