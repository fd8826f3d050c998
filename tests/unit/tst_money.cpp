// Exact money: parsing (API text, user input, JSON doubles), arithmetic, rounding, formatting,
// the request rules, and property tests over random values.
#include "core/decimal.h"
#include "core/money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parseStrict_data();
    void parseStrict();
    void parseUserInput_data();
    void parseUserInput();
    void parseLocaleInput_data();
    void parseLocaleInput();
    void fromJson();
    void arithmeticAndCompare();
    void rounding_data();
    void rounding();
    void overflowIsInvalid();
    void multiply_data();
    void multiply();
    void format_data();
    void format();
    void requestRules_data();
    void requestRules();
    void propertyRoundTrip();
    void propertySumsMatchIntegerCents();
    void propertyDoublesConvertExactly();
};

void TestMoney::parseStrict_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("int") << "300" << true << "300";
    QTest::newRow("2dp") << "300.00" << true << "300.00";
    QTest::newRow("neg") << "-0.5" << true << "-0.5";
    QTest::newRow("lead-dot") << ".5" << true << "0.5";
    QTest::newRow("many-dp") << "0.000000000000000001" << true << "0.000000000000000001";
    QTest::newRow("exp") << "1e3" << false << "";
    QTest::newRow("nan") << "NaN" << false << "";
    QTest::newRow("inf") << "Infinity" << false << "";
    QTest::newRow("two-dots") << "12.3.4" << false << "";
    QTest::newRow("hex") << "0x10" << false << "";
    QTest::newRow("blank") << "   " << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("grouping-not-in-api") << "1,234.50" << false << "";
    QTest::newRow("plus-not-in-api") << "+1" << false << "";
    QTest::newRow("too-big") << "99999999999999999999" << false << "";
    QTest::newRow("dot-only") << "." << false << "";
}

void TestMoney::parseStrict()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, canonical);
    const auto d = Decimal::parse(text);
    QCOMPARE(bool(d), ok);
    if (ok)
        QCOMPARE(d->toString(), canonical);
}

void TestMoney::parseUserInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("grouping") << "1,234.50" << true << "1234.50";
    QTest::newRow("grouping-millions") << "12,345,678" << true << "12345678";
    QTest::newRow("bad-grouping") << "1,23.5" << false << "";
    QTest::newRow("fullwidth") << QString::fromUtf8("１２３．４") << true << "123.4";
    QTest::newRow("fullwidth-comma") << QString::fromUtf8("１，２３４") << true << "1234";
    QTest::newRow("spaces") << QString::fromUtf8("\u3000 42.10 ") << true << "42.10";
    QTest::newRow("yen") << QString::fromUtf8("¥1,234.50") << true << "1234.50";
    QTest::newRow("fw-yen") << QString::fromUtf8("￥ 8") << true << "8";
    QTest::newRow("cny") << "CNY 5.00" << true << "5.00";
    QTest::newRow("minus-yen") << QString::fromUtf8("-¥5") << true << "-5";
    QTest::newRow("plus") << "+7" << true << "7";
    QTest::newRow("exp") << "1e3" << false << "";
    QTest::newRow("nan") << "NaN" << false << "";
    QTest::newRow("dots") << "12.3.4" << false << "";
    QTest::newRow("hex") << "0x10" << false << "";
    QTest::newRow("blank") << QString::fromUtf8("\u3000") << false << "";
    QTest::newRow("letters") << "12abc" << false << "";
    QTest::newRow("inner-space") << "1 234" << false << "";
}

void TestMoney::parseUserInput()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, canonical);
    const auto d = Decimal::parse(text, Decimal::ParseMode::UserInput);
    QCOMPARE(bool(d), ok);
    if (ok)
        QCOMPARE(d->toString(), canonical);
}

void TestMoney::parseLocaleInput_data()
{
    // locale, text, result ("" = refused), ambiguous
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("ambiguous");
    QTest::newRow("zh grouping") << "zh_CN"
                                 << "1,234.56"
                                 << "1234.56" << false;
    QTest::newRow("en plain") << "en_US"
                              << "12.5"
                              << "12.5" << false;
    QTest::newRow("en comma decimals refused") << "en_US"
                                               << "12,50"
                                               << "" << false;
    QTest::newRow("zh full-width") << "zh_CN"
                                   << "１，２３４．５６"
                                   << "1234.56" << false;
    QTest::newRow("de grouped") << "de_DE"
                                << "1.234,56"
                                << "1234.56" << false;
    QTest::newRow("de comma") << "de_DE"
                              << "12,5"
                              << "12.5" << false;
    QTest::newRow("de many groups") << "de_DE"
                                    << "1.234.567,00"
                                    << "1234567.00" << false;
    QTest::newRow("de dots only groups") << "de_DE"
                                         << "1.234.567"
                                         << "1234567" << false;
    QTest::newRow("de C point") << "de_DE"
                                << "12.5"
                                << "12.5" << false;
    QTest::newRow("de C point 2dp") << "de_DE"
                                    << "1234.56"
                                    << "1234.56" << false;
    QTest::newRow("de ambiguous") << "de_DE"
                                  << "1.234"
                                  << "" << true;
    QTest::newRow("de currency") << "de_DE"
                                 << "CNY 1.234,50"
                                 << "1234.50" << false;
    QTest::newRow("de bad group") << "de_DE"
                                  << "12.34,5"
                                  << "" << false;
    QTest::newRow("fr spaces") << "fr_FR"
                               << "1 234,56"
                               << "1234.56" << false;
    QTest::newRow("fr nbsp") << "fr_FR"
                             << "1\u202f234,56"
                             << "1234.56" << false;
    QTest::newRow("de negative") << "de_DE"
                                 << "-0,5"
                                 << "-0.5" << false;
}

