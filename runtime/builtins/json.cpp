// json_encode, json_decode, json_last_error and json_last_error_msg (ext/json) for
// scalars and arrays. JSON objects decode to arrays (with $associative or
// JSON_OBJECT_AS_ARRAY); as stdClass objects they wait for objects.
#include <cctype>
#include <cmath>
#include <string>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
#include "runtime/ini.h"
#include "runtime/messages.h"

namespace miniphp::runtime::builtins {

namespace {

enum JsonFlag : int64_t {
    kHexTag = 1,
    kHexAmp = 2,
    kHexApos = 4,
    kHexQuot = 8,
    kForceObject = 16,
    kNumericCheck = 32,
    kUnescapedSlashes = 64,
    kPrettyPrint = 128,
    kUnescapedUnicode = 256,
    kPartialOutputOnError = 512,
    kPreserveZeroFraction = 1024,
    kUnescapedLineTerminators = 2048,
    kInvalidUtf8Ignore = 1048576,
    kInvalidUtf8Substitute = 2097152,
    kThrowOnError = 4194304,
};

enum JsonError : int64_t {
    kNone = 0,
    kDepth = 1,
    kUtf8 = 5,
    kRecursion = 6,
    kInfOrNan = 7,
};

int64_t g_last_error = kNone;

const char* error_message(int64_t code)
{
    switch (code) {
    case kNone: return "No error";
    case kDepth: return "Maximum stack depth exceeded";
    case 2: return "State mismatch (invalid or malformed JSON)";
    case 3: return "Control character error, possibly incorrectly encoded";
    case 4: return "Syntax error";
    case kUtf8: return "Malformed UTF-8 characters, possibly incorrectly encoded";
    case kRecursion: return "Recursion detected";
    case kInfOrNan: return "Inf and NaN cannot be JSON encoded";
    case 8: return "Type is not supported";
    case 9: return "The decoded property name is invalid";
    case 10: return "Single unpaired UTF-16 surrogate in unicode escape";
    default: return "Unknown error";
    }
}

class Encoder {
public:
    Encoder(int64_t flags, int64_t max_depth) : m_flags(flags), m_max_depth(max_depth) {}

    std::string out;
    int64_t error = kNone;

    void value(const Value& given)
    {
        if (m_stopped)
            return;
        const Value& v = deref(given);
        switch (v.type()) {
        case Type::Null:
        case Type::Undef: out += "null"; return;
        case Type::False: out += "false"; return;
        case Type::True: out += "true"; return;
        case Type::Long: out += std::to_string(v.as_long()); return;
        case Type::Double: number(v.as_double()); return;
        case Type::String: string(v.as_string()->view()); return;
        case Type::Array: array(v.as_array()); return;
        default: fail(8); out += "null"; return;
        }
    }

private:
    // php's encoder: malformed UTF-8, recursion, unsupported types and an array
    // past the depth (found when it is done) stop the encoding unless partial output
    // was asked for; INF and NAN only record their error. The last error recorded is
    // the one reported.
    void fail(int64_t code, bool stops = true)
    {
        error = code;
        if (stops && !(m_flags & kPartialOutputOnError))
            m_stopped = true;
    }

    void number(double d)
    {
        if (!std::isfinite(d)) {
            fail(kInfOrNan, false);
            out += '0';
            return;
        }
        std::string text = format_double_precision(d, Ini::instance().serialize_precision());
        for (char& c : text)
            if (c == 'E')
                c = 'e';
        if ((m_flags & kPreserveZeroFraction) && text.find_first_of(".e") == std::string::npos)
            text += ".0";
        out += text;
    }

