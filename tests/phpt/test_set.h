// Which tests a run covers, and where each one's script is written.
//
// Every test's FILE section goes to a fixed path that depends only on the test's
// place in the tree: ${TMPDIR:-/tmp}/miniphp-phpt/<path relative to the folder
// given on the command line, ".phpt" replaced by ".php">. A .phpt named directly
// maps to <its file name>.php. The root is resolved through symlinks (php prints
// the realpath of its script), and both interpreters get that same absolute path
// and run in its directory, so messages naming the script are byte-identical
// between php and miniphp and between runs. Two tests mapping to one path is an
// error rather than a silent race.
//
// Runs on one machine share that root, so a run holds an exclusive flock on
// <root>/.lock from start to end; a second runner waits for the first.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace miniphp::phpt {

struct TestCase {
    std::filesystem::path phpt;   // as found (relative if given relative)
    std::string display;          // how reports name it: the path as found
    std::filesystem::path script; // absolute scratch path of the FILE section
};

// ${TMPDIR:-/tmp}/miniphp-phpt, created and resolved to its real path.
std::filesystem::path scratch_root();

// Expands files and folders (recursively, sorted) into test cases; duplicates of the
// same .phpt are dropped. Returns nullopt and sets `error` on a missing path, a
// file that is not .phpt, or two tests sharing a scratch path.
std::optional<std::vector<TestCase>> collect_tests(const std::vector<std::string>& paths,
                                                   const std::filesystem::path& root,
                                                   std::string& error);

// Holds the exclusive lock on <root>/.lock for its lifetime.
class ScratchLock {
public:
    explicit ScratchLock(const std::filesystem::path& root);
    ~ScratchLock();
    ScratchLock(const ScratchLock&) = delete;
    ScratchLock& operator=(const ScratchLock&) = delete;

private:
    int m_fd = -1;
};

bool read_file(const std::filesystem::path& path, std::string& out);
// Writes through a temporary file and rename, so readers never see half a file.
bool write_file_atomic(const std::filesystem::path& path, const std::string& data);
// Creates the parent folders and writes `data`.
bool write_script(const std::filesystem::path& path, const std::string& data);

// The command line that runs `script` under real php: `php -n`, the settings as
// -d options, plus the xdebug extension in develop mode when the script calls
// xdebug_debug_zval().
std::vector<std::string> php_command(const std::string& php, const std::string& script_text,
                                     const std::filesystem::path& script, const std::vector<std::string>& settings,
                                     const std::vector<std::string>& args);
// The settings of an INI section, one per non-empty line (`name=value`), as -d
// options for both interpreters (run-tests.php passes them the same way).
std::vector<std::string> ini_options(const std::string& ini_section);

} // namespace miniphp::phpt
