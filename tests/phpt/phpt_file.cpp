#include "tests/phpt/phpt_file.h"

#include <cctype>
#include <charconv>

namespace miniphp::phpt {

namespace {

// run-tests.php: preg_match('/^--([_A-Z]+)--/', $line). Returns the section name, or
// an empty view when the line does not open a section.
std::string_view section_name_of(std::string_view line)
{
    if (line.size() < 5 || line[0] != '-' || line[1] != '-')
        return {};
    size_t i = 2;
    while (i < line.size() && (line[i] == '_' || (line[i] >= 'A' && line[i] <= 'Z')))
        ++i;
    if (i == 2 || i + 1 >= line.size() || line[i] != '-' || line[i + 1] != '-')
        return {};
    return line.substr(2, i - 2);
}

std::string_view trim_view(std::string_view s)
{
    constexpr std::string_view kSpace = " \t\n\r\v";
    size_t b = s.find_first_not_of(kSpace);
    if (b == std::string_view::npos)
        return {};
    size_t e = s.find_last_not_of(kSpace);
    return s.substr(b, e - b + 1);
}

} // namespace

std::string_view expect_kind_name(ExpectKind kind)
{
    switch (kind) {
    case ExpectKind::Expect:
        return "EXPECT";
    case ExpectKind::ExpectF:
        return "EXPECTF";
    case ExpectKind::ExpectRegex:
        return "EXPECTREGEX";
    }
    return "EXPECT";
}

std::optional<PhptFile> PhptFile::parse(std::string text, std::string& error,
                                        bool require_expectation)
{
    PhptFile file;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        size_t end = nl == std::string::npos ? text.size() : nl + 1;
        std::string_view line(text.data() + pos, end - pos);
        std::string_view name = section_name_of(line);
        if (!name.empty()) {
            if (file.find(name)) {
                error = "duplicated " + std::string(name) + " section";
                return std::nullopt;
            }
            file.m_sections.push_back({std::string(name), std::string(line), {}});
        } else if (file.m_sections.empty()) {
            error = "tests must start with --TEST--";
            return std::nullopt;
        } else {
            file.m_sections.back().body.append(line);
        }
        pos = end;
    }
    if (file.m_sections.empty() || file.m_sections.front().name != "TEST") {
        error = "tests must start with --TEST--";
        return std::nullopt;
    }
    if (file.has("FILE") + file.has("FILEEOF") != 1) {
        error = "missing section --FILE--";
        return std::nullopt;
    }
    int kinds = file.has("EXPECT") + file.has("EXPECTF") + file.has("EXPECTREGEX");
    if (kinds > 1 || (kinds == 0 && require_expectation)) {
        error = "missing section --EXPECT--, --EXPECTF-- or --EXPECTREGEX--";
        return std::nullopt;
    }
    file.m_has_expectation = kinds == 1;
    file.m_expect_kind = file.has("EXPECT")    ? ExpectKind::Expect
                         : file.has("EXPECTF") ? ExpectKind::ExpectF
                                               : ExpectKind::ExpectRegex;
    if (const Section* exit = file.find("EXITCODE")) {
        std::string_view digits = trim_view(exit->body);
        int value = 0;
        auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (digits.empty() || ec != std::errc() || ptr != digits.data() + digits.size()) {
            error = "EXITCODE must be an integer";
            return std::nullopt;
        }
        file.m_exit_code = value;
    }
    return file;
}

const Section* PhptFile::find(std::string_view name) const
{
    for (const Section& s : m_sections) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

Section* PhptFile::find(std::string_view name)
{
    for (Section& s : m_sections) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

std::string PhptFile::title() const
{
    return std::string(trim_view(find("TEST")->body));
}

std::string PhptFile::script() const
{
    if (const Section* eof = find("FILEEOF")) {
        std::string s = eof->body;
        while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
            s.pop_back();
        return s;
    }
    // run-tests.php stops collecting FILE after a line matching /^===DONE===\s*$/,
    // keeping that line itself.
    const std::string& body = find("FILE")->body;
    size_t pos = 0;
    while (pos < body.size()) {
        size_t nl = body.find('\n', pos);
        size_t end = nl == std::string::npos ? body.size() : nl + 1;
        std::string_view line(body.data() + pos, end - pos);
        if (line.starts_with("===DONE===") && trim_view(line.substr(10)).empty())
            return body.substr(0, end);
        pos = end;
    }
    return body;
}

const std::string& PhptFile::expectation() const
{
    return find(expect_kind_name(m_expect_kind))->body;
}

std::string PhptFile::serialize() const
{
    std::string out;
    for (const Section& s : m_sections) {
        out += s.header;
        out += s.body;
    }
    return out;
}

std::vector<std::string> split_args(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    bool in_word = false;
    char quote = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quote == '\'') {
            if (c == '\'')
                quote = 0;
            else
                word += c;
        } else if (quote == '"') {
            if (c == '"')
                quote = 0;
            else if (c == '\\' && i + 1 < text.size())
                word += text[++i];
            else
                word += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            in_word = true;
        } else if (c == '\\' && i + 1 < text.size()) {
            word += text[++i];
            in_word = true;
        } else if (std::isspace(static_cast<unsigned char>(c))) {
            if (in_word)
                words.push_back(std::move(word));
            word.clear();
            in_word = false;
        } else {
            word += c;
            in_word = true;
        }
    }
    if (in_word)
        words.push_back(std::move(word));
    return words;
}

} // namespace miniphp::phpt
