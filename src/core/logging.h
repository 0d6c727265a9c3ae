#pragma once

#include <QLoggingCategory>

// Every logging category of leerpad_core, one per room (QT_LOGGING_RULES names them).
Q_DECLARE_LOGGING_CATEGORY(lcLoader)     // leerpad.core.loader
Q_DECLARE_LOGGING_CATEGORY(lcNavigation) // leerpad.core.navigation
Q_DECLARE_LOGGING_CATEGORY(lcSelfTest)   // leerpad.core.selftest
Q_DECLARE_LOGGING_CATEGORY(lcStore)      // leerpad.core.store
Q_DECLARE_LOGGING_CATEGORY(lcSession)    // leerpad.core.session
Q_DECLARE_LOGGING_CATEGORY(lcResults)    // leerpad.core.results
Q_DECLARE_LOGGING_CATEGORY(lcWatcher)    // leerpad.core.watcher
Q_DECLARE_LOGGING_CATEGORY(lcPackage)    // leerpad.core.package
