// Accessibility and layout of every page, in both languages: each control a user can reach has
// an accessible name (what a screen reader says), the tab order visits the page's controls
// without leaving it, the pages fit 1280×800 without clipped text, CJK text renders with a font
// that has the glyphs, and dark / high-contrast palettes keep the text readable.
#include "core/translator.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/profiledialog.h"
#include "dialogs/transferdialog.h"
#include "mainwindow.h"
#include "models/customermodel.h"
#include "ops/session.h"
#include "pages/customerspage.h"
#include "pages/pricingpage.h"
#include "sandboxstarter.h"
#include "widgets/contrastcolors.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRawFont>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyControlHasAName_data();
    void everyControlHasAName();
    void dialogsNameTheirControls_data();
    void dialogsNameTheirControls();
    void nothingClipped_data();
    void nothingClipped();
    void tabOrderFollowsTheLayout_data();
    void tabOrderFollowsTheLayout();
    void chineseTextHasGlyphs();
    void readableOnEveryPalette_data();
    void readableOnEveryPalette();

private:
    static QStringList pageKeys();
    static QStringList unnamedControls(QWidget *root);
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
    Translator m_translator;
};

QStringList TestAccessibility::pageKeys()
{
    return {QStringLiteral("overview"),    QStringLiteral("customers"),
            QStringLiteral("coupons"),     QStringLiteral("quotas"),
            QStringLiteral("funds"),       QStringLiteral("resellers"),
            QStringLiteral("marketplace"), QStringLiteral("incentives"),
            QStringLiteral("discounts"),   QStringLiteral("pricing")};
}

QStringList TestAccessibility::unnamedControls(QWidget *root)
{
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                             qobject_cast<QAbstractItemView *>(w);
        if (!control || w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root))
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue; // the spin box's own editor
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            missing << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                QString::fromLatin1(w->parentWidget()->metaObject()->className()));
    }
    return missing;
}

void TestAccessibility::initTestCase()
{
    m_translator.setLanguage(QStringLiteral("en"));
    m_session = new Session;
    m_window = new MainWindow(m_session);
    m_window->setTranslator(&m_translator);
    QSignalSpy customers(m_window->page<CustomersPage>(), &CustomersPage::loaded);
    SandboxStarter::startFor(m_session, {4, 60, false});
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(customers.wait(60000));
}

void TestAccessibility::cleanupTestCase()
{
    delete m_window;
    delete m_session;
}

void TestAccessibility::everyControlHasAName_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (const QString &page : pageKeys())
            QTest::newRow(qPrintable(language + u'/' + page)) << language << page;
    }
}

