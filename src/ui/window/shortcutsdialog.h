#pragma once

// Help → Sneltoetsen: every keyboard shortcut of the player in one table.

#include <QDialog>

namespace leerpad {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);
};

} // namespace leerpad