    // The code point of the UTF-8 sequence at s[i] and its length; 0 for an invalid one.
    static size_t decode_utf8(std::string_view s, size_t i, uint32_t& cp)
    {
        auto c = static_cast<unsigned char>(s[i]);
        size_t n = c < 0x80 ? 1 : (c >= 0xc2 && c <= 0xdf) ? 2 : (c >= 0xe0 && c <= 0xef) ? 3 : (c >= 0xf0 && c <= 0xf4) ? 4 : 0;
        if (n == 0 || i + n > s.size())
            return 0;
        cp = n == 1 ? c : c & (0xff >> (n + 1));
        for (size_t k = 1; k < n; ++k) {
            auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xc0) != 0x80)
                return 0;
            cp = (cp << 6) | (b & 0x3f);
        }
        if ((n == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)))
            return 0;
        return n;
    }

    void unicode_escape(uint32_t unit, bool upper)
    {
        static const char kLower[] = "0123456789abcdef";
        static const char kUpper[] = "0123456789ABCDEF";
        const char* hex = upper ? kUpper : kLower;
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += hex[(unit >> shift) & 15];
    }

    void string(std::string_view s, bool is_key = false)
    {
        if ((m_flags & kNumericCheck) && !is_key) {
            NumericPrefix n = parse_numeric(s);
            if (n.whole_type() == NumericType::Long) {
                out += std::to_string(n.long_value);
                return;
            }
            if (n.whole_type() == NumericType::Double) {
                number(n.double_value);
                return;
            }
        }
        size_t start = out.size();
        out += '"';
        for (size_t i = 0; i < s.size();) {
            uint32_t cp = 0;
            size_t n = decode_utf8(s, i, cp);
            if (n == 0) {
                if (m_flags & kInvalidUtf8Substitute) {
                    if (m_flags & kUnescapedUnicode)
                        out += "\xEF\xBF\xBD";
                    else
                        out += "\\ufffd";
                } else if (!(m_flags & kInvalidUtf8Ignore)) {
                    fail(kUtf8);
                    out.resize(start);
                    out += "null";
                    return;
                }
                ++i;
                continue;
            }
            if (cp >= 0x80) {
                bool line_terminator = cp == 0x2028 || cp == 0x2029;
                if ((m_flags & kUnescapedUnicode) && !(line_terminator && !(m_flags & kUnescapedLineTerminators))) {
                    out.append(s.substr(i, n));
                } else if (cp >= 0x10000) {
                    uint32_t v = cp - 0x10000;
                    unicode_escape(0xd800 | (v >> 10), false);
                    unicode_escape(0xdc00 | (v & 0x3ff), false);
                } else {
                    unicode_escape(cp, false);
                }
                i += n;
                continue;
            }
            char c = s[i++];
            switch (c) {
            case '"': (m_flags & kHexQuot) ? unicode_escape('"', true) : void(out += "\\\""); break;
            case '\\': out += "\\\\"; break;
            case '/': out += (m_flags & kUnescapedSlashes) ? "/" : "\\/"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '<': (m_flags & kHexTag) ? unicode_escape('<', true) : void(out += '<'); break;
            case '>': (m_flags & kHexTag) ? unicode_escape('>', true) : void(out += '>'); break;
            case '&': (m_flags & kHexAmp) ? unicode_escape('&', true) : void(out += '&'); break;
            case '\'': (m_flags & kHexApos) ? unicode_escape('\'', true) : void(out += '\''); break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                    unicode_escape(static_cast<unsigned char>(c), false);
                else
                    out += c;
            }
        }
        out += '"';
    }

    void newline_and_indent()
    {
        if (!(m_flags & kPrettyPrint))
            return;
        out += '\n';
        out.append(static_cast<size_t>(4 * m_depth), ' ');
    }

    void array(Array* a)
    {
        bool as_list = !(m_flags & kForceObject);
        int64_t expected = 0;
        for (uint32_t pos = a->next_position(0); pos < a->used() && as_list; pos = a->next_position(pos + 1)) {
            ArrayKey key = a->key_at(pos);
            as_list = !key.is_string() && key.number == expected++;
        }
        if (!a->enter_recursion()) {
            fail(kRecursion);
            out += "null";
            return;
        }
        out += as_list ? '[' : '{';
        ++m_depth;
        bool first = true;
        for (uint32_t pos = a->next_position(0); pos < a->used(); pos = a->next_position(pos + 1)) {
            if (!first)
                out += ',';
            first = false;
            newline_and_indent();
            if (!as_list) {
                ArrayKey key = a->key_at(pos);
                std::string number = key.is_string() ? std::string() : std::to_string(key.number);
                string(key.is_string() ? key.string->view() : std::string_view(number), true);
                out += (m_flags & kPrettyPrint) ? ": " : ":";
            }
            value(a->value_at(pos));
        }
        // The depth is checked once the elements are done, as php does.
        if (!m_stopped && m_depth > m_max_depth)
            fail(kDepth);
        if (m_stopped) {
            a->leave_recursion();
            return;
        }
        --m_depth;
        if (!first)
            newline_and_indent();
        out += as_list ? ']' : '}';
        a->leave_recursion();
    }

    int64_t m_flags;
    int64_t m_max_depth;
    int64_t m_depth = 0;
    bool m_stopped = false;
};

