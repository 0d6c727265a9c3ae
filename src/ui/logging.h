#pragma once

#include <QLoggingCategory>

// One logging category per module of the widget library.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcAudio)
