#include "tests/phpt/expectf.h"

#include <algorithm>

namespace miniphp::phpt {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_hex(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// PCRE2's \s without /u: space, \t, \n, \v, \f, \r.
bool is_pcre_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool is_php_trim_char(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0B';
}

size_t run_end(std::string_view s, size_t pos, bool (*pred)(char))
{
    while (pos < s.size() && pred(s[pos]))
        ++pos;
    return pos;
}

// The regex text run-tests.php's strtr() substitutes for a placeholder letter, or
// null when `%letter` is not a placeholder.
const char* placeholder_regex(char letter)
{
    switch (letter) {
    case 'e':
        return "/";
    case 's':
        return "[^\\r\\n]+";
    case 'S':
        return "[^\\r\\n]*";
    case 'a':
        return ".+";
    case 'A':
        return ".*";
    case 'w':
        return "\\s*";
    case 'i':
        return "[+-]?\\d+";
    case 'd':
        return "\\d+";
    case 'x':
        return "[0-9a-fA-F]+";
    case 'f':
        return "[+-]?(?:\\d+|(?=\\.\\d))(?:\\.\\d+)?(?:[Ee][+-]?\\d+)?";
    case 'c':
        return ".";
    case '0':
        return "\\x00";
    default:
        return nullptr;
    }
}

std::regex compile_regex(std::string_view pattern, bool expand_placeholders)
{
    // Pass 1, EXPECTF's %r regions only: run-tests.php applies its strtr() table to
    // the whole quoted pattern, regex regions included, so "%d" there is \d+ too.
    std::string pcre;
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char* re = nullptr;
        if (expand_placeholders && pattern[i] == '%' && i + 1 < pattern.size())
            re = placeholder_regex(pattern[i + 1]);
        if (re) {
            pcre += re;
            ++i;
        } else {
            pcre += pattern[i];
        }
    }
    // Pass 2: PCRE's /s lets `.` match a newline; ECMAScript's never does, so every
    // unescaped `.` outside a bracket expression becomes [\s\S].
    std::string out;
    bool in_class = false;
    for (size_t i = 0; i < pcre.size(); ++i) {
        char c = pcre[i];
        if (c == '\\' && i + 1 < pcre.size()) {
            out += c;
            out += pcre[++i];
        } else if (in_class) {
            if (c == ']')
                in_class = false;
            out += c;
        } else if (c == '[') {
            in_class = true;
            out += c;
            // A ']' right after '[' or '[^' is literal.
            if (i + 1 < pcre.size() && pcre[i + 1] == '^')
                out += pcre[++i];
            if (i + 1 < pcre.size() && pcre[i + 1] == ']')
                out += pcre[++i];
        } else if (c == '.') {
            out += "[\\s\\S]";
        } else {
            out += c;
        }
    }
    return std::regex(out, std::regex::ECMAScript);
}

} // namespace

std::string normalize_output(std::string_view raw)
{
    size_t b = 0;
    size_t e = raw.size();
    while (b < e && is_php_trim_char(raw[b]))
        ++b;
    while (e > b && is_php_trim_char(raw[e - 1]))
        --e;
    std::string out;
    out.reserve(e - b);
    for (size_t i = b; i < e; ++i) {
        if (raw[i] == '\r' && i + 1 < e && raw[i + 1] == '\n')
            continue;
        out += raw[i];
    }
    return out;
}

std::regex compile_pcre_like(std::string_view pattern)
{
    return compile_regex(pattern, false);
}

