#include "storelogging.h"

Q_LOGGING_CATEGORY(lcStore, "leerpad.core.store", QtWarningMsg)