Outcome json_encode_handler(BuiltinCall& call)
{
    ArgReader args(call);
    int64_t flags = 0;
    int64_t depth = 512;
    if ((args.has(1) && failed(args.get_long(1, flags))) || (args.has(2) && failed(args.get_long(2, depth))))
        return Outcome::Threw;
    if (depth > INT32_MAX)
        return args.argument_error(msg::kind::ValueError, 2, "must be less than 2147483647");
    Encoder encoder(flags, depth);
    encoder.value(args.at(0));
    if (!(flags & kThrowOnError))
        g_last_error = encoder.error;
    if (encoder.error != kNone) {
        if (flags & kThrowOnError)
            return throw_error("JsonException", error_message(encoder.error));
        if (!(flags & kPartialOutputOnError)) {
            *call.result = Value::boolean(false);
            return Outcome::Ok;
        }
    }
    *call.result = string_value(encoder.out);
    return Outcome::Ok;
}

constexpr int64_t kObjectAsArray = 1;
constexpr int64_t kBigintAsString = 2;
constexpr int64_t kErrorSyntax = 4;
constexpr int64_t kErrorCtrlChar = 3;
constexpr int64_t kErrorUtf16 = 10;

// A recursive-descent reader of JSON text with php's parser's rules: the first
// error ends the decoding.
class Decoder {
public:
    Decoder(std::string_view text, int64_t depth, int64_t flags, bool assoc)
        : m_text(text), m_max_depth(depth), m_flags(flags), m_assoc(assoc)
    {
    }

    int64_t error = kNone;

    bool decode(Value& out)
    {
        skip_space();
        if (!value(out, 0))
            return false;
        skip_space();
        if (m_at != m_text.size()) {
            release(out);
            return fail(kErrorSyntax);
        }
        return true;
    }

private:
    bool fail(int64_t code)
    {
        if (error == kNone)
            error = code;
        return false;
    }

    void skip_space()
    {
        while (m_at < m_text.size() &&
               (m_text[m_at] == ' ' || m_text[m_at] == '\t' || m_text[m_at] == '\n' || m_text[m_at] == '\r'))
            ++m_at;
    }

    bool literal(std::string_view word)
    {
        if (m_text.substr(m_at, word.size()) != word)
            return false;
        m_at += word.size();
        return true;
    }

    bool value(Value& out, int64_t depth)
    {
        if (m_at >= m_text.size())
            return fail(kErrorSyntax);
        char c = m_text[m_at];
        if (c == '{' || c == '[')
            return container(out, depth + 1, c == '{');
        if (c == '"') {
            std::string s;
            if (!string(s))
                return false;
            out = string_value(s);
            return true;
        }
        if (literal("true")) {
            out = Value::boolean(true);
            return true;
        }
        if (literal("false")) {
            out = Value::boolean(false);
            return true;
        }
        if (literal("null")) {
            out = Value::null();
            return true;
        }
        return number(out);
    }