ExpectfPattern::ExpectfPattern(std::string_view pattern)
{
    std::string literal;
    auto flush = [&] {
        if (!literal.empty())
            push_literal(literal);
        literal.clear();
    };
    auto push = [&](Kind kind) {
        flush();
        m_tokens.push_back({kind, {}, nullptr});
        if (kind != Kind::Line1)
            m_only_regen_placeholders = false;
    };
    for (size_t i = 0; i < pattern.size(); ++i) {
        char c = pattern[i];
        if (c != '%' || i + 1 == pattern.size()) {
            literal += c;
            continue;
        }
        char letter = pattern[i + 1];
        if (letter == 'r') {
            size_t close = pattern.find("%r", i + 2);
            if (close == std::string_view::npos) {
                // run-tests.php: "unbalanced tag, ignore it" - the rest is literal
                // text, in which "%r" is not a placeholder.
                literal += c;
                continue;
            }
            flush();
            auto re = std::make_shared<std::regex>(
                compile_regex(pattern.substr(i + 2, close - i - 2), true));
            m_tokens.push_back({Kind::Regex, {}, std::move(re)});
            m_only_regen_placeholders = false;
            i = close + 1;
            continue;
        }
        ++i;
        switch (letter) {
        case '%':
            literal += '%';
            break;
        case 'e':
            literal += '/';
            m_only_regen_placeholders = false;
            break;
        case '0':
            literal += '\0';
            m_only_regen_placeholders = false;
            break;
        case 's':
            push(Kind::Line1);
            break;
        case 'S':
            push(Kind::Line0);
            break;
        case 'a':
            push(Kind::Any1);
            break;
        case 'A':
            push(Kind::Any0);
            break;
        case 'w':
            push(Kind::Space0);
            break;
        case 'i':
            push(Kind::Signed);
            break;
        case 'd':
            push(Kind::Digits);
            break;
        case 'x':
            push(Kind::Hex);
            break;
        case 'f':
            push(Kind::Float);
            break;
        case 'c':
            push(Kind::OneChar);
            break;
        default:
            // Not a placeholder: both characters are literal, and the second one
            // may itself start a placeholder ("%%s" in run-tests.php is "%" + %s,
            // but here "%%" is taken first, see the essay in expectf.h).
            literal += c;
            --i;
            break;
        }
    }
    flush();
}

void ExpectfPattern::push_literal(std::string_view text)
{
    if (!m_tokens.empty() && m_tokens.back().kind == Kind::Literal)
        m_tokens.back().text.append(text);
    else
        m_tokens.push_back({Kind::Literal, std::string(text), nullptr});
}

// Appends to `ends` every offset at which token `index` (a %f or %r token), started
// at `pos`, can end.
void ExpectfPattern::candidate_ends(size_t index, std::string_view s, size_t pos,
                                    std::vector<size_t>& ends) const
{
    const Token& tok = m_tokens[index];
    const size_t n = s.size();
    if (tok.kind == Kind::Float) {
        // [+-]? (\d+ | (?=\.\d)) (\.\d+)? ([Ee][+-]?\d+)?
        size_t start = pos;
        if (pos < n && (s[pos] == '+' || s[pos] == '-'))
            ++start;
        std::vector<size_t> int_ends;
        size_t digits_end = run_end(s, start, is_digit);
        for (size_t q = start + 1; q <= digits_end; ++q)
            int_ends.push_back(q);
        if (start + 1 < n && s[start] == '.' && is_digit(s[start + 1]))
            int_ends.push_back(start);
        for (size_t i : int_ends) {
            std::vector<size_t> frac_ends{i};
            if (i + 1 < n && s[i] == '.' && is_digit(s[i + 1])) {
                size_t stop = run_end(s, i + 1, is_digit);
                for (size_t q = i + 2; q <= stop; ++q)
                    frac_ends.push_back(q);
            }
            for (size_t f : frac_ends) {
                ends.push_back(f);
                if (f < n && (s[f] == 'e' || s[f] == 'E')) {
                    size_t e = f + 1;
                    if (e < n && (s[e] == '+' || s[e] == '-'))
                        ++e;
                    size_t stop = run_end(s, e, is_digit);
                    for (size_t q = e + 1; q <= stop; ++q)
                        ends.push_back(q);
                }
            }
        }
        return;
    }
    // Regex: try every end, or only those where the following literal text occurs.
    const std::string* next_literal = nullptr;
    if (index + 1 < m_tokens.size() && m_tokens[index + 1].kind == Kind::Literal)
        next_literal = &m_tokens[index + 1].text;
    auto try_end = [&](size_t q) {
        if (std::regex_match(s.begin() + pos, s.begin() + q, *tok.regex))
            ends.push_back(q);
    };
    if (!next_literal) {
        for (size_t q = pos; q <= n; ++q)
            try_end(q);
    } else {
        for (size_t q = s.find(*next_literal, pos); q != std::string_view::npos;
             q = s.find(*next_literal, q + 1))
            try_end(q);
    }
}

