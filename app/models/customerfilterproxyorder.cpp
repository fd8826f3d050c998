// CustomerFilterProxy: the criteria, the search scan and the sort orders.
#include "core/halves.h"
#include "models/customerfilterproxy.h"
#include "models/customermodel.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <vector>

namespace {

constexpr int kParallelFrom = 200000;
constexpr unsigned kManagerBit = 1u << 4; // AccountManager's place in SearchFields

// The byte of the needle to look for first: the one least likely in customer text, so memchr()
// (vectorised in every libc) stops rarely on bytes that do not start a match. UTF-8 lead bytes
// of Chinese text and common letters are frequent; continuation bytes and rare letters are not.
int anchorOf(const QByteArray &needle)
{
    static const char common[] = "eaoitnsrlcdhump_.@0123456789 ";
    auto cost = [](unsigned char b) {
        if (b >= 0xe0)
            return 1000; // lead byte of a CJK character
        if (b >= 0x80)
            return 10 + (b & 0x3f) % 7; // continuation bytes: varied
        const char *at = std::strchr(common, char(b));
        return at && b ? 100 + int(sizeof(common) - size_t(at - common)) : 20;
    };
    int best = 0;
    for (int i = 1; i < needle.size(); ++i) {
        if (cost(static_cast<unsigned char>(needle.at(i))) <
            cost(static_cast<unsigned char>(needle.at(best))))
            best = i;
    }
    return best;
}

// The first occurrence of needle in [hay, hay + length), found by its anchor byte; no set-up
// per call, so it is as cheap for a row that matches at once as for a long miss.
const char *findBytes(const char *hay, std::int64_t length, const QByteArray &needle, int anchor)
{
    const std::int64_t m = needle.size();
    if (length < m)
        return nullptr;
    const char a = needle.at(anchor);
    const char *p = hay + anchor;
    const char *last = hay + (length - m) + anchor; // last place the anchor can be
    while (p <= last) {
        p = static_cast<const char *>(std::memchr(p, a, size_t(last - p + 1)));
        if (!p)
            return nullptr;
        if (std::memcmp(p - anchor, needle.constData(), size_t(m)) == 0)
            return p - anchor;
        ++p;
    }
    return nullptr;
}

// The model's text column behind a sortable table column, or FieldCount for other columns.
CustomerColumns::Field textField(int column)
{
    switch (column) {
    case CustomerModel::Name:
        return CustomerColumns::CustomerName;
    case CustomerModel::Account:
        return CustomerColumns::AccountName;
    case CustomerModel::CustomerId:
        return CustomerColumns::CustomerId;
    case CustomerModel::AccountManager:
        return CustomerColumns::AccountManager;
    case CustomerModel::Label:
        return CustomerColumns::Label;
    case CustomerModel::Phone:
        return CustomerColumns::Telephone;
    case CustomerModel::Email:
        return CustomerColumns::Email;
    default:
        return CustomerColumns::FieldCount;
    }
}

bool isAmount(int column)
{
    return column >= CustomerModel::Balance && column <= CustomerModel::MonthSpend;
}

template<typename T, typename Less> void sortInHalves(std::vector<T> &v, Less less)
{
    const int n = int(v.size());
    runInHalves(n, kParallelFrom, [&v, &less](int first, int last) {
        std::sort(v.begin() + first, v.begin() + last, less);
    });
    if (n >= kParallelFrom)
        std::inplace_merge(v.begin(), v.begin() + n / 2, v.end(), less);
}

} // namespace

bool CustomerFilterProxy::Criteria::active() const
{
    return !search.isEmpty() || !manager.isEmpty() || !label.isEmpty() || !type.isEmpty() ||
           from != INT64_MIN || to != INT64_MAX || below.isValid();
}

bool CustomerFilterProxy::Criteria::narrows(const Criteria &before) const
{
    auto within = [](const QByteArray &now, const QByteArray &was) {
        return was.isEmpty() || now.contains(was);
    };
    return within(search, before.search) && within(manager, before.manager) &&
           within(label, before.label) && (before.type.isEmpty() || type == before.type) &&
           from >= before.from && to <= before.to &&
           (!before.below.isValid() || (below.isValid() && below <= before.below));
}

