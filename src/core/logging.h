#pragma once

#include <QLoggingCategory>

// One logging category per module of the core library.
Q_DECLARE_LOGGING_CATEGORY(lcLoader)
Q_DECLARE_LOGGING_CATEGORY(lcNavigation)
