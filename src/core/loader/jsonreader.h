#pragma once

// Strict JSON reading for author-written files: syntax errors with byte offsets,
// duplicate keys reported (nlohmann would silently keep the last), and a nesting
// depth cap so hostile input cannot exhaust memory or the stack.

#include "core/loader/diagnostic.h"
#include "core/loader/jsondoc.h"

#include <string>
#include <vector>

namespace leerpad {

struct JsonIssue
{
    std::size_t offset = 0; // 0-based byte offset; npos when located by pointer only
    std::string pointer;    // JSON pointer, when known
    DiagnosticText message;
};

struct JsonReadResult
{
    JsonDoc doc;
    bool syntaxOk = false;              // false: doc is unusable
    std::vector<JsonIssue> syntaxErrors; // at most one: parsing stops at the first
    std::vector<JsonIssue> structureErrors; // duplicate keys, oversized arrays; parsing continued
};

constexpr int kMaxJsonDepth = 64;
// No array in a course needs more; entries past it are skipped, not stored.
constexpr std::size_t kMaxArrayEntries = 100'000;

JsonReadResult readJson(std::string_view bytes);

} // namespace leerpad
