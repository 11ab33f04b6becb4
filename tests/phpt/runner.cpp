// phpt-runner: runs the golden .phpt cases against miniphp, optionally side by side
// with real php, and (with --regen) rewrites their expectations from real php.
//
//   phpt-runner --miniphp PATH [--php PATH] [--jobs N] [--timeout S] [--verbose]
//               [--keep] PATH...
//   phpt-runner --regen [--php PATH] [--force] [--verbose] [--keep] PATH...
//
// A test passes when miniphp's output satisfies the expectation section under
// run-tests.php's rules (expectf.h), its exit status equals --EXITCODE-- when that
// section is present, and it exited by itself within the timeout. With --php the run
// is differential: each script also runs under `php -n` at the same path, and
//   - "drift" is php itself failing the expectation or EXITCODE: the committed case
//     is stale or php changed, and the case needs a look (tests/regen);
//   - a test also fails when miniphp's bytes or exit status differ from php's, even
//     if both satisfy a loose EXPECTF. Only hand-written patterns (EXPECTREGEX, or
//     EXPECTF with placeholders beyond `%s`/`%%`, see regen.h) skip the byte check,
//     since they exist because the output varies from run to run.
//
// Output: a block per failing (and drifting) test with a short diff, an info line
// on the differential comparison, and as the very last line the summary
// "N passed, N failed" with ", N skipped" and ", N drifted" added when non-zero
// (kept in the plain "N passed, N failed" shape CI tools read). Exit status: 0 when
// nothing failed or drifted, 1 otherwise, 2 for a usage or setup error.
//
// Scripts live at fixed scratch paths (test_set.h). A passing test's script is
// deleted unless --keep; a failing test keeps its script plus <name>.out
// (miniphp's output) and, in differential mode, <name>.php.out, so it can be rerun
// by hand.

#include "tests/phpt/child_process.h"
#include "tests/phpt/expectf.h"
#include "tests/phpt/line_diff.h"
#include "tests/phpt/phpt_file.h"
#include "tests/phpt/regen.h"
#include "tests/phpt/test_set.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;