void TestMoney::parseLocaleInput()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(bool, ambiguous);
    bool wasAmbiguous = true;
    const auto d = Decimal::parseInput(text, QLocale(locale), &wasAmbiguous);
    QCOMPARE(bool(d), !canonical.isEmpty());
    if (d)
        QCOMPARE(d->toString(), canonical);
    QCOMPARE(wasAmbiguous, ambiguous);
}

void TestMoney::fromJson()
{
    const QJsonObject o =
        QJsonDocument::fromJson(
            R"({"a":0.1,"b":300.00,"c":"1234.56","d":1e-7,"e":123456789.01,"f":"x","g":null,"h":true})")
            .object();
    QCOMPARE(Decimal::fromJson(o["a"])->toString(), QStringLiteral("0.1"));
    QCOMPARE(Decimal::fromJson(o["b"])->toString(), QStringLiteral("300"));
    QCOMPARE(Decimal::fromJson(o["c"])->toString(), QStringLiteral("1234.56"));
    QCOMPARE(Decimal::fromJson(o["d"])->toString(), QStringLiteral("0.0000001"));
    QCOMPARE(Decimal::fromJson(o["e"])->toString(), QStringLiteral("123456789.01"));
    QVERIFY(!Decimal::fromJson(o["f"]));
    QVERIFY(!Decimal::fromJson(o["g"]));
    QVERIFY(!Decimal::fromJson(o["h"]));
    QVERIFY(!Decimal::fromDouble(std::numeric_limits<double>::quiet_NaN()));
    QVERIFY(!Decimal::fromDouble(std::numeric_limits<double>::infinity()));
    // 0.1 + 0.2 in double is 0.30000000000000004; in Decimal it is exactly 0.3.
    QCOMPARE((*Decimal::fromJson(o["a"]) + *Decimal::fromDouble(0.2)).toString(),
             QStringLiteral("0.3"));
}

void TestMoney::arithmeticAndCompare()
{
    const Decimal a = *Decimal::parse(u"1.50");
    const Decimal b = *Decimal::parse(u"1.5");
    QVERIFY(a == b);
    QCOMPARE(a.scale(), 2);
    QCOMPARE((a + *Decimal::parse(u"0.005")).toString(), QStringLiteral("1.505"));
    QCOMPARE((a - *Decimal::parse(u"2")).toString(), QStringLiteral("-0.50"));
    QVERIFY(*Decimal::parse(u"-0.01") < Decimal());
    QVERIFY(*Decimal::parse(u"10") > *Decimal::parse(u"9.999999"));
    QVERIFY(*Decimal::parse(u"-10") < *Decimal::parse(u"-9.5"));
    QCOMPARE((a * 3).toString(), QStringLiteral("4.50"));
    QCOMPARE(a.normalized().toString(), QStringLiteral("1.5"));
    QCOMPARE(Decimal::fromInt(7).withScale(2).toString(), QStringLiteral("7.00"));
}

void TestMoney::rounding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("half-up") << "2.345" << 2 << "2.35";
    QTest::newRow("below-half") << "2.3449" << 2 << "2.34";
    QTest::newRow("neg-half-away") << "-2.345" << 2 << "-2.35";
    QTest::newRow("to-int") << "0.5" << 0 << "1";
    QTest::newRow("widen") << "1.2" << 4 << "1.2000";
    QTest::newRow("carry") << "9.995" << 2 << "10.00";
}

void TestMoney::rounding()
{
    QFETCH(QString, value);
    QFETCH(int, scale);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::parse(value)->roundedHalfUp(scale).toString(), expected);
}

void TestMoney::overflowIsInvalid()
{
    const Decimal big = *Decimal::parse(u"9000000000000000000");
    QVERIFY(!(big + big).isValid());
    QVERIFY(!(big + big + Decimal::fromInt(1)).isValid()); // stays invalid
    QVERIFY(!(big * 2).isValid());
    QCOMPARE((big + big).toString(), QStringLiteral("NaN"));
    QVERIFY(!Decimal::fromMantissa(1, 19).isValid());
}

void TestMoney::multiply_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("price x ratio") << "143.40"
                                   << "0.92" << 2 << "131.93";
    QTest::newRow("exact") << "0.35"
                           << "100" << 2 << "35.00";
    QTest::newRow("half-up") << "0.125"
                             << "1" << 2 << "0.13";
    QTest::newRow("negative") << "-2.5"
                              << "0.3" << 1 << "-0.8";
    QTest::newRow("hourly precision") << "0.0441"
                                      << "0.85" << 6 << "0.037485";
    QTest::newRow("deep scales") << "0.000000001"
                                 << "0.000000001" << 18 << "0.000000000000000001";
    QTest::newRow("beyond max scale") << "0.1234567891"
                                      << "0.0000000019" << 18 << "0.000000000234567899";
}

