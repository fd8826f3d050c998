#pragma once

#include "bss/types.h"
#include "core/decimal.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstdint>

class QCollator;

// The customer list as a column store, the storage behind CustomerModel for lists of any size
// (a million rows is the design point). Instead of one QString object per field:
// - every row's text fields are one record in a single UTF-8 arena (a length byte or two before
//   each field), found through one 64-bit offset per row;
// - the five searchable fields (name, account, ID, tag, account manager) are kept once more,
//   case-folded and joined by \x01, in a second arena, so a search is one memmem() over memory;
// - dates, flags and the four amounts are plain arrays;
// - the customer ID index is an open-addressing table of row numbers over the arena's bytes.
// Sort keys for text columns are dense collation ranks (equal texts share a rank), computed on
// demand, kept until the data changes, and stored with the local cache.
// Implicitly shared: a copy costs nothing until one side changes, so a snapshot can be handed to
// a worker thread.
class CustomerColumns
{
public:
    enum Field : std::uint8_t {
        CustomerId,
        AccountName,
        CustomerName,
        AssociationType,
        Label,
        Telephone,
        CountryCode,
        Email,
        VerifiedStatus,
        AccountManager,
        XaccountId,
        XaccountType,
        CustomerLevel,
        IndirectPartnerId,
        FieldCount
    };
    enum Amount : std::uint8_t { Balance, Debt, Spend, Coupons, AmountCount };
    // The segments of searchText(), in this order.
    static constexpr Field SearchFields[] = {CustomerName, AccountName, CustomerId, Label,
                                             AccountManager};
    static constexpr char SearchSeparator = '\x01';

    int size() const { return int(m_rowAt.size()); }
    bool isEmpty() const { return m_rowAt.isEmpty(); }
    void reserve(int rows);
    void clear();

    // Appends a row and returns its number; the caller makes sure the ID is new (find()).
    int append(const Customer &customer);
    // Rewrites a row in place (a page fetched again).
    void replace(int row, const Customer &customer);
    // Keeps the rows whose flag is true, in order; row numbers after removed ones shift down.
    // The arenas come out compact.
    void keepRows(const QList<bool> &keep);
    // Room for `rows` rows in every array, the ID index and the text arenas (estimated from the
    // rows so far), so appends up to there never copy what is stored.
    void expect(int rows);
    // Removes rows first .. first + count - 1 without copying the text (see compact()).
    void removeRows(int first, int count);
    // Drops the text of rewritten rows from the arenas and packs rows appended one by one into
    // freshly reserved (huge-page) arenas; after a refresh. Copies the text once.
    void compact();
    // The same in three steps, so the copying can run on a worker: take the text (shared, cheap),
    // pack() it anywhere, and install it if no row changed meanwhile. Amounts and dates stay.
    struct Text
    {
        std::uint64_t version = 0;
        QByteArray arena, search;
        QList<std::int64_t> rowAt, searchAt;
        void pack();
    };
    bool needsCompact() const { return m_fragmented || !m_packed; }
    Text text() const;
    // False (and nothing changed) when the rows changed since text() was taken.
    bool install(Text &&packed);

    Customer customer(int row) const;
    QByteArrayView utf8(int row, Field field) const;
    QString text(int row, Field field) const { return QString::fromUtf8(utf8(row, field)); }
    // Milliseconds since the epoch; INT64_MIN when the time is unknown.
    std::int64_t associatedMsecs(int row) const { return m_associated.at(row); }
    static constexpr std::int64_t NoTime = INT64_MIN;
    // The folded search text of one row: the SearchFields joined by SearchSeparator.
    QByteArrayView searchText(int row) const;
    // The whole search arena and the offset of each row's text in it. While contiguous (no row
    // rewritten since the last compact()), row r spans searchOffset(r) .. searchOffset(r + 1) - 1
    // and one scan of the arena visits every row in order.
    bool isSearchContiguous() const { return !m_fragmented; }
    const char *searchArena() const { return m_search.constData(); }
    std::int64_t searchOffset(int row) const
    {
        return row < size() ? m_searchAt.at(row) : m_search.size();
    }