namespace miniphp::phpt {

namespace {

struct RunOptions {
    std::string miniphp;
    std::string php; // empty: no differential run
    unsigned jobs = 2;
    std::chrono::seconds timeout{10};
    bool verbose = false;
    bool keep = false;
};

enum class Status { Passed, Failed, Skipped };

struct Outcome {
    Status status = Status::Passed;
    bool drifted = false;
    bool differs = false; // miniphp and php disagree (differential mode)
    std::string report;   // printed under the test's name; empty for a quiet pass
};

std::string with_extension(const fs::path& script, const char* ext)
{
    fs::path p = script;
    p.replace_extension(ext);
    return p.string();
}

void remove_quietly(const fs::path& p)
{
    std::error_code ec;
    fs::remove(p, ec);
}

std::string lowercase(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// How an exit status line reads in reports.
std::string exit_note(const char* who, const ChildResult& r, std::chrono::seconds timeout)
{
    return std::string(who) + ": " + r.describe_status(timeout);
}

Outcome run_one(const TestCase& tc, const RunOptions& options)
{
    Outcome out;
    auto fail = [&](std::string why) {
        out.status = Status::Failed;
        out.report += "    " + why + "\n";
    };

    std::string text;
    if (!read_file(tc.phpt, text)) {
        fail("BORKED: cannot read the file");
        return out;
    }
    std::string error;
    auto parsed = PhptFile::parse(std::move(text), error);
    if (!parsed) {
        fail("BORKED: " + error);
        return out;
    }
    const PhptFile& file = *parsed;
    const std::string script = file.script();
    const std::string stdin_data = file.has("STDIN") ? file.find("STDIN")->body : std::string();
    std::vector<std::string> args;
    if (const Section* a = file.find("ARGS"))
        args = split_args(a->body);
    std::vector<std::string> settings;
    if (const Section* ini = file.find("INI"))
        settings = ini_options(ini->body);
    const std::string cwd = tc.script.parent_path().string();
    const fs::path out_file = with_extension(tc.script, ".out");
    const fs::path php_out_file = with_extension(tc.script, ".php.out");
    remove_quietly(out_file);
    remove_quietly(php_out_file);

    if (!write_script(tc.script, script)) {
        fail("cannot write " + tc.script.string());
        return out;
    }

    // SKIPIF runs under the interpreter being tested, as in run-tests.php; output
    // starting with "skip" skips the test.
    if (const Section* skipif = file.find("SKIPIF")) {
        fs::path skip_script = with_extension(tc.script, ".skip.php");
        if (write_script(skip_script, skipif->body)) {
            ChildResult r = run_child({options.miniphp, skip_script.string()}, cwd, {},
                                      options.timeout);
            remove_quietly(skip_script);
            std::string said = normalize_output(r.output);
            if (lowercase(said.substr(0, 4)) == "skip") {
                out.status = Status::Skipped;
                out.report = "    " + said + "\n";
                if (!options.keep)
                    remove_quietly(tc.script);
                return out;
            }
        }
    }

    std::vector<std::string> argv{options.miniphp};
    argv.insert(argv.end(), settings.begin(), settings.end());
    argv.push_back(tc.script.string());
    argv.insert(argv.end(), args.begin(), args.end());
    ChildResult mini = run_child(argv, cwd, stdin_data, options.timeout);

    const ExpectKind kind = file.expect_kind();
    const std::string expected = normalize_output(file.expectation());
    const std::string expected_label =
        "expected (" + std::string(expect_kind_name(kind)) + ")";
    bool hand_written = kind == ExpectKind::ExpectRegex;
    auto satisfies = [&](const ChildResult& r, bool& borked) {
        try {
            return expectation_matches(kind, file.expectation(), r.output);
        } catch (const std::regex_error&) {
            borked = true;
            return false;
        }
    };

    bool borked = false;
    bool mini_matched = false;
    try {
        if (kind == ExpectKind::ExpectF)
            hand_written = !ExpectfPattern(expected).only_regen_placeholders();
    } catch (const std::regex_error& e) {
        fail(std::string("BORKED: invalid regex in EXPECTF: ") + e.what());
        return out;
    }

    if (!mini.spawn_error.empty()) {
        fail("miniphp " + mini.describe_status(options.timeout));
    } else {
        if (!mini.exited())
            fail(exit_note("miniphp", mini, options.timeout));
        mini_matched = satisfies(mini, borked);
        if (!mini_matched) {
            if (borked) {
                fail("BORKED: the expectation is not a valid regex");
                return out;
            }
            out.status = Status::Failed;
            out.report += render_diff(kind, expected, normalize_output(mini.output),
                                      expected_label, "miniphp", "    ");
        }
        if (auto want = file.expected_exit_code(); want && mini.exited() && mini.exit_code != *want)
            fail("miniphp exit status " + std::to_string(mini.exit_code) + ", EXITCODE says " +
                 std::to_string(*want));
    }

    if (!options.php.empty()) {
        ChildResult php = run_child(php_command(options.php, script, tc.script, settings, args), cwd,
                                    stdin_data, options.timeout);
        std::string drift;
        if (!php.exited()) {
            drift += "    " + exit_note("php", php, options.timeout) + "\n";
        } else {
            if (!satisfies(php, borked))
                drift += render_diff(kind, expected, normalize_output(php.output), expected_label,
                                     "php", "    ");
            if (auto want = file.expected_exit_code(); want && php.exit_code != *want)
                drift += "    php exit status " + std::to_string(php.exit_code) +
                         ", EXITCODE says " + std::to_string(*want) + "\n";
        }
        if (!drift.empty()) {
            out.drifted = true;
            out.report += "    DRIFT: php itself no longer matches this case (see tests/regen)\n" +
                          drift;
        }
        if (mini.spawn_error.empty()) {
            std::string differ;
            if (!hand_written && php.output != mini.output) {
                if (!mini_matched && drift.empty()) {
                    // php matches the expectation, so the diff above already says it.
                    differ += "    in its output (see the diff above)\n";
                } else {
                    differ += render_diff(ExpectKind::Expect, normalize_output(php.output),
                                          normalize_output(mini.output), "php", "miniphp", "    ");
                    if (normalize_output(php.output) == normalize_output(mini.output))
                        differ += "    (they differ only in leading/trailing whitespace)\n";
                }
            }
            if (php.exited() != mini.exited() || php.exit_code != mini.exit_code)
                differ += "    exit status differs: php " + php.describe_status(options.timeout) +
                          ", miniphp " + mini.describe_status(options.timeout) + "\n";
            if (!differ.empty()) {
                out.differs = true;
                out.status = Status::Failed;
                out.report += "    miniphp differs from php:\n" + differ;
            }
        }
        if (out.status == Status::Failed || out.drifted)
            write_script(php_out_file, php.output);
    }

    if (out.status == Status::Failed || out.drifted) {
        write_script(out_file, mini.output);
        out.report += "    script: " + tc.script.string() + "\n";
    } else if (!options.keep) {
        remove_quietly(tc.script);
    }
    return out;
}

// Whether `program` names something execvp could start: a path with a slash that is
// executable, or a name found on PATH.
bool is_runnable(const std::string& program)
{
    if (program.find('/') != std::string::npos)
        return access(program.c_str(), X_OK) == 0 && !fs::is_directory(program);
    const char* path = std::getenv("PATH");
    std::string_view dirs = path ? path : "/usr/bin:/bin";
    for (size_t pos = 0; pos <= dirs.size();) {
        size_t colon = dirs.find(':', pos);
        std::string_view dir = dirs.substr(pos, colon == std::string_view::npos ? colon : colon - pos);
        fs::path candidate = fs::path(dir.empty() ? "." : std::string(dir)) / program;
        if (access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate))
            return true;
        if (colon == std::string_view::npos)
            break;
        pos = colon + 1;
    }
    return false;
}

int run_tests(const std::vector<TestCase>& tests, const RunOptions& options)
{
    // A missing interpreter would fail every case the same way; say it once.
    if (!is_runnable(options.miniphp)) {
        std::printf("phpt-runner: cannot run the interpreter under test: %s\n",
                    options.miniphp.c_str());
        std::printf("0 passed, %zu failed\n", tests.size());
        return 1;
    }
    if (!options.php.empty() && !is_runnable(options.php)) {
        std::printf("phpt-runner: cannot run php for the differential run: %s\n",
                    options.php.c_str());
        std::printf("0 passed, %zu failed\n", tests.size());
        return 1;
    }
    std::vector<Outcome> outcomes(tests.size());
    std::atomic<size_t> next{0};
    auto worker = [&] {
        for (size_t i; (i = next.fetch_add(1)) < tests.size();)
            outcomes[i] = run_one(tests[i], options);
    };
    {
        std::vector<std::jthread> pool;
        unsigned jobs = std::max(1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(tests.size())));
        for (unsigned j = 0; j < jobs; ++j)
            pool.emplace_back(worker);
    }

