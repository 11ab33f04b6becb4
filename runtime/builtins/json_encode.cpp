// json_encode's engine, following php 8.2's ext/json/json_encoder.c step for step
// where the steps decide the result:
//
//   - An array is a JSON list when its keys are 0..n-1 in order (zend_array_is_list),
//     otherwise an object with every key written as a string; kForceObject makes
//     every array an object.
//   - Errors do not all stop the walk. Inf and NaN record their error, write 0 and go
//     on; bad UTF-8, recursion and too much depth fail the enclosing arrays up to the
//     top unless kPartialOutputOnError is set, in which case the failed part becomes
//     null (a bad key becomes "") and the walk goes on. The error recorded last is the
//     one reported, so the order of the walk matters.
//   - The depth is checked when an array ends, after its elements were written: an
//     array nested deeper than $depth still has its contents walked first.
#include <cmath>

#include "runtime/array.h"
#include "runtime/builtins/json.h"
#include "runtime/builtins/utf8.h"
#include "runtime/conversions.h"
#include "runtime/reference.h"

namespace miniphp::runtime::builtins::json {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

// ASCII bytes that escape_string must look at: control characters and the ones some
// flag may escape. Bytes from 0x80 up are looked at too (UTF-8).
constexpr bool needs_attention(unsigned char c)
{
    return c < 0x20 || c >= 0x80 || c == '"' || c == '\\' || c == '/' || c == '<' || c == '>' ||
           c == '&' || c == '\'';
}

// A list is an array whose keys are 0, 1, 2, ... in iteration order.
bool is_list(const Array* array)
{
    int64_t expected = 0;
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1)) {
        ArrayKey key = array->key_at(pos);
        if (key.is_string() || key.number != expected++)
            return false;
    }
    return true;
}

class Encoder {
public:
    Encoder(std::string& out, int32_t options, int32_t max_depth)
        : m_out(out), m_options(options), m_max_depth(max_depth)
    {
    }

    // php_json_encode_zval: false is php's FAILURE, which stops the enclosing arrays
    // unless partial output is on.
    bool encode(const Value& given);
    Error error() const { return m_error; }

private:
    bool partial() const { return (m_options & kPartialOutputOnError) != 0; }
    bool encode_array(Array* array);
    void encode_key(ArrayKey key);
    void encode_double(double d);
    bool escape_string(std::string_view s, int32_t options);
    bool escape_non_ascii(std::string_view s, size_t& pos, int32_t options, size_t checkpoint);
    void append_code_unit(uint32_t unit);
    void new_line();

    std::string& m_out;
    int32_t m_options;
    int32_t m_max_depth;
    int32_t m_depth = 0;
    Error m_error = Error::None;
};

bool Encoder::encode(const Value& given)
{
    const Value& v = deref(given);
    switch (v.type()) {
    case Type::Null:
        m_out += "null";
        return true;
    case Type::True:
        m_out += "true";
        return true;
    case Type::False:
        m_out += "false";
        return true;
    case Type::Long: {
        char buf[24];
        m_out.append(buf, format_long_into(buf, v.as_long()));
        return true;
    }
    case Type::Double:
        if (std::isfinite(v.as_double())) {
            encode_double(v.as_double());
        } else {
            m_error = Error::InfOrNan;
            m_out += '0';
        }
        return true;
    case Type::String:
        return escape_string(v.as_string()->view(), m_options);
    case Type::Array:
        return encode_array(v.as_array());
    default:
        m_error = Error::UnsupportedType;
        if (partial())
            m_out += "null";
        return false;
    }
}

// serialize_precision -1 as var_export writes it, with a lower-case exponent
// ("1.0e+25"); kPreserveZeroFraction keeps ".0" on integral values.
void Encoder::encode_double(double d)
{
    char buf[kMaxDoubleText];
    size_t length = format_double_into(buf, d, -1);
    bool has_point = false;
    for (size_t i = 0; i < length; ++i) {
        if (buf[i] == 'E')
            buf[i] = 'e';
        has_point = has_point || buf[i] == '.';
    }
    m_out.append(buf, length);
    if ((m_options & kPreserveZeroFraction) && !has_point)
        m_out += ".0";
}

// With kPrettyPrint: a line break and four spaces per open array.
void Encoder::new_line()
{
    if (m_options & kPrettyPrint) {
        m_out += '\n';
        m_out.append(4 * static_cast<size_t>(m_depth), ' ');
    }
}

bool Encoder::encode_array(Array* array)
{
    bool as_object = (m_options & kForceObject) || !is_list(array);
    // An array met again inside itself (through a reference) is marked; the
    // immutable empty array never is (GC_TRY_PROTECT_RECURSION).
    bool mark = !array->is_immutable();
    if (mark && array->header.has_flag(gc::Protected)) {
        m_error = Error::Recursion;
        m_out += "null";
        return false;
    }
    if (mark)
        array->header.add_flag(gc::Protected);
    m_out += as_object ? '{' : '[';
    ++m_depth;
    bool first = true;
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1)) {
        if (!first)
            m_out += ',';
        first = false;
        new_line();
        if (as_object)
            encode_key(array->key_at(pos));
        if (!encode(array->value_at(pos)) && !partial()) {
            if (mark)
                array->header.remove_flag(gc::Protected);
            return false;
        }
    }
    if (mark)
        array->header.remove_flag(gc::Protected);
    if (m_depth > m_max_depth) {
        m_error = Error::Depth;
        if (!partial())
            return false;
    }
    --m_depth;
    // Only a non-empty array closes on a line of its own.
    if (!first)
        new_line();
    m_out += as_object ? '}' : ']';
    return true;
}

