// The json builtins (ext/json/json.c): json_encode, json_decode, json_last_error,
// json_last_error_msg and the JSON_* constants.
//
// Every call without JSON_THROW_ON_ERROR records its outcome for json_last_error();
// with it, an error throws JsonException (its code is the error's) and the recorded
// error is left as it was, as in php. json_encode with JSON_PARTIAL_OUTPUT_ON_ERROR
// never throws and always records.
//
// Objects do not exist yet: json_decode turns JSON objects into arrays when asked to
// (associative true, or JSON_OBJECT_AS_ARRAY with associative null) and otherwise ends
// the script with a "not supported" fatal error once the input has parsed.
#include <climits>

#include "runtime/builtins/args.h"
#include "runtime/builtins/json.h"
#include "runtime/builtins/registry.h"
#include "runtime/messages.h"

namespace miniphp::runtime::builtins {

namespace {

constexpr char kJsonException[] = "JsonException";

// JSON_G(error_code): one per request.
json::Error g_last_error = json::Error::None;

// php_json_get_error_msg.
const char* error_message(json::Error error)
{
    static constexpr const char* kMessages[] = {
        "No error",
        "Maximum stack depth exceeded",
        "State mismatch (invalid or malformed JSON)",
        "Control character error, possibly incorrectly encoded",
        "Syntax error",
        "Malformed UTF-8 characters, possibly incorrectly encoded",
        "Recursion detected",
        "Inf and NaN cannot be JSON encoded",
        "Type is not supported",
        "The decoded property name is invalid",
        "Single unpaired UTF-16 surrogate in unicode escape",
        "Non-backed enums have no default serialization",
    };
    auto index = static_cast<size_t>(error);
    return index < std::size(kMessages) ? kMessages[index] : "Unknown error";
}

// A decoding error: recorded, or thrown with JSON_THROW_ON_ERROR.
Outcome report_decode_error(json::Error error, bool throws)
{
    if (!throws) {
        g_last_error = error;
        return Outcome::Ok;
    }
    return throw_error(kJsonException, error_message(error), static_cast<int64_t>(error));
}

// php passes $flags and $depth to the engines as C ints: wider values are cut.
int32_t as_c_int(int64_t n) { return static_cast<int32_t>(static_cast<uint32_t>(n)); }

// json_encode(mixed $value, int $flags = 0, int $depth = 512): string|false
Outcome json_encode_handler(BuiltinCall& call)
{
    ArgReader args(call);
    int64_t flags = 0;
    int64_t depth = json::kDefaultDepth;
    if (args.has(1) && failed(args.get_long(1, flags)))
        return Outcome::Threw;
    if (args.has(2) && failed(args.get_long(2, depth)))
        return Outcome::Threw;
    std::string out;
    json::Error error = json::encode(out, call.args[0], as_c_int(flags), as_c_int(depth));
    bool partial = (flags & json::kPartialOutputOnError) != 0;
    if (!(flags & json::kThrowOnError) || partial) {
        g_last_error = error;
        if (error != json::Error::None && !partial) {
            *call.result = Value::boolean(false);
            return Outcome::Ok;
        }
    } else if (error != json::Error::None) {
        return throw_error(kJsonException, error_message(error), static_cast<int64_t>(error));
    }
    *call.result = safe_string_value(out);
    return Outcome::Ok;
}

// json_decode(string $json, ?bool $associative = null, int $depth = 512, int $flags = 0): mixed
Outcome json_decode_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg json;
    bool associative = false;
    bool associative_null = true;
    int64_t depth = json::kDefaultDepth;
    int64_t flags = 0;
    if (failed(args.get_string(0, json)))
        return Outcome::Threw;
    if (args.has(1) && failed(args.get_bool_or_null(1, associative, associative_null)))
        return Outcome::Threw;
    if (args.has(2) && failed(args.get_long(2, depth)))
        return Outcome::Threw;
    if (args.has(3) && failed(args.get_long(3, flags)))
        return Outcome::Threw;

