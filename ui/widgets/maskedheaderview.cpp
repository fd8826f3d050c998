#include "widgets/maskedheaderview.h"

#include "models/maskedtablemodel.h"
#include "ops/session.h"
#include "widgets/icons.h"

#include <QAbstractProxyModel>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QToolTip>

namespace {
constexpr int kEye = 16;   // icon size
constexpr int kMargin = 6; // from the section's right edge (clear of the divider)
} // namespace

MaskedHeaderView::MaskedHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setSectionsMovable(true);
    setHighlightSections(false);
    setMouseTracking(true);
}

MaskedTableModel *MaskedHeaderView::maskedModel() const
{
    QAbstractItemModel *m = model();
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(m))
        m = proxy->sourceModel();
    return qobject_cast<MaskedTableModel *>(m);
}

// The proxies used with masked tables (sort/filter) keep the column numbers.
int MaskedHeaderView::sourceColumn(int logicalIndex) const
{
    return logicalIndex;
}

bool MaskedHeaderView::isMaskable(int logicalIndex) const
{
    if (!model())
        return false;
    const QVariant kind =
        model()->headerData(logicalIndex, Qt::Horizontal, MaskedTableModel::MaskKindRole);
    return kind.isValid() && kind.toInt() != int(Masking::Kind::None);
}

bool MaskedHeaderView::isRevealed(int logicalIndex) const
{
    return model() && model()
                          ->headerData(logicalIndex, Qt::Horizontal, MaskedTableModel::RevealedRole)
                          .toBool();
}

QRect MaskedHeaderView::eyeRectIn(const QRect &section) const
{
    return QRect(section.right() - kMargin - kEye, section.center().y() - kEye / 2, kEye, kEye);
}

QRect MaskedHeaderView::eyeRect(int logicalIndex) const
{
    if (!isMaskable(logicalIndex) || isSectionHidden(logicalIndex))
        return {};
    const QRect section(sectionViewportPosition(logicalIndex), 0, sectionSize(logicalIndex),
                        height());
    return eyeRectIn(section);
}

namespace {
MaskedHeaderView::RevealAuditor &auditor()
{
    static MaskedHeaderView::RevealAuditor a;
    return a;
}
} // namespace

void MaskedHeaderView::setRevealAuditor(RevealAuditor a)
{
    auditor() = std::move(a);
}

void MaskedHeaderView::auditRevealsIn(Session *session)
{
    QPointer<Session> audited(session);
    setRevealAuditor([audited](const QString &table, const QString &column, bool shown) {
        if (audited)
            audited->recordReveal(table, column, shown);
    });
}

void MaskedHeaderView::toggle(int logicalIndex)
{
    MaskedTableModel *m = maskedModel();
    if (!m)
        return;
    const bool reveal = !isRevealed(logicalIndex);
    m->setRevealed(sourceColumn(logicalIndex), reveal);
    // Every reveal on every masked table is audited, with the table it happened in.
    if (auditor()) {
        const QWidget *view = parentWidget();
        QString table = view ? view->accessibleName() : QString();
        if (table.isEmpty())
            table = window()->windowTitle();
        auditor()(table, model()->headerData(logicalIndex, Qt::Horizontal).toString(), reveal);
    }
}

QSize MaskedHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize s = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (isMaskable(logicalIndex))
        s.rwidth() += kEye + 2 * kMargin;
    return s;
}

void MaskedHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!isMaskable(logicalIndex)) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    // Leave room for the eye so the title and sort arrow do not run under it.
    painter->save();
    QHeaderView::paintSection(painter, rect.adjusted(0, 0, -(kEye + kMargin), 0), logicalIndex);
    painter->restore();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool open = isRevealed(logicalIndex);
    paintEye(painter, eyeRectIn(rect), open,
             open ? palette().color(QPalette::Highlight) : palette().color(QPalette::ButtonText));
    painter->restore();
}

void MaskedHeaderView::paintEye(QPainter *p, const QRect &r, bool open, const QColor &color)
{
    // The icon set's eye, drawn as a vector at the header's scale: struck through while the
    // column is masked; open, white on the highlight colour, while it is revealed.
    if (open) {
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawRoundedRect(QRectF(r).adjusted(-2, -2, 2, 2), 3, 3);
        Icons::get(QStringLiteral("eye")).paint(p, r, Qt::AlignCenter, QIcon::Selected);
    } else {
        Icons::get(QStringLiteral("eye-off")).paint(p, r, Qt::AlignCenter, QIcon::Normal);
    }
}

void MaskedHeaderView::mousePressEvent(QMouseEvent *event)
{
    const int logical = logicalIndexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && logical >= 0 &&
        eyeRect(logical).contains(event->position().toPoint())) {
        toggle(logical);
        event->accept();
        return; // not a sort click
    }
    QHeaderView::mousePressEvent(event);
}

void MaskedHeaderView::mouseMoveEvent(QMouseEvent *event)
{
    const int logical = logicalIndexAt(event->position().toPoint());
    const bool overEye = logical >= 0 && eyeRect(logical).contains(event->position().toPoint());
    setCursor(overEye ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QHeaderView::mouseMoveEvent(event);
}

bool MaskedHeaderView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int logical = logicalIndexAt(help->pos());
        if (logical >= 0 && eyeRect(logical).contains(help->pos())) {
            QToolTip::showText(help->globalPos(),
                               isRevealed(logical) ? tr("Hide this column's full content")
                                                   : tr("Show this column's full content"),
                               this);
            return true;
        }
    }
    return QHeaderView::event(event);
}
