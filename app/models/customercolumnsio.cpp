// CustomerColumns: collation ranks, the chunk format of the local cache, and the masked copy.
#include "core/halves.h"
#include "core/hugepages.h"
#include "core/masking.h"
#include "models/customercolumns.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <cstring>

namespace {

constexpr char kMagic[4] = {'P', 'D', 'C', 'C'};
constexpr std::uint32_t kVersion = 1;
constexpr int kParallelFrom = 20000; // below this one thread is faster than starting another

template<typename F> void inHalves(int n, F f)
{
    runInHalves(n, kParallelFrom, f);
}

template<typename T> void putArray(QByteArray &out, const QList<T> &values, int first, int count)
{
    out.append(reinterpret_cast<const char *>(values.constData() + first),
               qsizetype(count) * qsizetype(sizeof(T)));
}

// A bounds-checked reader over a chunk.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes) : m_p(bytes.data()), m_end(bytes.data() + bytes.size()) {}
    bool take(void *to, qsizetype n)
    {
        if (n < 0 || m_end - m_p < n)
            return false;
        if (n > 0) // memcpy with a null pointer is undefined even for 0 bytes
            std::memcpy(to, m_p, size_t(n));
        m_p += n;
        return true;
    }
    template<typename T> bool takeArray(QList<T> &to, int count)
    {
        // Bounds first: a damaged count must not make us allocate before we know it is wrong.
        const qsizetype bytes = qsizetype(count) * qsizetype(sizeof(T));
        if (count < 0 || m_end - m_p < bytes)
            return false;
        const qsizetype at = to.size();
        to.resize(at + count);
        return take(to.data() + at, bytes);
    }
    const char *take(qsizetype n)
    {
        if (n < 0 || m_end - m_p < n)
            return nullptr;
        const char *p = m_p;
        m_p += n;
        return p;
    }
    bool atEnd() const { return m_p == m_end; }

private:
    const char *m_p;
    const char *m_end;
};

// True when `record` is exactly FieldCount length-prefixed fields.
bool wellFormedRecord(const char *p, qsizetype length)
{
    const char *end = p + length;
    for (int f = 0; f < CustomerColumns::FieldCount; ++f) {
        qsizetype n = 0;
        for (int shift = 0;; shift += 7) {
            if (p == end || shift > 28)
                return false;
            const auto b = static_cast<unsigned char>(*p++);
            n |= qsizetype(b & 0x7f) << shift;
            if (!(b & 0x80))
                break;
        }
        // Text must be UTF-8 as written: a field that would change on decoding (an ID above all)
        // could no longer be found again.
        if (end - p < n || !QByteArrayView(p, n).isValidUtf8())
            return false;
        p += n;
    }
    return p == end;
}

} // namespace

QString CustomerColumns::collationName(const QCollator &c)
{
    return QStringLiteral("%1/%2%3%4")
        .arg(c.locale().name())
        .arg(c.caseSensitivity() == Qt::CaseSensitive ? 's' : 'i')
        .arg(c.numericMode() ? 'n' : '-')
        .arg(c.ignorePunctuation() ? 'p' : '-');
}

bool CustomerColumns::hasRanks(Field field, const QString &collation) const
{
    const Ranks &r = m_ranks[field];
    return r.values.size() == size() && r.collation == collation;
}

void CustomerColumns::setRanks(Field field, const QString &collation,
                               const QList<std::uint32_t> &ranks)
{
    if (ranks.size() == size())
        m_ranks[field] = Ranks{collation, ranks};
}

void CustomerColumns::dropRanks()
{
    m_version = nextVersion();
    for (Ranks &r : m_ranks) {
        if (!r.values.isEmpty())
            r = Ranks();
    }
}

