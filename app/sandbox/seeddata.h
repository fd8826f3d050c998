#pragma once

#include <QRandomGenerator>
#include <QString>

// Deterministic bilingual sample names for the sandbox: the same seed always gives the same
// companies, people and contact details.
class SeedData
{
public:
    explicit SeedData(quint32 seed) : m_rng(seed) {}

    QString companyName(bool chinese);
    QString personName(bool chinese);
    QString accountName(int index);
    QString phone();
    QString email(const QString &account);
    int bounded(int lowest, int highest) { return int(m_rng.bounded(lowest, highest)); }
    QRandomGenerator &rng() { return m_rng; }

private:
    QRandomGenerator m_rng;
};
