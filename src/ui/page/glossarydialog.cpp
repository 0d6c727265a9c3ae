#include "ui/page/glossarydialog.h"

#include "ui/style/theme.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace leerpad {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

GlossaryDialog::GlossaryDialog(const QList<GlossaryEntry> &glossary, QWidget *parent)
    : QDialog(parent), m_entries(glossary), m_search(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_term(new QLabel(this)), m_definition(new QLabel(this))
{
    setWindowTitle(tr("Begrippenlijst"));
    setFont(theme::readingFont(font()));
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(m_entries.begin(), m_entries.end(),
              [&collator](const GlossaryEntry &a, const GlossaryEntry &b) {
                  return collator.compare(a.term, b.term) < 0;
              });

    m_search->setPlaceholderText(tr("Zoek een begrip"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Zoek een begrip"));
    auto *searchLabel = new QLabel(tr("&Zoeken:"), this);
    searchLabel->setBuddy(m_search);

    m_list->setAccessibleName(tr("Begrippen"));
    m_list->setAccessibleDescription(tr("Kies een begrip om de betekenis te lezen"));
    for (const GlossaryEntry &e : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(e.term, m_list);
        item->setData(kIdRole, e.id);
        item->setData(Qt::AccessibleDescriptionRole, e.definition);
    }
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 22);

    m_term->setTextFormat(Qt::PlainText);
    m_term->setFont(theme::scaled(font(), 1.25, QFont::DemiBold));
    m_term->setWordWrap(true);
    m_definition->setTextFormat(Qt::PlainText);
    m_definition->setWordWrap(true);
    m_definition->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_definition->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_definition->setFocusPolicy(Qt::StrongFocus);
    m_definition->setAccessibleName(tr("Betekenis"));
    m_definition->setMinimumWidth(m_definition->fontMetrics().averageCharWidth() * 40);

    auto *detail = new QVBoxLayout;
    detail->addWidget(m_term);
    detail->addWidget(m_definition, 1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addLayout(detail, 1);
    columns->setSpacing(18);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &GlossaryDialog::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &GlossaryDialog::showCurrent);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        m_definition->setText(tr("Deze cursus heeft geen begrippenlijst."));
    m_list->setSpacing(2);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 18);
}

void GlossaryDialog::selectTerm(const QString &termId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toString() == termId) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

QStringList GlossaryDialog::visibleTerms() const
{
    QStringList terms;
    for (int i = 0; i < m_list->count(); ++i) {
        if (!m_list->item(i)->isHidden())
            terms << m_list->item(i)->text();
    }
    return terms;
}

QString GlossaryDialog::shownDefinition() const
{
    return m_definition->text();
}

void GlossaryDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    QListWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const GlossaryEntry &e = m_entries[i];
        const bool match = needle.isEmpty() || e.term.contains(needle, Qt::CaseInsensitive) ||
                           e.definition.contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !firstVisible)
            firstVisible = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstVisible);
    showCurrent();
}

void GlossaryDialog::showCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden()) {
        m_term->clear();
        m_definition->setText(tr("Geen begrip gevonden."));
        return;
    }
    const GlossaryEntry &e = m_entries[m_list->row(item)];
    m_term->setText(e.term);
    m_definition->setText(e.definition);
}

} // namespace leerpad
