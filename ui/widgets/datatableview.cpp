#include "widgets/datatableview.h"

#include "models/maskedtablemodel.h"
#include "widgets/contrastcolors.h"
#include "widgets/icons.h"
#include "widgets/maskedheaderview.h"
#include "widgets/tonedelegate.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSortFilterProxyModel>

namespace {

QString cell(const QAbstractItemModel *m, int row, int column)
{
    QString s = m->data(m->index(row, column), Qt::DisplayRole).toString();
    s.replace(u'\t', u' ').replace(u'\n', u' ');
    return s;
}

} // namespace

DataTableView::DataTableView(QWidget *parent)
    : QTableView(parent), m_header(new MaskedHeaderView(this))
{
    setHorizontalHeader(m_header);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setDragEnabled(false); // drag would bypass the copy rules
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_header->setStretchLastSection(true);
    setItemDelegate(new ToneDelegate(this)); // status chips and signed amounts
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { scheduleFit(false, true); });
    connect(m_header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (!m_fitting && (QGuiApplication::mouseButtons() & Qt::LeftButton))
            m_userSized.insert(logical);
    });
}

void DataTableView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    QTableView::setModel(model);
    if (!model)
        return;
    const auto full = [this] { scheduleFit(true); };
    const auto grow = [this] { scheduleFit(false); };
    m_modelConnections = {
        connect(model, &QAbstractItemModel::modelReset, this, full),
        connect(model, &QAbstractItemModel::columnsInserted, this, full),
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation o) {
                    if (o == Qt::Horizontal)
                        scheduleFit(true);
                }),
        connect(model, &QAbstractItemModel::rowsInserted, this, grow),
        connect(model, &QAbstractItemModel::dataChanged, this, grow),
    };
    scheduleFit(true);
}

void DataTableView::keepColumnWidths()
{
    for (int c = 0; c < m_header->count(); ++c)
        m_userSized.insert(c);
}

void DataTableView::scheduleFit(bool shrink, bool visibleOnly)
{
    m_fitShrink = m_fitShrink || shrink;
    m_fitVisibleOnly = m_fitVisibleOnly && visibleOnly;
    if (m_fitPending)
        return;
    m_fitPending = true; // one fit for a burst of changes (a load adds rows page by page)
    QMetaObject::invokeMethod(this, &DataTableView::fitColumns, Qt::QueuedConnection);
}

void DataTableView::fitColumns()
{
    m_fitPending = false;
    const bool shrink = std::exchange(m_fitShrink, false);
    const bool visibleOnly = std::exchange(m_fitVisibleOnly, true);
    if (!model())
        return;
    // Free text may be long: such a column stops at kMaxText and elides (its tooltip has the
    // whole text); numbers and dates are never that wide.
    constexpr int kMaxText = 420;
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    // A table of up to 2,000 rows is measured whole; a larger one by the rows in view and 100
    // more (measuring 100,000 rows would stall the window); a scroll measures the rows in view.
    m_header->setResizeContentsPrecision(visibleOnly ? 0 : model()->rowCount() <= 2000 ? -1 : 100);
    for (int c = 0; c < m_header->count(); ++c) {
        // Hidden ones too: a column shown later has its width ready. The last one also gets its
        // width: it stretches to the view's edge, and is never narrower than that width.
        const int title = m_header->neededWidth(c);
        // Two pixels over the measure: text measured in whole pixels is drawn in fractions.
        int need = qMax(title, qMin(sizeHintForColumn(c) + 2, qMax(kMaxText, title)));
        if (!shrink || m_userSized.contains(c))
            need = qMax(need, columnWidth(c));
        if (need != columnWidth(c))
            setColumnWidth(c, need);
    }
}