void TestAccessibility::everyControlHasAName()
{
    QFETCH(QString, language);
    QFETCH(QString, page);
    if (m_translator.language() != language) {
        m_window->switchLanguage(language);
        QTest::qWait(50);
    }
    QVERIFY(m_window->openPage(page));
    QCoreApplication::processEvents(); // the names are derived after the page is shown
    auto *stack = m_window->findChild<QStackedWidget *>();
    const QStringList missing = unnamedControls(stack->currentWidget());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestAccessibility::dialogsNameTheirControls_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// The dialogs get their names the same way (AccessibleNames::watch in each constructor).
void TestAccessibility::dialogsNameTheirControls()
{
    QFETCH(QString, language);
    if (m_translator.language() != language)
        m_window->switchLanguage(language);
    const Customer customer = m_window->page<CustomersPage>()->model()->customer(0);
    std::unique_ptr<QDialog> dialogs[] = {
        std::make_unique<AuditLogDialog>(m_session, m_window),
        std::make_unique<ProfileDialog>(m_window->keychain(), m_window),
        std::make_unique<TransferDialog>(m_session, FundsWrites::Kind::Allocate, customer,
                                         customer.customerName, Decimal::fromInt(100), m_window)};
    QStringList missing;
    for (const auto &dialog : dialogs) {
        dialog->show();
        QCoreApplication::processEvents();
        for (const QString &m : unnamedControls(dialog.get()))
            missing << QString::fromLatin1(dialog->metaObject()->className()) + u' ' + m;
        dialog->hide();
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestAccessibility::nothingClipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("scale");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (double scale : {1.0, 1.25, 1.5, 2.0})
            QTest::newRow(qPrintable(QStringLiteral("%1 at %2%").arg(language).arg(scale * 100)))
                << language << scale;
    }
}

// A 1280×800 screen at `scale` gives the window 1280/scale × 800/scale logical pixels. On every
// page, each label, button and box must be at least as wide as its text needs: no clipped
// text. A page larger than the window scrolls (it gets its minimum size in the scroll area).
void TestAccessibility::nothingClipped()
{
    QFETCH(QString, language);
    QFETCH(double, scale);
    if (m_translator.language() != language)
        m_window->switchLanguage(language);
    const QSize screen(qRound(1280 / scale), qRound(800 / scale));
    QVERIFY2(m_window->minimumSizeHint().width() <= screen.width() &&
                 m_window->minimumSizeHint().height() <= screen.height(),
             qPrintable(QStringLiteral("minimum %1×%2")
                            .arg(m_window->minimumSizeHint().width())
                            .arg(m_window->minimumSizeHint().height())));
    m_window->resize(screen);
    QTRY_COMPARE(m_window->size(), screen);
    QStringList clipped;
    for (const QString &key : pageKeys()) {
        QVERIFY(m_window->openPage(key));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QTest::qWait(20); // layouts settle
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        auto *stack = m_window->findChild<QStackedWidget *>();
        QWidget *page = stack->currentWidget();
        const QSize min = page->minimumSizeHint();
        if (page->width() < min.width() || page->height() < min.height())
            clipped << QStringLiteral("%1 page %2×%3 < %4×%5")
                           .arg(key)
                           .arg(page->width())
                           .arg(page->height())
                           .arg(min.width())
                           .arg(min.height());
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            const bool text = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                              (qobject_cast<QLabel *>(w) && !static_cast<QLabel *>(w)->wordWrap());
            if (!text || !w->isVisible() || w->minimumSizeHint().width() <= 0)
                continue;
            if (auto *b = qobject_cast<QAbstractButton *>(w); b && b->text().isEmpty())
                continue; // an icon (a line edit's clear button): nothing to clip
            if (w->width() + 1 < w->minimumSizeHint().width())
                clipped << QStringLiteral("%1: %2 \"%3\" %4 < %5")
                               .arg(key, QString::fromLatin1(w->metaObject()->className()),
                                    qobject_cast<QLabel *>(w) ? static_cast<QLabel *>(w)->text()
                                    : qobject_cast<QAbstractButton *>(w)
                                        ? static_cast<QAbstractButton *>(w)->text()
                                        : w->objectName())
                               .arg(w->width())
                               .arg(w->minimumSizeHint().width());
        }
    }
    m_window->resize(1280, 800);
    clipped.removeDuplicates();
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("\n"))));
}

void TestAccessibility::tabOrderFollowsTheLayout_data()
{
    QTest::addColumn<QString>("page");
    for (const QString &page : pageKeys())
        QTest::newRow(qPrintable(page)) << page;
}

// Tab from the first control of a page reaches every control on it, and the controls of one bar
// (same row of one layout) are visited left to right, as they are read.
void TestAccessibility::tabOrderFollowsTheLayout()
{
    QFETCH(QString, page);
    QVERIFY(m_window->openPage(page));
    QCoreApplication::processEvents();
    QWidget *root = m_window->findChild<QStackedWidget *>()->currentWidget();
    QList<QWidget *> reachable;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            !w->focusProxy())
            reachable.append(w);
    }
    QVERIFY(!reachable.isEmpty());
    QList<QWidget *> order;
    QWidget *w = reachable.first();
    for (int steps = 0; steps < 2000 && w; ++steps) {
        if (reachable.contains(w) && !order.contains(w))
            order.append(w);
        w = w->nextInFocusChain();
        if (w == reachable.first())
            break;
    }
    QStringList problems;
    for (QWidget *r : std::as_const(reachable)) {
        if (!order.contains(r))
            problems << QStringLiteral("unreachable %1 \"%2\"")
                            .arg(QString::fromLatin1(r->metaObject()->className()),
                                 r->objectName());
    }
    const auto label = [](QWidget *x) {
        auto *b = qobject_cast<QAbstractButton *>(x);
        return QStringLiteral("%1 \"%2\"")
            .arg(QString::fromLatin1(x->metaObject()->className()),
                 b ? b->text() : x->objectName());
    };
    for (int i = 1; i < order.size(); ++i) {
        QWidget *a = order.at(i - 1);
        QWidget *b = order.at(i);
        const QPoint pa = a->mapTo(root, QPoint(0, 0));
        const QPoint pb = b->mapTo(root, QPoint(0, 0));
        const bool sameRow = a->parentWidget() == b->parentWidget() &&
                             qAbs(a->mapTo(root, a->rect().center()).y() -
                                  b->mapTo(root, b->rect().center()).y()) < 4;
        if (sameRow && pb.x() < pa.x())
            problems << QStringLiteral("%1 then %2").arg(label(a), label(b));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
}

