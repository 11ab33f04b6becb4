#include "lexer/string_literal.h"

namespace miniphp::lexer {

namespace {

bool is_hex(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool is_octal(unsigned char c) { return c >= '0' && c <= '7'; }

int hex_value(unsigned char c)
{
    if (c <= '9')
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

// php's test at each character it passes: a newline is "\n", or a "\r" not followed
// by "\n" (the byte after the end of the value counts as not "\n").
bool ends_line(std::string_view text, size_t i)
{
    char c = text[i];
    return c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'));
}

void append_utf8(uint32_t codepoint, std::string& out)
{
    if (codepoint < 0x80) {
        out.push_back(static_cast<char>(codepoint));
    } else if (codepoint < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (codepoint >> 6)));
        out.push_back(static_cast<char>(0x80 | (codepoint & 0x3F)));
    } else if (codepoint < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (codepoint >> 12)));
        out.push_back(static_cast<char>(0x80 | ((codepoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codepoint & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (codepoint >> 18)));
        out.push_back(static_cast<char>(0x80 | ((codepoint >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((codepoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codepoint & 0x3F)));
    }
}

} // namespace

uint32_t count_value_newlines(std::string_view text)
{
    uint32_t count = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if ((text[i] == '\n' || text[i] == '\r') && ends_line(text, i))
            ++count;
    }
    return count;
}

void unescape_single_quoted(std::string_view body, std::string& out)
{
    out.clear();
    size_t i = 0;
    for (;;) {
        size_t slash = body.find('\\', i);
        if (slash == std::string_view::npos) {
            out.append(body.substr(i));
            return;
        }
        out.append(body.substr(i, slash - i));
        // The scanner never ends a body on an odd backslash, so slash + 1 exists.
        char next = body[slash + 1];
        if (next != '\\' && next != '\'')
            out.push_back('\\');
        out.push_back(next);
        i = slash + 2;
    }
}

// Mirrors zend_scan_escape_string(). Plain runs between backslashes are appended as a
// whole; `i` always indexes the next unread byte of `body`.
const char* unescape_double_quoted(std::string_view body, char quote, uint32_t& line,
                                   std::vector<LexerMessage>* warnings, std::string& out)
{
    out.clear();
    out.reserve(body.size());
    const size_t n = body.size();
    auto at = [&](size_t i) -> unsigned char {
        return i < n ? static_cast<unsigned char>(body[i]) : 0;
    };

    size_t i = 0;
    while (i < n) {
        size_t slash = body.find('\\', i);
        size_t run_end = slash == std::string_view::npos ? n : slash;
        out.append(body.substr(i, run_end - i));
        for (size_t k = i; k < run_end; ++k) {
            if ((body[k] == '\n' || body[k] == '\r') && ends_line(body, k))
                ++line;
        }
        i = run_end;
        if (i >= n)
            break;

        // body[i] is a backslash; `last` becomes the index of the escape's final byte.
        size_t esc = i + 1;
        if (esc >= n) {
            out.push_back('\\');
            break;
        }
        unsigned char c = at(esc);
        size_t last = esc;
        switch (c) {
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'f': out.push_back('\f'); break;
        case 'v': out.push_back('\v'); break;
        case 'e': out.push_back('\x1b'); break;
        case '"':
        case '`':
            if (c != static_cast<unsigned char>(quote))
                out.push_back('\\');
            out.push_back(static_cast<char>(c));
            break;
        case '\\':
        case '$':
            out.push_back(static_cast<char>(c));
            break;
        case 'x':
        case 'X':
            if (is_hex(at(esc + 1))) {
                int value = hex_value(at(++last));
                if (is_hex(at(last + 1)))
                    value = value * 16 + hex_value(at(++last));
                out.push_back(static_cast<char>(value));
            } else {
                out.push_back('\\');
                out.push_back(static_cast<char>(c));
            }
            break;
        case 'u': {
            if (at(esc + 1) != '{') {
                // php lets "\u" without a brace through unchanged (JSON in strings).
                out.append("\\u");
                break;
            }
            size_t digits = esc + 2;
            size_t p = digits;
            while (is_hex(at(p)))
                ++p;
            if (at(p) != '}' || p == digits)
                return "Invalid UTF-8 codepoint escape sequence";
            uint64_t codepoint = 0;
            for (size_t k = digits; k < p && codepoint <= 0x10FFFF; ++k)
                codepoint = codepoint * 16 + hex_value(at(k));
            if (codepoint > 0x10FFFF)
                return "Invalid UTF-8 codepoint escape sequence: Codepoint too large";
            append_utf8(static_cast<uint32_t>(codepoint), out);
            last = p;
            break;
        }
        default:
            if (is_octal(c)) {
                int value = c - '0';
                size_t count = 1;
                while (count < 3 && is_octal(at(last + 1))) {
                    value = value * 8 + (at(++last) - '0');
                    ++count;
                }
                if (count == 3 && c > '3' && warnings) {
                    std::string digits(body.substr(esc, 3));
                    warnings->push_back({"Octal escape sequence overflow \\" + digits +
                                             " is greater than \\377",
                                         line});
                }
                // \400 to \777 wrap around to a byte, as php's (char) cast does.
                out.push_back(static_cast<char>(value & 0xFF));
            } else {
                out.push_back('\\');
                out.push_back(static_cast<char>(c));
            }
            break;
        }
        if (ends_line(body, last))
            ++line;
        i = last + 1;
    }
    return nullptr;
}

// Mirrors strip_multiline_string_indentation(). A "line" runs up to and including its
// newline ("\n", "\r\n" or "\r"); the last line of a piece may lack one.
std::string remove_heredoc_indentation(std::string_view body, uint32_t indentation,
                                      bool using_spaces, bool newline_at_start,
                                      bool newline_at_end, std::string& out,
                                      uint32_t& lines_before_error)
{
    const size_t npos = std::string_view::npos;
    const size_t n = body.size();
    auto next_newline = [&](size_t from, size_t& length) -> size_t {
        for (size_t k = from; k < n; ++k) {
            if (body[k] == '\r') {
                length = (k + 1 < n && body[k + 1] == '\n') ? 2 : 1;
                return k;
            }
            if (body[k] == '\n') {
                length = 1;
                return k;
            }
        }
        length = 0;
        return npos;
    };

    out.clear();
    if (indentation == 0) {
        out.assign(body);
        return {};
    }
    out.reserve(n);

    uint32_t newline_count = 0;
    size_t i = 0;
    if (!newline_at_start) {
        size_t length;
        size_t nl = next_newline(0, length);
        if (nl == npos) {
            out.assign(body);
            return {};
        }
        out.append(body.substr(0, nl + length));
        i = nl + length;
        ++newline_count;
    }

    // Loop invariant: `out` holds the stripped text of body[0, i), and i is the start
    // of a line. `more` says whether the previous line ended in a newline.
    bool more = true;
    while (i <= n && more) {
        size_t length = 0;
        size_t nl = next_newline(i, length);
        if (nl == npos && newline_at_end)
            nl = n;
        more = nl != npos;

        for (uint32_t skip = 0; skip < indentation; ++skip, ++i) {
            if (more && i == nl)
                break; // a blank line need not carry the full indentation
            if (i == n || (body[i] != ' ' && body[i] != '\t')) {
                lines_before_error = newline_count;
                return "Invalid body indentation level (expecting an indentation level of at least " +
                       std::to_string(indentation) + ")";
            }
            if ((!using_spaces && body[i] == ' ') || (using_spaces && body[i] == '\t')) {
                lines_before_error = newline_count;
                return "Invalid indentation - tabs and spaces cannot be mixed";
            }
        }
        if (i == n)
            break;
        size_t line_length = more ? nl - i + length : n - i;
        out.append(body.substr(i, line_length));
        i += line_length;
        ++newline_count;
    }
    return {};
}

} // namespace miniphp::lexer
