// The scanner: PHP 8.2's Zend/zend_language_scanner.l, rebuilt on re2c.
//
// re2c compiles the rules below into a DFA per start condition; CMake runs it at build
// time (re2c -c) and compiles the generated lexer.cpp from the build directory. The
// conditions are php's own states, under php's names, so this file reads side by side
// with the original: INITIAL is inline HTML, ST_IN_SCRIPTING is PHP code,
// ST_DOUBLE_QUOTES / ST_BACKQUOTE / ST_HEREDOC / ST_NOWDOC scan string bodies,
// ST_VAR_OFFSET is the "[...]" after a variable inside a string,
// ST_LOOKING_FOR_PROPERTY follows "->", ST_LOOKING_FOR_VARNAME follows "${",
// ST_END_HEREDOC sits on a closing marker, SHEBANG skips a "#!" line.
//
// State. Everything that heredoc look-ahead must rewind lives in ScanPosition: the
// cursor, the current condition and the stack of conditions pushed by "{", "${",
// "{$", "->" and "[" (php's yy_push_state), the stack of open brackets with their
// lines (php 8 checks bracket nesting in the scanner, for "Unclosed '{' on line 2"),
// the stack of open heredoc labels, and the line counter. Rules consume bytes and
// return a token kind; the byte range [token_start, cursor) is the token's text.
//
// Input. The source is copied into a buffer followed by NUL padding. re2c runs in
// "sentinel with bounds checks" mode: a NUL at the limit is end of input, a NUL before
// it is an ordinary byte. The hand-written loops (strings, comments, inline HTML) stop
// at the limit themselves, and the padding lets them peek a few bytes past it, as php
// peeks into its ZEND_MMAP_AHEAD zeros.
//
// Two modes, as in php. In parser mode (php's PARSER_MODE(), used by next_for_parser()
// and by default by next()) an error stops scanning with a T_ERROR token. In tokenizer
// mode (token_get_all() without TOKEN_PARSE) errors are dropped and scanning carries on
// exactly as php's does, which is what the differential test against token_get_all()
// relies on.
//
// Heredoc. php 7.3 lets the closing marker be indented, and that indentation is removed
// from every body line; but the body is tokenized before the marker is reached. Like
// php, the T_START_HEREDOC rule scans ahead: it saves the position, lexes in tokenizer
// mode (without values) until the matching T_END_HEREDOC, records the marker's
// indentation, and rewinds. Nested heredocs inside "{$...}" do not scan ahead again.
//
// Lines. `line` is php's CG(zend_lineno): each rule advances it over the newlines it
// consumes, with php's quirks (a "?>\n" or the newline before a heredoc marker is
// counted only when the next token is read: pending_newline; string literals count
// while converting escapes, so an escape error reports the line of the escape).

#include "lexer/lexer.h"

#include <cassert>
#include <cstring>

#include "lexer/number_literal.h"
#include "lexer/string_literal.h"

namespace miniphp::lexer {

namespace {

/*!conditions:re2c*/

// Zero bytes after the copied source: re2c's sentinel plus room for the peeks php's
// scanner makes past the current byte ("<?php" + one byte, a heredoc label's successor).
constexpr size_t kPadding = 8;

constexpr int kUsingSpaces = 1;
constexpr int kUsingTabs = 2;

bool is_label_start(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool is_label_successor(unsigned char c) { return is_label_start(c) || (c >= '0' && c <= '9'); }

bool is_trivia(int kind)
{
    return kind == T_WHITESPACE || kind == T_COMMENT || kind == T_DOC_COMMENT || kind == T_OPEN_TAG;
}

} // namespace

struct Lexer::State {
    struct Nesting {
        char opener;
        uint32_t line;
    };

    struct HeredocLabel {
        std::string label;
        uint32_t indentation = 0;
        bool uses_spaces = false;
    };

    struct ScanPosition {
        const unsigned char* cursor = nullptr;
        int condition = yycINITIAL;
        std::vector<int> condition_stack;
        std::vector<Nesting> nesting;
        std::vector<HeredocLabel> heredocs;
        uint32_t line = 1;
        // php's CG(increment_lineno): a newline already consumed but counted on the next call.
        bool pending_newline = false;
        // Bytes of a double-quoted string already scanned by the opening-quote rule up to
        // its first interpolation (php's SET_DOUBLE_QUOTES_SCANNED_LENGTH), so the body is
        // not scanned twice.
        size_t double_quotes_scanned = 0;
    };

    State(std::string_view source, LexerOptions options);

    Token next_token(bool parser, bool for_parser);

    int scan(Token& token);
    int end_of_input();
    int scan_inline_html();
    int scan_line_comment();
    int scan_block_comment();
    int scan_single_quoted(Token& token);
    int scan_double_quoted(Token& token);
    int scan_quoted_piece(Token& token, unsigned char quote);
    int scan_heredoc_start(Token& token);
    bool scan_ahead_heredoc();
    int scan_heredoc_piece(Token& token);
    int scan_nowdoc_piece(Token& token);
    int scan_end_heredoc();
    int scan_integer(Token& token, NumberValue value);
    int scan_decimal(Token& token);

    // The bytes matched so far for the current token.
    std::string_view token_text() const
    {
        return {reinterpret_cast<const char*>(token_start),
                static_cast<size_t>(pos.cursor - token_start)};
    }
    void begin(int condition) { pos.condition = condition; }
    void push_state(int condition)
    {
        pos.condition_stack.push_back(pos.condition);
        pos.condition = condition;
    }
    void pop_state()
    {
        assert(!pos.condition_stack.empty());
        pos.condition = pos.condition_stack.back();
        pos.condition_stack.pop_back();
    }
    void enter_nesting(char opener) { pos.nesting.push_back({opener, pos.line}); }
    int exit_nesting(char closer);
    std::string bad_nesting_message(const Nesting& open, char closer) const;

    // php's zend_throw_exception(zend_ce_parse_error, ...) while scanning. Callers
    // return T_ERROR when parser_mode is set.
    void raise(std::string message, uint32_t line);
    // Where escape conversion reports "Octal escape sequence overflow"; php stays quiet
    // during heredoc look-ahead, which reads the same bytes again later.
    std::vector<LexerMessage>* warning_sink() { return scan_ahead ? nullptr : &warnings; }
    void count_newlines(const unsigned char* from, const unsigned char* to);
    bool label_at(const unsigned char* p, const HeredocLabel& label) const;

    std::string_view source;
    LexerOptions options;
    std::string buffer;
    const unsigned char* start = nullptr;
    const unsigned char* limit = nullptr;
    const unsigned char* token_start = nullptr;
    uint32_t token_line = 1;
    const unsigned char* marker = nullptr;
    ScanPosition pos;

