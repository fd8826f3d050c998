// Issue 23's layout test: every page of both sites, in both languages, at 1280×800 and 1024×700
// (entered by a live switch, as a user does): the window keeps the size asked for, the page does
// not scroll sideways, and no visible label, button or combo box is narrower than its text, no
// header section narrower than its title, no money or date cell in view elided — on every tab
// of the page. And a live switch either way leaves no visible string in the other language.
#include "core/translator.h"
#include "layoutprobe.h"
#include "mainwindow.h"
#include "ops/session.h"
#include "pageregistry.h"
#include "pages/customerspage.h"
#include "sandboxstarter.h"

#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

#include <functional>

class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void nothingClippedNoSidewaysScroll_data();
    void nothingClippedNoSidewaysScroll();
    void liveSwitchLeavesNoOtherLanguage_data();
    void liveSwitchLeavesNoOtherLanguage();

private:
    struct Site
    {
        Session *session = nullptr;
        MainWindow *window = nullptr;
    };
    static QStringList pageKeys(MainWindow *window, Session *session);
    void show(MainWindow *window, const QString &language, const QString &page);
    static QWidget *currentPage(MainWindow *window);
    // `look` on the page as shown, then with each other tab of its tab widgets current.
    static void onEveryTab(QWidget *page, const std::function<void(const QString &tab)> &look);
    static QStringList clippedOnEveryTab(QWidget *page);
    static QHash<QString, QString> textsOnEveryTab(QWidget *page);

    Translator m_translator;
    Site m_china;
    Site m_intl;
};

void TestLayout::initTestCase()
{
    m_translator.setLanguage(QStringLiteral("en"));
    for (Site *site : {&m_china, &m_intl}) {
        const bool intl = site == &m_intl;
        site->session = new Session;
        site->window = new MainWindow(site->session);
        site->window->setTranslator(&m_translator);
        QSignalSpy customers(site->window->page<CustomersPage>(), &CustomersPage::loaded);
        SandboxStarter::startFor(site->session, {23, 120, intl});
        site->window->resize(1280, 800);
        site->window->show();
        QVERIFY(customers.wait(60000));
    }
    // Every page built and its first load in (the lazy pages are built after the first paint).
    for (Site *site : {&m_china, &m_intl}) {
        for (const QString &key : pageKeys(site->window, site->session))
            QVERIFY(site->window->openPage(key));
    }
    QTest::qWait(1500);
}

void TestLayout::cleanupTestCase()
{
    for (Site *site : {&m_china, &m_intl}) {
        delete site->window;
        delete site->session;
    }
}

QStringList TestLayout::pageKeys(MainWindow *window, Session *session)
{
    Q_UNUSED(window)
    QStringList keys;
    for (const PageRegistry::Entry &e : PageRegistry::entries()) {
        if (PageRegistry::offeredBy(e, session->client()))
            keys.append(e.key);
    }
    return keys;
}

QWidget *TestLayout::currentPage(MainWindow *window)
{
    return window->findChild<QStackedWidget *>()->currentWidget();
}

void TestLayout::show(MainWindow *window, const QString &language, const QString &page)
{
    if (m_translator.language() != language) {
        m_china.window->switchLanguage(language);
        m_intl.window->switchLanguage(language);
    }
    QVERIFY(window->openPage(page));
    for (int i = 0; i < 3; ++i) { // layouts settle (a relayout can ask for another)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QTest::qWait(20);
    }
}

void TestLayout::onEveryTab(QWidget *page, const std::function<void(const QString &tab)> &look)
{
    look(QString());
    for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == was || !tabs->isTabVisible(i) || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QTest::qWait(20);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            look(tabs->tabText(i));
        }
        tabs->setCurrentIndex(was);
    }
}

QStringList TestLayout::clippedOnEveryTab(QWidget *page)
{
    QStringList problems;
    onEveryTab(page, [&](const QString &tab) {
        for (const QString &p : LayoutProbe::clipped(page))
            problems.append(tab.isEmpty() ? p : tab + QStringLiteral(" tab: ") + p);
    });
    problems.removeDuplicates();
    return problems;
}

QHash<QString, QString> TestLayout::textsOnEveryTab(QWidget *page)
{
    QHash<QString, QString> texts;
    onEveryTab(page, [&](const QString &) { texts.insert(LayoutProbe::texts(page)); });
    return texts;
}

