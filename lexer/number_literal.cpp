#include "lexer/number_literal.h"

#include <cstdlib>
#include <locale.h>
#include <string>

namespace miniphp::lexer {

namespace {

// Literal digits without the '_' separators. Most literals have none, so the
// common case returns the input view unchanged and allocates nothing.
std::string_view without_underscores(std::string_view text, std::string& storage)
{
    if (text.find('_') == std::string_view::npos)
        return text;
    storage.clear();
    storage.reserve(text.size());
    for (char c : text) {
        if (c != '_')
            storage.push_back(c);
    }
    return storage;
}

int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Accumulates digits in `base`; false when the value leaves int64 (strtol's ERANGE).
bool accumulate_int(std::string_view digits, int base, int64_t& out)
{
    int64_t value = 0;
    for (char c : digits) {
        if (__builtin_mul_overflow(value, static_cast<int64_t>(base), &value) ||
            __builtin_add_overflow(value, static_cast<int64_t>(digit_value(c)), &value))
            return false;
    }
    out = value;
    return true;
}

// zend_hex_strtod, zend_oct_strtod and zend_bin_strtod: value = value * base + digit,
// in double arithmetic, one digit at a time. The octal and binary versions write it
// `value * base + c - '0'`, which adds the character code and then subtracts '0': two
// roundings instead of one, and a different result once the value passes 2^53
// (0b followed by 64 ones is 0x1.fffffffffffffp+63 in php, not 2^64).
double accumulate_double(std::string_view digits, int base)
{
    double value = 0;
    if (base == 16) {
        for (char c : digits)
            value = value * base + digit_value(c);
    } else {
        for (char c : digits)
            value = value * base + static_cast<unsigned char>(c) - '0';
    }
    return value;
}

// Skips the two-character prefix and the leading zeros (and separators among them).
std::string_view significant_digits(std::string_view text)
{
    text.remove_prefix(2);
    while (!text.empty() && (text.front() == '0' || text.front() == '_'))
        text.remove_prefix(1);
    return text;
}

NumberValue int_or_double(std::string_view digits, int base, bool fits)
{
    NumberValue result;
    if (fits) {
        accumulate_int(digits, base, result.int_value);
    } else {
        result.is_double = true;
        result.double_value = accumulate_double(digits, base);
    }
    return result;
}

} // namespace

size_t invalid_octal_digit(std::string_view text)
{
    if (text.empty() || text.front() != '0')
        return std::string_view::npos;
    return text.find_first_of("89");
}

NumberValue decimal_literal_value(std::string_view text)
{
    std::string storage;
    std::string_view digits = without_underscores(text, storage);
    const bool is_octal = digits.front() == '0';
    if (is_octal) {
        size_t bad = digits.find_first_of("89");
        if (bad != std::string_view::npos)
            digits = digits.substr(0, bad);
    }

    NumberValue result;
    // Fewer than 19 digits never overflow (php: len < MAX_LENGTH_OF_LONG - 1).
    if (accumulate_int(digits, is_octal ? 8 : 10, result.int_value))
        return result;

    result.is_double = true;
    if (is_octal) {
        result.double_value = accumulate_double(digits, 8);
    } else {
        result.double_value = float_literal_value(digits);
    }
    return result;
}

NumberValue hex_literal_value(std::string_view text)
{
    std::string storage;
    std::string_view digits = without_underscores(significant_digits(text), storage);
    // php keeps 16 hex digits as an integer only while the top bit is clear.
    bool fits = digits.size() < 16 || (digits.size() == 16 && digits.front() <= '7');
    return int_or_double(digits, 16, fits);
}

NumberValue binary_literal_value(std::string_view text)
{
    std::string storage;
    std::string_view digits = without_underscores(significant_digits(text), storage);
    return int_or_double(digits, 2, digits.size() < 64);
}

NumberValue octal_literal_value(std::string_view text)
{
    std::string storage;
    std::string_view digits = without_underscores(significant_digits(text), storage);
    NumberValue result;
    if (accumulate_int(digits, 8, result.int_value))
        return result;
    result.is_double = true;
    result.double_value = accumulate_double(digits, 8);
    return result;
}

double float_literal_value(std::string_view text)
{
    // php's zend_strtod ignores the locale; a script calling setlocale(LC_NUMERIC, ...)
    // must not change how "1.5" is read, so parse in the "C" locale explicitly.
    static locale_t c_locale = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(0));
    std::string storage;
    std::string copy(without_underscores(text, storage));
    return strtod_l(copy.c_str(), nullptr, c_locale);
}

bool offset_literal_value(std::string_view text, int64_t& value)
{
    if (text.size() > 1 && text.front() == '0')
        return false;
    if (text.find_first_not_of("0123456789") != std::string_view::npos)
        return false;
    // php: shorter than 19 digits, or 19 digits below "9223372036854775808".
    if (text.size() > 19 || (text.size() == 19 && text >= "9223372036854775808"))
        return false;
    return accumulate_int(text, 10, value);
}

} // namespace miniphp::lexer
