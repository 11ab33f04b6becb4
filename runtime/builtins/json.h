// ext/json's vocabulary, shared by the three files that implement it:
//   json.cpp         the builtins: arguments, the last error, JsonException, constants
//   json_encode.cpp  values to JSON text (ext/json/json_encoder.c)
//   json_decode.cpp  JSON text to values (ext/json/json_scanner.re, json_parser.y)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/value.h"

namespace miniphp::runtime::builtins::json {

// The JSON_* option bits, numbered as php numbers them.
inline constexpr int32_t kHexTag = 1;
inline constexpr int32_t kHexAmp = 2;
inline constexpr int32_t kHexApos = 4;
inline constexpr int32_t kHexQuot = 8;
inline constexpr int32_t kForceObject = 16;
inline constexpr int32_t kNumericCheck = 32;
inline constexpr int32_t kUnescapedSlashes = 64;
inline constexpr int32_t kPrettyPrint = 128;
inline constexpr int32_t kUnescapedUnicode = 256;
inline constexpr int32_t kPartialOutputOnError = 512;
inline constexpr int32_t kPreserveZeroFraction = 1024;
inline constexpr int32_t kUnescapedLineTerminators = 2048;
inline constexpr int32_t kObjectAsArray = 1;
inline constexpr int32_t kBigintAsString = 2;
inline constexpr int32_t kInvalidUtf8Ignore = 1048576;
inline constexpr int32_t kInvalidUtf8Substitute = 2097152;
inline constexpr int32_t kThrowOnError = 4194304;

// php's default $depth for both directions (PHP_JSON_PARSER_DEFAULT_DEPTH).
inline constexpr int64_t kDefaultDepth = 512;

// The JSON_ERROR_* codes json_last_error() returns.
enum class Error : int64_t {
    None = 0,
    Depth = 1,
    StateMismatch = 2,
    CtrlChar = 3,
    Syntax = 4,
    Utf8 = 5,
    Recursion = 6,
    InfOrNan = 7,
    UnsupportedType = 8,
    InvalidPropertyName = 9,
    Utf16 = 10,
    NonBackedEnum = 11,
};

// Writes `value` as JSON into `out` and returns the error the encoder recorded last
// (None when there was none). On an error the text is only meaningful with
// kPartialOutputOnError, where it is complete with null (or 0) in place of what failed.
Error encode(std::string& out, const Value& value, int32_t options, int32_t max_depth);

// Parses `text` into `out` (an owned value) and returns None, or returns the error and
// leaves `out` alone. Without kObjectAsArray, JSON objects still become arrays and
// `met_object` is set: the caller decides what to do with stdClass-shaped input.
Error decode(std::string_view text, int32_t options, int32_t max_depth, Value& out, bool& met_object);

} // namespace miniphp::runtime::builtins::json