    size_t passed = 0, failed = 0, skipped = 0, drifted = 0, differed = 0;
    for (size_t i = 0; i < tests.size(); ++i) {
        const Outcome& o = outcomes[i];
        const char* label = nullptr;
        switch (o.status) {
        case Status::Passed:
            ++passed;
            label = o.drifted ? "DRIFT" : (options.verbose ? "PASS" : nullptr);
            break;
        case Status::Failed:
            ++failed;
            label = "FAIL";
            break;
        case Status::Skipped:
            ++skipped;
            label = options.verbose ? "SKIP" : nullptr;
            break;
        }
        drifted += o.drifted;
        differed += o.differs;
        if (!label)
            continue;
        std::string title;
        if (std::string t; read_file(tests[i].phpt, t)) {
            std::string ignored;
            if (auto f = PhptFile::parse(t, ignored, false))
                title = f->title();
        }
        std::printf("%s %s%s%s%s\n", label, tests[i].display.c_str(), title.empty() ? "" : " [",
                    title.c_str(), title.empty() ? "" : "]");
        if (o.status != Status::Passed || o.drifted)
            std::fputs(o.report.c_str(), stdout);
    }
    if (!options.php.empty())
        std::printf("differential: php (%s -n) drifted on %zu, miniphp differed from php on %zu\n",
                    options.php.c_str(), drifted, differed);
    std::string summary = std::to_string(passed) + " passed, " + std::to_string(failed) + " failed";
    if (skipped)
        summary += ", " + std::to_string(skipped) + " skipped";
    if (drifted)
        summary += ", " + std::to_string(drifted) + " drifted";
    std::printf("%s\n", summary.c_str());
    std::fflush(stdout);
    return failed || drifted ? 1 : 0;
}

} // namespace

} // namespace miniphp::phpt

