#include "models/customercolumns.h"

#include "core/hugepages.h"

#include <QHash>
#include <QTimeZone>

#include <atomic>
#include <cstring>
#include <iterator>

namespace {

void putLength(QByteArray &out, qsizetype n)
{
    while (n >= 0x80) {
        out.append(char(0x80 | (n & 0x7f)));
        n >>= 7;
    }
    out.append(char(n));
}

// Reads a length at p and moves p past it.
qsizetype takeLength(const char *&p)
{
    qsizetype n = 0;
    int shift = 0;
    for (;;) {
        const auto b = static_cast<unsigned char>(*p++);
        n |= qsizetype(b & 0x7f) << shift;
        if (!(b & 0x80))
            return n;
        shift += 7;
    }
}

QString fieldOf(const Customer &c, CustomerColumns::Field f)
{
    switch (f) {
    case CustomerColumns::CustomerId:
        return c.customerId;
    case CustomerColumns::AccountName:
        return c.accountName;
    case CustomerColumns::CustomerName:
        return c.customerName;
    case CustomerColumns::AssociationType:
        return c.associationType;
    case CustomerColumns::Label:
        return c.label;
    case CustomerColumns::Telephone:
        return c.telephone;
    case CustomerColumns::CountryCode:
        return c.countryCode;
    case CustomerColumns::Email:
        return c.email;
    case CustomerColumns::VerifiedStatus:
        return c.verifiedStatus;
    case CustomerColumns::AccountManager:
        return c.accountManager;
    case CustomerColumns::XaccountId:
        return c.xaccountId;
    case CustomerColumns::XaccountType:
        return c.xaccountType;
    case CustomerColumns::CustomerLevel:
        return c.customerLevel;
    case CustomerColumns::IndirectPartnerId:
        return c.indirectPartnerId;
    case CustomerColumns::FieldCount:
        break;
    }
    return {};
}

size_t hashOf(QByteArrayView bytes)
{
    return qHash(bytes, size_t(0x9e3779b97f4a7c15ULL));
}

// The search text starting at `from`: it ends after its last separator.
QByteArrayView searchTextAt(const QByteArray &search, std::int64_t from)
{
    const char *begin = search.constData() + from;
    const char *end = search.constData() + search.size();
    const char *p = begin;
    for (size_t i = 0; i < std::size(CustomerColumns::SearchFields) && p < end; ++i) {
        p = static_cast<const char *>(
            std::memchr(p, CustomerColumns::SearchSeparator, size_t(end - p)));
        p = p ? p + 1 : end;
    }
    return QByteArrayView(begin, p - begin);
}

// Where the record starting at `start` ends: past its FieldCount length-prefixed fields.
std::int64_t recordEndAt(const QByteArray &arena, std::int64_t start)
{
    const char *p = arena.constData() + start;
    for (int f = 0; f < CustomerColumns::FieldCount; ++f) {
        const qsizetype n = takeLength(p);
        p += n;
    }
    return p - arena.constData();
}

std::atomic<std::uint64_t> g_versions{0};

} // namespace

std::uint64_t CustomerColumns::nextVersion()
{
    return ++g_versions; // unique across stores, so a copy's version never matches another's
}

void CustomerColumns::expect(int rows)
{
    if (rows <= size())
        return;
    // Bytes a row so far, or typical ones (a Chinese name, an e-mail, IDs, a tag) before any.
    const std::int64_t arenaPerRow = size() > 0 ? m_arena.size() / size() + 8 : 320;
    const std::int64_t searchPerRow = size() > 0 ? m_search.size() / size() + 4 : 160;
    const bool wasEmpty = m_arena.isEmpty();
    reserve(rows);
    if (m_arena.capacity() < arenaPerRow * rows) {
        m_arena.reserve(qsizetype(arenaPerRow * rows));
        HugePages::adviseList(m_arena);
    }
    if (m_search.capacity() < searchPerRow * rows) {
        m_search.reserve(qsizetype(searchPerRow * rows));
        HugePages::adviseList(m_search);
    }
    if (qsizetype(m_index.size()) < 2 * qsizetype(rows))
        rebuildIndex(rows);
    if (wasEmpty)
        m_packed = true;
}