    Decimal amount(int row, Amount which) const;
    void setAmount(int row, Amount which, const Decimal &value);

    int find(QStringView customerId) const;

    // Dense collation ranks of a text field: a < b in `collator` order iff rank(a) < rank(b);
    // equal texts share a rank. Computed here on first use (two threads for large lists) and kept
    // until the rows change or another collation is asked for.
    const QList<std::uint32_t> &ranks(Field field, const QCollator &collator) const;
    bool hasRanks(Field field, const QString &collation) const;
    // Installs ranks computed elsewhere (on a worker, from a copy of this store at version()).
    void setRanks(Field field, const QString &collation, const QList<std::uint32_t> &ranks);
    // Changes whenever a row's text does: ranks computed at one version fit only that version.
    std::uint64_t version() const { return m_version; }
    // The name ranks are kept under: locale and collator options.
    static QString collationName(const QCollator &collator);

    // Bytes of text (both arenas) and bytes of everything else (offsets, numbers, index).
    std::int64_t stringBytes() const;
    std::int64_t fixedBytes() const;

    // One block of rows for the local cache (CustomerStore): self-describing bytes that load back
    // with a memcpy per array. Ranks of `rankedField` go along when present for `collation`.
    QByteArray encodeChunk(int first, int count, Field rankedField, const QString &collation) const;
    // Appends the rows of a chunk; false (and nothing appended) when it is damaged.
    bool appendChunk(QByteArrayView chunk, QString *problem);
    // Before appendChunk()s: room for this much text, so the arenas are never copied to grow.
    void reserveText(std::int64_t arenaBytes, std::int64_t searchBytes);
    std::int64_t arenaSize() const { return m_arena.size(); }
    std::int64_t searchSize() const { return m_search.size(); }
    // Call after the last appendChunk(): builds the ID index once for all rows.
    void finishLoading();

    // The needle for searchText(): trimmed, case-folded UTF-8. Empty when `text` is blank.
    static QByteArray foldNeedle(const QString &text);
    // Which SearchFields of `row` contain `needle` (a foldNeedle()), as bits 1 << (index in
    // SearchFields); 0 when none does.
    unsigned searchHits(int row, QByteArrayView needle) const;
    // A copy of `source` with every personal field masked (the local cache stores no clear text).
    static CustomerColumns masked(const CustomerColumns &source);
    // The folded search text of one customer (what searchText() holds for it).
    static QByteArray searchTextOf(const Customer &customer);

private:
    void appendRecord(const Customer &customer);
    // Where row's record ends in m_arena.
    std::int64_t recordEnd(int row) const;
    // Appends row `row` of `source`'s dates, flags and amounts (after appendRecord()).
    void appendFixedFrom(const CustomerColumns &source, int row);
    void indexRow(int row) const;
    void rebuildIndex(int rows = 0) const; // room for at least `rows` rows
    void dropRanks();
    static std::uint64_t nextVersion();
    struct Ranks
    {
        QString collation;
        QList<std::uint32_t> values;
    };

    QByteArray m_arena;                // records: per field a length (varint) then UTF-8 bytes
    QList<std::int64_t> m_rowAt;       // record start per row
    QByteArray m_search;               // folded search text per row
    QList<std::int64_t> m_searchAt;    // search text start per row
    QList<std::int64_t> m_associated;  // msecs since epoch
    QList<std::int8_t> m_customerType; // -1 unknown
    QList<std::int8_t> m_frozen;       // is_frozen
    QList<std::int64_t> m_mantissa[AmountCount];
    QList<std::int8_t> m_scale[AmountCount]; // -1: unknown amount
    mutable QList<std::uint32_t> m_index;    // open addressing: row + 1, 0 empty
    mutable bool m_indexStale = false;       // rows removed since it was built
    bool m_fragmented = false;               // replace() put rows out of arena order
    bool m_packed = true;                    // arenas reserved in one piece (see compact())
    std::uint64_t m_version = 0;
    mutable Ranks m_ranks[FieldCount];
};
