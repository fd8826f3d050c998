// The bad-input catalogue (docs/bad-inputs.md): forms, runner inputs, API answers, import files
// and CLI flags, each case run in English and in Chinese. A refused input must say why in both
// languages (the Chinese text is a translation, not the English one) and must send nothing (the
// sandbox or the fake server counts requests); an accepted-but-unusual input must be read the one
// right way. Set PC_BAD_INPUTS_OUT=file to write the catalogue's table from the run.
#include "badinputcases.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestBadInputs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void input_data();
    void input();
    void cleanupTestCase();

private:
    BadInputCases m_cases;
    QStringList m_rows; // the catalogue's table rows, in case order
};

void TestBadInputs::initTestCase()
{
    QString error;
    QVERIFY2(m_cases.start(&error), qPrintable(error));
    QVERIFY2(m_cases.all().size() >= 60, "the catalogue has at least 60 cases");
}

void TestBadInputs::input_data()
{
    QTest::addColumn<int>("index");
    const QList<BadInputCases::Case> &all = m_cases.all();
    for (int i = 0; i < all.size(); ++i)
        QTest::addRow("%s", qPrintable(all.at(i).id)) << i;
}

namespace {
bool hasChinese(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}
} // namespace

void TestBadInputs::input()
{
    QFETCH(int, index);
    const BadInputCases::Case &c = m_cases.all().at(index);
    BadInputCases::Outcome en = m_cases.run(c, QStringLiteral("en"));
    BadInputCases::Outcome zh = m_cases.run(c, QStringLiteral("zh_CN"));
    QVERIFY2(en.ran, qPrintable(en.message));
    if (c.accepted.isEmpty()) {
        QVERIFY2(en.refused, qPrintable(QStringLiteral("accepted: ") + en.message));
        QVERIFY(zh.refused);
        QVERIFY2(!en.message.trimmed().isEmpty(), "refused without a message");
        QVERIFY2(hasChinese(zh.message),
                 qPrintable(QStringLiteral("not translated: ") + zh.message));
        QVERIFY2(en.message != zh.message, qPrintable(en.message));
        QVERIFY2(!zh.message.contains(
                     QRegularExpression(QStringLiteral("[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}"))),
                 qPrintable(QStringLiteral("English left in the Chinese message: ") + zh.message));
        // English (console terms may follow in brackets, as the console names them).
        QVERIFY2(en.message.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}"))),
                 qPrintable(QStringLiteral("not English: ") + en.message));
    } else {
        QVERIFY2(!en.refused, qPrintable(en.message));
        QCOMPARE(en.value, c.accepted);
        QCOMPARE(zh.value, c.accepted);
        if (!en.message.isEmpty()) // what is shown for it is translated too
            QVERIFY2(hasChinese(zh.message), qPrintable(zh.message));
    }
    if (c.nothingSent) {
        QCOMPARE(en.requests, 0);
        QCOMPARE(zh.requests, 0);
    }
    auto cell = [](QString text) {
        return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ').trimmed();
    };
    const QString outcome =
        c.accepted.isEmpty()
            ? (c.nothingSent ? QStringLiteral("refused, nothing sent") : QStringLiteral("refused"))
            : QStringLiteral("read as %1").arg(c.accepted);
    m_rows.append(QStringLiteral("| %1 | %2 | `%3` | %4 | %5 | %6 |")
                      .arg(c.id, c.where, cell(c.input.left(60)), outcome, cell(en.message),
                           cell(zh.message)));
}

void TestBadInputs::cleanupTestCase()
{
    const QString out = qEnvironmentVariable("PC_BAD_INPUTS_OUT");
    if (out.isEmpty())
        return;
    QFile f(out);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write((QStringLiteral("| # | where | input | outcome | English | 中文 |\n"
                                "|---|---|---|---|---|---|\n") +
                 m_rows.join(u'\n') + u'\n')
                    .toUtf8());
}

QTEST_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
