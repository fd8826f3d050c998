#include "widgets/themediconengine.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

ThemedIconEngine::ThemedIconEngine(const QString &resource) : m_resource(resource)
{
    QFile file(resource);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

QColor ThemedIconEngine::colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    default:
        return palette.color(QPalette::Active, QPalette::ButtonText);
    }
}

void ThemedIconEngine::render(QPainter *painter, const QRect &rect, QIcon::Mode mode) const
{
    // The drawing is in black (#000); it is drawn in the mode's colour instead.
    QByteArray svg = m_svg;
    svg.replace("#000", colorFor(mode).name().toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return;
    const int side = qMin(rect.width(), rect.height());
    const QRect square(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2,
                       side, side);
    renderer.render(painter, square);
}

void ThemedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                             QIcon::State state)
{
    // Through the pixmap cache, at the device's pixel ratio (crisp, and parsed once per size
    // and colour rather than on every repaint of a header or button).
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

QPixmap ThemedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap ThemedIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                       qreal scale)
{
    const QSize pixels = size * scale;
    const QString cacheKey = QStringLiteral("pd-icon:%1:%2x%3:%4")
                                 .arg(m_resource)
                                 .arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(colorFor(mode).name());
    QPixmap pm;
    if (QPixmapCache::find(cacheKey, &pm))
        return pm;
    pm = QPixmap(pixels);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        render(&p, QRect(QPoint(0, 0), pixels), mode);
    }
    pm.setDevicePixelRatio(scale);
    QPixmapCache::insert(cacheKey, pm);
    return pm;
}

QSize ThemedIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    Q_UNUSED(state)
    const int side = qMin(size.width(), size.height());
    return {side, side};
}

QIconEngine *ThemedIconEngine::clone() const
{
    return new ThemedIconEngine(*this);
}

QString ThemedIconEngine::key() const
{
    return QStringLiteral("PartnerDeskThemedIcon");
}

QString ThemedIconEngine::iconName()
{
    return QFileInfo(m_resource).baseName();
}
