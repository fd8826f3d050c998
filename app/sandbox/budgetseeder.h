#pragma once

class SandboxStore;
class SeedData;

// The International sandbox's budgets: most resale customers have a monthly or one-time budget
// with some of it used; a few are near or over it, and those over a budget that freezes
// automatically are frozen by the system. Each budget has the record of its setting.
class BudgetSeeder
{
public:
    BudgetSeeder(SandboxStore *store, SeedData *data) : m_store(store), m_data(data) {}
    bool run();

private:
    SandboxStore *m_store;
    SeedData *m_data;
};