QList<int> DataTableView::visibleColumns() const
{
    QList<int> columns;
    for (int v = 0; v < horizontalHeader()->count(); ++v) {
        const int logical = horizontalHeader()->logicalIndex(v);
        if (!isColumnHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QString DataTableView::selectionText() const
{
    const QAbstractItemModel *m = model();
    if (!m)
        return {};
    QList<int> rows;
    for (const QModelIndex &i : selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex().row());
    std::sort(rows.begin(), rows.end());
    const QList<int> columns = visibleColumns();
    QStringList lines;
    QStringList head;
    for (int c : columns)
        head.append(m->headerData(c, Qt::Horizontal).toString());
    lines.append(head.join(u'\t'));
    for (int r : std::as_const(rows)) {
        QStringList line;
        for (int c : columns)
            line.append(cell(m, r, c));
        lines.append(line.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void DataTableView::copySelection() const
{
    QApplication::clipboard()->setText(selectionText());
}

void DataTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        // Shift+F10 opens the context menu as the Menu key does (at the current row).
        const QRect r = visualRect(currentIndex());
        const QPoint at = r.isValid() ? r.center() : QPoint(4, 4);
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, viewport()->mapToGlobal(at));
        contextMenuEvent(&menu);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void DataTableView::addRowAction(QAbstractButton *button)
{
    m_rowActions.append(button);
}

void DataTableView::addRowAction(QAction *action)
{
    m_rowActions.append(action);
}

void DataTableView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void DataTableView::contextMenuEvent(QContextMenuEvent *event)
{
    // A right-click on a row outside the selection selects that row first, as file managers do.
    const QModelIndex at =
        event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (at.isValid() && !selectionModel()->isRowSelected(at.row(), at.parent())) {
        selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const QPointer<QObject> &o : std::as_const(m_rowActions)) {
        if (auto *button = qobject_cast<QAbstractButton *>(o.data())) {
            if (!button->isVisible())
                continue;
            QAction *a = menu->addAction(button->icon(), button->text());
            a->setEnabled(button->isEnabled());
            a->setToolTip(button->toolTip());
            connect(a, &QAction::triggered, button, &QAbstractButton::click);
        } else if (auto *action = qobject_cast<QAction *>(o.data())) {
            if (action->isVisible())
                menu->addAction(action);
        }
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    QAction *copy = menu->addAction(Icons::get(QStringLiteral("copy")), tr("Copy"), this,
                                    &DataTableView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(at.isValid() || selectionModel()->hasSelection());
    {
        bool first = true;
        for (int c : visibleColumns()) {
            if (model()->headerData(c, Qt::Horizontal, MaskedTableModel::MaskKindRole).toInt() ==
                int(Masking::Kind::None))
                continue;
            if (std::exchange(first, false))
                menu->addSeparator();
            const QString title = model()->headerData(c, Qt::Horizontal).toString();
            const bool shown =
                model()->headerData(c, Qt::Horizontal, MaskedTableModel::RevealedRole).toBool();
            QAction *a = menu->addAction(
                Icons::get(shown ? QStringLiteral("eye-off") : QStringLiteral("eye")),
                shown ? tr("Hide %1").arg(title) : tr("Show %1").arg(title));
            connect(a, &QAction::triggered, this, [this, c] { m_header->toggle(c); });
        }
    }
    menu->popup(event->globalPos()); // not exec(): no nested event loop
    event->accept();
}

void DataTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!model() || model()->rowCount() > 0)
        return;
    // An empty table says why: filtered out, or what the page set (loading, none yet).
    QString text = m_emptyText.isEmpty() ? tr("Nothing to show.") : m_emptyText;
    if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(model());
        proxy && proxy->sourceModel() && proxy->sourceModel()->rowCount() > 0)
        text = tr("Nothing matches the filters (%n row(s) hidden).", nullptr,
                  proxy->sourceModel()->rowCount());
    QPainter painter(viewport());
    painter.setPen(ContrastColors::secondary(palette()));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}

QSortFilterProxyModel *DataTableView::setSortableModel(QAbstractItemModel *model)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(MaskedTableModel::SortRole);
    setModel(proxy);
    return proxy;
}
