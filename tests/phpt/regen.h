// tests/regen's engine (`phpt-runner --regen`): rewrites the expectation of .phpt
// files from what real php prints when it runs their FILE section at the fixed
// scratch path (see test_set.h).
//
// The new expectation is php's output, normalised as the comparison normalises it
// (trimmed, CRLF as LF). When that output contains the script's path, it becomes
// --EXPECTF-- with every `%` doubled to `%%` and the path written `%s`; otherwise
// --EXPECT--. A non-zero exit status is written as --EXITCODE--, and a stale
// EXITCODE is dropped when php now exits 0. Only the expectation and EXITCODE
// sections change: the new expectation takes the old one's place, EXITCODE sits just
// before it, and every other byte of the file (FILE above all) is kept.
//
// Hand-written expectations are protected. An EXPECTREGEX, or an EXPECTF using any
// placeholder besides `%s` and `%%` (say `%d` for a timestamp), is the author's; regen
// leaves it alone while php's output still matches it, and refuses (exit status 1)
// once it does not, unless --force is given. An EXPECTF with only `%s`/`%%` is taken
// to be regen's own and is rewritten freely, so a hand-written pattern that needs
// nothing but `%s` should use `%S` or `%a` for its run-dependent part instead.
#pragma once

#include "tests/phpt/test_set.h"

#include <chrono>
#include <string>
#include <vector>

namespace miniphp::phpt {

struct RegenOptions {
    std::string php = "php";
    bool force = false;
    bool verbose = false;
    bool keep = false;
    std::chrono::seconds timeout{10};
};

// Rewrites each test; prints one line per changed, kept or refused file and a
// closing "regen: N updated, N unchanged[, N kept][, N refused][, N errors]" line.
// Returns the process exit status: 0, or 1 if anything was refused or failed.
int run_regen(const std::vector<TestCase>& tests, const RegenOptions& options);

} // namespace miniphp::phpt
