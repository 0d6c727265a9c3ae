#include "mainwindow.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace leerpad {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_title(new QLabel(this)), m_pages(new QListWidget(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    layout->addWidget(m_pages);
    setCentralWidget(central);
    resize(900, 650);
}

void MainWindow::showLoadResult(const LoadResult &result)
{
    m_pages->clear();
    if (!result.course) {
        setWindowTitle(tr("Leerpad"));
        m_title->setText(tr("Deze cursus kan niet worden geopend."));
        for (const Diagnostic &d : result.diagnostics)
            m_pages->addItem(d.toString());
        return;
    }
    const Course &c = *result.course;
    setWindowTitle(c.title + QStringLiteral(" — Leerpad"));
    m_title->setText(c.title);
    for (const Section &s : c.sections) {
        for (const Page &p : s.pages)
            m_pages->addItem(s.title + QStringLiteral(" › ") + p.title);
    }
}

} // namespace leerpad
