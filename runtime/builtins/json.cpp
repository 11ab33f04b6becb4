// json_encode, json_last_error and json_last_error_msg (ext/json/json_encoder.c)
// for scalars and arrays. json_decode is not written yet.
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
