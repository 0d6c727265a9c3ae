#include "ui/logging.h"

Q_LOGGING_CATEGORY(lcUi, "leerpad.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudio, "leerpad.ui.audio", QtWarningMsg)
