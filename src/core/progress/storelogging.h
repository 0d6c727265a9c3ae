#pragma once

#include <QLoggingCategory>

// The progress store's logging category (leerpad.core.store). Kept beside the store
// rather than in logging.h so the store's files stay self-contained.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
