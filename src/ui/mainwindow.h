#pragma once

#include "courseloader.h"

#include <QMainWindow>

class QListWidget;
class QLabel;

namespace leerpad {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    void showLoadResult(const LoadResult &result);

private:
    QLabel *m_title;
    QListWidget *m_pages;
};

} // namespace leerpad