const QList<std::uint32_t> &CustomerColumns::ranks(Field field, const QCollator &collator) const
{
    const QString collation = collationName(collator);
    Ranks &r = m_ranks[field];
    if (r.values.size() == size() && r.collation == collation)
        return r.values;
    // Sort keys only for distinct texts: tags, types and country codes repeat a lot.
    QHash<QByteArrayView, std::uint32_t> ids;
    QList<QByteArrayView> distinct;
    QList<std::uint32_t> idOf(size());
    for (int row = 0; row < size(); ++row) {
        const QByteArrayView v = utf8(row, field);
        auto it = ids.constFind(v);
        if (it == ids.cend()) {
            it = ids.insert(v, std::uint32_t(distinct.size()));
            distinct.append(v);
        }
        idOf[row] = *it;
    }
    const int n = int(distinct.size());
    std::vector<QCollatorSortKey> low, high;
    const int mid = n < kParallelFrom ? n : n / 2;
    inHalves(n, [&](int first, int last) {
        QCollator local(collator.locale()); // one collator per thread
        local.setCaseSensitivity(collator.caseSensitivity());
        local.setNumericMode(collator.numericMode());
        local.setIgnorePunctuation(collator.ignorePunctuation());
        std::vector<QCollatorSortKey> &keys = first == 0 ? low : high;
        keys.reserve(size_t(last - first));
        for (int i = first; i < last; ++i)
            keys.push_back(local.sortKey(QString::fromUtf8(distinct.at(i))));
    });
    auto key = [&](int i) -> const QCollatorSortKey & {
        return i < mid ? low[size_t(i)] : high[size_t(i - mid)];
    };
    std::vector<int> order(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        order[size_t(i)] = i;
    auto less = [&](int a, int b) { return key(a).compare(key(b)) < 0; };
    inHalves(n, [&](int first, int last) {
        std::sort(order.begin() + first, order.begin() + last, less);
    });
    if (n >= kParallelFrom)
        std::inplace_merge(order.begin(), order.begin() + n / 2, order.end(), less);
    QList<std::uint32_t> rankOfDistinct(n);
    std::uint32_t rank = 0;
    for (int i = 0; i < n; ++i) {
        if (i > 0 && key(order[size_t(i - 1)]).compare(key(order[size_t(i)])) != 0)
            ++rank;
        rankOfDistinct[order[size_t(i)]] = rank;
    }
    r.collation = collation;
    r.values.resize(size());
    for (int row = 0; row < size(); ++row)
        r.values[row] = rankOfDistinct.at(idOf.at(row));
    return r.values;
}

QByteArray CustomerColumns::encodeChunk(int first, int count, Field rankedField,
                                        const QString &collation) const
{
    const bool withRanks = hasRanks(rankedField, collation);
    QByteArray out;
    out.append(kMagic, 4);
    auto put32 = [&out](std::uint32_t v) { out.append(reinterpret_cast<const char *>(&v), 4); };
    put32(kVersion);
    put32(std::uint32_t(count));
    put32(withRanks ? 1u : 0u);
    const QByteArray name = withRanks ? collation.toUtf8() : QByteArray();
    put32(std::uint32_t(name.size()));
    out.append(name);
    out.append(char(rankedField));
    auto spans = [&](const QByteArray &arena, auto lengthOf, auto startOf) {
        QList<std::uint32_t> lengths(count);
        for (int i = 0; i < count; ++i)
            lengths[i] = std::uint32_t(lengthOf(first + i));
        putArray(out, lengths, 0, count);
        for (int i = 0; i < count; ++i)
            out.append(arena.constData() + startOf(first + i), lengths.at(i));
    };
    spans(
        m_arena, [this](int row) { return recordEnd(row) - m_rowAt.at(row); },
        [this](int row) { return m_rowAt.at(row); });
    spans(
        m_search, [this](int row) { return searchText(row).size(); },
        [this](int row) { return m_searchAt.at(row); });
    putArray(out, m_associated, first, count);
    putArray(out, m_customerType, first, count);
    putArray(out, m_frozen, first, count);
    for (int a = 0; a < AmountCount; ++a) {
        putArray(out, m_mantissa[a], first, count);
        putArray(out, m_scale[a], first, count);
    }
    if (withRanks)
        putArray(out, m_ranks[rankedField].values, first, count);
    return out;
}

bool CustomerColumns::appendChunk(QByteArrayView chunk, QString *problem)
{
    auto fail = [problem](const char *what) {
        if (problem)
            *problem = QString::fromLatin1(what);
        return false;
    };
    Reader in(chunk);
    char magic[4];
    std::uint32_t version = 0, count = 0, flags = 0, nameLength = 0;
    if (!in.take(magic, 4) || std::memcmp(magic, kMagic, 4) != 0)
        return fail("not a customer chunk");
    if (!in.take(&version, 4) || version != kVersion)
        return fail("unknown chunk version");
    if (!in.take(&count, 4) || !in.take(&flags, 4) || !in.take(&nameLength, 4) ||
        count > (1u << 26))
        return fail("damaged chunk header");
    const char *name = in.take(nameLength);
    std::uint8_t rankedField = 0;
    if (!name || !in.take(&rankedField, 1) || rankedField >= FieldCount)
        return fail("damaged chunk header");
    // Everything is checked in place first, so a damaged chunk leaves this store untouched;
    // then each array is appended with one memcpy.
    const int n = int(count);
    struct Span
    {
        QList<std::uint32_t> lengths;
        const char *bytes = nullptr;
        qsizetype total = 0;
    };
    auto span = [&](Span &out, bool records) {
        if (!in.takeArray(out.lengths, n))
            return false;
        for (std::uint32_t l : std::as_const(out.lengths))
            out.total += l;
        out.bytes = in.take(out.total);
        if (!out.bytes)
            return false;
        qsizetype at = 0;
        for (std::uint32_t l : std::as_const(out.lengths)) {
            if (records ? !wellFormedRecord(out.bytes + at, l)
                        : (l == 0 || out.bytes[at + l - 1] != SearchSeparator))
                return false;
            at += l;
        }
        return true;
    };
    Span records, search;
    if (!span(records, true) || !span(search, false))
        return fail("damaged chunk rows");
    const char *associated = in.take(qsizetype(n) * 8);
    const char *customerType = in.take(n);
    const char *frozen = in.take(n);
    const char *mantissa[AmountCount] = {};
    const char *scale[AmountCount] = {};
    bool ok = associated && customerType && frozen;
    for (int a = 0; ok && a < AmountCount; ++a) {
        mantissa[a] = in.take(qsizetype(n) * 8);
        scale[a] = in.take(n);
        ok = mantissa[a] && scale[a];
        for (int i = 0; ok && i < n; ++i)
            ok = std::int8_t(scale[a][i]) >= -1 && std::int8_t(scale[a][i]) <= Decimal::MaxScale;
    }
    const char *ranks = ok && (flags & 1u) ? in.take(qsizetype(n) * 4) : nullptr;
    if (!ok || ((flags & 1u) && !ranks) || !in.atEnd())
        return fail("damaged chunk columns");

    // Ranks survive only when every chunk so far carried them for the same field and collation.
    const QString collation = QString::fromUtf8(name, nameLength);
    Ranks &r = m_ranks[rankedField];
    const bool ranksContinue =
        ranks && r.values.size() == size() && (isEmpty() || r.collation == collation);
    QList<std::uint32_t> keptRanks = ranksContinue ? r.values : QList<std::uint32_t>();
    auto appendStarts = [n](QByteArray &arena, QList<std::int64_t> &starts, const Span &from) {
        std::int64_t at = arena.size();
        arena.append(from.bytes, from.total);
        starts.reserve(starts.size() + n);
        for (std::uint32_t l : from.lengths) {
            starts.append(at);
            at += l;
        }
    };
    appendStarts(m_arena, m_rowAt, records);
    appendStarts(m_search, m_searchAt, search);
    auto appendRaw = [n](auto &list, const char *bytes) {
        if (n == 0)
            return;
        const qsizetype at = list.size();
        list.resize(at + n);
        std::memcpy(list.data() + at, bytes, size_t(n) * sizeof(list.at(0)));
    };
    appendRaw(m_associated, associated);
    appendRaw(m_customerType, customerType);
    appendRaw(m_frozen, frozen);
    for (int a = 0; a < AmountCount; ++a) {
        appendRaw(m_mantissa[a], mantissa[a]);
        appendRaw(m_scale[a], scale[a]);
    }
    dropRanks();
    if (ranksContinue) {
        appendRaw(keptRanks, ranks);
        r.collation = collation;
        r.values = std::move(keptRanks);
    }
    return true;
}

void CustomerColumns::reserveText(std::int64_t arenaBytes, std::int64_t searchBytes)
{
    m_arena.reserve(qsizetype(arenaBytes));
    m_search.reserve(qsizetype(searchBytes));
    HugePages::adviseList(m_arena);
    HugePages::adviseList(m_search);
    m_packed = true;
}

CustomerColumns CustomerColumns::masked(const CustomerColumns &source)
{
    CustomerColumns out;
    out.reserve(source.size());
    for (int row = 0; row < source.size(); ++row) {
        Customer c = source.customer(row);
        // By the API field each value came from (Masking::kindOfField, the one source).
        auto mask = [](const QString &v, const char16_t *field) {
            return Masking::mask(v, Masking::kindOfField(field));
        };
        c.customerName = mask(c.customerName, u"customer_name");
        c.accountName = mask(c.accountName, u"account_name");
        c.accountManager = mask(c.accountManager, u"account_name"); // account_managers[0]
        c.telephone = mask(c.telephone, u"telephone");
        c.countryCode = mask(c.countryCode, u"country_code");
        c.email = mask(c.email, u"email");
        out.appendRecord(c);
        out.appendFixedFrom(source, row);
    }
    out.rebuildIndex();
    return out;
}
