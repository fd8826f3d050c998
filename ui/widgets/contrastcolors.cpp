#include "widgets/contrastcolors.h"

#include "core/statustones.h"

#include <QPalette>
#include <QWidget>

#include <cmath>

namespace {

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

// The hue/saturation of `wanted`, with its lightness moved away from `background` until the
// contrast is at least 4.5.
QColor readable(const QColor &wanted, const QColor &background)
{
    const bool darkBackground = luminance(background) < 0.18;
    QColor c = wanted.toHsl();
    for (int step = 0; step < 40 && ContrastColors::contrast(c, background) < 4.5; ++step) {
        const int l = c.lightness() + (darkBackground ? 8 : -8);
        c.setHsl(c.hslHue(), c.hslSaturation(), std::clamp(l, 0, 255));
    }
    return c.toRgb();
}

} // namespace

double ContrastColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

namespace {
QColor hueOf(int tone, const QPalette &palette)
{
    switch (tone) {
    case StatusTones::Good:
        return {0x1e, 0x8e, 0x3e};
    case StatusTones::Attention:
        return {0xb0, 0x60, 0x00};
    case StatusTones::Bad:
        return {0xc5, 0x22, 0x1f};
    default:
        return palette.color(QPalette::Text);
    }
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}
} // namespace

ContrastColors::Chip ContrastColors::chip(int tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor hue = hueOf(tone, palette);
    Chip c;
    c.background = mix(hue, base, tone == StatusTones::Neutral ? 0.10 : 0.16);
    c.text = readable(hue, c.background);
    return c;
}

QColor ContrastColors::toneText(int tone, const QPalette &palette)
{
    return readable(hueOf(tone, palette), palette.color(QPalette::Base));
}

QColor ContrastColors::error(const QPalette &palette)
{
    return readable(QColor(0xc0, 0x20, 0x20), palette.color(QPalette::Window));
}

QColor ContrastColors::secondary(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const QColor faded((text.red() * 2 + window.red()) / 3, (text.green() * 2 + window.green()) / 3,
                       (text.blue() * 2 + window.blue()) / 3);
    return readable(faded, window);
}

namespace {
// The widget's palette with the window colour it is drawn on: its parent's, which is already
// up to date when a palette change reaches the parent's changeEvent.
QPalette surroundings(QWidget *widget)
{
    QPalette p = widget->palette();
    if (QWidget *parent = widget->parentWidget()) {
        p.setColor(QPalette::Window, parent->palette().color(QPalette::Window));
        p.setColor(QPalette::WindowText, parent->palette().color(QPalette::WindowText));
    }
    return p;
}
} // namespace

void ContrastColors::paintAsError(QWidget *widget)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, error(surroundings(widget)));
    widget->setPalette(p);
}

void ContrastColors::paintAsSecondary(QWidget *widget)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, secondary(surroundings(widget)));
    widget->setPalette(p);
}
