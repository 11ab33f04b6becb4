#include "tests/phpt/test_set.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <sys/file.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace miniphp::phpt {

fs::path scratch_root()
{
    const char* tmp = std::getenv("TMPDIR");
    fs::path base = (tmp && *tmp) ? fs::path(tmp) : fs::path("/tmp");
    fs::path root = base / "miniphp-phpt";
    std::error_code ec;
    fs::create_directories(root, ec);
    fs::path real = fs::canonical(root, ec);
    return ec ? fs::absolute(root) : real;
}

std::optional<std::vector<TestCase>> collect_tests(const std::vector<std::string>& paths,
                                                   const fs::path& root, std::string& error)
{
    std::vector<TestCase> tests;
    std::set<fs::path> seen;
    std::map<fs::path, std::string> owner_of_script;
    auto add = [&](const fs::path& phpt, const fs::path& relative) -> bool {
        std::error_code ec;
        fs::path key = fs::canonical(phpt, ec);
        if (!seen.insert(ec ? phpt : key).second)
            return true;
        fs::path script = root / relative;
        script.replace_extension(".php");
        TestCase tc{phpt, phpt.string(), script};
        auto [it, fresh] = owner_of_script.emplace(script, tc.display);
        if (!fresh) {
            error = tc.display + " and " + it->second + " would both run as " + script.string() +
                    "; name their common parent folder instead";
            return false;
        }
        tests.push_back(std::move(tc));
        return true;
    };
    for (const std::string& arg : paths) {
        fs::path p(arg);
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<fs::path> found;
            for (auto it = fs::recursive_directory_iterator(p, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_regular_file() && it->path().extension() == ".phpt")
                    found.push_back(it->path());
            }
            if (ec) {
                error = "cannot read " + arg + ": " + ec.message();
                return std::nullopt;
            }
            std::sort(found.begin(), found.end());
            for (const fs::path& f : found) {
                if (!add(f, f.lexically_relative(p)))
                    return std::nullopt;
            }
        } else if (fs::is_regular_file(p, ec)) {
            if (p.extension() != ".phpt") {
                error = "not a .phpt file: " + arg;
                return std::nullopt;
            }
            if (!add(p, p.filename()))
                return std::nullopt;
        } else {
            error = "no such file or folder: " + arg;
            return std::nullopt;
        }
    }
    return tests;
}

ScratchLock::ScratchLock(const fs::path& root)
{
    fs::path lock = root / ".lock";
    m_fd = open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (m_fd < 0)
        return;
    if (flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        std::fprintf(stderr, "phpt-runner: waiting for another run using %s\n", root.c_str());
        flock(m_fd, LOCK_EX);
    }
}

ScratchLock::~ScratchLock()
{
    if (m_fd >= 0)
        close(m_fd);
}

bool read_file(const fs::path& path, std::string& out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

bool write_file_atomic(const fs::path& path, const std::string& data)
{
    fs::path tmp = path;
    tmp += ".regen-tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            return false;
        out.write(data.data(), static_cast<std::streamsize>(data.size()));
        if (!out)
            return false;
    }
    std::error_code ec;
    // Keep the original's permission bits (a test file may be read-only on purpose).
    fs::permissions(tmp, fs::status(path, ec).permissions(), ec);
    fs::rename(tmp, path, ec);
    return !ec;
}

bool write_script(const fs::path& path, const std::string& data)
{
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        return false;
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    return static_cast<bool>(out);
}

std::vector<std::string> ini_options(const std::string& ini_section)
{
    std::vector<std::string> options;
    size_t start = 0;
    while (start < ini_section.size()) {
        size_t end = ini_section.find('\n', start);
        if (end == std::string::npos)
            end = ini_section.size();
        std::string line = ini_section.substr(start, end - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.pop_back();
        if (!line.empty()) {
            options.push_back("-d");
            options.push_back(line);
        }
        start = end + 1;
    }
    return options;
}

std::vector<std::string> php_command(const std::string& php, const std::string& script_text,
                                     const fs::path& script, const std::vector<std::string>& settings,
                                     const std::vector<std::string>& args)
{
    std::vector<std::string> argv{php, "-n"};
    argv.insert(argv.end(), settings.begin(), settings.end());
    if (script_text.find("xdebug_debug_zval") != std::string::npos) {
        for (const char* a : {"-d", "zend_extension=xdebug", "-d", "xdebug.mode=develop"})
            argv.push_back(a);
    }
    argv.push_back(script.string());
    argv.insert(argv.end(), args.begin(), args.end());
    return argv;
}

} // namespace miniphp::phpt