// Runs the tokens over the subject as a set of reachable offsets, the way a
// Thompson NFA runs: before token k, `reach[p]` says some way of matching tokens
// 0..k-1 ends at offset p. The pattern matches when offset s.size() is reachable
// after the last token. The pattern is a plain concatenation (no alternation or
// back-references outside %r), so the set is exact, and every placeholder except
// %f and %r updates it in one sweep.
bool ExpectfPattern::matches(std::string_view s) const
{
    const size_t n = s.size();
    if (m_tokens.empty())
        return n == 0;
    if (m_tokens.size() == 1 && m_tokens[0].kind == Kind::Literal)
        return s == m_tokens[0].text;

    std::vector<char> reach(n + 1, 0);
    std::vector<char> next(n + 1, 0);
    reach[0] = 1;
    size_t first = 0; // lowest reachable offset
    std::vector<size_t> ends;
    for (size_t index = 0; index < m_tokens.size(); ++index) {
        const Token& tok = m_tokens[index];
        std::fill(next.begin(), next.end(), 0);
        // "Run" placeholders: a span p..q matches when it is long enough and every
        // byte in it passes `ok`. One left-to-right sweep; `active` means a reachable
        // start lies behind q with only passing bytes in between.
        auto sweep = [&](bool (*ok)(char), bool non_empty) {
            bool active = false;
            for (size_t q = first; q <= n; ++q) {
                if (non_empty) {
                    next[q] = active;
                    if (reach[q])
                        active = true;
                } else {
                    if (reach[q])
                        active = true;
                    next[q] = active;
                }
                if (q == n || !ok(s[q]))
                    active = false;
            }
        };
        switch (tok.kind) {
        case Kind::Literal: {
            const std::string& lit = tok.text;
            for (size_t q = s.find(lit, first); q != std::string_view::npos; q = s.find(lit, q + 1)) {
                if (reach[q])
                    next[q + lit.size()] = 1;
            }
            break;
        }
        case Kind::Line1:
            sweep([](char c) { return c != '\r' && c != '\n'; }, true);
            break;
        case Kind::Line0:
            sweep([](char c) { return c != '\r' && c != '\n'; }, false);
            break;
        case Kind::Any1:
            std::fill(next.begin() + static_cast<std::ptrdiff_t>(std::min(first + 1, n + 1)),
                      next.end(), 1);
            break;
        case Kind::Any0:
            std::fill(next.begin() + static_cast<std::ptrdiff_t>(first), next.end(), 1);
            break;
        case Kind::Space0:
            sweep(is_pcre_space, false);
            break;
        case Kind::Signed:
            // [+-]? first: a sign after a reachable offset is another place to start.
            for (size_t q = n; q-- > first;) {
                if (reach[q] && (s[q] == '+' || s[q] == '-'))
                    reach[q + 1] = 1;
            }
            sweep(is_digit, true);
            break;
        case Kind::Digits:
            sweep(is_digit, true);
            break;
        case Kind::Hex:
            sweep(is_hex, true);
            break;
        case Kind::OneChar:
            for (size_t q = first; q < n; ++q) {
                if (reach[q])
                    next[q + 1] = 1;
            }
            break;
        case Kind::Float:
        case Kind::Regex:
            for (size_t q = first; q <= n; ++q) {
                if (!reach[q])
                    continue;
                ends.clear();
                candidate_ends(index, s, q, ends);
                for (size_t e : ends)
                    next[e] = 1;
            }
            break;
        }
        std::swap(reach, next);
        auto it = std::find(reach.begin() + static_cast<std::ptrdiff_t>(first), reach.end(), 1);
        if (it == reach.end())
            return false;
        first = static_cast<size_t>(it - reach.begin());
    }
    return reach[n] != 0;
}

bool expectation_matches(ExpectKind kind, std::string_view expected, std::string_view actual)
{
    std::string want = normalize_output(expected);
    std::string got = normalize_output(actual);
    switch (kind) {
    case ExpectKind::Expect:
        return want == got;
    case ExpectKind::ExpectF:
        return ExpectfPattern(want).matches(got);
    case ExpectKind::ExpectRegex:
        return std::regex_match(got, compile_pcre_like(want));
    }
    return false;
}

bool line_matches(ExpectKind kind, std::string_view expected_line, std::string_view actual_line)
{
    switch (kind) {
    case ExpectKind::Expect:
        return expected_line == actual_line;
    case ExpectKind::ExpectF:
        try {
            return ExpectfPattern(expected_line).matches(actual_line);
        } catch (const std::regex_error&) {
            return false;
        }
    case ExpectKind::ExpectRegex:
        try {
            return std::regex_match(std::string(actual_line), compile_pcre_like(expected_line));
        } catch (const std::regex_error&) {
            return false;
        }
    }
    return false;
}

} // namespace miniphp::phpt
