// What every table does (DataTableView, ToneDelegate, ContrastColors): status cells carry a
// tone and are drawn as chips whose text keeps 4.5:1 on light, dark and high-contrast palettes;
// differences are signed and toned by their sign; the context menu (right-click, Shift+F10)
// offers the page's row actions, Copy and the masked columns' eyes, and choosing an action
// clicks the page's button; an empty table says whether filters hide the rows.
#include "core/statustones.h"
#include "models/maskedtablemodel.h"
#include "models/recordspecs.h"
#include "models/recordtablemodel.h"
#include "widgets/contrastcolors.h"
#include "widgets/datatableview.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

class TestTables : public QObject
{
    Q_OBJECT
private slots:
    void chipsReadableOnEveryPalette_data();
    void chipsReadableOnEveryPalette();
    void statusesAndChangesHaveTones();
    void contextMenuOffersRowActions();
    void emptyTableSaysWhy();
};

void TestTables::chipsReadableOnEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QPalette light(QColor(0xef, 0xef, 0xef), QColor(0xf7, 0xf7, 0xf7));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QTest::newRow("light") << light;
    QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QTest::newRow("dark") << dark;
    QPalette contrast(Qt::white, Qt::black);
    contrast.setColor(QPalette::Base, Qt::black);
    contrast.setColor(QPalette::Text, Qt::white);
    QTest::newRow("high contrast") << contrast;
}

void TestTables::chipsReadableOnEveryPalette()
{
    QFETCH(QPalette, palette);
    for (int tone :
         {StatusTones::Good, StatusTones::Attention, StatusTones::Bad, StatusTones::Neutral}) {
        const ContrastColors::Chip chip = ContrastColors::chip(tone, palette);
        QVERIFY2(ContrastColors::contrast(chip.text, chip.background) >= 4.5,
                 qPrintable(QStringLiteral("tone %1: %2 on %3")
                                .arg(tone)
                                .arg(chip.text.name(), chip.background.name())));
        const QColor amount = ContrastColors::toneText(tone, palette);
        QVERIFY(ContrastColors::contrast(amount, palette.color(QPalette::Base)) >= 4.5);
    }
    // The tones are told apart by hue, not only by the words (good is not bad's colour).
    QVERIFY(ContrastColors::chip(StatusTones::Good, palette).text !=
            ContrastColors::chip(StatusTones::Bad, palette).text);
}

void TestTables::statusesAndChangesHaveTones()
{
    RecordTableModel diff(RecordSpecs::settlementDiff());
    diff.setRecords(QJsonArray{
        QJsonObject{{"change", "changed"}, {"amount_delta", "12.50"}, {"settle_delta", "-3"}},
        QJsonObject{{"change", "gone"}, {"amount_delta", "0"}, {"settle_delta", "0.00"}}});
    const int change = 0;
    const int amount = 6;
    const int settle = 9;
    QCOMPARE(diff.index(0, change).data(MaskedTableModel::ToneRole).toInt(),
             int(StatusTones::Attention));
    QCOMPARE(diff.index(1, change).data(MaskedTableModel::ToneRole).toInt(), int(StatusTones::Bad));
    QVERIFY(diff.index(0, amount).data().toString().startsWith(u'+'));
    QCOMPARE(diff.index(0, amount).data(MaskedTableModel::ToneRole).toInt(),
             int(StatusTones::Good));
    QCOMPARE(diff.index(0, settle).data(MaskedTableModel::ToneRole).toInt(), int(StatusTones::Bad));
    QVERIFY(!diff.index(0, settle).data().toString().startsWith(u'+'));
    QVERIFY(!diff.index(1, amount).data(MaskedTableModel::ToneRole).isValid()); // zero: none
    // Exports get the plain number, no sign added.
    QCOMPARE(diff.index(0, amount).data(MaskedTableModel::ExportRole).toString(),
             QStringLiteral("12.50"));
    // A plain text cell has no tone.
    QVERIFY(!diff.index(0, 1).data(MaskedTableModel::ToneRole).isValid());
}

void TestTables::contextMenuOffersRowActions()
{
    QWidget page;
    auto *button = new QPushButton(QStringLiteral("Allocate…"), &page);
    auto *hidden = new QPushButton(QStringLiteral("Not here"), &page);
    auto *view = new DataTableView(&page);
    view->setGeometry(0, 40, 600, 300);
    RecordTableModel model(RecordSpecs::resellers());
    model.setRecords(QJsonArray{QJsonObject{{"indirect_partner_id", "rp-1"}},
                                QJsonObject{{"indirect_partner_id", "rp-2"}}});
    view->setSortableModel(&model);
    view->addRowAction(button);
    view->addRowAction(hidden);
    page.show();
    hidden->hide();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy clicked(button, &QPushButton::clicked);

    // Right-click on the second row: it is selected, and the menu has the button's action.
    const QRect row = view->visualRect(view->model()->index(1, 0));
    QContextMenuEvent right(QContextMenuEvent::Mouse, row.center(),
                            view->viewport()->mapToGlobal(row.center()));
    QCoreApplication::sendEvent(view->viewport(), &right);
    QTRY_VERIFY(view->findChild<QMenu *>() && view->findChild<QMenu *>()->isVisible());
    QMenu *menu = view->findChild<QMenu *>();
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().first().row(), 1);
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text();
    QVERIFY2(texts.contains(u"Allocate…"), qPrintable(texts.join(u',')));
    QVERIFY(!texts.contains(u"Not here")); // a hidden button is not offered
    QVERIFY(texts.contains(DataTableView::tr("Copy")));
    for (QAction *a : menu->actions()) {
        if (a->text() == u"Allocate…")
            a->trigger();
    }
    QCOMPARE(clicked.size(), 1);
    menu->close();
    QTRY_VERIFY(!view->findChild<QMenu *>()); // deleted on close

    // Shift+F10 opens it from the keyboard, at the current row.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(view->findChild<QMenu *>() && view->findChild<QMenu *>()->isVisible());
    view->findChild<QMenu *>()->close();
}

void TestTables::emptyTableSaysWhy()
{
    DataTableView view;
    RecordTableModel model(RecordSpecs::resellers());
    QSortFilterProxyModel *proxy = view.setSortableModel(&model);
    view.resize(500, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setEmptyText(QStringLiteral("Loading…"));
    QImage empty = view.viewport()->grab().toImage();
    model.setRecords(QJsonArray{QJsonObject{{"indirect_partner_id", "rp-1"}}});
    proxy->setFilterFixedString(QStringLiteral("no such reseller"));
    proxy->setFilterKeyColumn(-1);
    QCOMPARE(proxy->rowCount(), 0);
    QCoreApplication::processEvents();
    QImage filtered = view.viewport()->grab().toImage();
    // Both say something (not a blank viewport), and not the same thing.
    const auto inked = [](const QImage &image) {
        const QRgb bg = image.pixel(image.width() - 2, image.height() - 2);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixel(x, y) != bg)
                    return true;
        return false;
    };
    QVERIFY(inked(empty));
    QVERIFY(inked(filtered));
    QVERIFY(empty != filtered);
}

QTEST_MAIN(TestTables)
#include "tst_tables.moc"
