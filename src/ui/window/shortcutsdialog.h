#pragma once

// Help → Sneltoetsen: every keyboard shortcut of the player in one table.

#include <QDialog>

namespace leerpad {

struct PlayerActions;

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // The rows come from actions.keyHelp(): what the dialog says is what the keys do.
    explicit ShortcutsDialog(const PlayerActions &actions, QWidget *parent = nullptr);
};

} // namespace leerpad
