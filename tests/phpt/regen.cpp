#include "tests/phpt/regen.h"

#include "tests/phpt/child_process.h"
#include "tests/phpt/expectf.h"
#include "tests/phpt/line_diff.h"
#include "tests/phpt/phpt_file.h"

#include <cstdio>

namespace miniphp::phpt {

namespace {

enum class Verdict { Updated, Unchanged, Kept, Refused, Error };

struct RegenResult {
    Verdict verdict;
    std::string message;
};

std::string replace_all(std::string text, std::string_view from, std::string_view to)
{
    if (from.empty())
        return text;
    std::string out;
    size_t pos = 0;
    for (size_t hit; (hit = text.find(from, pos)) != std::string::npos; pos = hit + from.size()) {
        out.append(text, pos, hit - pos);
        out.append(to);
    }
    out.append(text, pos, std::string::npos);
    return out;
}

// Would a line of this text be read back as a section header?
bool has_section_like_line(std::string_view text)
{
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t nl = text.find('\n', pos);
        std::string_view line = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
        if (line.size() >= 5 && line.starts_with("--")) {
            size_t i = 2;
            while (i < line.size() && (line[i] == '_' || (line[i] >= 'A' && line[i] <= 'Z')))
                ++i;
            if (i > 2 && line.substr(i).starts_with("--"))
                return true;
        }
        if (nl == std::string_view::npos)
            break;
        pos = nl + 1;
    }
    return false;
}

bool is_expectation(const std::string& name)
{
    return name == "EXPECT" || name == "EXPECTF" || name == "EXPECTREGEX";
}

RegenResult regen_one(const TestCase& tc, const RegenOptions& options)
{
    std::string original;
    if (!read_file(tc.phpt, original))
        return {Verdict::Error, "cannot read the file"};
    std::string error;
    auto parsed = PhptFile::parse(original, error, false);
    if (!parsed)
        return {Verdict::Error, error};
    PhptFile& file = *parsed;

    std::string script = file.script();
    if (!write_script(tc.script, script))
        return {Verdict::Error, "cannot write " + tc.script.string()};
    std::string stdin_data = file.has("STDIN") ? file.find("STDIN")->body : std::string();
    std::vector<std::string> args;
    if (const Section* a = file.find("ARGS"))
        args = split_args(a->body);
    std::vector<std::string> settings;
    if (const Section* ini = file.find("INI"))
        settings = ini_options(ini->body);
    ChildResult php = run_child(php_command(options.php, script, tc.script, settings, args),
                                tc.script.parent_path().string(), stdin_data, options.timeout);
    if (!options.keep) {
        std::error_code ec;
        std::filesystem::remove(tc.script, ec);
    }
    if (!php.exited())
        return {Verdict::Error, "php " + php.describe_status(options.timeout)};

    std::string output = normalize_output(php.output);
    if (has_section_like_line(output))
        return {Verdict::Error, "php's output has a line that would read as a section header"};

    // Hand-written expectations: keep while they match, refuse once they do not.
    if (file.has_expectation()) {
        ExpectKind kind = file.expect_kind();
        bool hand_written = kind == ExpectKind::ExpectRegex;
        try {
            if (kind == ExpectKind::ExpectF)
                hand_written = !ExpectfPattern(normalize_output(file.expectation()))
                                    .only_regen_placeholders();
            if (hand_written && !options.force) {
                bool exit_ok = file.expected_exit_code().value_or(0) == php.exit_code;
                if (expectation_matches(kind, file.expectation(), php.output) && exit_ok)
                    return {Verdict::Kept, "hand-written " + std::string(expect_kind_name(kind)) +
                                               " still matches php"};
                std::string why = std::string(expect_kind_name(kind)) +
                                  " is hand-written and php no longer matches it";
                if (!exit_ok)
                    why += " (php exits " + std::to_string(php.exit_code) + ")";
                why += "; fix it by hand or rerun with --force\n" +
                       render_diff(kind, normalize_output(file.expectation()), output,
                                   "expected", "php", "    ");
                while (!why.empty() && why.back() == '\n')
                    why.pop_back();
                return {Verdict::Refused, why};
            }
        } catch (const std::regex_error& e) {
            if (!options.force)
                return {Verdict::Refused, std::string("its pattern is not a valid regex (") +
                                              e.what() + "); rerun with --force"};
        }
    }

    // The new expectation.
    std::string path = tc.script.string();
    std::string name = "EXPECT";
    std::string body = output;
    if (output.find(path) != std::string::npos) {
        name = "EXPECTF";
        body = replace_all(replace_all(output, "%", "%%"), replace_all(path, "%", "%%"), "%s");
    }
    if (!body.empty())
        body += '\n';

    std::vector<Section>& sections = file.sections();
    size_t at = sections.size();
    for (size_t i = 0; i < sections.size(); ++i) {
        if (is_expectation(sections[i].name)) {
            at = i;
            sections.erase(sections.begin() + static_cast<std::ptrdiff_t>(i));
            break;
        }
    }
    sections.insert(sections.begin() + static_cast<std::ptrdiff_t>(at),
                    Section{name, "--" + name + "--\n", body});
    // Section bodies run up to the next header, so the section before the new one must
    // end with a newline (it may not when the expectation used to be last and the file
    // had no final newline).
    if (at > 0 && !sections[at - 1].body.empty() && sections[at - 1].body.back() != '\n')
        sections[at - 1].body += '\n';

    for (size_t i = 0; i < sections.size(); ++i) {
        if (sections[i].name == "EXITCODE") {
            sections.erase(sections.begin() + static_cast<std::ptrdiff_t>(i));
            if (i < at)
                --at;
            break;
        }
    }
    if (php.exit_code != 0) {
        sections.insert(sections.begin() + static_cast<std::ptrdiff_t>(at),
                        Section{"EXITCODE", "--EXITCODE--\n", std::to_string(php.exit_code) + "\n"});
    }
    std::string updated = file.serialize();
    if (updated == original)
        return {Verdict::Unchanged, {}};
    if (!write_file_atomic(tc.phpt, updated))
        return {Verdict::Error, "cannot write the file"};
    std::string what = "--" + name + "--";
    if (php.exit_code != 0)
        what += ", --EXITCODE-- " + std::to_string(php.exit_code);
    return {Verdict::Updated, what};
}

} // namespace

