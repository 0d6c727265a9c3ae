#pragma once

// The loader's messages are English, written where the problem is found:
//
//     m_report.error(at, LoaderText::tr("duplicate id '%1'").arg(id));
//
// LoaderText::tr() looks like Qt's tr() on purpose: lupdate files every such text under
// the context "leerpad::LoaderText" (translations/leerpad_nl.ts holds the Dutch). But
// it does not translate: it keeps the text for later (see DiagnosticText), so the
// command line prints the English and the window shows the words of its language.
// lupdate notes once that this class "lacks Q_OBJECT": it needs none, because the
// context it files the texts under is the one translated() looks them up in.

#include "core/loader/diagnostic.h"

namespace leerpad {

class LoaderText
{
public:
    static DiagnosticText tr(const char *source) { return {"leerpad::LoaderText", source}; }
};

} // namespace leerpad