void TestLayout::nothingClippedNoSidewaysScroll_data()
{
    QTest::addColumn<bool>("intl");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("page");
    for (const bool intl : {false, true}) {
        const Site &site = intl ? m_intl : m_china;
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
                for (const QString &page : pageKeys(site.window, site.session))
                    QTest::newRow(qPrintable(QStringLiteral("%1/%2/%3x%4/%5")
                                                 .arg(intl ? u"intl" : u"china", language)
                                                 .arg(size.width())
                                                 .arg(size.height())
                                                 .arg(page)))
                        << intl << language << size << page;
            }
        }
    }
}

void TestLayout::nothingClippedNoSidewaysScroll()
{
    QFETCH(bool, intl);
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(QString, page);
    MainWindow *window = (intl ? m_intl : m_china).window;
    window->resize(size);
    show(window, language, page);
    QCOMPARE(window->size(), size); // the window's minimum fits the screen
    auto *scroll = window->findChild<QScrollArea *>(QStringLiteral("pageScroll"));
    QVERIFY(scroll);
    // The widgets that need more than the room there is (the innermost ones say why).
    QStringList wide;
    const int room = scroll->viewport()->width();
    for (QWidget *w : currentPage(window)->findChildren<QWidget *>()) {
        if (w->isVisible() && w->minimumSizeHint().width() > room - 40)
            wide << QStringLiteral("%1#%2 %3")
                        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                        .arg(w->minimumSizeHint().width());
    }
    QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0,
             qPrintable(QStringLiteral("the page scrolls sideways by %1 px (needs %2): %3")
                            .arg(scroll->horizontalScrollBar()->maximum())
                            .arg(currentPage(window)->minimumSizeHint().width())
                            .arg(wide.join(QStringLiteral(", ")))));
    const QStringList problems = clippedOnEveryTab(currentPage(window));
    QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
}

void TestLayout::liveSwitchLeavesNoOtherLanguage_data()
{
    QTest::addColumn<bool>("intl");
    QTest::addColumn<QString>("page");
    for (const bool intl : {false, true}) {
        const Site &site = intl ? m_intl : m_china;
        for (const QString &page : pageKeys(site.window, site.session))
            QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(intl ? u"intl" : u"china", page)))
                << intl << page;
    }
}

// Shown in English, switched to Chinese and back: a string still the same as in English and
// made of English words is left untranslated in Chinese; a string with Chinese characters after
// the switch back is left in Chinese. Names that are the same in both languages (currency codes,
// file formats, the product's name, IDs) are not words of either.
void TestLayout::liveSwitchLeavesNoOtherLanguage()
{
    QFETCH(bool, intl);
    QFETCH(QString, page);
    MainWindow *window = (intl ? m_intl : m_china).window;
    window->resize(1280, 800);
    show(window, QStringLiteral("en"), page);
    const QHash<QString, QString> english = textsOnEveryTab(currentPage(window));
    show(window, QStringLiteral("zh_CN"), page);
    const QHash<QString, QString> chinese = textsOnEveryTab(currentPage(window));
    show(window, QStringLiteral("en"), page);
    const QHash<QString, QString> back = textsOnEveryTab(currentPage(window));

    static const QRegularExpression same(QStringLiteral(
        "PartnerDesk|CNY|USD|CSV|XLSX|JSON|HTTPS?|AK/SK|ID|IDs|MDF|BSS|SDK|URL|Ctrl|Shift|"
        "[A-Za-z0-9.-]+\\.(com|cn|json|csv|xlsx)|[A-Z]{2,}[A-Z0-9._-]*[0-9][A-Z0-9._-]*|"
        "https?://\\S+|[0-9a-f]{8,}"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    QStringList left;
    for (auto it = chinese.cbegin(); it != chinese.cend(); ++it) {
        QString rest = it.value();
        rest.remove(same);
        if (english.value(it.key()) == it.value() && rest.contains(word) && !rest.contains(han))
            left << QStringLiteral("still English in zh_CN: %1 \"%2\"").arg(it.key(), it.value());
    }
    // A name quoted as it is written elsewhere (a file's column “账期”) is a literal, not text.
    static const QRegularExpression quoted(QStringLiteral("“[^”]*”"));
    for (auto it = back.cbegin(); it != back.cend(); ++it) {
        if (QString(it.value()).remove(quoted).contains(han))
            left << QStringLiteral("still Chinese in en: %1 \"%2\"").arg(it.key(), it.value());
    }
    left.sort();
    QVERIFY2(left.isEmpty(), qPrintable(u'\n' + left.join(u'\n')));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
