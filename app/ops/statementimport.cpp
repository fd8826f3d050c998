#include "ops/statementimport.h"

#include "core/csvreader.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace {

const struct
{
    const char *field;
    const char *headers; // '|'-separated, compared case-insensitively without spaces
} kColumns[] = {
    {"bill_cycle", "账期|bill period|billing period|bill cycle|bill_cycle"},
    {"settlement_id", "账单编号|账单id|bill id|settlement id|settlement_id"},
    {"product_kind", "商品类型|product type|product kind|product_kind"},
    {"product_name", "商品名称|product name|product|product_name"},
    {"customer_id", "客户id|customer id|customer_id"},
    {"customer_name", "客户名称|customer name|customer|customer_name"},
    {"amount", "消费金额|金额|amount|consumption amount|consumption"},
    {"settle_amount", "分账金额|结算金额|settlement amount|settle amount|settle_amount"},
    {"status", "状态|status"},
};

QString squeeze(const QString &s)
{
    QString out = s.trimmed().toLower();
    out.remove(u' ');
    return out;
}

// Text a spreadsheet export protected with a leading apostrophe (formula guard) comes back clean.
QString cell(const QStringList &fields, int column)
{
    if (column < 0 || column >= fields.size())
        return {};
    QString v = fields.at(column).trimmed();
    if (v.size() > 1 && v.startsWith(u'\'') && QStringLiteral("=+-@").contains(v.at(1)))
        v.remove(0, 1);
    return v;
}

QString kindOf(const QString &text, bool *ok)
{
    const QString k = squeeze(text);
    *ok = true;
    if (k.isEmpty())
        return {};
    if (k == u"通用商品" || k == u"general")
        return QStringLiteral("general");
    if (k == u"非通用商品" || k == u"non-general" || k == u"non_general" || k == u"nongeneral")
        return QStringLiteral("non_general");
    *ok = false;
    return {};
}

} // namespace

QString StatementImport::fieldForHeader(const QString &header)
{
    QString h = squeeze(header);
    h.remove(u'\xfeff');
    for (const auto &c : kColumns) {
        const QStringList names = QString::fromUtf8(c.headers).split(u'|');
        for (const QString &n : names) {
            if (h == squeeze(n))
                return QString::fromLatin1(c.field);
        }
    }
    return {};
}

QString StatementImport::normalizePeriod(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})[-/.年]?(\\d{1,2})月?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt(), month = m.captured(2).toInt();
    if (year < 2000 || year > 2100 || month < 1 || month > 12)
        return {};
    if (m.captured(2).size() == 1 && !text.contains(QRegularExpression(QStringLiteral("[-/.年]"))))
        return {}; // "20263" is ambiguous
    return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
}

QStringList StatementImport::Result::periods() const
{
    return SettlementLine::periodsOf(lines);
}

StatementImport::Result StatementImport::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Result r;
        r.problems.append({0, tr("Cannot open %1: %2").arg(path, f.errorString())});
        return r;
    }
    if (f.size() > 64 * 1024 * 1024) {
        Result r;
        r.problems.append({0, tr("The file is larger than 64 MB; is it a statement?")});
        return r;
    }
    return read(f.readAll());
}

StatementImport::Result StatementImport::read(const QByteArray &bytes)
{
    Result result;
    CsvReader csv;
    QString problem;
    if (!csv.read(bytes, &problem)) {
        result.problems.append({0, problem});
        return result;
    }
    const QList<CsvReader::Record> &records = csv.records();
    if (records.isEmpty()) {
        result.problems.append({0, tr("The file is empty.")});
        return result;
    }
    QHash<QString, int> column;
    const QStringList header = records.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString field = fieldForHeader(header.at(i));
        if (!field.isEmpty() && !column.contains(field))
            column.insert(field, i);
    }
    QStringList missing;
    if (!column.contains(QStringLiteral("bill_cycle")))
        missing << tr("Bill period (账期)");
    if (!column.contains(QStringLiteral("product_name")))
        missing << tr("Product name (商品名称)");
    if (!column.contains(QStringLiteral("amount")))
        missing << tr("Amount (消费金额)");
    if (!column.contains(QStringLiteral("customer_id")) &&
        !column.contains(QStringLiteral("customer_name")))
        missing << tr("Customer ID (客户ID) or customer name (客户名称)");
    if (!missing.isEmpty()) {
        result.problems.append(
            {records.first().line,
             tr("The header row lacks: %1. See the expected columns in the help.")
                 .arg(missing.join(QStringLiteral("; ")))});
        return result;
    }
    auto at = [&](const CsvReader::Record &r, const char *field) {
        return cell(r.fields, column.value(QString::fromLatin1(field), -1));
    };
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvReader::Record &r = records.at(i);
        ++result.rows;
        QStringList why;
        if (r.fields.size() > header.size())
            why << tr("%n field(s) where the header has %1", "", int(r.fields.size()))
                       .arg(header.size());
        SettlementLine l;
        const QString period = at(r, "bill_cycle");
        l.billCycle = normalizePeriod(period);
        if (l.billCycle.isEmpty())
            why << tr("bill period “%1” is not YYYY-MM").arg(period);
        l.settlementId = at(r, "settlement_id");
        bool kindOk = true;
        l.productKind = kindOf(at(r, "product_kind"), &kindOk);
        if (!kindOk)
            why << tr("product type “%1” is neither general nor non-general")
                       .arg(at(r, "product_kind"));
        l.productName = at(r, "product_name");
        if (l.productName.isEmpty())
            why << tr("no product name");
        l.customerId = at(r, "customer_id");
        l.customerName = at(r, "customer_name");
        if (l.customerId.isEmpty() && l.customerName.isEmpty())
            why << tr("no customer ID or name");
        const QString amount = at(r, "amount");
        const auto a = Decimal::parse(amount, Decimal::ParseMode::UserInput);
        if (a)
            l.amount = *a;
        else
            why << tr("amount “%1” is not a number").arg(amount);
        const QString settle = at(r, "settle_amount");
        if (!settle.isEmpty()) {
            const auto s = Decimal::parse(settle, Decimal::ParseMode::UserInput);
            if (s)
                l.settleAmount = *s;
            else
                why << tr("settlement amount “%1” is not a number").arg(settle);
        }
        l.status = at(r, "status");
        if (why.isEmpty())
            result.lines.append(l);
        else
            result.problems.append({r.line, why.join(QStringLiteral("; "))});
    }
    if (result.rows == 0)
        result.problems.append({0, tr("The file has a header but no rows.")});
    return result;
}
