#include "widgets/secretfield.h"

#include <QAction>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QIcon eyeIcon(bool open, const QColor &color)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath eye;
    eye.moveTo(3, 16);
    eye.quadTo(16, 2, 29, 16);
    eye.quadTo(16, 30, 3, 16);
    p.setPen(QPen(color, 2.4));
    p.drawPath(eye);
    p.setBrush(color);
    p.drawEllipse(QPointF(16, 16), 5, 5);
    if (!open)
        p.drawLine(QPointF(5, 28), QPointF(27, 4));
    return QIcon(pm);
}

} // namespace

SecretField::SecretField(QWidget *parent) : QLineEdit(parent), m_eye(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    setContextMenuPolicy(Qt::NoContextMenu);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    addAction(m_eye, QLineEdit::TrailingPosition);
    connect(m_eye, &QAction::triggered, this, [this] { setRevealed(!isRevealed()); });
    updateAction();
}

void SecretField::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    updateAction();
}

SecretBytes SecretField::takeSecret()
{
    QByteArray bytes = text().toUtf8();
    SecretBytes s = SecretBytes::takeFrom(bytes);
    clear();
    return s;
}

void SecretField::updateAction()
{
    m_eye->setIcon(eyeIcon(isRevealed(), palette().color(QPalette::Text)));
    m_eye->setToolTip(isRevealed() ? tr("Hide the secret key") : tr("Show the secret key"));
}

void SecretField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        updateAction();
    QLineEdit::changeEvent(event);
}