const CustomerColumns &CustomerFilterProxy::columns() const
{
    return m_model->columns();
}

void CustomerFilterProxy::setSearch(const QString &text)
{
    Criteria next = m_criteria;
    next.search = CustomerColumns::foldNeedle(text);
    next.anchor = anchorOf(next.search);
    setCriteria(next);
}

void CustomerFilterProxy::setAssociationType(const QString &t)
{
    Criteria next = m_criteria;
    next.type = t.toUtf8();
    setCriteria(next);
}

void CustomerFilterProxy::setAccountManager(const QString &name)
{
    Criteria next = m_criteria;
    next.manager = CustomerColumns::foldNeedle(name);
    setCriteria(next);
}

void CustomerFilterProxy::setLabel(const QString &label)
{
    Criteria next = m_criteria;
    next.label = label.trimmed().toUtf8(); // tags: fuzzy, case-sensitive
    setCriteria(next);
}

void CustomerFilterProxy::setAssociatedRange(const QDateTime &from, const QDateTime &to)
{
    Criteria next = m_criteria;
    next.from = from.isValid() ? from.toMSecsSinceEpoch() : INT64_MIN;
    next.to = to.isValid() ? to.toMSecsSinceEpoch() : INT64_MAX;
    setCriteria(next);
}

void CustomerFilterProxy::setBalanceBelow(const Decimal &limit)
{
    Criteria next = m_criteria;
    next.below = limit;
    setCriteria(next);
}

void CustomerFilterProxy::setCriteria(const Criteria &next)
{
    const Criteria &now = m_criteria;
    if (next.search == now.search && next.manager == now.manager && next.label == now.label &&
        next.type == now.type && next.from == now.from && next.to == now.to &&
        next.below.isValid() == now.below.isValid() &&
        (!next.below.isValid() || next.below == now.below))
        return;
    // A keystroke that narrows the search only needs to look at the rows still shown; when
    // they are many, one pass over the whole arena is quicker than a check per row.
    const bool fewCandidates = next.narrows(now) && m_rows.size() < m_accept.size() / 4;
    m_criteria = next;
    if (m_model)
        relayout(true, false, fewCandidates ? &m_rows : nullptr);
}

bool CustomerFilterProxy::acceptsBesidesSearch(int row) const
{
    const CustomerColumns &c = columns();
    const Criteria &k = m_criteria;
    if (!k.type.isEmpty() && c.utf8(row, CustomerColumns::AssociationType) != k.type)
        return false;
    if (!k.manager.isEmpty() && !(c.searchHits(row, k.manager) & kManagerBit))
        return false;
    if (!k.label.isEmpty() && !c.utf8(row, CustomerColumns::Label).contains(k.label))
        return false;
    const std::int64_t when = c.associatedMsecs(row);
    if (when < k.from || when > k.to)
        return false;
    if (k.below.isValid()) {
        const Decimal balance = c.amount(row, CustomerColumns::Balance);
        if (!balance.isValid() || !(balance < k.below))
            return false;
    }
    return true;
}

bool CustomerFilterProxy::accepts(int row) const
{
    if (!acceptsBesidesSearch(row))
        return false;
    if (m_criteria.search.isEmpty())
        return true;
    const QByteArrayView text = columns().searchText(row);
    return findBytes(text.data(), text.size(), m_criteria.search, m_criteria.anchor) != nullptr;
}

