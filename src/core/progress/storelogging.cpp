#include "core/progress/storelogging.h"

Q_LOGGING_CATEGORY(lcStore, "leerpad.core.store", QtWarningMsg)