    bool number(Value& out)
    {
        size_t start = m_at;
        if (m_at < m_text.size() && m_text[m_at] == '-')
            ++m_at;
        if (m_at >= m_text.size() || !std::isdigit(static_cast<unsigned char>(m_text[m_at])))
            return fail(kErrorSyntax);
        if (m_text[m_at] == '0')
            ++m_at;
        else
            while (m_at < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_at])))
                ++m_at;
        bool is_double = false;
        if (m_at < m_text.size() && m_text[m_at] == '.') {
            ++m_at;
            if (m_at >= m_text.size() || !std::isdigit(static_cast<unsigned char>(m_text[m_at])))
                return fail(kErrorSyntax);
            while (m_at < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_at])))
                ++m_at;
            is_double = true;
        }
        if (m_at < m_text.size() && (m_text[m_at] == 'e' || m_text[m_at] == 'E')) {
            ++m_at;
            if (m_at < m_text.size() && (m_text[m_at] == '+' || m_text[m_at] == '-'))
                ++m_at;
            if (m_at >= m_text.size() || !std::isdigit(static_cast<unsigned char>(m_text[m_at])))
                return fail(kErrorSyntax);
            while (m_at < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_at])))
                ++m_at;
            is_double = true;
        }
        std::string_view text = m_text.substr(start, m_at - start);
        NumericPrefix n = parse_numeric(text);
        if (!is_double && n.type == NumericType::Long) {
            out = Value::integer(n.long_value);
        } else if (!is_double && (m_flags & kBigintAsString)) {
            out = string_value(text);
        } else {
            out = Value::dbl(string_to_double(text));
        }
        return true;
    }

    static void append_utf8(std::string& s, uint32_t cp)
    {
        if (cp < 0x80) {
            s += static_cast<char>(cp);
        } else if (cp < 0x800) {
            s += static_cast<char>(0xc0 | (cp >> 6));
            s += static_cast<char>(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            s += static_cast<char>(0xe0 | (cp >> 12));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            s += static_cast<char>(0x80 | (cp & 0x3f));
        } else {
            s += static_cast<char>(0xf0 | (cp >> 18));
            s += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            s += static_cast<char>(0x80 | (cp & 0x3f));
        }
    }

    bool hex4(uint32_t& unit)
    {
        if (m_at + 4 > m_text.size())
            return false;
        unit = 0;
        for (int i = 0; i < 4; ++i) {
            char c = m_text[m_at + i];
            int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : (c >= 'a' && c <= 'f')                    ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F')                    ? c - 'A' + 10
                                                                : -1;
            if (v < 0)
                return false;
            unit = unit * 16 + static_cast<uint32_t>(v);
        }
        m_at += 4;
        return true;
    }

    bool string(std::string& s)
    {
        ++m_at; // the opening quote
        while (true) {
            if (m_at >= m_text.size())
                return fail(kErrorSyntax);
            auto c = static_cast<unsigned char>(m_text[m_at]);
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c < 0x20)
                return fail(kErrorCtrlChar);
            if (c == '\\') {
                if (++m_at >= m_text.size())
                    return fail(kErrorSyntax);
                char e = m_text[m_at++];
                switch (e) {
                case '"': s += '"'; break;
                case '\\': s += '\\'; break;
                case '/': s += '/'; break;
                case 'b': s += '\b'; break;
                case 'f': s += '\f'; break;
                case 'n': s += '\n'; break;
                case 'r': s += '\r'; break;
                case 't': s += '\t'; break;
                case 'u': {
                    uint32_t unit = 0;
                    if (!hex4(unit))
                        return fail(kErrorSyntax);
                    if (unit >= 0xd800 && unit <= 0xdbff) {
                        uint32_t low = 0;
                        if (m_text.substr(m_at, 2) != "\\u" || (m_at += 2, !hex4(low)) || low < 0xdc00 || low > 0xdfff)
                            return fail(kErrorUtf16);
                        unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
                        return fail(kErrorUtf16);
                    }
                    append_utf8(s, unit);
                    break;
                }
                default: return fail(kErrorSyntax);
                }
                continue;
            }
            uint32_t cp = 0;
            size_t n = c < 0x80 ? 1 : 0;
            if (n == 0) {
                // A multi-byte sequence must be valid UTF-8.
                size_t len = (c >= 0xc2 && c <= 0xdf) ? 2 : (c >= 0xe0 && c <= 0xef) ? 3 : (c >= 0xf0 && c <= 0xf4) ? 4 : 0;
                bool ok = len != 0 && m_at + len <= m_text.size();
                for (size_t k = 1; ok && k < len; ++k)
                    ok = (static_cast<unsigned char>(m_text[m_at + k]) & 0xc0) == 0x80;
                if (!ok) {
                    if (m_flags & kInvalidUtf8Substitute)
                        s += "\xEF\xBF\xBD";
                    else if (!(m_flags & kInvalidUtf8Ignore))
                        return fail(kUtf8);
                    ++m_at;
                    continue;
                }
                n = len;
            }
            (void)cp;
            s.append(m_text.substr(m_at, n));
            m_at += n;
        }
    }

    bool container(Value& out, int64_t depth, bool object)
    {
        // php's parser counts the values inside a container as one more level.
        if (depth >= m_max_depth)
            return fail(kDepth);
        if (object && !m_assoc)
            fatal_error("json_decode() of JSON objects into stdClass objects is not supported by miniphp yet");
        ++m_at;
        Array* array = Array::create();
        out = Value::array(array);
        skip_space();
        char close = object ? '}' : ']';
        if (m_at < m_text.size() && m_text[m_at] == close) {
            ++m_at;
            release(out);
            out = Value::array(Array::empty());
            return true;
        }
        while (true) {
            skip_space();
            Value* slot = nullptr;
            if (object) {
                if (m_at >= m_text.size() || m_text[m_at] != '"') {
                    release(out);
                    return fail(kErrorSyntax);
                }
                std::string key;
                if (!string(key)) {
                    release(out);
                    return false;
                }
                skip_space();
                if (m_at >= m_text.size() || m_text[m_at] != ':') {
                    release(out);
                    return fail(kErrorSyntax);
                }
                ++m_at;
                skip_space();
                Value k = string_value(key);
                slot = array->lookup_or_insert_offset(k.as_string());
                release(k);
            }
            Value element;
            if (!value(element, depth)) {
                release(out);
                return false;
            }
            if (slot == nullptr)
                slot = array->append();
            release_and_clear(*slot);
            slot->copy_from(element);
            skip_space();
            if (m_at < m_text.size() && m_text[m_at] == ',') {
                ++m_at;
                continue;
            }
            if (m_at < m_text.size() && m_text[m_at] == close) {
                ++m_at;
                return true;
            }
            release(out);
            return fail(kErrorSyntax);
        }
    }

    std::string_view m_text;
    size_t m_at = 0;
    int64_t m_max_depth;
    int64_t m_flags;
    bool m_assoc;
};