void CustomerColumns::reserve(int rows)
{
    m_rowAt.reserve(rows);
    m_searchAt.reserve(rows);
    m_associated.reserve(rows);
    m_customerType.reserve(rows);
    m_frozen.reserve(rows);
    for (int a = 0; a < AmountCount; ++a) {
        m_mantissa[a].reserve(rows);
        m_scale[a].reserve(rows);
        HugePages::adviseList(m_mantissa[a]);
    }
    HugePages::adviseList(m_rowAt);
    HugePages::adviseList(m_searchAt);
    HugePages::adviseList(m_associated);
}

void CustomerColumns::clear()
{
    *this = CustomerColumns();
    m_version = nextVersion();
}

QByteArray CustomerColumns::searchTextOf(const Customer &customer)
{
    QByteArray out;
    for (Field f : SearchFields) {
        const QString value = fieldOf(customer, f);
        bool ascii = true;
        for (QChar ch : value)
            ascii = ascii && ch.unicode() < 0x80;
        QByteArray folded = ascii ? value.toLatin1().toLower() : value.toCaseFolded().toUtf8();
        folded.replace(SearchSeparator, ' '); // the separator never occurs inside a field
        out.append(folded);
        out.append(SearchSeparator);
    }
    return out;
}

QByteArray CustomerColumns::foldNeedle(const QString &text)
{
    QByteArray needle = text.trimmed().toCaseFolded().toUtf8();
    needle.replace(SearchSeparator, ' '); // as in searchTextOf(): it never matches across fields
    return needle;
}

unsigned CustomerColumns::searchHits(int row, QByteArrayView needle) const
{
    const QByteArrayView text = searchText(row);
    unsigned hits = 0;
    qsizetype from = 0;
    for (unsigned bit = 0; from < text.size(); ++bit) {
        qsizetype end = from;
        while (end < text.size() && text.at(end) != SearchSeparator)
            ++end;
        if (needle.isEmpty() || text.sliced(from, end - from).contains(needle))
            hits |= 1u << bit;
        from = end + 1;
    }
    return hits;
}

void CustomerColumns::appendRecord(const Customer &customer)
{
    m_rowAt.append(m_arena.size());
    for (int f = 0; f < FieldCount; ++f) {
        const QByteArray bytes = fieldOf(customer, Field(f)).toUtf8();
        putLength(m_arena, bytes.size());
        m_arena.append(bytes);
    }
    m_searchAt.append(m_search.size());
    m_search.append(searchTextOf(customer));
}

int CustomerColumns::append(const Customer &customer)
{
    const int row = size();
    m_packed = false;
    if (m_rowAt.size() == m_rowAt.capacity()) // grows by doubling, in huge pages for the scans
        reserve(qMax(1024, 2 * row));
    appendRecord(customer);
    m_associated.append(customer.associatedOn.isValid() ? customer.associatedOn.toMSecsSinceEpoch()
                                                        : NoTime);
    m_customerType.append(std::int8_t(qBound(-1, customer.customerType, 127)));
    m_frozen.append(std::int8_t(qBound(0, customer.isFrozen, 127)));
    for (int a = 0; a < AmountCount; ++a) {
        m_mantissa[a].append(0);
        m_scale[a].append(-1);
    }
    dropRanks();
    if (m_indexStale || qsizetype(m_index.size()) < 2 * qsizetype(size()))
        rebuildIndex(); // grows by doubling, so appends stay amortised O(1)
    else
        indexRow(row);
    return row;
}

void CustomerColumns::replace(int row, const Customer &customer)
{
    // The old record stays in the arena as garbage until the next keepRows(); a refetched page
    // rewrites few rows.
    const int last = size();
    appendRecord(customer);
    m_rowAt[row] = m_rowAt.takeLast();
    m_searchAt[row] = m_searchAt.takeLast();
    Q_ASSERT(size() == last);
    m_fragmented = true;
    m_associated[row] =
        customer.associatedOn.isValid() ? customer.associatedOn.toMSecsSinceEpoch() : NoTime;
    m_customerType[row] = std::int8_t(qBound(-1, customer.customerType, 127));
    m_frozen[row] = std::int8_t(qBound(0, customer.isFrozen, 127));
    dropRanks();
}