    bool throws = (flags & json::kThrowOnError) != 0;
    if (!throws)
        g_last_error = json::Error::None;
    // The empty string fails before $depth is looked at.
    if (json.view().empty())
        return report_decode_error(json::Error::Syntax, throws);
    if (depth <= 0)
        return args.argument_error(msg::kind::ValueError, 2, msg::GreaterThanZero);
    if (depth > INT_MAX)
        return args.argument_error(msg::kind::ValueError, 2, format(msg::LessThan, INT_MAX));
    // An explicit $associative overrides JSON_OBJECT_AS_ARRAY either way.
    if (!associative_null)
        flags = associative ? flags | json::kObjectAsArray : flags & ~int64_t{json::kObjectAsArray};

    Value decoded;
    bool met_object = false;
    json::Error error = json::decode(json.view(), as_c_int(flags), as_c_int(depth), decoded, met_object);
    if (error != json::Error::None)
        return report_decode_error(error, throws);
    if (met_object) {
        release(decoded);
        fatal_error(format(msg::NotSupportedYet, "json_decode() of JSON objects into stdClass is"));
    }
    *call.result = decoded;
    return Outcome::Ok;
}

Outcome json_last_error_handler(BuiltinCall& call)
{
    *call.result = Value::integer(static_cast<int64_t>(g_last_error));
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

constexpr BuiltinConstant error_constant(std::string_view name, json::Error error)
{
    return long_constant(name, static_cast<int64_t>(error));
}

constexpr BuiltinConstant kJsonConstants[] = {
    long_constant("JSON_HEX_TAG", json::kHexTag),
    long_constant("JSON_HEX_AMP", json::kHexAmp),
    long_constant("JSON_HEX_APOS", json::kHexApos),
    long_constant("JSON_HEX_QUOT", json::kHexQuot),
    long_constant("JSON_FORCE_OBJECT", json::kForceObject),
    long_constant("JSON_NUMERIC_CHECK", json::kNumericCheck),
    long_constant("JSON_UNESCAPED_SLASHES", json::kUnescapedSlashes),
    long_constant("JSON_PRETTY_PRINT", json::kPrettyPrint),
    long_constant("JSON_UNESCAPED_UNICODE", json::kUnescapedUnicode),
    long_constant("JSON_PARTIAL_OUTPUT_ON_ERROR", json::kPartialOutputOnError),
    long_constant("JSON_PRESERVE_ZERO_FRACTION", json::kPreserveZeroFraction),
    long_constant("JSON_UNESCAPED_LINE_TERMINATORS", json::kUnescapedLineTerminators),
    long_constant("JSON_OBJECT_AS_ARRAY", json::kObjectAsArray),
    long_constant("JSON_BIGINT_AS_STRING", json::kBigintAsString),
    long_constant("JSON_INVALID_UTF8_IGNORE", json::kInvalidUtf8Ignore),
    long_constant("JSON_INVALID_UTF8_SUBSTITUTE", json::kInvalidUtf8Substitute),
    long_constant("JSON_THROW_ON_ERROR", json::kThrowOnError),
    error_constant("JSON_ERROR_NONE", json::Error::None),
    error_constant("JSON_ERROR_DEPTH", json::Error::Depth),
    error_constant("JSON_ERROR_STATE_MISMATCH", json::Error::StateMismatch),
    error_constant("JSON_ERROR_CTRL_CHAR", json::Error::CtrlChar),
    error_constant("JSON_ERROR_SYNTAX", json::Error::Syntax),
    error_constant("JSON_ERROR_UTF8", json::Error::Utf8),
    error_constant("JSON_ERROR_RECURSION", json::Error::Recursion),
    error_constant("JSON_ERROR_INF_OR_NAN", json::Error::InfOrNan),
    error_constant("JSON_ERROR_UNSUPPORTED_TYPE", json::Error::UnsupportedType),
    error_constant("JSON_ERROR_INVALID_PROPERTY_NAME", json::Error::InvalidPropertyName),
    error_constant("JSON_ERROR_UTF16", json::Error::Utf16),
    error_constant("JSON_ERROR_NON_BACKED_ENUM", json::Error::NonBackedEnum),
};

} // namespace

std::span<const BuiltinFunction> json_functions() { return kJsonFunctions; }
std::span<const BuiltinConstant> json_constants() { return kJsonConstants; }

} // namespace miniphp::runtime::builtins