Outcome json_decode_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg text;
    bool assoc = false;
    bool assoc_is_null = true;
    int64_t depth = 512;
    int64_t flags = 0;
    if (failed(args.get_string(0, text)))
        return Outcome::Threw;
    if (args.has(1) && !args.at(1).is_null()) {
        assoc_is_null = false;
        if (failed(args.get_bool(1, assoc)))
            return Outcome::Threw;
    }
    if ((args.has(2) && failed(args.get_long(2, depth))) || (args.has(3) && failed(args.get_long(3, flags))))
        return Outcome::Threw;
    if (depth <= 0)
        return args.argument_error(msg::kind::ValueError, 2, "must be greater than 0");
    if (depth > INT32_MAX)
        return args.argument_error(msg::kind::ValueError, 2, "must be less than 2147483647");
    if (assoc_is_null)
        assoc = (flags & kObjectAsArray) != 0;
    if (!(flags & kThrowOnError))
        g_last_error = kNone;
    *call.result = Value::null();
    if (text.view().empty()) {
        if (flags & kThrowOnError)
            return throw_error("JsonException", error_message(kErrorSyntax));
        g_last_error = kErrorSyntax;
        return Outcome::Ok;
    }
    Decoder decoder(text.view(), depth, flags, assoc);
    Value result;
    if (!decoder.decode(result)) {
        if (flags & kThrowOnError)
            return throw_error("JsonException", error_message(decoder.error));
        g_last_error = decoder.error;
        return Outcome::Ok;
    }
    *call.result = result;
    return Outcome::Ok;
}