void CustomerColumns::removeRows(int first, int count)
{
    // Only the per-row arrays shift; the removed rows' text stays in the arenas until the next
    // compact(), and the ID index is rebuilt when next used.
    m_rowAt.remove(first, count);
    m_searchAt.remove(first, count);
    m_associated.remove(first, count);
    m_customerType.remove(first, count);
    m_frozen.remove(first, count);
    for (int a = 0; a < AmountCount; ++a) {
        m_mantissa[a].remove(first, count);
        m_scale[a].remove(first, count);
    }
    m_fragmented = true;
    m_indexStale = true;
    dropRanks();
}

void CustomerColumns::keepRows(const QList<bool> &keep)
{
    // Bytes are copied as they are: no row is decoded or folded again.
    CustomerColumns out;
    int kept = 0;
    std::int64_t arenaBytes = 0, searchBytes = 0;
    for (int row = 0; row < size(); ++row) {
        if (!keep.value(row))
            continue;
        ++kept;
        arenaBytes += recordEnd(row) - m_rowAt.at(row);
        searchBytes += searchText(row).size();
    }
    out.reserve(kept);
    out.reserveText(arenaBytes, searchBytes);
    for (int row = 0; row < size(); ++row) {
        if (!keep.value(row))
            continue;
        out.m_rowAt.append(out.m_arena.size());
        out.m_arena.append(m_arena.constData() + m_rowAt.at(row), recordEnd(row) - m_rowAt.at(row));
        out.m_searchAt.append(out.m_search.size());
        const QByteArrayView search = searchText(row);
        out.m_search.append(search.data(), search.size());
        out.appendFixedFrom(*this, row);
    }
    out.rebuildIndex();
    out.m_version = nextVersion();
    *this = std::move(out);
}

void CustomerColumns::compact()
{
    // Also when rows were only appended: the arenas grew piece by piece in small pages, and one
    // copy into huge pages makes every later full scan cheaper (fewer TLB misses).
    if (!needsCompact())
        return;
    Text t = text();
    t.pack();
    install(std::move(t));
}

CustomerColumns::Text CustomerColumns::text() const
{
    return Text{m_version, m_arena, m_search, m_rowAt, m_searchAt};
}

void CustomerColumns::Text::pack()
{
    // Records are copied as they are, in row order: no row is decoded or folded again.
    const qsizetype rows = rowAt.size();
    std::int64_t arenaBytes = 0, searchBytes = 0;
    QList<std::int64_t> arenaEnd(rows);
    for (qsizetype row = 0; row < rows; ++row) {
        arenaEnd[row] = recordEndAt(arena, rowAt.at(row));
        arenaBytes += arenaEnd.at(row) - rowAt.at(row);
        searchBytes += searchTextAt(search, searchAt.at(row)).size();
    }
    Text out;
    out.version = version;
    out.arena.reserve(qsizetype(arenaBytes));
    out.search.reserve(qsizetype(searchBytes));
    HugePages::adviseList(out.arena);
    HugePages::adviseList(out.search);
    out.rowAt.reserve(rows);
    out.searchAt.reserve(rows);
    HugePages::adviseList(out.rowAt);
    HugePages::adviseList(out.searchAt);
    for (qsizetype row = 0; row < rows; ++row) {
        out.rowAt.append(out.arena.size());
        out.arena.append(arena.constData() + rowAt.at(row), arenaEnd.at(row) - rowAt.at(row));
        out.searchAt.append(out.search.size());
        const QByteArrayView text = searchTextAt(search, searchAt.at(row));
        out.search.append(text.data(), text.size());
    }
    *this = std::move(out);
}

bool CustomerColumns::install(Text &&packed)
{
    if (packed.version != m_version || packed.rowAt.size() != m_rowAt.size())
        return false;
    m_arena = std::move(packed.arena);
    m_search = std::move(packed.search);
    m_rowAt = std::move(packed.rowAt);
    m_searchAt = std::move(packed.searchAt);
    m_fragmented = false;
    m_packed = true;
    return true; // same rows, same order: the ID index and the ranks still fit
}

std::int64_t CustomerColumns::recordEnd(int row) const
{
    return recordEndAt(m_arena, m_rowAt.at(row));
}

void CustomerColumns::appendFixedFrom(const CustomerColumns &source, int row)
{
    m_associated.append(source.m_associated.at(row));
    m_customerType.append(source.m_customerType.at(row));
    m_frozen.append(source.m_frozen.at(row));
    for (int a = 0; a < AmountCount; ++a) {
        m_mantissa[a].append(source.m_mantissa[a].at(row));
        m_scale[a].append(source.m_scale[a].at(row));
    }
}