int main(int argc, char** argv)
{
    using namespace miniphp::phpt;
    std::signal(SIGPIPE, SIG_IGN);

    CLI::App app{"Runs .phpt golden tests against miniphp (and real php), or regenerates them."};
    RunOptions options;
    RegenOptions regen_options;
    bool regen = false;
    unsigned timeout = 10;
    std::vector<std::string> paths;
    app.add_option("--miniphp", options.miniphp, "the interpreter under test");
    app.add_option("--php", options.php,
                   "real php: run every case under `PATH -n` too (differential mode); with "
                   "--regen, the php to regenerate from (default: php)");
    app.add_option("-j,--jobs", options.jobs, "tests run in parallel (default 2)")
        ->check(CLI::PositiveNumber);
    app.add_option("--timeout", timeout, "seconds before a test is killed (default 10)")
        ->check(CLI::PositiveNumber);
    app.add_flag("-v,--verbose", options.verbose, "also list passing and skipped tests");
    app.add_flag("--keep", options.keep, "keep every scratch script, not only failing ones");
    app.add_flag("--regen", regen, "rewrite the expectations from real php (tests/regen)");
    app.add_flag("--force", regen_options.force,
                 "with --regen: overwrite hand-written EXPECTF/EXPECTREGEX sections too");
    app.add_option("paths", paths, ".phpt files or folders (searched recursively)")->required();
    CLI11_PARSE(app, argc, argv);
    options.timeout = std::chrono::seconds(timeout);
    // Children start in their script's folder, so a relative program path must be
    // made absolute first; a bare name is left for the PATH search.
    for (std::string* program : {&options.miniphp, &options.php}) {
        if (program->find('/') != std::string::npos)
            *program = std::filesystem::absolute(*program).lexically_normal().string();
    }

    if (!regen && options.miniphp.empty()) {
        std::fprintf(stderr, "phpt-runner: --miniphp is required (or --regen)\n");
        return 2;
    }
    if (!regen && regen_options.force) {
        std::fprintf(stderr, "phpt-runner: --force only applies to --regen\n");
        return 2;
    }

    const std::filesystem::path root = scratch_root();
    std::string error;
    auto tests = collect_tests(paths, root, error);
    if (!tests) {
        std::fprintf(stderr, "phpt-runner: %s\n", error.c_str());
        return 2;
    }
    if (tests->empty()) {
        std::fprintf(stderr, "phpt-runner: no .phpt files found\n");
        return 2;
    }
    ScratchLock lock(root);

    if (regen) {
        regen_options.php = options.php.empty() ? "php" : options.php;
        regen_options.verbose = options.verbose;
        regen_options.keep = options.keep;
        regen_options.timeout = options.timeout;
        return run_regen(*tests, regen_options);
    }
    return run_tests(*tests, options);
}
