#include "widgets/commandpalette.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace {
constexpr int kMaxShown = 50;
} // namespace

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_input(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    m_input->installEventFilter(this);
    m_input->setClearButtonEnabled(true);
    m_list->setUniformItemSizes(true);
    m_hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    resize(560, 380);
    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_input, &QLineEdit::returnPressed, this, &CommandPalette::activate);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::activate);
    retranslate();
}

void CommandPalette::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    refilter();
}

void CommandPalette::popup()
{
    m_input->clear();
    refilter();
    if (QWidget *p = parentWidget()) {
        const QPoint centre = p->mapToGlobal(p->rect().center());
        move(centre.x() - width() / 2, p->mapToGlobal(QPoint(0, 0)).y() + 60);
    }
    show();
    raise();
    activateWindow();
    m_input->setFocus();
}

void CommandPalette::refilter()
{
    const QString text = m_input->text().trimmed();
    m_shown.clear();
    for (const Entry &e : m_entries) {
        if (m_shown.size() >= kMaxShown)
            break;
        if (text.isEmpty() || e.label.contains(text, Qt::CaseInsensitive) ||
            e.key.contains(text, Qt::CaseInsensitive) ||
            e.match.contains(text, Qt::CaseInsensitive))
            m_shown.append(e);
    }
    // Customers only for a query of two characters or more: a letter matches half the list.
    if (m_search && text.size() >= 2 && m_shown.size() < kMaxShown)
        m_shown += m_search(text, kMaxShown - int(m_shown.size()));
    m_list->clear();
    for (const Entry &e : m_shown)
        m_list->addItem(e.detail.isEmpty() ? e.label
                                           : QStringLiteral("%1    — %2").arg(e.label, e.detail));
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CommandPalette::activate()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_shown.size())
        return;
    const Entry e = m_shown.at(row);
    hide();
    emit chosen(e.kind, e.key);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the results while typing; Escape closes.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        if (key->key() == Qt::Key_Down && row + 1 < m_list->count()) {
            m_list->setCurrentRow(row + 1);
            return true;
        }
        if (key->key() == Qt::Key_Up && row > 0) {
            m_list->setCurrentRow(row - 1);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::retranslate()
{
    m_input->setPlaceholderText(
        tr("Go to a page, run an action, or find a customer by name or ID"));
    m_hint->setText(tr("↑↓ to choose, Enter to go, Esc to close"));
    m_input->setAccessibleName(tr("Command palette"));
}

// Closing hands the keyboard back to the window it was opened from.
void CommandPalette::hideEvent(QHideEvent *event)
{
    QDialog::hideEvent(event);
    if (QWidget *w = parentWidget()) {
        w->activateWindow();
        if (QWidget *focus = w->focusWidget())
            focus->setFocus(Qt::PopupFocusReason);
    }
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
