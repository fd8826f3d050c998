#pragma once

#include <QColor>

class QPalette;
class QWidget;

// Colours with meaning (an error line, a warning) that stay readable on any palette: light,
// dark or high-contrast. Each is the hue we want, made lighter or darker until it has at least
// WCAG AA contrast (4.5:1) against the palette's window colour.
namespace ContrastColors {
double contrast(const QColor &a, const QColor &b); // WCAG 2 contrast ratio, 1 … 21
QColor error(const QPalette &palette);
// Secondary text (where a figure comes from, a note): the text colour faded towards the
// window colour, but never below 4.5:1 (a disabled label is fainter than that).
QColor secondary(const QPalette &palette);
// Sets the widget's text colour to error(…) for its current palette; call again on
// QEvent::PaletteChange (AmountField and the pricing page do).
void paintAsError(QWidget *widget);
// A status chip of a StatusTones tone (Good, Attention, Bad, Neutral): a tint of the tone's hue
// on the view's base colour, and the tone's hue as text on it at 4.5:1 or more.
struct Chip
{
    QColor background;
    QColor text;
};
Chip chip(int tone, const QPalette &palette);
// A signed amount's text colour on the view's base colour (Good: an increase, Bad: a decrease).
QColor toneText(int tone, const QPalette &palette);
void paintAsSecondary(QWidget *widget);
} // namespace ContrastColors