void CustomerFilterProxy::computeAccept(const QList<int> *candidates)
{
    const int n = m_model ? m_model->rowCount() : 0;
    m_accept.resize(n); // the buffer is reused: fresh memory costs page faults
    m_proxyOfStale = true;
    if (n == 0)
        return;
    std::uint8_t *accept = m_accept.data();
    std::memset(accept, 0, size_t(n));
    if (!m_criteria.active()) {
        std::memset(accept, 1, size_t(n));
    } else if (candidates) {
        const int *rows = candidates->constData();
        runInHalves(int(candidates->size()), kParallelFrom, [&](int first, int last) {
            for (int i = first; i < last; ++i)
                accept[rows[i]] = accepts(rows[i]) ? 1 : 0;
        });
    } else if (m_criteria.search.isEmpty()) {
        runInHalves(n, kParallelFrom, [&](int first, int last) {
            for (int r = first; r < last; ++r)
                accept[r] = acceptsBesidesSearch(r) ? 1 : 0;
        });
    } else if (columns().isSearchContiguous()) {
        runInHalves(n, kParallelFrom, [this](int first, int last) { scanSearch(first, last); });
    } else { // rows rewritten by a refresh in progress: row by row until it compacts
        runInHalves(n, kParallelFrom, [&](int first, int last) {
            for (int r = first; r < last; ++r)
                accept[r] = accepts(r) ? 1 : 0;
        });
    }
}

void CustomerFilterProxy::scanSearch(int first, int last)
{
    // One memmem() over the arena finds the next row that contains the needle; rows without it
    // are skipped without being looked at.
    const CustomerColumns &c = columns();
    const QByteArray &needle = m_criteria.search;
    const int anchor = m_criteria.anchor;
    const char *arena = c.searchArena();
    std::uint8_t *accept = m_accept.data();
    const std::int64_t end = c.searchOffset(last);
    std::int64_t pos = c.searchOffset(first);
    int row = first;
    while (pos < end) {
        const char *hit = findBytes(arena + pos, end - pos, needle, anchor);
        if (!hit)
            break;
        const std::int64_t at = hit - arena;
        if (c.searchOffset(row + 1) <= at) { // the hit is further on: find its row
            int lo = row + 1, hi = last - 1;
            while (lo < hi) {
                const int mid = lo + (hi - lo + 1) / 2;
                if (c.searchOffset(mid) <= at)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            row = lo;
        }
        accept[row] = acceptsBesidesSearch(row) ? 1 : 0;
        ++row;
        pos = c.searchOffset(row);
    }
}

void CustomerFilterProxy::rebuildRows()
{
    const std::uint8_t *accept = m_accept.constData();
    qsizetype shown = 0;
    for (qsizetype r = 0; r < m_accept.size(); ++r)
        shown += accept[r];
    m_rows.clear(); // keeps its buffer
    m_rows.reserve(shown);
    if (m_sortColumn < 0) {
        for (int r = 0; r < m_accept.size(); ++r) {
            if (accept[r])
                m_rows.append(r);
        }
    } else {
        for (int r : std::as_const(m_order)) {
            if (accept[r])
                m_rows.append(r);
        }
    }
    m_proxyOfStale = true;
}

void CustomerFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < columnCount() ? column : -1;
    m_sortOrder = order;
    if (m_model)
        relayout(false, true);
}

QString CustomerFilterProxy::associationText(int row) const
{
    return CustomerModel::associationLabel(columns().text(row, CustomerColumns::AssociationType));
}