Outcome json_last_error_handler(BuiltinCall& call)
{
    *call.result = Value::integer(g_last_error);
    return Outcome::Ok;
}

Outcome json_last_error_msg_handler(BuiltinCall& call)
{
    *call.result = string_value(error_message(g_last_error));
    return Outcome::Ok;
}

constexpr BuiltinFunction kJsonFunctions[] = {
    {"json_encode", json_encode_handler, 1, 3, "value,flags,depth"},
    {"json_decode", json_decode_handler, 1, 4, "json,associative,depth,flags"},
    {"json_last_error", json_last_error_handler, 0, 0, ""},
    {"json_last_error_msg", json_last_error_msg_handler, 0, 0, ""},
};

constexpr BuiltinConstant kJsonConstants[] = {
    long_constant("JSON_HEX_TAG", kHexTag),
    long_constant("JSON_HEX_AMP", kHexAmp),
    long_constant("JSON_HEX_APOS", kHexApos),
    long_constant("JSON_HEX_QUOT", kHexQuot),
    long_constant("JSON_FORCE_OBJECT", kForceObject),
    long_constant("JSON_NUMERIC_CHECK", kNumericCheck),
    long_constant("JSON_UNESCAPED_SLASHES", kUnescapedSlashes),
    long_constant("JSON_PRETTY_PRINT", kPrettyPrint),
    long_constant("JSON_UNESCAPED_UNICODE", kUnescapedUnicode),
    long_constant("JSON_PARTIAL_OUTPUT_ON_ERROR", kPartialOutputOnError),
    long_constant("JSON_PRESERVE_ZERO_FRACTION", kPreserveZeroFraction),
    long_constant("JSON_UNESCAPED_LINE_TERMINATORS", kUnescapedLineTerminators),
    long_constant("JSON_INVALID_UTF8_IGNORE", kInvalidUtf8Ignore),
    long_constant("JSON_INVALID_UTF8_SUBSTITUTE", kInvalidUtf8Substitute),
    long_constant("JSON_THROW_ON_ERROR", kThrowOnError),
    long_constant("JSON_OBJECT_AS_ARRAY", kObjectAsArray),
    long_constant("JSON_BIGINT_AS_STRING", kBigintAsString),
    long_constant("JSON_ERROR_UTF16", kErrorUtf16),
    long_constant("JSON_ERROR_NONE", kNone),
    long_constant("JSON_ERROR_DEPTH", kDepth),
    long_constant("JSON_ERROR_STATE_MISMATCH", 2),
    long_constant("JSON_ERROR_CTRL_CHAR", 3),
    long_constant("JSON_ERROR_SYNTAX", 4),
    long_constant("JSON_ERROR_UTF8", kUtf8),
    long_constant("JSON_ERROR_RECURSION", kRecursion),
    long_constant("JSON_ERROR_INF_OR_NAN", kInfOrNan),
    long_constant("JSON_ERROR_UNSUPPORTED_TYPE", 8),
};

} // namespace

std::span<const BuiltinFunction> json_functions() { return kJsonFunctions; }
std::span<const BuiltinConstant> json_constants() { return kJsonConstants; }

} // namespace miniphp::runtime::builtins
