#include "ui/style/ownkeys.h"

#include <QKeyEvent>
#include <QObject>
#include <QWidget>

namespace leerpad {

namespace {

class KeyClaim : public QObject
{
public:
    KeyClaim(QWidget *widget, const QList<int> &keys) : QObject(widget), m_keys(keys) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
            // Accepting the override sends the key to the widget instead of the shortcut.
            if (mods == Qt::NoModifier && m_keys.contains(key->key()))
                event->accept();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QList<int> m_keys;
};

} // namespace

void keepOwnKeys(QWidget *widget, const QList<int> &keys)
{
    widget->installEventFilter(new KeyClaim(widget, keys));
}

QList<int> movementKeys()
{
    return {Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home, Qt::Key_End};
}

} // namespace leerpad
