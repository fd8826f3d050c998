#pragma once

#include <QIconEngine>

// Draws one of the bundled outline icons (resources/icons/actions) in the palette's colour at
// paint time: the text colour, the highlighted-text colour when selected, the disabled text
// colour when off. So the icons are crisp at any size and scale (vector, never a scaled pixmap)
// and follow light, dark and high-contrast palettes without being set again.
class ThemedIconEngine : public QIconEngine
{
public:
    explicit ThemedIconEngine(const QString &resource);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;

    static QColor colorFor(QIcon::Mode mode);

private:
    void render(QPainter *painter, const QRect &rect, QIcon::Mode mode) const;

    QString m_resource;
    QByteArray m_svg;
};
