// json_decode's engine: a scanner with php 8.2's token rules (ext/json/json_scanner.re)
// under a recursive-descent parser that fails where php's bison parser
// (ext/json/json_parser.y) fails, with the same error code.
//
// Which error wins depends on when each check runs, so the parser keeps php's order:
//   - A token the scanner rejects carries its own code (control character, bad
//     UTF-8, lone surrogate escape); an unexpected good token is a syntax error.
//   - The depth check runs as soon as '[' or '{' is read, before the next token.
//   - ']' closing an object or '}' closing an array is a state mismatch.
//   - Bison's stack holds at most 10000 entries (YYMAXDEPTH); deeper input is a
//     syntax error ("memory exhausted") even below $depth. The parser counts the
//     entries bison would hold at each step (see Parser::push) so that it fails at
//     the same nesting, which also bounds the recursion here.
#include <charconv>

#include "runtime/array.h"
#include "runtime/builtins/json.h"
#include "runtime/builtins/utf8.h"
#include "runtime/conversions.h"

namespace miniphp::runtime::builtins::json {

namespace {

// Bison's YYMAXDEPTH: pushing the entry that would fill the stack fails.
constexpr uint32_t kParserStackLimit = 10000;

// Digits of PHP_INT_MIN: a literal with more digits, or as many and not below this
// (except PHP_INT_MIN itself), does not fit an int.
constexpr std::string_view kLongMinDigits = "9223372036854775808";

enum class Token : uint8_t {
    BeginObject,
    EndObject,
    BeginArray,
    EndArray,
    Colon,
    Comma,
    Scalar, // null, a bool, a number, or a string; the value is in Parser::m_scalar
    End,
    Invalid, // the scanner rejected the input; the code is in Parser::m_error
};

// Frees an array being built when parsing fails.
void discard(Array* array)
{
    if (array != nullptr)
        release(Value::array(array));
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

class Parser {
public:
    Parser(std::string_view text, int32_t options, int32_t max_depth)
        : m_text(text), m_options(options), m_max_depth(max_depth)
    {
    }
    ~Parser() { release(m_scalar); }

    Error parse(Value& out);
    bool met_object() const { return m_met_object; }

private:
    // The scanner.
    Token scan();
    Token scan_number();
    Token scan_string();
    bool scan_unicode_escape(std::string& out);
    char at(size_t pos) const { return pos < m_text.size() ? m_text[pos] : '\0'; }
    Token fail(Error error);
    Token scalar(Value value);

    // The parser.
    bool parse_value(Token token, Value& out);
    bool parse_nesting(bool object, Value& out);
    bool parse_element(Token token, Array* array);
    bool parse_member(Token token, Array* object);
    bool enter_nesting();
    bool unexpected(Token token);
    bool push();

    std::string_view m_text;
    size_t m_pos = 0;
    int32_t m_options;
    int32_t m_max_depth;
    int32_t m_depth = 1; // php counts the top level as one
    uint32_t m_stack = 1; // bison's stack holds its start state
    Value m_scalar;
    Error m_error = Error::None;
    bool m_met_object = false;
};

Token Parser::fail(Error error)
{
    m_error = error;
    return Token::Invalid;
}

Token Parser::scalar(Value value)
{
    release(m_scalar);
    m_scalar = value;
    return Token::Scalar;
}

Token Parser::scan()
{
    while (m_pos < m_text.size()) {
        char c = m_text[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++m_pos;
    }
    if (m_pos == m_text.size())
        return Token::End;
    char c = m_text[m_pos];
    switch (c) {
    case '{': ++m_pos; return Token::BeginObject;
    case '}': ++m_pos; return Token::EndObject;
    case '[': ++m_pos; return Token::BeginArray;
    case ']': ++m_pos; return Token::EndArray;
    case ':': ++m_pos; return Token::Colon;
    case ',': ++m_pos; return Token::Comma;
    case '"': return scan_string();
    default: break;
    }
    if (c == '-' || is_digit(c))
        return scan_number();
    static constexpr std::string_view kLiterals[] = {"null", "true", "false"};
    for (size_t i = 0; i < 3; ++i) {
        if (m_text.substr(m_pos).starts_with(kLiterals[i])) {
            m_pos += kLiterals[i].size();
            return scalar(i == 0 ? Value::null() : Value::boolean(i == 1));
        }
    }
    unsigned char byte = static_cast<unsigned char>(c);
    // A NUL byte before the end, or any other control character.
    if (byte < 0x20)
        return fail(Error::CtrlChar);
    // A stray character is a syntax error if it is valid UTF-8 at least.
    if (byte < 0x80 || next_utf8_char(m_text, m_pos).valid)
        return fail(Error::Syntax);
    return fail(Error::Utf8);
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, the longest match. Integers that do
// not fit an int become floats, or strings with kBigintAsString.
Token Parser::scan_number()
{
    size_t start = m_pos;
    bool negative = m_text[m_pos] == '-';
    size_t pos = start + negative;
    if (at(pos) == '0') {
        ++pos;
    } else if (is_digit(at(pos))) {
        while (is_digit(at(pos)))
            ++pos;
    } else {
        return fail(Error::Syntax); // a lone '-'
    }
    size_t digits = pos - start - negative;
    bool is_float = false;
    if (at(pos) == '.' && is_digit(at(pos + 1))) {
        pos += 2;
        while (is_digit(at(pos)))
            ++pos;
        is_float = true;
    }
    if (at(pos) == 'e' || at(pos) == 'E') {
        size_t exponent = pos + 1;
        if (at(exponent) == '+' || at(exponent) == '-')
            ++exponent;
        if (is_digit(at(exponent))) {
            pos = exponent;
            while (is_digit(at(pos)))
                ++pos;
            is_float = true;
        }
    }
    m_pos = pos;
    std::string_view token = m_text.substr(start, pos - start);
    if (!is_float) {
        std::string_view magnitude = token.substr(negative);
        bool fits = digits < kLongMinDigits.size() ||
                    (digits == kLongMinDigits.size() &&
                     (magnitude < kLongMinDigits || (magnitude == kLongMinDigits && negative)));
        if (fits) {
            int64_t n = 0;
            std::from_chars(token.data(), token.data() + token.size(), n);
            return scalar(Value::integer(n));
        }
        if (m_options & kBigintAsString)
            return scalar(Value::string(String::create(token)));
    }
    return scalar(Value::dbl(string_to_double(token)));
}

// A string literal, decoded as it is read. The first problem in it decides the error:
// a control character (the end of the input counts as one), a bad escape (syntax), a
// lone surrogate escape, or a byte that is not UTF-8 (unless a flag drops or replaces
// each such byte).
Token Parser::scan_string()
{
    std::string out;
    size_t pos = m_pos + 1;
    for (;;) {
        unsigned char c = static_cast<unsigned char>(at(pos));
        if (c < 0x20)
            return fail(Error::CtrlChar);
        if (c == '"')
            break;
        if (c == '\\') {
            char escape = at(pos + 1);
            if (escape == 'u') {
                m_pos = pos;
                if (!scan_unicode_escape(out))
                    return Token::Invalid;
                pos = m_pos;
                continue;
            }
            static constexpr std::string_view kEscapes = "\"\\/bfnrt";
            static constexpr std::string_view kMeanings = "\"\\/\b\f\n\r\t";
            size_t which = kEscapes.find(escape);
            if (which == std::string_view::npos)
                return fail(Error::Syntax);
            out += kMeanings[which];
            pos += 2;
            continue;
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++pos;
            continue;
        }
        Utf8Char ch = next_utf8_char(m_text, pos);
        if (ch.valid) {
            out.append(m_text.data() + pos, ch.length);
            pos += ch.length;
            continue;
        }
        // Each byte that starts no valid sequence is judged on its own.
        ++pos;
        if (m_options & kInvalidUtf8Ignore)
            continue;
        if (m_options & kInvalidUtf8Substitute) {
            out += "\xEF\xBF\xBD";
            continue;
        }
        return fail(Error::Utf8);
    }
    m_pos = pos + 1;
    // The empty string is the interned one; others are new strings, even one byte long.
    return scalar(Value::string(out.empty() ? String::empty() : String::create(out)));
}

// "\uXXXX" at m_pos, or a surrogate pair "\uD8XX\uDCXX"; appends the character as
// UTF-8 and moves m_pos past it. Fewer than four hex digits is a syntax error, a
// surrogate that is not part of a pair is JSON_ERROR_UTF16.
bool Parser::scan_unicode_escape(std::string& out)
{
    auto unit_at = [&](size_t pos) {
        if (at(pos) != '\\' || at(pos + 1) != 'u' || m_text.size() - pos < 6)
            return -1;
        const char* digits = m_text.data() + pos + 2;
        unsigned unit = 0;
        auto [end, error] = std::from_chars(digits, digits + 4, unit, 16);
        return error == std::errc() && end == digits + 4 ? static_cast<int>(unit) : -1;
    };
    int unit = unit_at(m_pos);
    if (unit < 0) {
        m_error = Error::Syntax;
        return false;
    }
    if (unit < 0xD800 || unit > 0xDFFF) {
        append_utf8(out, static_cast<uint32_t>(unit));
        m_pos += 6;
        return true;
    }
    int low = unit <= 0xDBFF ? unit_at(m_pos + 6) : -1;
    if (low < 0xDC00 || low > 0xDFFF) {
        m_error = Error::Utf16;
        return false;
    }
    append_utf8(out, 0x10000 + ((static_cast<uint32_t>(unit) & 0x3FF) << 10) + (static_cast<uint32_t>(low) & 0x3FF));
    m_pos += 12;
    return true;
}

// Bison pushes an entry for every token it shifts and every symbol it reduces to;
// the counts below follow its grammar (value: one entry; '[' elements ']': '[' and a
// mid-rule marker, then elements and the closing bracket; '{' members '}' alike, with
// key and ':' in each member). False when the stack would be full.
bool Parser::push()
{
    if (++m_stack < kParserStackLimit)
        return true;
    if (m_error == Error::None)
        m_error = Error::Syntax;
    return false;
}

// A token where it does not belong: a syntax error, unless the scanner already said
// what was wrong with it.
bool Parser::unexpected(Token token)
{
    if (token != Token::Invalid || m_error == Error::None)
        m_error = Error::Syntax;
    return false;
}

// '[' or '{' was read: its entry, the depth check, the mid-rule entry.
bool Parser::enter_nesting()
{
    if (!push())
        return false;
    if (m_depth >= m_max_depth) {
        m_error = Error::Depth;
        return false;
    }
    ++m_depth;
    return push();
}

bool Parser::parse_value(Token token, Value& out)
{
    switch (token) {
    case Token::Scalar:
        if (!push())
            return false;
        out.copy_from(m_scalar);
        m_scalar = Value();
        return true;
    case Token::BeginArray:
        return parse_nesting(false, out);
    case Token::BeginObject:
        return parse_nesting(true, out);
    default:
        return unexpected(token);
    }
}

// An array or an object, its opening token read. Both become arrays; a JSON object
// outside kObjectAsArray is noted in m_met_object.
bool Parser::parse_nesting(bool object, Value& out)
{
    uint32_t base = m_stack;
    if (!enter_nesting())
        return false;
    Token end = object ? Token::EndObject : Token::EndArray;
    Token wrong_end = object ? Token::EndArray : Token::EndObject;
    Array* array = nullptr;
    Token token = scan();
    if (token == end || token == wrong_end) {
        if (!push()) // the empty list of elements or members
            return false;
    } else {
        array = Array::create();
        for (;;) {
            bool ok = object ? parse_member(token, array) : parse_element(token, array);
            if (!ok) {
                discard(array);
                return false;
            }
            m_stack = base + 3; // the opening token, the marker, what was read so far
            token = scan();
            if (token != Token::Comma)
                break;
            if (!push()) {
                discard(array);
                return false;
            }
            token = scan();
        }
    }
    bool ok = token == end || token == wrong_end ? push() : unexpected(token);
    if (ok && token == wrong_end) {
        m_error = Error::StateMismatch;
        ok = false;
    }
    if (!ok) {
        discard(array);
        return false;
    }
    --m_depth;
    m_stack = base + 1;
    if (object && !(m_options & kObjectAsArray))
        m_met_object = true;
    out = Value::array(array != nullptr ? array : Array::empty());
    return true;
}

bool Parser::parse_element(Token token, Array* array)
{
    Value element;
    if (!parse_value(token, element))
        return false;
    array->append()->copy_from(element);
    return true;
}

// `"key": value`, the key being `token`. As php's arrays do, a key that is a
// canonical integer becomes an int key, and a repeated key keeps its first place and
// takes the last value.
bool Parser::parse_member(Token token, Array* object)
{
    // A big integer read as a string (kBigintAsString) is a string token too.
    if (token != Token::Scalar || !m_scalar.is_string())
        return unexpected(token);
    Value key;
    key.copy_from(m_scalar);
    m_scalar = Value();
    Value value;
    bool ok = push();
    if (ok) {
        Token colon = scan();
        ok = colon == Token::Colon ? push() : unexpected(colon);
    }
    ok = ok && parse_value(scan(), value);
    // A property name may not start with a NUL byte; arrays take any key.
    String* name = key.as_string();
    if (ok && !(m_options & kObjectAsArray) && name->length > 0 && name->bytes[0] == '\0') {
        m_error = Error::InvalidPropertyName;
        release(value);
        ok = false;
    }
    if (ok) {
        Value* slot = object->lookup_or_insert_offset(name);
        release(*slot);
        slot->copy_from(value);
    }
    release(key);
    return ok;
}

Error Parser::parse(Value& out)
{
    Value result;
    if (!parse_value(scan(), result))
        return m_error;
    Token token = scan();
    if (token != Token::End) {
        release(result);
        unexpected(token);
        return m_error;
    }
    out = result;
    return Error::None;
}

} // namespace

Error decode(std::string_view text, int32_t options, int32_t max_depth, Value& out, bool& met_object)
{
    Parser parser(text, options, max_depth);
    Error error = parser.parse(out);
    met_object = parser.met_object();
    return error;
}

} // namespace miniphp::runtime::builtins::json