QByteArrayView CustomerColumns::utf8(int row, Field field) const
{
    const char *p = m_arena.constData() + m_rowAt.at(row);
    for (int f = 0; f < field; ++f) {
        const qsizetype n = takeLength(p);
        p += n;
    }
    const qsizetype n = takeLength(p);
    return QByteArrayView(p, n);
}

QByteArrayView CustomerColumns::searchText(int row) const
{
    const std::int64_t from = m_searchAt.at(row);
    if (!m_fragmented)
        return QByteArrayView(m_search.constData() + from, searchOffset(row + 1) - from);
    return searchTextAt(m_search, from); // a rewritten row's text is elsewhere in the arena
}

Customer CustomerColumns::customer(int row) const
{
    Customer c;
    c.customerId = text(row, CustomerId);
    c.accountName = text(row, AccountName);
    c.customerName = text(row, CustomerName);
    c.associationType = text(row, AssociationType);
    c.label = text(row, Label);
    c.telephone = text(row, Telephone);
    c.countryCode = text(row, CountryCode);
    c.email = text(row, Email);
    c.verifiedStatus = text(row, VerifiedStatus);
    c.accountManager = text(row, AccountManager);
    c.xaccountId = text(row, XaccountId);
    c.xaccountType = text(row, XaccountType);
    c.customerLevel = text(row, CustomerLevel);
    c.indirectPartnerId = text(row, IndirectPartnerId);
    if (m_associated.at(row) != NoTime)
        c.associatedOn = QDateTime::fromMSecsSinceEpoch(m_associated.at(row), Qt::UTC);
    c.customerType = m_customerType.at(row);
    c.isFrozen = m_frozen.at(row);
    return c;
}

Decimal CustomerColumns::amount(int row, Amount which) const
{
    const int scale = m_scale[which].at(row);
    return scale < 0 ? Decimal::invalid() : Decimal::fromMantissa(m_mantissa[which].at(row), scale);
}

void CustomerColumns::setAmount(int row, Amount which, const Decimal &value)
{
    m_mantissa[which][row] = value.isValid() ? value.mantissa() : 0;
    m_scale[which][row] = std::int8_t(value.isValid() ? value.scale() : -1);
}

void CustomerColumns::indexRow(int row) const
{
    const size_t mask = size_t(m_index.size()) - 1;
    size_t slot = hashOf(utf8(row, CustomerId)) & mask;
    while (m_index.at(slot) != 0)
        slot = (slot + 1) & mask;
    m_index[slot] = std::uint32_t(row) + 1;
}

void CustomerColumns::rebuildIndex(int rows) const
{
    m_indexStale = false;
    qsizetype capacity = 16;
    while (capacity < 2 * qsizetype(qMax(rows, size())))
        capacity *= 2;
    m_index = QList<std::uint32_t>();
    m_index.reserve(capacity);
    HugePages::adviseList(m_index);
    m_index.resize(capacity, 0);
    for (int row = 0; row < size(); ++row)
        indexRow(row);
}

int CustomerColumns::find(QStringView customerId) const
{
    if (m_indexStale)
        rebuildIndex();
    if (m_index.isEmpty())
        return -1;
    const QByteArray key = customerId.toUtf8();
    const size_t mask = size_t(m_index.size()) - 1;
    for (size_t slot = hashOf(key) & mask;; slot = (slot + 1) & mask) {
        const std::uint32_t entry = m_index.at(slot);
        if (entry == 0)
            return -1;
        if (utf8(int(entry - 1), CustomerId) == QByteArrayView(key))
            return int(entry - 1);
    }
}

void CustomerColumns::finishLoading()
{
    rebuildIndex();
}

std::int64_t CustomerColumns::stringBytes() const
{
    return m_arena.capacity() + m_search.capacity();
}

std::int64_t CustomerColumns::fixedBytes() const
{
    std::int64_t n = (m_rowAt.capacity() + m_searchAt.capacity() + m_associated.capacity()) * 8 +
                     m_customerType.capacity() + m_frozen.capacity() + m_index.capacity() * 4;
    for (int a = 0; a < AmountCount; ++a)
        n += m_mantissa[a].capacity() * 8 + m_scale[a].capacity();
    for (const Ranks &r : m_ranks)
        n += r.values.capacity() * 4;
    return n;
}
