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
void paintAsSecondary(QWidget *widget);
} // namespace ContrastColors