void CustomerFilterProxy::buildOrder()
{
    const int n = m_model ? m_model->rowCount() : 0;
    // Ties keep the order shown before, as QSortFilterProxyModel's stable sort does: sorting by
    // name and then by manager gives each manager's customers by name. Rows not placed yet
    // (new ones) come after, in model order.
    QList<int> tie(n, -1);
    for (int i = 0; i < m_order.size(); ++i) {
        if (m_order.at(i) < n)
            tie[m_order.at(i)] = i;
    }
    int next = int(m_order.size());
    for (int r = 0; r < n; ++r) {
        if (tie.at(r) < 0)
            tie[r] = m_order.isEmpty() ? r : next++;
    }
    m_order.clear();
    m_tie.clear();
    if (!m_model || m_sortColumn < 0)
        return;
    m_tie = tie;
    m_nextTie = n;
    QList<int> rowOfTie(n);
    for (int r = 0; r < n; ++r)
        rowOfTie[tie.at(r)] = r;
    m_collator = QCollator(QLocale()); // what QString::localeAwareCompare uses
    const CustomerColumns &c = columns();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    m_order.resize(n);
    const CustomerColumns::Field field = textField(m_sortColumn);
    if (field != CustomerColumns::FieldCount || m_sortColumn == CustomerModel::AssociationType) {
        // Text: by collation rank, ties in model order; rank and row packed in one integer.
        QList<std::uint32_t> typeRanks;
        if (field == CustomerColumns::FieldCount) {
            QHash<QByteArray, std::uint32_t> rankOfType;
            QStringList labels;
            QList<QByteArray> types;
            for (int r = 0; r < n; ++r) {
                const QByteArray type = c.utf8(r, CustomerColumns::AssociationType).toByteArray();
                if (!types.contains(type)) {
                    types.append(type);
                    labels.append(associationText(r));
                }
            }
            for (int i = 0; i < types.size(); ++i) {
                std::uint32_t rank = 0;
                for (const QString &other : std::as_const(labels))
                    rank += m_collator.compare(other, labels.at(i)) < 0 ? 1 : 0;
                rankOfType.insert(types.at(i), rank);
            }
            typeRanks.resize(n);
            for (int r = 0; r < n; ++r)
                typeRanks[r] =
                    rankOfType.value(c.utf8(r, CustomerColumns::AssociationType).toByteArray());
        }
        const QList<std::uint32_t> &ranks =
            field == CustomerColumns::FieldCount ? typeRanks : c.ranks(field, m_collator);
        std::vector<std::uint64_t> packed(static_cast<size_t>(n));
        for (int r = 0; r < n; ++r) {
            const std::uint32_t k = ascending ? ranks.at(r) : ~ranks.at(r);
            packed[size_t(r)] = (std::uint64_t(k) << 32) | std::uint32_t(tie.at(r));
        }
        sortInHalves(packed, std::less<std::uint64_t>());
        for (int i = 0; i < n; ++i)
            m_order[i] = rowOfTie.at(int(packed[size_t(i)] & 0xffffffffu));
        return;
    }
    // Numbers: milliseconds or cents.
    struct Keyed
    {
        std::int64_t key;
        int tie;
        int row;
    };
    std::vector<Keyed> keyed(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r)
        keyed[size_t(r)] = {numberKey(r), tie.at(r), r};
    sortInHalves(keyed, [ascending](const Keyed &a, const Keyed &b) {
        if (a.key != b.key)
            return ascending ? a.key < b.key : a.key > b.key;
        return a.tie < b.tie;
    });
    for (int i = 0; i < n; ++i)
        m_order[i] = keyed[size_t(i)].row;
}

int CustomerFilterProxy::compareKeys(int a, int b) const
{
    const CustomerColumns &c = columns();
    const CustomerColumns::Field field = textField(m_sortColumn);
    if (field != CustomerColumns::FieldCount)
        return m_collator.compare(c.text(a, field), c.text(b, field));
    if (m_sortColumn == CustomerModel::AssociationType)
        return m_collator.compare(associationText(a), associationText(b));
    const std::int64_t ka = numberKey(a), kb = numberKey(b);
    return ka < kb ? -1 : (ka > kb ? 1 : 0);
}

std::int64_t CustomerFilterProxy::numberKey(int row) const
{
    const CustomerColumns &c = columns();
    return isAmount(m_sortColumn)
               ? CustomerModel::centsKey(c.amount(row, CustomerModel::amountOf(m_sortColumn)))
               : c.associatedMsecs(row);
}

bool CustomerFilterProxy::lessRow(int a, int b) const
{
    if (m_sortColumn >= 0) {
        const int k = compareKeys(a, b);
        if (k != 0)
            return m_sortOrder == Qt::AscendingOrder ? k < 0 : k > 0;
        return m_tie.at(a) < m_tie.at(b); // ties in the order shown before the sort
    }
    return a < b; // the unsorted view: model order
}

int CustomerFilterProxy::insertPosition(const QList<int> &list, int sourceRow) const
{
    return int(std::lower_bound(list.cbegin(), list.cend(), sourceRow,
                                [this](int a, int b) { return lessRow(a, b); }) -
               list.cbegin());
}