int run_regen(const std::vector<TestCase>& tests, const RegenOptions& options)
{
    size_t counts[5] = {};
    for (const TestCase& tc : tests) {
        RegenResult r = regen_one(tc, options);
        ++counts[static_cast<int>(r.verdict)];
        const char* label = nullptr;
        switch (r.verdict) {
        case Verdict::Updated:
            label = "updated";
            break;
        case Verdict::Unchanged:
            label = options.verbose ? "unchanged" : nullptr;
            break;
        case Verdict::Kept:
            label = "kept";
            break;
        case Verdict::Refused:
            label = "REFUSED";
            break;
        case Verdict::Error:
            label = "ERROR";
            break;
        }
        if (label) {
            std::printf("%s %s%s%s\n", label, tc.display.c_str(), r.message.empty() ? "" : ": ",
                        r.message.c_str());
        }
    }
    std::string summary = "regen: " + std::to_string(counts[0]) + " updated, " +
                          std::to_string(counts[1]) + " unchanged";
    if (counts[2])
        summary += ", " + std::to_string(counts[2]) + " kept";
    if (counts[3])
        summary += ", " + std::to_string(counts[3]) + " refused";
    if (counts[4])
        summary += ", " + std::to_string(counts[4]) + " errors";
    std::printf("%s\n", summary.c_str());
    std::fflush(stdout);
    return counts[3] || counts[4] ? 1 : 0;
}

} // namespace miniphp::phpt