// `"key":` (with a space after the colon when pretty printing). A key that is not
// valid UTF-8 fails on its own without stopping the array; with partial output it is
// written "".
void Encoder::encode_key(ArrayKey key)
{
    if (key.is_string()) {
        if (!escape_string(key.string->view(), m_options & ~kNumericCheck) && partial()) {
            m_out.resize(m_out.size() - 4); // the "null" escape_string wrote
            m_out += "\"\"";
        }
    } else {
        char buf[24];
        m_out += '"';
        m_out.append(buf, format_long_into(buf, key.number));
        m_out += '"';
    }
    m_out += ':';
    if (m_options & kPrettyPrint)
        m_out += ' ';
}

// php_json_escape_string.
bool Encoder::escape_string(std::string_view s, int32_t options)
{
    if (s.empty()) {
        m_out += "\"\"";
        return true;
    }
    if (options & kNumericCheck) {
        // A whole numeric string is written as its number, unless it is a float that
        // JSON cannot hold (then it stays a string).
        NumericPrefix n = parse_numeric(s);
        if (n.whole_type() == NumericType::Long) {
            char buf[24];
            m_out.append(buf, format_long_into(buf, n.long_value));
            return true;
        }
        if (n.whole_type() == NumericType::Double && std::isfinite(n.double_value)) {
            encode_double(n.double_value);
            return true;
        }
    }
    size_t checkpoint = m_out.size();
    m_out += '"';
    size_t pos = 0;
    while (pos < s.size()) {
        size_t run = pos;
        while (run < s.size() && !needs_attention(static_cast<unsigned char>(s[run])))
            ++run;
        m_out.append(s.data() + pos, run - pos);
        pos = run;
        if (pos == s.size())
            break;
        unsigned char c = static_cast<unsigned char>(s[pos]);
        if (c >= 0x80) {
            if (!escape_non_ascii(s, pos, options, checkpoint))
                return false;
            continue;
        }
        ++pos;
        switch (c) {
        case '"': m_out += (options & kHexQuot) ? "\\u0022" : "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '/': m_out += (options & kUnescapedSlashes) ? "/" : "\\/"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        case '<': m_out += (options & kHexTag) ? "\\u003C" : "<"; break;
        case '>': m_out += (options & kHexTag) ? "\\u003E" : ">"; break;
        case '&': m_out += (options & kHexAmp) ? "\\u0026" : "&"; break;
        case '\'': m_out += (options & kHexApos) ? "\\u0027" : "'"; break;
        default: append_code_unit(c); break; // the other control characters
        }
    }
    m_out += '"';
    return true;
}

// The character at s[pos] (a byte from 0x80 up): copied, escaped as \uXXXX (a
// surrogate pair above U+FFFF), or, when it is not valid UTF-8, dropped, replaced by
// U+FFFD or failed as the flags say. A failure takes back the whole string.
bool Encoder::escape_non_ascii(std::string_view s, size_t& pos, int32_t options, size_t checkpoint)
{
    Utf8Char ch = next_utf8_char(s, pos);
    if (!ch.valid) {
        pos += ch.length;
        if (options & kInvalidUtf8Ignore)
            return true;
        if (options & kInvalidUtf8Substitute) {
            m_out += (options & kUnescapedUnicode) ? "\xEF\xBF\xBD" : "\\ufffd";
            return true;
        }
        m_out.resize(checkpoint);
        m_error = Error::Utf8;
        if (options & kPartialOutputOnError)
            m_out += "null";
        return false;
    }
    // U+2028 and U+2029 end lines in JavaScript: they stay escaped unless both flags
    // ask for them raw.
    bool line_terminator = ch.code == 0x2028 || ch.code == 0x2029;
    if ((options & kUnescapedUnicode) && (!line_terminator || (options & kUnescapedLineTerminators))) {
        m_out.append(s.data() + pos, ch.length);
    } else if (ch.code >= 0x10000) {
        uint32_t offset = ch.code - 0x10000;
        append_code_unit(0xD800 | (offset >> 10));
        append_code_unit(0xDC00 | (offset & 0x3FF));
    } else {
        append_code_unit(ch.code);
    }
    pos += ch.length;
    return true;
}

// "\u" and four lower-case hex digits.
void Encoder::append_code_unit(uint32_t unit)
{
    char text[6] = {'\\', 'u', kHexDigits[(unit >> 12) & 0xF], kHexDigits[(unit >> 8) & 0xF],
                    kHexDigits[(unit >> 4) & 0xF], kHexDigits[unit & 0xF]};
    m_out.append(text, sizeof text);
}

} // namespace

Error encode(std::string& out, const Value& value, int32_t options, int32_t max_depth)
{
    Encoder encoder(out, options, max_depth);
    encoder.encode(value);
    return encoder.error();
}

} // namespace miniphp::runtime::builtins::json
