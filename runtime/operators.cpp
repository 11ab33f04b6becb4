// The slow paths of php's arithmetic, bitwise, concatenation and ++/-- operators
// (Zend/zend_operators.c). The inline fast paths in operators.h handle int and float
// operands; everything that reaches this file either has another operand type or is
// an error case.
//
// How php 8.2 turns operands into numbers, and what this file therefore does:
//   + - * / ** (zendi_try_convert_scalar_to_number): null/false are 0, true is 1,
//     numeric strings convert silently (" 5", "5 ", "1e3"), leading-numeric strings
//     ("5 apples") convert with the warning "A non-numeric value encountered", other
//     strings ("abc", "", " ") and arrays fail with the TypeError
//     "Unsupported operand types: string + int".
//   % << >> & | ^ ~ (zendi_try_get_long): the same, then to int; a float (or float
//     string) that is not an exact int converts with the deprecation "Implicit
//     conversion from float 1.5 to int loses precision".
// Operands convert left then right; when the left one fails, the right one is never
// looked at (so it prints no warning), as in php.
//
// Arrays and objects arrive later: array + array (union), objects' do_operation and
// cast handlers, "Array to string conversion" in concatenation. Their switch cases
// are marked below; today such operands take the TypeError path.
#include <cassert>
#include <cmath>
#include <cstring>

#include "runtime/ini.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/operators.h"

#include "runtime/array.h"
#include "runtime/string.h"