    bool parser_mode = true;
    bool scan_ahead = false;
    bool scan_ahead_failed = false;
    uint32_t ahead_indentation = 0;
    bool ahead_uses_spaces = false;

    bool failed = false;
    std::string error;
    uint32_t error_line = 0;
    std::vector<LexerMessage> warnings;

    // __halt_compiler: significant tokens still to read (-1: not seen yet).
    int halt_tokens_left = -1;
    bool halted = false;
    bool halt_rest_returned = false;
    size_t halt_offset = 0;
    uint32_t halt_line = 0;
};

Lexer::State::State(std::string_view source_, LexerOptions options_)
    : source(source_), options(options_)
{
    buffer.reserve(source.size() + kPadding);
    buffer.append(source);
    buffer.append(kPadding, '\0');
    start = reinterpret_cast<const unsigned char*>(buffer.data());
    limit = start + source.size();
    pos.cursor = start;
    pos.condition = options.skip_shebang ? yycSHEBANG : yycINITIAL;
}

void Lexer::State::raise(std::string message, uint32_t line)
{
    if (scan_ahead) {
        scan_ahead_failed = true;
        return;
    }
    if (!parser_mode)
        return;
    error = std::move(message);
    error_line = line;
}

// php's HANDLE_NEWLINES: "\r\n" counts once, and the byte after `to` decides whether a
// final "\r" is half of a "\r\n".
void Lexer::State::count_newlines(const unsigned char* from, const unsigned char* to)
{
    for (const unsigned char* p = from; p < to; ++p) {
        if (*p == '\n' || (*p == '\r' && p[1] != '\n'))
            ++pos.line;
    }
}

// The heredoc label spelled at `p`, with at least one byte after it: php does not
// recognise a closing marker that ends the file exactly. Callers also check that no
// label character follows.
bool Lexer::State::label_at(const unsigned char* p, const HeredocLabel& label) const
{
    size_t length = label.label.size();
    return static_cast<size_t>(limit - p) > length &&
           std::memcmp(p, label.label.data(), length) == 0;
}

std::string Lexer::State::bad_nesting_message(const Nesting& open, char closer) const
{
    // report_bad_nesting(): the opener's line is named only when it differs.
    std::string message = "Unclosed '";
    message += open.opener;
    message += '\'';
    if (open.line != pos.line)
        message += " on line " + std::to_string(open.line);
    if (closer) {
        message += " does not match '";
        message += closer;
        message += '\'';
    }
    return message;
}

int Lexer::State::exit_nesting(char closer)
{
    if (pos.nesting.empty()) {
        raise(std::string("Unmatched '") + closer + "'", pos.line);
        return parser_mode ? static_cast<int>(T_ERROR) : closer;
    }
    const Nesting& open = pos.nesting.back();
    if ((open.opener == '{' && closer != '}') || (open.opener == '[' && closer != ']') ||
        (open.opener == '(' && closer != ')')) {
        raise(bad_nesting_message(open, closer), pos.line);
        return parser_mode ? static_cast<int>(T_ERROR) : closer;
    }
    pos.nesting.pop_back();
    return closer;
}

int Lexer::State::end_of_input()
{
    if (!pos.nesting.empty()) {
        raise(bad_nesting_message(pos.nesting.back(), 0), pos.line);
        if (parser_mode)
            return T_ERROR;
    }
    return END;
}

// Inline HTML runs up to the next opening tag php would accept: "<?=", "<?php"
// followed by whitespace or the end, and "<?" when short tags are on.
int Lexer::State::scan_inline_html()
{
    const unsigned char* p = pos.cursor;
    for (;;) {
        const void* lt = std::memchr(p, '<', static_cast<size_t>(limit - p));
        p = lt ? static_cast<const unsigned char*>(lt) + 1 : limit;
        if (p >= limit)
            break;
        if (*p == '?') {
            bool php_tag = (p[1] | 0x20) == 'p' && (p[2] | 0x20) == 'h' && (p[3] | 0x20) == 'p' &&
                           (p + 4 == limit || p[4] == ' ' || p[4] == '\t' || p[4] == '\n' ||
                            p[4] == '\r');
            if (options.short_open_tag || p[1] == '=' || php_tag) {
                --p;
                break;
            }
        }
    }
    pos.cursor = p;
    count_newlines(token_start, pos.cursor);
    return T_INLINE_HTML;
}

// "#" and "//" comments end before a newline or before "?>".
int Lexer::State::scan_line_comment()
{
    const unsigned char*& p = pos.cursor;
    while (p < limit) {
        unsigned char c = *p++;
        if (c == '\r' || c == '\n' || (c == '?' && *p == '>')) {
            --p;
            break;
        }
    }
    return T_COMMENT;
}

int Lexer::State::scan_block_comment()
{
    bool doc_comment = pos.cursor - token_start > 2;
    const unsigned char*& p = pos.cursor;
    while (p < limit) {
        if (*p++ == '*' && *p == '/')
            break;
    }
    if (p < limit) {
        ++p;
    } else {
        raise("Unterminated comment starting line " + std::to_string(pos.line), pos.line);
        if (parser_mode)
            return T_ERROR;
    }
    count_newlines(token_start, p);
    return doc_comment ? T_DOC_COMMENT : T_COMMENT;
}

int Lexer::State::scan_single_quoted(Token& token)
{
    const unsigned char*& p = pos.cursor;
    for (;;) {
        if (p >= limit) {
            // Unclosed: php returns the rest of the file as T_ENCAPSED_AND_WHITESPACE,
            // which the parser reports as unexpected string content, without counting
            // its lines.
            return T_ENCAPSED_AND_WHITESPACE;
        }
        if (*p == '\'') {
            ++p;
            break;
        }
        if (*p++ == '\\' && p < limit)
            ++p;
    }
    size_t prefix = token_start[0] != '\'' ? 1 : 0;
    std::string_view body(reinterpret_cast<const char*>(token_start) + prefix + 1,
                          static_cast<size_t>(p - token_start) - prefix - 2);
    unescape_single_quoted(body, token.string_value);
    pos.line += count_value_newlines(body);
    return T_CONSTANT_ENCAPSED_STRING;
}

// The opening quote of a double-quoted string. Without interpolation the whole string
// is one T_CONSTANT_ENCAPSED_STRING; otherwise only '"' is returned and the body is
// scanned piece by piece in ST_DOUBLE_QUOTES.
int Lexer::State::scan_double_quoted(Token& token)
{
    const unsigned char* p = pos.cursor;
    bool interpolation = false;
    while (p < limit && !interpolation) {
        switch (*p++) {
        case '"': {
            size_t prefix = token_start[0] != '"' ? 1 : 0;
            std::string_view body(reinterpret_cast<const char*>(token_start) + prefix + 1,
                                  static_cast<size_t>(p - token_start) - prefix - 2);
            pos.cursor = p;
            const char* bad = unescape_double_quoted(body, '"', pos.line,
                                                     warning_sink(),
                                                     token.string_value);
            if (bad) {
                raise(bad, pos.line);
                if (parser_mode)
                    return T_ERROR;
            }
            return T_CONSTANT_ENCAPSED_STRING;
        }
        case '$':
            interpolation = is_label_start(*p) || *p == '{';
            break;
        case '{':
            interpolation = *p == '$';
            break;
        case '\\':
            if (p < limit)
                ++p;
            break;
        default:
            break;
        }
    }
    if (interpolation)
        --p;
    pos.double_quotes_scanned = static_cast<size_t>(p - pos.cursor);
    begin(yycST_DOUBLE_QUOTES);
    return '"';
}

// A piece of a double-quoted or backquoted string between interpolations. The piece's
// first byte has been matched already and is never the start of an interpolation.
int Lexer::State::scan_quoted_piece(Token& token, unsigned char quote)
{
    const unsigned char*& p = pos.cursor;
    if (quote == '"' && pos.double_quotes_scanned) {
        p += pos.double_quotes_scanned - 1;
        pos.double_quotes_scanned = 0;
    } else {
        if (token_start[0] == '\\' && p < limit)
            ++p;
        while (p < limit) {
            unsigned char c = *p++;
            bool stop = false;
            if (c == quote)
                stop = true;
            else if (c == '$')
                stop = is_label_start(*p) || *p == '{';
            else if (c == '{')
                stop = *p == '$';
            else if (c == '\\' && p < limit)
                ++p;
            if (stop) {
                --p;
                break;
            }
        }
    }
    std::string_view body(reinterpret_cast<const char*>(token_start),
                          static_cast<size_t>(p - token_start));
    const char* bad = unescape_double_quoted(body, static_cast<char>(quote), pos.line,
                                             warning_sink(), token.string_value);
    if (bad) {
        raise(bad, pos.line);
        if (parser_mode)
            return T_ERROR;
    }
    return T_ENCAPSED_AND_WHITESPACE;
}

int Lexer::State::scan_heredoc_start(Token& token)
{
    ++pos.line; // the newline ending "<<<LABEL"
    const unsigned char* s = token_start + (token_start[0] != '<' ? 1 : 0) + 3;
    while (*s == ' ' || *s == '\t')
        ++s;
    bool nowdoc = *s == '\'';
    if (*s == '\'' || *s == '"')
        ++s;
    const unsigned char* label_end = s;
    while (is_label_successor(*label_end))
        ++label_end;
    HeredocLabel label;
    label.label.assign(reinterpret_cast<const char*>(s), static_cast<size_t>(label_end - s));
    token.string_value = label.label;
    begin(nowdoc ? yycST_NOWDOC : yycST_HEREDOC);
    pos.heredocs.push_back(std::move(label));

    // An empty body: the closing marker is on the very next line.
    const unsigned char* p = pos.cursor;
    int spacing = 0;
    uint32_t indentation = 0;
    while (p < limit && (*p == ' ' || *p == '\t')) {
        spacing |= *p == '\t' ? kUsingTabs : kUsingSpaces;
        ++p;
        ++indentation;
    }
    if (p == limit)
        return T_START_HEREDOC;
    HeredocLabel& open = pos.heredocs.back();
    if (label_at(p, open) && !is_label_successor(p[open.label.size()])) {
        if (spacing == (kUsingSpaces | kUsingTabs)) {
            raise("Invalid indentation - tabs and spaces cannot be mixed", pos.line);
            if (parser_mode)
                return T_ERROR;
        }
        open.indentation = indentation;
        begin(yycST_END_HEREDOC);
        return T_START_HEREDOC;
    }

    if (!nowdoc && !scan_ahead && !scan_ahead_heredoc()) {
        // php throws this one while its compiled-file state is swapped out for the
        // look-ahead, so it reports "in [no active file] on line 0".
        raise("Invalid body indentation level (expecting an indentation level of at least " +
                  std::to_string(pos.heredocs.back().indentation) + ")",
              0);
        if (parser_mode)
            return T_ERROR;
    }
    return T_START_HEREDOC;
}

// Lexes ahead (tokenizer mode, no values) to the heredoc's closing marker and stores
// the marker's indentation in the innermost heredoc label; the scanning position is
// restored afterwards. Returns false when the body starts with an interpolation while
// the marker is indented: that interpolation sits left of the indentation.
bool Lexer::State::scan_ahead_heredoc()
{
    ScanPosition saved = pos;
    const unsigned char* saved_token_start = token_start;
    uint32_t saved_token_line = token_line;
    bool saved_parser_mode = parser_mode;
    scan_ahead = true;
    scan_ahead_failed = false;
    parser_mode = false;
    ahead_indentation = 0;
    ahead_uses_spaces = false;

    int depth = 1;
    int first = 0;
    Token scratch;
    while (depth > 0) {
        int kind = scan(scratch);
        if (scan_ahead_failed)
            break;
        if (!first)
            first = kind;
        if (kind == T_START_HEREDOC)
            ++depth;
        else if (kind == T_END_HEREDOC)
            --depth;
        else if (kind == END)
            depth = 0;
    }

    pos = std::move(saved);
    token_start = saved_token_start;
    token_line = saved_token_line;
    parser_mode = saved_parser_mode;
    scan_ahead = false;
    pos.pending_newline = false;
    HeredocLabel& label = pos.heredocs.back();
    label.indentation = ahead_indentation;
    label.uses_spaces = ahead_uses_spaces;
    bool starts_with_interpolation =
        first == T_VARIABLE || first == T_DOLLAR_OPEN_CURLY_BRACES || first == T_CURLY_OPEN;
    return !(starts_with_interpolation && ahead_indentation > 0);
}

// A piece of a heredoc body, up to an interpolation or to the closing marker. The
// newline before the marker belongs to the token's text but not to its value.
int Lexer::State::scan_heredoc_piece(Token& token)
{
    const HeredocLabel& label = pos.heredocs.back();
    const unsigned char*& p = pos.cursor;
    size_t newline = 0;
    p = token_start; // the matched byte may be a newline that precedes the marker
    while (p < limit) {
        unsigned char c = *p++;
        if (c == '\r' || c == '\n') {
            if (c == '\r' && *p == '\n')
                ++p;
            int spacing = 0;
            uint32_t indentation = 0;
            while (p < limit && (*p == ' ' || *p == '\t')) {
                spacing |= *p == '\t' ? kUsingTabs : kUsingSpaces;
                ++p;
                ++indentation;
            }
            if (p == limit) {
                // Unterminated heredoc: the rest is returned without a value.
                count_newlines(token_start, p);
                return T_ENCAPSED_AND_WHITESPACE;
            }
            if (!is_label_start(*p) || !label_at(p, label) ||
                is_label_successor(p[label.label.size()]))
                continue;
            if (spacing == (kUsingSpaces | kUsingTabs)) {
                raise("Invalid indentation - tabs and spaces cannot be mixed", pos.line);
                if (parser_mode)
                    return T_ERROR;
            }
            newline = (p[-static_cast<ptrdiff_t>(indentation) - 2] == '\r' &&
                       p[-static_cast<ptrdiff_t>(indentation) - 1] == '\n')
                          ? 2
                          : 1;
            pos.pending_newline = true;
            if (scan_ahead) {
                ahead_indentation = indentation;
                ahead_uses_spaces = spacing == kUsingSpaces;
            } else {
                p -= indentation;
            }
            begin(yycST_END_HEREDOC);
            break;
        }
        if ((c == '$' && (is_label_start(*p) || *p == '{')) || (c == '{' && *p == '$')) {
            --p;
            break;
        }
        if (c == '\\' && p < limit && *p != '\n' && *p != '\r')
            ++p;
    }

    const unsigned char* body_end = p - newline;
    std::string_view raw(reinterpret_cast<const char*>(token_start),
                         static_cast<size_t>(body_end - token_start));
    if (scan_ahead) {
        count_newlines(token_start, body_end);
        return T_ENCAPSED_AND_WHITESPACE;
    }
    bool newline_at_start = token_start[-1] == '\n' || token_start[-1] == '\r';
    std::string stripped;
    uint32_t lines_before = 0;
    std::string bad = remove_heredoc_indentation(raw, label.indentation, label.uses_spaces,
                                                 newline_at_start, newline != 0, stripped,
                                                 lines_before);
    if (!parser_mode) {
        // php does not convert the value in tokenizer mode; ours is best effort.
        uint32_t ignored = 0;
        unescape_double_quoted(bad.empty() ? std::string_view(stripped) : raw, 0, ignored,
                               nullptr, token.string_value);
        count_newlines(token_start, body_end);
        return T_ENCAPSED_AND_WHITESPACE;
    }
    if (!bad.empty()) {
        pos.line += lines_before;
        raise(std::move(bad), pos.line);
        return T_ERROR;
    }
    const char* bad_escape = unescape_double_quoted(stripped, 0, pos.line, warning_sink(),
                                                    token.string_value);
    if (bad_escape) {
        raise(bad_escape, pos.line);
        return T_ERROR;
    }
    return T_ENCAPSED_AND_WHITESPACE;
}

// A nowdoc body is a single piece: no interpolation, no escapes.
int Lexer::State::scan_nowdoc_piece(Token& token)
{
    HeredocLabel& label = pos.heredocs.back();
    const unsigned char*& p = pos.cursor;
    size_t newline = 0;
    uint32_t indentation = 0;
    int spacing = -1; // no line seen yet
    p = token_start;
    while (p < limit) {
        unsigned char c = *p++;
        if (c != '\r' && c != '\n')
            continue;
        if (c == '\r' && *p == '\n')
            ++p;
        spacing = 0;
        indentation = 0;
        while (p < limit && (*p == ' ' || *p == '\t')) {
            spacing |= *p == '\t' ? kUsingTabs : kUsingSpaces;
            ++p;
            ++indentation;
        }
        if (p == limit) {
            count_newlines(token_start, p);
            return T_ENCAPSED_AND_WHITESPACE;
        }
        if (!is_label_start(*p) || !label_at(p, label) || is_label_successor(p[label.label.size()]))
            continue;
        if (spacing == (kUsingSpaces | kUsingTabs)) {
            raise("Invalid indentation - tabs and spaces cannot be mixed", pos.line);
            if (parser_mode)
                return T_ERROR;
        }
        newline = (p[-static_cast<ptrdiff_t>(indentation) - 2] == '\r' &&
                   p[-static_cast<ptrdiff_t>(indentation) - 1] == '\n')
                      ? 2
                      : 1;
        pos.pending_newline = true;
        p -= indentation;
        label.indentation = indentation;
        begin(yycST_END_HEREDOC);
        break;
    }

    const unsigned char* body_end = p - newline;
    std::string_view raw(reinterpret_cast<const char*>(token_start),
                         static_cast<size_t>(body_end - token_start));
    if (!scan_ahead) {
        bool newline_at_start = token_start[-1] == '\n' || token_start[-1] == '\r';
        uint32_t lines_before = 0;
        std::string bad;
        if (spacing != -1) {
            bad = remove_heredoc_indentation(raw, indentation, spacing == kUsingSpaces,
                                             newline_at_start, newline != 0, token.string_value,
                                             lines_before);
        } else {
            token.string_value.assign(raw);
        }
        if (!bad.empty() && parser_mode) {
            pos.line += lines_before;
            raise(std::move(bad), pos.line);
            return T_ERROR;
        }
        if (!bad.empty())
            token.string_value.assign(raw);
    }
    count_newlines(token_start, body_end);
    return T_ENCAPSED_AND_WHITESPACE;
}

int Lexer::State::scan_end_heredoc()
{
    const HeredocLabel& label = pos.heredocs.back();
    pos.cursor = token_start + label.indentation + label.label.size();
    pos.heredocs.pop_back();
    begin(yycST_IN_SCRIPTING);
    return T_END_HEREDOC;
}

int Lexer::State::scan_integer(Token& token, NumberValue value)
{
    if (value.is_double) {
        token.double_value = value.double_value;
        return T_DNUMBER;
    }
    token.int_value = value.int_value;
    token.has_int_value = true;
    return T_LNUMBER;
}

int Lexer::State::scan_decimal(Token& token)
{
    std::string_view text = token_text();
    if (invalid_octal_digit(text) != std::string_view::npos) {
        raise("Invalid numeric literal", pos.line);
        if (parser_mode)
            return T_ERROR;
    }
    return scan_integer(token, decimal_literal_value(text));
}

// One token, as php's lex_scan(): returns its kind and leaves its text in
// [token_start, pos.cursor). Values go into `token`; its text and lines are filled in
// by next_token().
int Lexer::State::scan(Token& token)
{
restart:
    token_start = pos.cursor;
    token_line = pos.line; // a skipped "#!" line moves it
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYCURSOR = "pos.cursor";
        re2c:define:YYMARKER = "marker";
        re2c:define:YYLIMIT = "limit";
        re2c:define:YYGETCONDITION = "pos.condition";
        re2c:define:YYGETCONDITION:naked = 1;
        re2c:define:YYSETCONDITION = "pos.condition = @@;";
        re2c:define:YYSETCONDITION:naked = 1;
        re2c:yyfill:enable = 0;
        re2c:eof = 0;
        re2c:indent:string = "    ";

        // Single-quoted strings are case-insensitive in re2c: PHP keywords, casts,
        // magic constants and the "0x"/"<?php" prefixes ignore case.
        LNUM = [0-9]+ ("_" [0-9]+)*;
        DNUM = (LNUM? "." LNUM) | (LNUM "." LNUM?);
        EXPONENT_DNUM = (LNUM | DNUM) [eE] [+-]? LNUM;
        HNUM = "0" [xX] [0-9a-fA-F]+ ("_" [0-9a-fA-F]+)*;
        BNUM = "0" [bB] [01]+ ("_" [01]+)*;
        ONUM = "0" [oO] [0-7]+ ("_" [0-7]+)*;
        LABEL = [a-zA-Z_\x80-\xff] [a-zA-Z0-9_\x80-\xff]*;
        WHITESPACE = [ \n\r\t]+;
        TABS_AND_SPACES = [ \t]*;
        TOKENS = [;:,.|^&+\-/*=%!~$<>?@];
        NEWLINE = "\r" | "\n" | "\r\n";

        <SHEBANG> "#!" [^\n]* NEWLINE {
            ++pos.line;
            begin(yycINITIAL);
            goto restart;
        }
        <SHEBANG> "#!" [^\n]* {
            // No "\n" follows, so php's scanner, still looking for a longer match
            // of `"#!" .* NEWLINE`, runs into the end of input and stops there: the
            // script is empty even if a "\r" ended the line.
            pos.cursor = limit;
            begin(yycINITIAL);
            goto restart;
        }
        <SHEBANG> [^] {
            pos.cursor = token_start;
            begin(yycINITIAL);
            goto restart;
        }
        <SHEBANG> $ {
            begin(yycINITIAL);
            goto restart;
        }

        <INITIAL> "<?=" {
            begin(yycST_IN_SCRIPTING);
            return T_OPEN_TAG_WITH_ECHO;
        }
        <INITIAL> '<?php' ([ \t] | NEWLINE) {
            if (pos.cursor[-1] == '\n' || pos.cursor[-1] == '\r')
                ++pos.line;
            begin(yycST_IN_SCRIPTING);
            return T_OPEN_TAG;
        }
        <INITIAL> '<?php' {
            if (pos.cursor == limit) {
                begin(yycST_IN_SCRIPTING);
                return T_OPEN_TAG;
            }
            // "<?phpx" with short tags is "<?" followed by "phpx".
            if (options.short_open_tag) {
                pos.cursor = token_start + 2;
                begin(yycST_IN_SCRIPTING);
                return T_OPEN_TAG;
            }
            return scan_inline_html();
        }
        <INITIAL> "<?" {
            if (options.short_open_tag) {
                begin(yycST_IN_SCRIPTING);
                return T_OPEN_TAG;
            }
            return scan_inline_html();
        }
        <INITIAL> [^] { return scan_inline_html(); }
        <INITIAL> $ { return end_of_input(); }

        <ST_IN_SCRIPTING> 'exit' | 'die' { return T_EXIT; }
        <ST_IN_SCRIPTING> 'fn' { return T_FN; }
        <ST_IN_SCRIPTING> 'function' { return T_FUNCTION; }
        <ST_IN_SCRIPTING> 'const' { return T_CONST; }
        <ST_IN_SCRIPTING> 'return' { return T_RETURN; }
        <ST_IN_SCRIPTING> "#[" {
            enter_nesting('[');
            return T_ATTRIBUTE;
        }
        <ST_IN_SCRIPTING> 'yield' WHITESPACE 'from' {
            // php's rule also needs a non-label byte after "from" (a NUL at the end of
            // the file qualifies); otherwise this is a plain "yield".
            if (is_label_successor(*pos.cursor)) {
                pos.cursor = token_start + 5;
                return T_YIELD;
            }
            count_newlines(token_start, pos.cursor);
            return T_YIELD_FROM;
        }
        <ST_IN_SCRIPTING> 'yield' { return T_YIELD; }
        <ST_IN_SCRIPTING> 'try' { return T_TRY; }
        <ST_IN_SCRIPTING> 'catch' { return T_CATCH; }
        <ST_IN_SCRIPTING> 'finally' { return T_FINALLY; }
        <ST_IN_SCRIPTING> 'throw' { return T_THROW; }
        <ST_IN_SCRIPTING> 'if' { return T_IF; }
        <ST_IN_SCRIPTING> 'elseif' { return T_ELSEIF; }
        <ST_IN_SCRIPTING> 'endif' { return T_ENDIF; }
        <ST_IN_SCRIPTING> 'else' { return T_ELSE; }
        <ST_IN_SCRIPTING> 'while' { return T_WHILE; }
        <ST_IN_SCRIPTING> 'endwhile' { return T_ENDWHILE; }
        <ST_IN_SCRIPTING> 'do' { return T_DO; }
        <ST_IN_SCRIPTING> 'for' { return T_FOR; }
        <ST_IN_SCRIPTING> 'endfor' { return T_ENDFOR; }
        <ST_IN_SCRIPTING> 'foreach' { return T_FOREACH; }
        <ST_IN_SCRIPTING> 'endforeach' { return T_ENDFOREACH; }
        <ST_IN_SCRIPTING> 'declare' { return T_DECLARE; }
        <ST_IN_SCRIPTING> 'enddeclare' { return T_ENDDECLARE; }
        <ST_IN_SCRIPTING> 'instanceof' { return T_INSTANCEOF; }
        <ST_IN_SCRIPTING> 'as' { return T_AS; }
        <ST_IN_SCRIPTING> 'switch' { return T_SWITCH; }
        <ST_IN_SCRIPTING> 'match' { return T_MATCH; }
        <ST_IN_SCRIPTING> 'endswitch' { return T_ENDSWITCH; }
        <ST_IN_SCRIPTING> 'case' { return T_CASE; }
        <ST_IN_SCRIPTING> 'default' { return T_DEFAULT; }
        <ST_IN_SCRIPTING> 'break' { return T_BREAK; }
        <ST_IN_SCRIPTING> 'continue' { return T_CONTINUE; }
        <ST_IN_SCRIPTING> 'goto' { return T_GOTO; }
        <ST_IN_SCRIPTING> 'echo' { return T_ECHO; }
        <ST_IN_SCRIPTING> 'print' { return T_PRINT; }
        <ST_IN_SCRIPTING> 'class' { return T_CLASS; }
        <ST_IN_SCRIPTING> 'interface' { return T_INTERFACE; }
        <ST_IN_SCRIPTING> 'trait' { return T_TRAIT; }
        // "enum" is a keyword only before a name, so enum-named classes, functions
        // and constants keep working; "enum extends" is a class named enum.
        <ST_IN_SCRIPTING> 'enum' WHITESPACE ('extends' | 'implements') {
            pos.cursor = token_start + 4;
            return T_STRING;
        }
        <ST_IN_SCRIPTING> 'enum' WHITESPACE [a-zA-Z_\x80-\xff] {
            pos.cursor = token_start + 4;
            return T_ENUM;
        }
        <ST_IN_SCRIPTING> 'extends' { return T_EXTENDS; }
        <ST_IN_SCRIPTING> 'implements' { return T_IMPLEMENTS; }

        <ST_IN_SCRIPTING> "->" {
            push_state(yycST_LOOKING_FOR_PROPERTY);
            return T_OBJECT_OPERATOR;
        }
        <ST_IN_SCRIPTING> "?->" {
            push_state(yycST_LOOKING_FOR_PROPERTY);
            return T_NULLSAFE_OBJECT_OPERATOR;
        }
        <ST_IN_SCRIPTING, ST_LOOKING_FOR_PROPERTY> WHITESPACE {
            count_newlines(token_start, pos.cursor);
            return T_WHITESPACE;
        }
        <ST_LOOKING_FOR_PROPERTY> "->" { return T_OBJECT_OPERATOR; }
        <ST_LOOKING_FOR_PROPERTY> "?->" { return T_NULLSAFE_OBJECT_OPERATOR; }
        // After "->" any label, keyword or not, is a property name.
        <ST_LOOKING_FOR_PROPERTY> LABEL {
            pop_state();
            return T_STRING;
        }

        <ST_IN_SCRIPTING> "::" { return T_PAAMAYIM_NEKUDOTAYIM; }
        <ST_IN_SCRIPTING> "..." { return T_ELLIPSIS; }
        <ST_IN_SCRIPTING> "??" { return T_COALESCE; }
        <ST_IN_SCRIPTING> 'new' { return T_NEW; }
        <ST_IN_SCRIPTING> 'clone' { return T_CLONE; }
        <ST_IN_SCRIPTING> 'var' { return T_VAR; }
        <ST_IN_SCRIPTING> "(" TABS_AND_SPACES ('int' | 'integer') TABS_AND_SPACES ")" {
            return T_INT_CAST;
        }
        <ST_IN_SCRIPTING> "(" TABS_AND_SPACES ('double' | 'float') TABS_AND_SPACES ")" {
            return T_DOUBLE_CAST;
        }
        <ST_IN_SCRIPTING> "(" TABS_AND_SPACES 'real' TABS_AND_SPACES ")" {
            if (parser_mode) {
                raise("The (real) cast has been removed, use (float) instead", pos.line);
                return T_ERROR;
            }
            return T_DOUBLE_CAST;
        }
        <ST_IN_SCRIPTING> "(" TABS_AND_SPACES ('string' | 'binary') TABS_AND_SPACES ")" {
            return T_STRING_CAST;
        }
        <ST_IN_SCRIPTING> "(" TABS_AND_SPACES 'array' TABS_AND_SPACES ")" { return T_ARRAY_CAST; }
        <ST_IN_SCRIPTING> "(" TABS_AND_SPACES 'object' TABS_AND_SPACES ")" { return T_OBJECT_CAST; }
        <ST_IN_SCRIPTING> "(" TABS_AND_SPACES ('bool' | 'boolean') TABS_AND_SPACES ")" {
            return T_BOOL_CAST;
        }
        <ST_IN_SCRIPTING> "(" TABS_AND_SPACES 'unset' TABS_AND_SPACES ")" { return T_UNSET_CAST; }
        <ST_IN_SCRIPTING> 'eval' { return T_EVAL; }
        <ST_IN_SCRIPTING> 'include' { return T_INCLUDE; }
        <ST_IN_SCRIPTING> 'include_once' { return T_INCLUDE_ONCE; }
        <ST_IN_SCRIPTING> 'require' { return T_REQUIRE; }
        <ST_IN_SCRIPTING> 'require_once' { return T_REQUIRE_ONCE; }
        <ST_IN_SCRIPTING> 'namespace' { return T_NAMESPACE; }
        <ST_IN_SCRIPTING> 'use' { return T_USE; }
        <ST_IN_SCRIPTING> 'insteadof' { return T_INSTEADOF; }
        <ST_IN_SCRIPTING> 'global' { return T_GLOBAL; }
        <ST_IN_SCRIPTING> 'isset' { return T_ISSET; }
        <ST_IN_SCRIPTING> 'empty' { return T_EMPTY; }
        <ST_IN_SCRIPTING> '__halt_compiler' { return T_HALT_COMPILER; }
        <ST_IN_SCRIPTING> 'static' { return T_STATIC; }
        <ST_IN_SCRIPTING> 'abstract' { return T_ABSTRACT; }
        <ST_IN_SCRIPTING> 'final' { return T_FINAL; }
        <ST_IN_SCRIPTING> 'private' { return T_PRIVATE; }
        <ST_IN_SCRIPTING> 'protected' { return T_PROTECTED; }
        <ST_IN_SCRIPTING> 'public' { return T_PUBLIC; }
        <ST_IN_SCRIPTING> 'readonly' { return T_READONLY; }
        <ST_IN_SCRIPTING> 'unset' { return T_UNSET; }
        <ST_IN_SCRIPTING> "=>" { return T_DOUBLE_ARROW; }
        <ST_IN_SCRIPTING> 'list' { return T_LIST; }
        <ST_IN_SCRIPTING> 'array' { return T_ARRAY; }
        <ST_IN_SCRIPTING> 'callable' { return T_CALLABLE; }
        <ST_IN_SCRIPTING> "++" { return T_INC; }
        <ST_IN_SCRIPTING> "--" { return T_DEC; }
        <ST_IN_SCRIPTING> "===" { return T_IS_IDENTICAL; }
        <ST_IN_SCRIPTING> "!==" { return T_IS_NOT_IDENTICAL; }
        <ST_IN_SCRIPTING> "==" { return T_IS_EQUAL; }
        <ST_IN_SCRIPTING> "!=" | "<>" { return T_IS_NOT_EQUAL; }
        <ST_IN_SCRIPTING> "<=>" { return T_SPACESHIP; }
        <ST_IN_SCRIPTING> "<=" { return T_IS_SMALLER_OR_EQUAL; }
        <ST_IN_SCRIPTING> ">=" { return T_IS_GREATER_OR_EQUAL; }
        <ST_IN_SCRIPTING> "+=" { return T_PLUS_EQUAL; }
        <ST_IN_SCRIPTING> "-=" { return T_MINUS_EQUAL; }
        <ST_IN_SCRIPTING> "*=" { return T_MUL_EQUAL; }
        <ST_IN_SCRIPTING> "**" { return T_POW; }
        <ST_IN_SCRIPTING> "**=" { return T_POW_EQUAL; }
        <ST_IN_SCRIPTING> "/=" { return T_DIV_EQUAL; }
        <ST_IN_SCRIPTING> ".=" { return T_CONCAT_EQUAL; }
        <ST_IN_SCRIPTING> "%=" { return T_MOD_EQUAL; }
        <ST_IN_SCRIPTING> "<<=" { return T_SL_EQUAL; }
        <ST_IN_SCRIPTING> ">>=" { return T_SR_EQUAL; }
        <ST_IN_SCRIPTING> "&=" { return T_AND_EQUAL; }
        <ST_IN_SCRIPTING> "|=" { return T_OR_EQUAL; }
        <ST_IN_SCRIPTING> "^=" { return T_XOR_EQUAL; }
        <ST_IN_SCRIPTING> "??=" { return T_COALESCE_EQUAL; }
        <ST_IN_SCRIPTING> "||" { return T_BOOLEAN_OR; }
        <ST_IN_SCRIPTING> "&&" { return T_BOOLEAN_AND; }
        <ST_IN_SCRIPTING> 'OR' { return T_LOGICAL_OR; }
        <ST_IN_SCRIPTING> 'AND' { return T_LOGICAL_AND; }
        <ST_IN_SCRIPTING> 'XOR' { return T_LOGICAL_XOR; }
        <ST_IN_SCRIPTING> "<<" { return T_SL; }
        <ST_IN_SCRIPTING> ">>" { return T_SR; }
        // php 8.1 splits "&" so the grammar can tell by-reference parameters from
        // intersection types without a conflict.
        <ST_IN_SCRIPTING> "&" [ \t\r\n]* ("$" | "...") {
            pos.cursor = token_start + 1;
            return T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG;
        }
        <ST_IN_SCRIPTING> "&" { return T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG; }
        <ST_IN_SCRIPTING> "]" | ")" { return exit_nesting(static_cast<char>(token_start[0])); }
        <ST_IN_SCRIPTING> "[" | "(" {
            enter_nesting(static_cast<char>(token_start[0]));
            return token_start[0];
        }
        <ST_IN_SCRIPTING> TOKENS { return token_start[0]; }
        <ST_IN_SCRIPTING> "{" {
            push_state(yycST_IN_SCRIPTING);
            enter_nesting('{');
            return '{';
        }
        <ST_IN_SCRIPTING> "}" {
            // Closes a "{" of code, or the "{$" / "${" of an interpolation.
            if (!pos.condition_stack.empty())
                pop_state();
            return exit_nesting('}');
        }

        <ST_DOUBLE_QUOTES, ST_BACKQUOTE, ST_HEREDOC> "${" {
            push_state(yycST_LOOKING_FOR_VARNAME);
            enter_nesting('{');
            return T_DOLLAR_OPEN_CURLY_BRACES;
        }
        <ST_LOOKING_FOR_VARNAME> LABEL [[}] {
            --pos.cursor;
            pop_state();
            push_state(yycST_IN_SCRIPTING);
            return T_STRING_VARNAME;
        }
        <ST_LOOKING_FOR_VARNAME> [^] {
            pos.cursor = token_start;
            pop_state();
            push_state(yycST_IN_SCRIPTING);
            goto restart;
        }
        <ST_LOOKING_FOR_VARNAME> $ {
            pop_state();
            push_state(yycST_IN_SCRIPTING);
            goto restart;
        }

        <ST_IN_SCRIPTING> BNUM {
            return scan_integer(token, binary_literal_value(token_text()));
        }
        <ST_IN_SCRIPTING> ONUM {
            return scan_integer(token, octal_literal_value(token_text()));
        }
        <ST_IN_SCRIPTING> LNUM { return scan_decimal(token); }
        <ST_IN_SCRIPTING> HNUM {
            return scan_integer(token, hex_literal_value(token_text()));
        }
        <ST_IN_SCRIPTING> DNUM | EXPONENT_DNUM {
            token.double_value = float_literal_value(token_text());
            return T_DNUMBER;
        }
        // Offsets inside strings: "$a[12]" may be an integer key, "$a[012]" is a string.
        <ST_VAR_OFFSET> [0] | ([1-9] [0-9]*) {
            token.has_int_value = offset_literal_value(token_text(), token.int_value);
            return T_NUM_STRING;
        }
        <ST_VAR_OFFSET> LNUM | HNUM | BNUM | ONUM { return T_NUM_STRING; }

        <ST_IN_SCRIPTING> '__CLASS__' { return T_CLASS_C; }
        <ST_IN_SCRIPTING> '__TRAIT__' { return T_TRAIT_C; }
        <ST_IN_SCRIPTING> '__FUNCTION__' { return T_FUNC_C; }
        <ST_IN_SCRIPTING> '__METHOD__' { return T_METHOD_C; }
        <ST_IN_SCRIPTING> '__LINE__' { return T_LINE; }
        <ST_IN_SCRIPTING> '__FILE__' { return T_FILE; }
        <ST_IN_SCRIPTING> '__DIR__' { return T_DIR; }
        <ST_IN_SCRIPTING> '__NAMESPACE__' { return T_NS_C; }

        // A single newline after "?>" belongs to the tag; it is counted on the next call.
        <ST_IN_SCRIPTING> "?>" NEWLINE? {
            begin(yycINITIAL);
            if (pos.cursor[-1] != '>')
                pos.pending_newline = true;
            return T_CLOSE_TAG;
        }

        <ST_IN_SCRIPTING> [bB]? ['] { return scan_single_quoted(token); }
        <ST_IN_SCRIPTING> [bB]? ["] { return scan_double_quoted(token); }
        <ST_IN_SCRIPTING> [bB]? "<<<" TABS_AND_SPACES (LABEL | ['] LABEL ['] | ["] LABEL ["]) NEWLINE {
            return scan_heredoc_start(token);
        }
        <ST_IN_SCRIPTING> [`] {
            begin(yycST_BACKQUOTE);
            return '`';
        }
        <ST_END_HEREDOC> [^] { return scan_end_heredoc(); }

        <ST_DOUBLE_QUOTES, ST_BACKQUOTE, ST_HEREDOC> "{$" {
            push_state(yycST_IN_SCRIPTING);
            pos.cursor = token_start + 1;
            enter_nesting('{');
            return T_CURLY_OPEN;
        }
        <ST_DOUBLE_QUOTES> ["] {
            begin(yycST_IN_SCRIPTING);
            return '"';
        }
        <ST_BACKQUOTE> [`] {
            begin(yycST_IN_SCRIPTING);
            return '`';
        }
        <ST_DOUBLE_QUOTES> [^] { return scan_quoted_piece(token, '"'); }
        <ST_BACKQUOTE> [^] { return scan_quoted_piece(token, '`'); }
        <ST_HEREDOC> [^] { return scan_heredoc_piece(token); }
        <ST_NOWDOC> [^] { return scan_nowdoc_piece(token); }

        // "$a->b" and "$a?->b" in a string read one property; "->" not followed by a
        // label is plain text.
        <ST_DOUBLE_QUOTES, ST_HEREDOC, ST_BACKQUOTE> "$" LABEL "->" [a-zA-Z_\x80-\xff] {
            pos.cursor -= 3;
            push_state(yycST_LOOKING_FOR_PROPERTY);
            return T_VARIABLE;
        }
        <ST_DOUBLE_QUOTES, ST_HEREDOC, ST_BACKQUOTE> "$" LABEL "?->" [a-zA-Z_\x80-\xff] {
            pos.cursor -= 4;
            push_state(yycST_LOOKING_FOR_PROPERTY);
            return T_VARIABLE;
        }
        // A "[" after a variable in a string always starts an offset.
        <ST_DOUBLE_QUOTES, ST_HEREDOC, ST_BACKQUOTE> "$" LABEL "[" {
            --pos.cursor;
            push_state(yycST_VAR_OFFSET);
            return T_VARIABLE;
        }
        <ST_IN_SCRIPTING, ST_DOUBLE_QUOTES, ST_HEREDOC, ST_BACKQUOTE, ST_VAR_OFFSET> "$" LABEL {
            return T_VARIABLE;
        }
        <ST_VAR_OFFSET> "]" {
            pop_state();
            return ']';
        }
        // Only "-" and "$" are valid here; other characters come back as themselves so
        // the parser reports an explicit error.
        <ST_VAR_OFFSET> TOKENS | [[(){}"`] { return token_start[0]; }
        // Whitespace, quotes, backslashes or "#" end the offset with an empty piece, which
        // makes the parser fail on the right line.
        <ST_VAR_OFFSET> [ \n\r\t\\'#] {
            pos.cursor = token_start;
            pop_state();
            return T_ENCAPSED_AND_WHITESPACE;
        }

        <ST_IN_SCRIPTING> 'namespace' ("\\" LABEL)+ { return T_NAME_RELATIVE; }
        <ST_IN_SCRIPTING> LABEL ("\\" LABEL)+ { return T_NAME_QUALIFIED; }
        <ST_IN_SCRIPTING> "\\" LABEL ("\\" LABEL)* { return T_NAME_FULLY_QUALIFIED; }
        <ST_IN_SCRIPTING> "\\" { return T_NS_SEPARATOR; }
        <ST_IN_SCRIPTING, ST_VAR_OFFSET> LABEL { return T_STRING; }

        // php 8.2 also reads comments between "->" and the property name.
        <ST_IN_SCRIPTING, ST_LOOKING_FOR_PROPERTY> "#" | "//" { return scan_line_comment(); }
        <ST_IN_SCRIPTING, ST_LOOKING_FOR_PROPERTY> "/*" | "/**" WHITESPACE { return scan_block_comment(); }

        // Catch-all rules last: among matches of equal length re2c picks the earlier
        // rule, and a one-byte "#" comment must win over leaving the property state.
        <ST_LOOKING_FOR_PROPERTY> [^] {
            pos.cursor = token_start;
            pop_state();
            goto restart;
        }
        <ST_LOOKING_FOR_PROPERTY> $ {
            pop_state();
            goto restart;
        }
        <ST_IN_SCRIPTING, ST_VAR_OFFSET> [^] { return T_BAD_CHARACTER; }
        <ST_IN_SCRIPTING, ST_VAR_OFFSET, ST_DOUBLE_QUOTES, ST_BACKQUOTE, ST_HEREDOC, ST_NOWDOC> $ {
            return end_of_input();
        }
        <ST_END_HEREDOC> $ { return end_of_input(); }
    */
}

Token Lexer::State::next_token(bool parser, bool for_parser)
{
    Token token;
    if (failed) {
        token.line = token.end_line = pos.line;
        return token;
    }
    if (halted) {
        // token_get_all() returns what follows __halt_compiler(); as one T_INLINE_HTML.
        token.line = token.end_line = halt_line;
        if (!for_parser && !halt_rest_returned && halt_offset < source.size()) {
            halt_rest_returned = true;
            token.kind = T_INLINE_HTML;
            token.text = source.substr(halt_offset);
            token.string_value.assign(token.text);
        }
        return token;
    }
    if (pos.pending_newline) {
        ++pos.line;
        pos.pending_newline = false;
    }
    parser_mode = parser;
    int kind = scan(token);
    uint32_t start_line = token_line;
    token.kind = kind;
    token.line = start_line;
    token.end_line = pos.line;
    token.text = source.substr(static_cast<size_t>(token_start - start),
                               static_cast<size_t>(pos.cursor - token_start));
    switch (kind) {
    case T_VARIABLE:
    case T_NAME_FULLY_QUALIFIED:
        token.string_value.assign(token.text.substr(1));
        break;
    case T_NAME_RELATIVE:
        token.string_value.assign(token.text.substr(sizeof("namespace\\") - 1));
        break;
    case T_STRING:
    case T_NAME_QUALIFIED:
    case T_STRING_VARNAME:
    case T_NUM_STRING:
    case T_INLINE_HTML:
        token.string_value.assign(token.text);
        break;
    case T_ERROR:
        failed = true;
        break;
    default:
        break;
    }

    if (halt_tokens_left > 0) {
        if (!is_trivia(kind) && kind != END && --halt_tokens_left == 0) {
            halted = true;
            halt_offset = static_cast<size_t>(pos.cursor - start);
            halt_line = start_line;
        }
    } else if (kind == T_HALT_COMPILER && halt_tokens_left < 0) {
        halt_tokens_left = 3;
    }
    return token;
}

Lexer::Lexer(std::string_view source) : Lexer(source, LexerOptions{}) {}

Lexer::Lexer(std::string_view source, LexerOptions options)
    : m_state(std::make_unique<State>(source, options))
{
}

Lexer::~Lexer() = default;

Token Lexer::next() { return m_state->next_token(!m_state->options.tokenizer_mode, false); }

Token Lexer::next_for_parser()
{
    for (;;) {
        Token token = m_state->next_token(true, true);
        switch (token.kind) {
        case T_WHITESPACE:
        case T_COMMENT:
        case T_DOC_COMMENT:
        case T_OPEN_TAG:
            continue;
        case T_CLOSE_TAG:
            token.kind = ';'; // the implicit ';' of "?>"
            return token;
        case T_OPEN_TAG_WITH_ECHO:
            token.kind = T_ECHO;
            return token;
        default:
            return token;
        }
    }
}

const std::string& Lexer::error() const { return m_state->error; }
uint32_t Lexer::error_line() const { return m_state->error_line; }
const std::vector<LexerMessage>& Lexer::warnings() const { return m_state->warnings; }
uint32_t Lexer::current_line() const { return m_state->pos.line; }
bool Lexer::halted() const { return m_state->halted; }
size_t Lexer::halt_offset() const { return m_state->halt_offset; }

} // namespace miniphp::lexer
