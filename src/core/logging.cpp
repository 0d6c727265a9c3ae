#include "core/logging.h"

Q_LOGGING_CATEGORY(lcLoader, "leerpad.core.loader", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNavigation, "leerpad.core.navigation", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSelfTest, "leerpad.core.selftest", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "leerpad.core.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "leerpad.core.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcResults, "leerpad.core.results", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWatcher, "leerpad.core.watcher", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPackage, "leerpad.core.package", QtWarningMsg)