// The zh_CN interface is drawn with a font that has its glyphs (no empty boxes): every Chinese
// character of the navigation, the menus and the customers table's headers is in the font
// that Qt picks for Simplified Chinese from the window's font.
void TestAccessibility::chineseTextHasGlyphs()
{
    m_window->switchLanguage(QStringLiteral("zh_CN"));
    QTRY_VERIFY(m_window->windowTitle().contains(QStringLiteral("伙伴中心")));
    QString text = m_window->windowTitle();
    for (QAction *menu : m_window->menuBar()->actions())
        text += menu->text();
    auto *nav = m_window->findChild<QTreeWidget *>();
    for (QTreeWidgetItem *item :
         nav->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive))
        text += item->text(0);
    const QAbstractItemModel *customers = m_window->page<CustomersPage>()->model();
    for (int c = 0; c < customers->columnCount(); ++c)
        text += customers->headerData(c, Qt::Horizontal).toString();
    const QRawFont raw = QRawFont::fromFont(m_window->font(), QFontDatabase::SimplifiedChinese);
    QVERIFY2(raw.isValid(),
             "no font for Simplified Chinese (install fonts-wqy-microhei or Noto CJK)");
    QString missing;
    int han = 0;
    for (const QChar c : std::as_const(text)) {
        if (c.script() != QChar::Script_Han)
            continue;
        ++han;
        if (!raw.supportsCharacter(c))
            missing += c;
    }
    QVERIFY(han > 30);
    QVERIFY2(missing.isEmpty(), qPrintable(raw.familyName() + QStringLiteral(" lacks ") + missing));
    m_window->switchLanguage(QStringLiteral("en"));
}

void TestAccessibility::readableOnEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QPalette(QColor(0xef, 0xef, 0xef), QColor(0xf7, 0xf7, 0xf7));
    QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    QTest::newRow("dark") << dark;
    QPalette contrast(Qt::white, Qt::black);
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::WindowText, Qt::white);
    contrast.setColor(QPalette::Text, Qt::white);
    contrast.setColor(QPalette::ButtonText, Qt::white);
    contrast.setColor(QPalette::Base, Qt::black);
    contrast.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    contrast.setColor(QPalette::HighlightedText, Qt::black);
    QTest::newRow("high contrast") << contrast;
}

// Under a light, a dark and a high-contrast palette, every visible label on every page (the
// error lines included: a pricing error is on screen) has at least 4.5:1 contrast.
void TestAccessibility::readableOnEveryPalette()
{
    QFETCH(QPalette, palette);
    if (m_translator.language() != u"en")
        m_window->switchLanguage(QStringLiteral("en"));
    const QPalette before = QApplication::palette();
    QApplication::setPalette(palette);
    QVERIFY(m_window->openPage(QStringLiteral("pricing")));
    m_window->page<PricingPage>()->modeBox()->setCurrentIndex(2);
    m_window->page<PricingPage>()->resourcesEdit()->clear();
    m_window->page<PricingPage>()->price(); // an error line on screen
    QVERIFY(!m_window->page<PricingPage>()->problemText().isEmpty());
    QStringList poor;
    for (const QString &key : pageKeys()) {
        QVERIFY(m_window->openPage(key));
        QCoreApplication::processEvents();
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty() || !label->styleSheet().isEmpty())
                continue;
            // Part of a disabled control (the currency of an amount box that is off) is exempt,
            // as WCAG exempts inactive controls; a label switched off to look grey is not.
            if (!label->isEnabled() && label->isEnabledTo(label->parentWidget()))
                continue;
            const QColor fg = label->palette().color(label->foregroundRole());
            const QColor bg = label->palette().color(label->backgroundRole());
            const double ratio = ContrastColors::contrast(fg, bg);
            if (ratio < 4.5)
                poor << QStringLiteral("%1: \"%2\" %3 on %4 = %5")
                            .arg(key, label->text().left(40), fg.name(), bg.name())
                            .arg(ratio, 0, 'f', 2);
        }
    }
    QApplication::setPalette(before);
    poor.removeDuplicates();
    QVERIFY2(poor.isEmpty(), qPrintable(poor.join(QStringLiteral("\n"))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
