// Values of PHP numeric literals, converted the way php's scanner converts them
// (the {LNUM}, {HNUM}, {BNUM}, {ONUM} and {DNUM} rules of Zend/zend_language_scanner.l).
//
// Integers that do not fit in int64 become doubles, as in php. Decimal literals go
// through a correctly rounded strtod; hexadecimal, binary and octal ones are
// accumulated digit by digit in a double (zend_hex_strtod and friends), which rounds
// at each step, so `0x20000000000000F0000` gets php's value and not the nearest double.
#pragma once

#include <cstdint>
#include <string_view>

namespace miniphp::lexer {

struct NumberValue {
    bool is_double = false;
    int64_t int_value = 0;
    double double_value = 0.0;
};

// Index of the first 8 or 9 in a decimal literal that starts with 0 (php's legacy
// octal form), or npos when the literal is valid. `text` is the matched literal.
size_t invalid_octal_digit(std::string_view text);

// A decimal (or legacy 0-prefixed octal) literal such as "1_000" or "0777". When the
// literal holds an 8 or 9 after a leading 0, only the digits before it count (php's
// tokenizer mode does the same).
NumberValue decimal_literal_value(std::string_view text);

// "0x1F", "0b101", "0o17" (the prefix letter in either case).
NumberValue hex_literal_value(std::string_view text);
NumberValue binary_literal_value(std::string_view text);
NumberValue octal_literal_value(std::string_view text);

// "1.5", ".5", "1.", "1e3", "1_0.0_1e1_0": correctly rounded; overflow gives INF.
double float_literal_value(std::string_view text);

// A T_NUM_STRING offset inside a string ("$a[12]"): php uses an integer key when the
// digits are "0" or have no leading zero and fit in int64; otherwise the key stays
// a string. Returns true and sets `value` in the first case.
bool offset_literal_value(std::string_view text, int64_t& value);

} // namespace miniphp::lexer