namespace miniphp::runtime {

namespace {

// zend_binop_error: "Unsupported operand types: string + int".
Outcome binop_error(const char* sigil, const Value& a, const Value& b)
{
    return throw_error(msg::kind::TypeError,
                       format(msg::UnsupportedOperandTypes, zend_type_name(a), sigil, zend_type_name(b)));
}

// zendi_try_convert_scalar_to_number: false when `v` cannot take part in arithmetic.
bool try_to_number(const Value& v, Value& out)
{
    switch (v.type()) {
    case Type::Long:
    case Type::Double:
        out = v;
        return true;
    case Type::Undef:
    case Type::Null:
    case Type::False:
        out = Value::integer(0);
        return true;
    case Type::True:
        out = Value::integer(1);
        return true;
    case Type::String: {
        NumericPrefix n = parse_numeric(v.as_string()->view());
        if (n.type == NumericType::None)
            return false;
        if (n.has_trailing_data)
            warning(msg::NonNumericValue);
        out = n.type == NumericType::Long ? Value::integer(n.long_value) : Value::dbl(n.double_value);
        return true;
    }
    case Type::Array:    // arrays never convert
    case Type::Object:   // later: the cast_object handler (_IS_NUMBER)
    case Type::Resource: // arithmetic on resources fails in php 8
    case Type::Reference:
        return false;
    }
    return false;
}

// zend_incompatible_double_to_long_error.
void report_float_to_int(double d)
{
    deprecated(format(msg::ImplicitFloatToInt, format_double_repr(d).c_str()));
}

// zendi_try_get_long: false when `v` cannot be used as an int operand.
bool try_to_long(const Value& v, int64_t& out)
{
    switch (v.type()) {
    case Type::Undef:
    case Type::Null:
    case Type::False:
        out = 0;
        return true;
    case Type::True:
        out = 1;
        return true;
    case Type::Long:
        out = v.as_long();
        return true;
    case Type::Double: {
        double d = v.as_double();
        out = dval_to_lval(d);
        if (!is_long_compatible(d, out))
            report_float_to_int(d);
        return true;
    }
    case Type::String: {
        const String* s = v.as_string();
        NumericPrefix n = parse_numeric(s->view());
        if (n.type == NumericType::None)
            return false;
        if (n.has_trailing_data)
            warning(msg::NonNumericValue);
        if (n.type == NumericType::Long) {
            out = n.long_value;
            return true;
        }
        // Float strings saturate, as strtol() did before php 8.
        out = dval_to_lval_cap(n.double_value);
        if (!is_long_compatible(n.double_value, out)) {
            // php prints the string with %s, so it stops at a NUL byte like this does.
            deprecated(format(msg::ImplicitFloatStringToInt, s->bytes));
        }
        return true;
    }
    case Type::Array:
    case Type::Object: // later: cast_object to int
    case Type::Resource:
    case Type::Reference:
        return false;
    }
    return false;
}

// convert_op1_op2_long: both operands as ints, left first; false after throwing.
bool long_operands(const char* sigil, const Value& a, const Value& b, int64_t& x, int64_t& y)
{
    if (a.is_long()) {
        x = a.as_long();
    } else if (!try_to_long(a, x)) {
        (void)binop_error(sigil, a, b);
        return false;
    }
    if (b.is_long()) {
        y = b.as_long();
    } else if (!try_to_long(b, y)) {
        (void)binop_error(sigil, a, b);
        return false;
    }
    return true;
}

// Both operands as numbers (ints or floats), left first; false after throwing.
bool number_operands(const char* sigil, const Value& a, const Value& b, Value& x, Value& y)
{
    if (!try_to_number(a, x) || !try_to_number(b, y)) {
        (void)binop_error(sigil, a, b);
        return false;
    }
    return true;
}

double as_double(const Value& number)
{
    return number.is_long() ? static_cast<double>(number.as_long()) : number.as_double();
}

} // namespace

// ---- + - * / % ------------------------------------------------------------------------

// add_function_array: a copy of `a` with the elements of `b` whose keys it lacks.
Array* array_union(Array* a, Array* b)
{
    Array* result = a->duplicate();
    array_union_in_place(result, b);
    return result;
}

void array_union_in_place(Array* a, Array* b)
{
    for (uint32_t pos = b->next_position(0); pos < b->used(); pos = b->next_position(pos + 1)) {
        ArrayKey key = b->key_at(pos);
        if (a->find(key) != nullptr)
            continue;
        copy_unwrapping_lone_reference(*a->lookup_or_insert(key), b->value_at(pos));
    }
}

Outcome add_slow(Value& result, const Value& a, const Value& b)
{
    if (add_fast(result, a, b))
        return Outcome::Ok;
    if (a.is_array() && b.is_array()) {
        result = Value::array(array_union(a.as_array(), b.as_array()));
        return Outcome::Ok;
    }
    Value x, y;
    if (!number_operands("+", a, b, x, y))
        return Outcome::Threw;
    bool done = add_fast(result, x, y);
    assert(done);
    (void)done;
    return Outcome::Ok;
}

Outcome sub_slow(Value& result, const Value& a, const Value& b)
{
    if (sub_fast(result, a, b))
        return Outcome::Ok;
    Value x, y;
    if (!number_operands("-", a, b, x, y))
        return Outcome::Threw;
    bool done = sub_fast(result, x, y);
    assert(done);
    (void)done;
    return Outcome::Ok;
}

Outcome mul_slow(Value& result, const Value& a, const Value& b)
{
    if (mul_fast(result, a, b))
        return Outcome::Ok;
    Value x, y;
    if (!number_operands("*", a, b, x, y))
        return Outcome::Threw;
    bool done = mul_fast(result, x, y);
    assert(done);
    (void)done;
    return Outcome::Ok;
}

namespace {

// div_function_base on two numbers: false for a zero divisor (0, 0.0 or -0.0).
bool divide_numbers(Value& result, const Value& x, const Value& y)
{
    if (x.is_long() && y.is_long()) {
        int64_t n = x.as_long(), d = y.as_long();
        if (d == 0)
            return false;
        if (d == -1 && n == INT64_MIN) {
            result = Value::dbl(static_cast<double>(INT64_MIN) / -1.0);
            return true;
        }
        if (n % d == 0)
            result = Value::integer(n / d);
        else
            result = Value::dbl(static_cast<double>(n) / static_cast<double>(d));
        return true;
    }
    double divisor = as_double(y);
    if (divisor == 0.0)
        return false;
    result = Value::dbl(as_double(x) / divisor);
    return true;
}

} // namespace

Outcome div_slow(Value& result, const Value& a, const Value& b)
{
    Value x, y;
    if (!number_operands("/", a, b, x, y))
        return Outcome::Threw;
    if (!divide_numbers(result, x, y))
        return throw_error(msg::kind::DivisionByZeroError, msg::DivisionByZero);
    return Outcome::Ok;
}

Outcome mod_slow(Value& result, const Value& a, const Value& b)
{
    int64_t x, y;
    if (!long_operands("%", a, b, x, y))
        return Outcome::Threw;
    if (y == 0)
        return throw_error(msg::kind::DivisionByZeroError, msg::ModuloByZero);
    // x % -1 is always 0, and PHP_INT_MIN % -1 would trap in hardware.
    result = Value::integer(y == -1 ? 0 : x % y);
    return Outcome::Ok;
}

// ---- ** --------------------------------------------------------------------------------

namespace {

// pow_function_base on two numbers. int ** non-negative int multiplies by squaring
// and stays an int until a step overflows; from there php finishes in floating point
// with pow(), in exactly this order of operations, so the float results match too.
void power_numbers(Value& result, const Value& x, const Value& y)
{
    if (x.is_long() && y.is_long() && y.as_long() >= 0) {
        int64_t acc = 1, base = x.as_long(), i = y.as_long();
        if (i == 0) {
            result = Value::integer(1);
            return;
        }
        if (base == 0) {
            result = Value::integer(0);
            return;
        }
        while (i >= 1) {
            int64_t product;
            if (i % 2) {
                --i;
                if (__builtin_mul_overflow(acc, base, &product)) {
                    double partial = static_cast<double>(acc) * static_cast<double>(base);
                    result = Value::dbl(partial * std::pow(static_cast<double>(base), static_cast<double>(i)));
                    return;
                }
                acc = product;
            } else {
                i /= 2;
                if (__builtin_mul_overflow(base, base, &product)) {
                    double squared = static_cast<double>(base) * static_cast<double>(base);
                    result = Value::dbl(static_cast<double>(acc) * std::pow(squared, static_cast<double>(i)));
                    return;
                }
                base = product;
            }
        }
        result = Value::integer(acc);
        return;
    }
    result = Value::dbl(std::pow(as_double(x), as_double(y)));
}

} // namespace

Outcome pow(Value& result, const Value& a, const Value& b)
{
    Value x, y;
    if (!number_operands("**", a, b, x, y))
        return Outcome::Threw;
    power_numbers(result, x, y);
    return Outcome::Ok;
}

// ---- Unary minus and plus --------------------------------------------------------------

Outcome unary_minus(Value& result, const Value& a)
{
    // php compiles -$a as $a * -1: -"abc" is "Unsupported operand types: string * int"
    // and -0.0 negates the sign of zero through the multiplication.
    return mul(result, a, Value::integer(-1));
}

Outcome unary_plus(Value& result, const Value& a) { return mul(result, a, Value::integer(1)); }

// ---- Shifts ----------------------------------------------------------------------------

Outcome shift_left_slow(Value& result, const Value& a, const Value& b)
{
    int64_t x, y;
    if (!long_operands("<<", a, b, x, y))
        return Outcome::Threw;
    if (static_cast<uint64_t>(y) >= 64) {
        if (y < 0)
            return throw_error(msg::kind::ArithmeticError, msg::ShiftByNegative);
        result = Value::integer(0);
        return Outcome::Ok;
    }
    result = Value::integer(static_cast<int64_t>(static_cast<uint64_t>(x) << y));
    return Outcome::Ok;
}

Outcome shift_right_slow(Value& result, const Value& a, const Value& b)
{
    int64_t x, y;
    if (!long_operands(">>", a, b, x, y))
        return Outcome::Threw;
    if (static_cast<uint64_t>(y) >= 64) {
        if (y < 0)
            return throw_error(msg::kind::ArithmeticError, msg::ShiftByNegative);
        result = Value::integer(x < 0 ? -1 : 0);
        return Outcome::Ok;
    }
    result = Value::integer(x >> y);
    return Outcome::Ok;
}

// ---- & | ^ -----------------------------------------------------------------------------

namespace {

enum class BitOp : uint8_t { And, Or, Xor };

unsigned char apply(BitOp op, unsigned char x, unsigned char y)
{
    switch (op) {
    case BitOp::And:
        return x & y;
    case BitOp::Or:
        return x | y;
    case BitOp::Xor:
        return x ^ y;
    }
    return 0;
}

// Two strings combine byte by byte (bitwise_or_function and friends): | keeps the
// longer string's tail, & and ^ stop at the shorter length. Two one-byte strings give
// the shared one-char string, as php's ZVAL_CHAR; every other result is a new string.
Value bitwise_strings(BitOp op, const String* a, const String* b)
{
    if (a->length == 1 && b->length == 1) {
        unsigned char c = apply(op, static_cast<unsigned char>(a->bytes[0]), static_cast<unsigned char>(b->bytes[0]));
        return Value::string(String::one_char(c));
    }
    const String* longer = a->length >= b->length ? a : b;
    const String* shorter = longer == a ? b : a;
    size_t length = op == BitOp::Or ? longer->length : shorter->length;
    String* out = String::create_uninitialized(length);
    for (size_t i = 0; i < shorter->length; ++i) {
        out->bytes[i] = static_cast<char>(apply(op, static_cast<unsigned char>(longer->bytes[i]),
                                                static_cast<unsigned char>(shorter->bytes[i])));
    }
    if (op == BitOp::Or && longer->length > shorter->length)
        std::memcpy(out->bytes + shorter->length, longer->bytes + shorter->length, longer->length - shorter->length);
    return Value::string(out);
}

Outcome bitwise_slow(BitOp op, const char* sigil, Value& result, const Value& a, const Value& b)
{
    if (a.is_string() && b.is_string()) {
        result = bitwise_strings(op, a.as_string(), b.as_string());
        return Outcome::Ok;
    }
    int64_t x, y;
    if (!long_operands(sigil, a, b, x, y))
        return Outcome::Threw;
    switch (op) {
    case BitOp::And:
        result = Value::integer(x & y);
        break;
    case BitOp::Or:
        result = Value::integer(x | y);
        break;
    case BitOp::Xor:
        result = Value::integer(x ^ y);
        break;
    }
    return Outcome::Ok;
}

} // namespace

Outcome bitwise_and_slow(Value& result, const Value& a, const Value& b)
{
    return bitwise_slow(BitOp::And, "&", result, a, b);
}

Outcome bitwise_or_slow(Value& result, const Value& a, const Value& b)
{
    return bitwise_slow(BitOp::Or, "|", result, a, b);
}

Outcome bitwise_xor_slow(Value& result, const Value& a, const Value& b)
{
    return bitwise_slow(BitOp::Xor, "^", result, a, b);
}

// bitwise_not_function: ints and floats as ints, strings byte by byte, everything
// else a TypeError naming the type ("Cannot perform bitwise not on bool").
Outcome bitwise_not(Value& result, const Value& a)
{
    switch (a.type()) {
    case Type::Long:
        result = Value::integer(~a.as_long());
        return Outcome::Ok;
    case Type::Double: {
        double d = a.as_double();
        int64_t l = dval_to_lval(d);
        if (!is_long_compatible(d, l))
            report_float_to_int(d);
        result = Value::integer(~l);
        return Outcome::Ok;
    }
    case Type::String: {
        const String* s = a.as_string();
        if (s->length == 1) {
            result = Value::string(String::one_char(static_cast<unsigned char>(~s->bytes[0])));
            return Outcome::Ok;
        }
        String* out = String::create_uninitialized(s->length);
        for (size_t i = 0; i < s->length; ++i)
            out->bytes[i] = static_cast<char>(~s->bytes[i]);
        result = Value::string(out);
        return Outcome::Ok;
    }
    case Type::Undef:
    case Type::Null:
    case Type::False:
    case Type::True:
    case Type::Array:
    case Type::Object: // later: do_operation handler, then the class name
    case Type::Resource:
    case Type::Reference:
        break;
    }
    return throw_error(msg::kind::TypeError, format(msg::BitwiseNotUnsupported, zend_type_name(a)));
}

// ---- Concatenation ---------------------------------------------------------------------

namespace {

// The text of a scalar operand without allocating: strings point at their bytes,
// ints and floats are written into `buf` (kMaxDoubleText bytes).
std::string_view operand_text(const Value& v, char* buf)
{
    switch (v.type()) {
    case Type::String:
        return v.as_string()->view();
    case Type::Long:
        return std::string_view(buf, format_long_into(buf, v.as_long()));
    case Type::Double:
        return std::string_view(buf, format_double_into(buf, v.as_double(), float_precision()));
    case Type::True:
        return "1";
    case Type::Undef:
    case Type::Null:
    case Type::False:
        return {};
    case Type::Array:
        warning(msg::ArrayToStringConversion);
        return "Array";
    case Type::Object:   // later: __toString, or the Error "could not be converted"
    case Type::Resource: // later: "Resource id #N"
    case Type::Reference:
        break;
    }
    assert(false && "concat: operand type not supported yet");
    return {};
}

// `prefix` then the text of l, in one String of the final size, the digits written
// straight into it.
String* string_then_long(std::string_view prefix, int64_t l)
{
    size_t digits = long_text_length(l);
    String* joined = String::create_uninitialized(prefix.size() + digits);
    copy_bytes(joined->bytes, prefix.data(), prefix.size());
    write_long(joined->bytes + prefix.size(), l, digits);
    return joined;
}

String* long_then_string(int64_t l, std::string_view suffix)
{
    size_t digits = long_text_length(l);
    String* joined = String::create_uninitialized(digits + suffix.size());
    write_long(joined->bytes, l, digits);
    copy_bytes(joined->bytes + digits, suffix.data(), suffix.size());
    return joined;
}

} // namespace

// concat_function: when one side is empty the result is the other side's string
// itself (one more reference, or the converted string), otherwise a new string.
Outcome concat(Value& result, const Value& a, const Value& b)
{
    // The usual shapes first, a non-empty string with a string, an int or a float:
    // one String of the final size, no intermediate text. An empty side falls through
    // to the general path below (to_string keeps the shared one-digit strings).
    switch (type_pair(a.type(), b.type())) {
    case type_pair(Type::String, Type::String): {
        const String* x = a.as_string();
        const String* y = b.as_string();
        if (x->length == 0) {
            copy_value(result, b);
        } else if (y->length == 0) {
            copy_value(result, a);
        } else {
            result = Value::string(String::concat(x->view(), y->view()));
        }
        return Outcome::Ok;
    }
    case type_pair(Type::String, Type::Long):
        if (a.as_string()->length == 0)
            break;
        result = Value::string(string_then_long(a.as_string()->view(), b.as_long()));
        return Outcome::Ok;
    case type_pair(Type::Long, Type::String):
        if (b.as_string()->length == 0)
            break;
        result = Value::string(long_then_string(a.as_long(), b.as_string()->view()));
        return Outcome::Ok;
    case type_pair(Type::String, Type::Double): {
        if (a.as_string()->length == 0)
            break;
        char text[kMaxDoubleText];
        size_t length = format_double_into(text, b.as_double(), float_precision());
        result = Value::string(String::concat(a.as_string()->view(), std::string_view(text, length)));
        return Outcome::Ok;
    }
    case type_pair(Type::Double, Type::String): {
        if (b.as_string()->length == 0)
            break;
        char text[kMaxDoubleText];
        size_t length = format_double_into(text, a.as_double(), float_precision());
        result = Value::string(String::concat(std::string_view(text, length), b.as_string()->view()));
        return Outcome::Ok;
    }
    default:
        break;
    }

    if (a.is_object() || b.is_object()) [[unlikely]] {
        // Objects become their __toString's result, left first; a failure stops there.
        Value left;
        Value right;
        if (!a.is_object()) {
            copy_value(left, a);
        } else if (String* text = object_to_string(a.as_object())) {
            left = Value::string(text);
        } else {
            return Outcome::Threw;
        }
        if (!b.is_object()) {
            copy_value(right, b);
        } else if (String* text = object_to_string(b.as_object())) {
            right = Value::string(text);
        } else {
            release(left);
            return Outcome::Threw;
        }
        Outcome outcome = concat(result, left, right);
        release(left);
        release(right);
        return outcome;
    }
    char abuf[kMaxDoubleText];
    char bbuf[kMaxDoubleText];
    std::string_view at = operand_text(a, abuf);
    std::string_view bt = operand_text(b, bbuf);
    if (at.empty()) {
        result = to_string(b);
        return Outcome::Ok;
    }
    if (bt.empty()) {
        result = to_string(a);
        return Outcome::Ok;
    }
    result = Value::string(String::concat(at, bt));
    return Outcome::Ok;
}

bool concat_temporary_in_place(Value& target, const Value& tail) { return concat_in_place<true>(target, tail); }

bool concat_in_place_slow(Value& target, const Value& tail, bool exact)
{
    if (!tail.is_double())
        return false;
    char text[kMaxDoubleText];
    size_t length = format_double_into(text, tail.as_double(), float_precision());
    target = Value::string(exact ? String::append<true>(target.as_string(), std::string_view(text, length))
                                 : String::append(target.as_string(), std::string_view(text, length)));
    return true;
}

// ---- ++ and -- -------------------------------------------------------------------------

namespace {

enum class CharClass : uint8_t { None, Lower, Upper, Digit };

// increment_string: the Perl-style increment of a non-numeric string. The last
// alphanumeric run counts like an odometer ("Az" -> "Ba", "a9" -> "b0"); a carry out
// of the first character prepends 'a', 'A' or '1' by the kind of that character
// ("zz" -> "aaa", "9z" -> "10a"); a non-alphanumeric byte stops the carry ("a z" ->
// "a a"), and a string ending in one is left as it is. "" becomes "1".
void increment_string(Value& slot)
{
    String* s = slot.as_string();
    if (s->length == 0) {
        store_keep_aux(slot, Value::string(String::one_char('1')));
        return;
    }
    // Write into a string nobody else sees: the same one when we hold the only
    // reference, else a copy (interned strings are never modified).
    if (s->is_interned() || s->header.refcount > 1) {
        String* copy = String::create(s->view());
        release(slot);
        store_keep_aux(slot, Value::string(copy));
        s = copy;
    } else {
        s->hash = 0;
    }

    char* bytes = s->bytes;
    size_t pos = s->length - 1;
    CharClass last = CharClass::None;
    bool carry = false;
    for (;;) {
        char c = bytes[pos];
        if (c >= 'a' && c <= 'z') {
            carry = c == 'z';
            bytes[pos] = carry ? 'a' : static_cast<char>(c + 1);
            last = CharClass::Lower;
        } else if (c >= 'A' && c <= 'Z') {
            carry = c == 'Z';
            bytes[pos] = carry ? 'A' : static_cast<char>(c + 1);
            last = CharClass::Upper;
        } else if (c >= '0' && c <= '9') {
            carry = c == '9';
            bytes[pos] = carry ? '0' : static_cast<char>(c + 1);
            last = CharClass::Digit;
        } else {
            carry = false;
            break;
        }
        if (!carry || pos == 0)
            break;
        --pos;
    }
    if (!carry)
        return;

    String* grown = String::create_uninitialized(s->length + 1);
    grown->bytes[0] = last == CharClass::Digit ? '1' : (last == CharClass::Upper ? 'A' : 'a');
    std::memcpy(grown->bytes + 1, s->bytes, s->length);
    release(slot);
    store_keep_aux(slot, Value::string(grown));
}

} // namespace

// increment_function: null becomes 1, bools stay as they are (php 8.2 is silent),
// whole numeric strings become numbers plus one, other strings increment Perl-style.
Outcome increment_slow(Value& v)
{
    switch (v.type()) {
    case Type::Long:
        if (v.as_long() == INT64_MAX)
            store_keep_aux(v, Value::dbl(static_cast<double>(INT64_MAX) + 1.0));
        else
            store_keep_aux(v, Value::integer(v.as_long() + 1));
        return Outcome::Ok;
    case Type::Double:
        store_keep_aux(v, Value::dbl(v.as_double() + 1));
        return Outcome::Ok;
    case Type::Undef:
    case Type::Null:
        store_keep_aux(v, Value::integer(1));
        return Outcome::Ok;
    case Type::False:
    case Type::True:
        return Outcome::Ok;
    case Type::String: {
        NumericPrefix n = parse_numeric(v.as_string()->view());
        switch (n.whole_type()) {
        case NumericType::Long: {
            Value number = n.long_value == INT64_MAX ? Value::dbl(static_cast<double>(INT64_MAX) + 1.0)
                                                     : Value::integer(n.long_value + 1);
            release(v);
            store_keep_aux(v, number);
            return Outcome::Ok;
        }
        case NumericType::Double:
            release(v);
            store_keep_aux(v, Value::dbl(n.double_value + 1));
            return Outcome::Ok;
        case NumericType::None:
            increment_string(v);
            return Outcome::Ok;
        }
        return Outcome::Ok;
    }
    case Type::Array:
        return throw_error(msg::kind::TypeError, format(msg::CannotIncrement, zend_type_name(v)));
    case Type::Object:   // later: do_operation, then cast to number
    case Type::Resource:
    case Type::Reference:
        break;
    }
    return throw_error(msg::kind::TypeError, format(msg::CannotIncrement, zend_type_name(v)));
}

// decrement_function: null stays null and bools stay as they are (php 8.2 is silent),
// "" becomes -1, whole numeric strings become numbers minus one, other strings are
// left unchanged.
Outcome decrement_slow(Value& v)
{
    switch (v.type()) {
    case Type::Long:
        if (v.as_long() == INT64_MIN)
            store_keep_aux(v, Value::dbl(static_cast<double>(INT64_MIN) - 1.0));
        else
            store_keep_aux(v, Value::integer(v.as_long() - 1));
        return Outcome::Ok;
    case Type::Double:
        store_keep_aux(v, Value::dbl(v.as_double() - 1));
        return Outcome::Ok;
    case Type::Undef:
    case Type::Null:
    case Type::False:
    case Type::True:
        return Outcome::Ok;
    case Type::String: {
        const String* s = v.as_string();
        if (s->length == 0) {
            release(v);
            store_keep_aux(v, Value::integer(-1));
            return Outcome::Ok;
        }
        NumericPrefix n = parse_numeric(s->view());
        switch (n.whole_type()) {
        case NumericType::Long: {
            Value number = n.long_value == INT64_MIN ? Value::dbl(static_cast<double>(INT64_MIN) - 1.0)
                                                     : Value::integer(n.long_value - 1);
            release(v);
            store_keep_aux(v, number);
            return Outcome::Ok;
        }
        case NumericType::Double:
            release(v);
            store_keep_aux(v, Value::dbl(n.double_value - 1));
            return Outcome::Ok;
        case NumericType::None:
            return Outcome::Ok;
        }
        return Outcome::Ok;
    }
    case Type::Array:
        return throw_error(msg::kind::TypeError, format(msg::CannotDecrement, zend_type_name(v)));
    case Type::Object:
    case Type::Resource:
    case Type::Reference:
        break;
    }
    return throw_error(msg::kind::TypeError, format(msg::CannotDecrement, zend_type_name(v)));
}

} // namespace miniphp::runtime
