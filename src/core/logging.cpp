#include "core/logging.h"

Q_LOGGING_CATEGORY(lcLoader, "leerpad.core.loader", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNavigation, "leerpad.core.navigation", QtWarningMsg)