void TestMoney::multiply()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, scale);
    QFETCH(QString, expected);
    const Decimal x = *Decimal::parse(a);
    const Decimal y = *Decimal::parse(b);
    QCOMPARE(x.multipliedBy(y, scale).toString(), expected);
    QCOMPARE(y.multipliedBy(x, scale).toString(), expected); // commutative
    QVERIFY(!(*Decimal::parse(u"9000000000000"))
                 .multipliedBy(*Decimal::parse(u"9000000"), 0)
                 .isValid());
}

void TestMoney::format_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh-cny") << "1234.5"
                            << "CNY"
                            << "zh_CN" << QString::fromUtf8("¥1,234.50");
    QTest::newRow("zh-usd") << "1234.5"
                            << "USD"
                            << "zh_CN" << QString::fromUtf8("US$1,234.50");
    QTest::newRow("zh-neg") << "-5"
                            << "CNY"
                            << "zh_CN" << QString::fromUtf8("-¥5.00");
    QTest::newRow("en-cny") << "1234.5"
                            << "CNY"
                            << "en_US"
                            << "CNY 1,234.50";
    QTest::newRow("en-usd") << "1234567.891"
                            << "USD"
                            << "en_US"
                            << "USD 1,234,567.891";
    QTest::newRow("en-neg") << "-0.05"
                            << "CNY"
                            << "en_US"
                            << "CNY -0.05";
    QTest::newRow("en-zero") << "0"
                             << "USD"
                             << "en_US"
                             << "USD 0.00";
}

void TestMoney::format()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Money(*Decimal::parse(amount), currency).format(QLocale(locale)), expected);
}

void TestMoney::requestRules_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<int>("problem");
    QTest::newRow("ok") << "300.00" << int(Decimal::AmountProblem::None);
    QTest::newRow("ok-trailing-zeros") << "1.2300" << int(Decimal::AmountProblem::None);
    QTest::newRow("zero") << "0.00" << int(Decimal::AmountProblem::NotPositive);
    QTest::newRow("negative") << "-1" << int(Decimal::AmountProblem::NotPositive);
    QTest::newRow("three-dp") << "1.005" << int(Decimal::AmountProblem::TooManyDecimals);
}

void TestMoney::requestRules()
{
    QFETCH(QString, amount);
    QFETCH(int, problem);
    const auto p = Decimal::parse(amount)->requestAmountProblem();
    QCOMPARE(int(p), problem);
    QCOMPARE(Decimal::amountProblemMessage(p).isEmpty(), p == Decimal::AmountProblem::None);
    QVERIFY(!Decimal::amountProblemMessage(Decimal::invalid().requestAmountProblem()).isEmpty());
}

void TestMoney::propertyRoundTrip()
{
    QRandomGenerator rng(20261125);
    for (int i = 0; i < 20000; ++i) {
        const qint64 m = qint64(rng.generate64() % 2000000000000000ULL) - 1000000000000000LL;
        const int scale = int(rng.bounded(0, 11));
        const Decimal d = Decimal::fromMantissa(m, scale);
        const auto back = Decimal::parse(d.toString());
        QVERIFY2(back && *back == d && back->scale() == scale, qPrintable(d.toString()));
        // user-input form with grouping reads back the same value
        const QString grouped = Money::formatNumber(d, QLocale(QLocale::English), 0);
        const auto fromUser = Decimal::parse(grouped, Decimal::ParseMode::UserInput);
        QVERIFY2(fromUser && *fromUser == d, qPrintable(grouped));
    }
}

void TestMoney::propertySumsMatchIntegerCents()
{
    QRandomGenerator rng(42);
    for (int round = 0; round < 200; ++round) {
        Decimal sum;
        qint64 cents = 0;
        for (int i = 0; i < 500; ++i) {
            const qint64 c = qint64(rng.bounded(0, 100000000)) - 50000000;
            cents += c;
            sum += Decimal::fromMantissa(c, 2);
        }
        QCOMPARE(sum, Decimal::fromMantissa(cents, 2));
        QCOMPARE(sum.toString(), Decimal::fromMantissa(cents, 2).toString());
    }
}

void TestMoney::propertyDoublesConvertExactly()
{
    // Any amount with at most 2 decimals that a server sends as a JSON number comes back exactly.
    QRandomGenerator rng(7);
    for (int i = 0; i < 50000; ++i) {
        const qint64 cents = qint64(rng.generate64() % 100000000000000ULL); // < 1e12 yuan
        const QString text = Decimal::fromMantissa(cents, 2).toString();
        const QJsonDocument doc = QJsonDocument::fromJson("{\"v\":" + text.toUtf8() + "}");
        const auto d = Decimal::fromJson(doc.object().value(QLatin1String("v")));
        QVERIFY2(d && *d == Decimal::fromMantissa(cents, 2), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
