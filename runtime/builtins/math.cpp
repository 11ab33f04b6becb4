// Math builtins and constants (ext/standard/math.c, max/min from ext/standard/array.c).
//
// round() is php 8.2's algorithm, not C's: _php_math_round first "pre-rounds" the
// value to the 15 significant digits a double reliably holds, then rounds that to
// the requested places, so round(1.955, 2) is 1.96 although 1.955 is stored as
// 1.95499999999999996. Its helper rounds half away from zero as floor(x + 0.5),
// which also makes round(0.49999999999999994) 1.0, exactly as php 8.2 does.
#include <algorithm>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numbers>

#include "runtime/builtins/args.h"
#include "runtime/builtins/float_format.h"
#include "runtime/messages.h"
#include "runtime/builtins/registry.h"
#include "runtime/operators.h"

namespace miniphp::runtime::builtins {

namespace {

enum RoundMode : int64_t { HalfUp = 1, HalfDown = 2, HalfEven = 3, HalfOdd = 4 };

// php_intlog10abs: floor(log10(|value|)), by comparison against exact powers of ten
// where they are exact, so values just below a power of ten are not misjudged.
int intlog10abs(double value)
{
    value = std::fabs(value);
    if (value < 1e-8 || value > 1e22)
        return static_cast<int>(std::floor(std::log10(value)));
    static const double powers[] = {1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0,  1e1,  1e2,
                                    1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11, 1e12, 1e13,
                                    1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    // The last power not above value; powers[8] is 1e0.
    auto after = std::upper_bound(std::begin(powers), std::end(powers), value);
    return static_cast<int>(after - std::begin(powers)) - 1 - 8;
}

// php_intpow10: exact for 0..22.
double intpow10(int power)
{
    static const double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (power < 0 || power > 22)
        return std::pow(10.0, static_cast<double>(power));
    return powers[power];
}

// php_round_helper: value to an integer in `mode`; unknown modes round half up.
// The tie tests are php's own expressions, kept as written so that they misfire
// exactly where php's do.
double round_helper(double value, int64_t mode)
{
    if (value >= 0.0) {
        double tmp = std::floor(value + 0.5);
        if ((mode == HalfDown && value == (-0.5 + tmp)) ||
            (mode == HalfEven && value == (0.5 + 2 * std::floor(tmp / 2.0))) ||
            (mode == HalfOdd && value == (0.5 + 2 * std::floor(tmp / 2.0) - 1.0)))
            tmp = tmp - 1.0;
        return tmp;
    }
    double tmp = std::ceil(value - 0.5);
    if ((mode == HalfDown && value == (0.5 + tmp)) ||
        (mode == HalfEven && value == (-0.5 + 2 * std::ceil(tmp / 2.0))) ||
        (mode == HalfOdd && value == (-0.5 + 2 * std::ceil(tmp / 2.0) + 1.0)))
        tmp = tmp + 1.0;
    return tmp;
}

// _php_math_round (php 8.2), see the note at the top of the file.
double php_round(double value, int places, int64_t mode)
{
    if (!std::isfinite(value) || value == 0.0)
        return value;

    places = places < INT_MIN + 1 ? INT_MIN + 1 : places;
    int precision_places = 14 - intlog10abs(value);
    double f1 = intpow10(std::abs(places));
    double tmp;

    if (precision_places > places && precision_places - 15 < places) {
        // Pre-round to the precision a double guarantees (the result is an integer
        // times 1e14 or so, never above 1e15), then move the point to `places`.
        int64_t use_precision = precision_places < INT_MIN + 1 ? INT_MIN + 1 : precision_places;
        double f2 = intpow10(std::abs(static_cast<int>(use_precision)));
        tmp = use_precision >= 0 ? value * f2 : value / f2;
        tmp = round_helper(tmp, mode);

        use_precision = places - use_precision;
        use_precision = use_precision < INT_MIN + 1 ? INT_MIN + 1 : use_precision;
        f2 = intpow10(std::abs(static_cast<int>(use_precision)));
        tmp = tmp / f2;
    } else {
        tmp = places >= 0 ? value * f1 : value / f1;
        // Beyond a double's precision rounding changes nothing.
        if (std::fabs(tmp) >= 1e15)
            return value;
    }

    tmp = round_helper(tmp, mode);

    if (std::abs(places) < 23) {
        tmp = places > 0 ? tmp / f1 : tmp * f1;
    } else {
        // Dividing by 10^23 or more is inexact; go through decimal text ("%15fe%d"
        // with php's own snprintf, whose %f drops the sign of -0) and let strtod
        // pick the nearest double, as php does. A pre-rounding that overflowed
        // (10^precision_places is INF for tiny values) prints "INF", in which
        // zend_strtod finds no digits: the result is 0.
        if (!std::isfinite(tmp))
            return 0.0;
        char buf[kFloatBufferSize + 16];
        size_t length = 0;
        if (tmp < 0)
            buf[length++] = '-';
        length += format_fixed(buf + length, std::fabs(tmp), 6, '.');
        length += static_cast<size_t>(std::snprintf(buf + length, 16, "e%d", -places));
        buf[length] = '\0';
        tmp = std::strtod(buf, nullptr);
        if (!std::isfinite(tmp))
            return value;
    }
    return tmp;
}

Outcome abs_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Value num;
    if (failed(args.get_number(0, num)))
        return Outcome::Threw;
    if (num.is_double()) {
        *call.result = Value::dbl(std::fabs(num.as_double()));
    } else if (num.as_long() == INT64_MIN) {
        *call.result = Value::dbl(-static_cast<double>(INT64_MIN));
    } else {
        *call.result = Value::integer(num.as_long() < 0 ? -num.as_long() : num.as_long());
    }
    return Outcome::Ok;
}

Outcome ceil_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Value num;
    if (failed(args.get_number(0, num)))
        return Outcome::Threw;
    *call.result = Value::dbl(num.is_double() ? std::ceil(num.as_double()) : static_cast<double>(num.as_long()));
    return Outcome::Ok;
}

Outcome floor_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Value num;
    if (failed(args.get_number(0, num)))
        return Outcome::Threw;
    *call.result = Value::dbl(num.is_double() ? std::floor(num.as_double()) : static_cast<double>(num.as_long()));
    return Outcome::Ok;
}

Outcome round_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Value num;
    int64_t precision = 0;
    int64_t mode = HalfUp;
    if (failed(args.get_number(0, num)))
        return Outcome::Threw;
    if (args.has(1) && failed(args.get_long(1, precision)))
        return Outcome::Threw;
    if (args.has(2) && failed(args.get_long(2, mode)))
        return Outcome::Threw;
    int places = precision > INT_MAX ? INT_MAX : precision < INT_MIN ? INT_MIN : static_cast<int>(precision);

    if (num.is_long()) {
        // An integer has nothing to round at zero or more places.
        if (places >= 0) {
            *call.result = Value::dbl(static_cast<double>(num.as_long()));
            return Outcome::Ok;
        }
        *call.result = Value::dbl(php_round(static_cast<double>(num.as_long()), places, mode));
        return Outcome::Ok;
    }
    *call.result = Value::dbl(php_round(num.as_double(), places, mode));
    return Outcome::Ok;
}

Outcome fmod_handler(BuiltinCall& call)
{
    ArgReader args(call);
    double num1 = 0, num2 = 0;
    if (failed(args.get_double(0, num1)) || failed(args.get_double(1, num2)))
        return Outcome::Threw;
    *call.result = Value::dbl(std::fmod(num1, num2));
    return Outcome::Ok;
}

Outcome sqrt_handler(BuiltinCall& call)
{
    ArgReader args(call);
    double num = 0;
    if (failed(args.get_double(0, num)))
        return Outcome::Threw;
    *call.result = Value::dbl(std::sqrt(num));
    return Outcome::Ok;
}

// is_nan, is_finite, is_infinite: a float predicate of one float argument.
template <bool (*Predicate)(double)>
Outcome float_predicate_handler(BuiltinCall& call)
{
    ArgReader args(call);
    double num = 0;
    if (failed(args.get_double(0, num)))
        return Outcome::Threw;
    *call.result = Value::boolean(Predicate(num));
    return Outcome::Ok;
}

bool is_nan(double d) { return std::isnan(d); }
bool is_finite(double d) { return std::isfinite(d); }
bool is_infinite(double d) { return std::isinf(d); }

Outcome pi_handler(BuiltinCall& call)
{
    *call.result = Value::dbl(std::numbers::pi);
    return Outcome::Ok;
}

// pow() is the ** operator as a function (pow_function).
Outcome pow_handler(BuiltinCall& call)
{
    Value result;
    if (failed(runtime::pow(result, call.args[0], call.args[1])))
        return Outcome::Threw;
    *call.result = result;
    return Outcome::Ok;
}

Outcome intdiv_handler(BuiltinCall& call)
{
    ArgReader args(call);
    int64_t dividend = 0, divisor = 0;
    if (failed(args.get_long(0, dividend)) || failed(args.get_long(1, divisor)))
        return Outcome::Threw;
    if (divisor == 0)
        return throw_error(msg::kind::DivisionByZeroError, msg::DivisionByZero);
    if (divisor == -1 && dividend == INT64_MIN)
        return throw_error(msg::kind::ArithmeticError, msg::IntMinByMinusOne);
    *call.result = Value::integer(dividend / divisor);
    return Outcome::Ok;
}

// max() and min() (ext/standard/array.c). With one argument it must be an array;
// arrays do not exist yet, so that form only produces php's TypeError. With several
// the first winner in argument order is kept, compared with php 8's rules.
Outcome min_max(BuiltinCall& call, bool want_max)
{
    ArgReader args(call);
    if (call.argc == 1) {
        // TODO(arrays): the array form (zend_hash_minmax, ValueError when empty).
        return args.type_error(0, "array");
    }
    const Value* best = &call.args[0];
    for (uint32_t i = 1; i < call.argc; ++i) {
        bool keep = false;
        if (want_max) {
            // max: replace unless args[i] <= best (is_smaller_or_equal_function).
            if (failed(is_smaller_or_equal(keep, call.args[i], *best)))
                return Outcome::Threw;
            if (!keep)
                best = &call.args[i];
        } else {
            // min: replace when args[i] < best (is_smaller_function).
            bool smaller = false;
            if (failed(is_smaller(smaller, call.args[i], *best)))
                return Outcome::Threw;
            if (smaller)
                best = &call.args[i];
        }
    }
    copy_value(*call.result, *best);
    return Outcome::Ok;
}

Outcome max_handler(BuiltinCall& call) { return min_max(call, true); }
Outcome min_handler(BuiltinCall& call) { return min_max(call, false); }

// _php_math_number_format_ex (php 8.2): round half up to `decimals` places, print
// with "%.*F", then insert the separators. A negative number that rounds to zero
// loses its sign; INF and NAN come out as spprintf's "inf" and "nan", unsigned.
Outcome number_format_handler(BuiltinCall& call)
{
    ArgReader args(call);
    double num = 0;
    int64_t decimals = 0;
    StringArg dec_point_arg, thousands_arg;
    bool dec_point_null = true, thousands_null = true;
    if (failed(args.get_double(0, num)))
        return Outcome::Threw;
    if (args.has(1) && failed(args.get_long(1, decimals)))
        return Outcome::Threw;
    if (args.has(2) && failed(args.get_string_or_null(2, dec_point_arg, dec_point_null)))
        return Outcome::Threw;
    if (args.has(3) && failed(args.get_string_or_null(3, thousands_arg, thousands_null)))
        return Outcome::Threw;
    std::string_view dec_point = dec_point_null ? std::string_view(".") : dec_point_arg.view();
    std::string_view thousands = thousands_null ? std::string_view(",") : thousands_arg.view();

    int dec = static_cast<int>(decimals); // php passes (int)dec
    bool negative = false;
    if (num < 0) {
        negative = true;
        num = -num;
    }
    dec = dec < 0 ? 0 : dec;
    num = php_round(num, dec, HalfUp);
    if (negative && num == 0)
        negative = false;

    if (std::isnan(num)) {
        *call.result = string_value("nan");
        return Outcome::Ok;
    }
    if (std::isinf(num)) {
        *call.result = string_value("inf");
        return Outcome::Ok;
    }
    // spprintf caps the precision at 500, php_conv_fp at NDIG - 2; the missing
    // places are padded with zeros below.
    int printed = dec < kMaxFixedPrecision ? dec : kMaxFixedPrecision;
    char digits[kFloatBufferSize];
    // php_conv_fp decides the sign by `num < 0`: -0.0 prints as "0".
    size_t length = format_fixed(digits, std::fabs(num), printed, '.');
    std::string_view text(digits, length);
    size_t integral = printed > 0 ? text.find('.') : text.size();

    std::string out;
    out.reserve(length + dec + integral / 3 * thousands.size() + dec_point.size() + 2);
    if (negative)
        out.push_back('-');
    for (size_t i = 0; i < integral; ++i) {
        if (i > 0 && (integral - i) % 3 == 0)
            out.append(thousands);
        out.push_back(text[i]);
    }
    if (dec > 0) {
        out.append(dec_point);
        if (printed > 0)
            out.append(text.substr(integral + 1));
        out.append(static_cast<size_t>(dec - printed), '0');
    }
    *call.result = string_value(out);
    return Outcome::Ok;
}

constexpr BuiltinFunction kMathFunctions[] = {
    {"abs", abs_handler, 1, 1, "num"},
    {"ceil", ceil_handler, 1, 1, "num"},
    {"floor", floor_handler, 1, 1, "num"},
    {"round", round_handler, 1, 3, "num,precision,mode"},
    {"fmod", fmod_handler, 2, 2, "num1,num2"},
    {"sqrt", sqrt_handler, 1, 1, "num"},
    {"is_nan", float_predicate_handler<is_nan>, 1, 1, "num"},
    {"is_finite", float_predicate_handler<is_finite>, 1, 1, "num"},
    {"is_infinite", float_predicate_handler<is_infinite>, 1, 1, "num"},
    {"pi", pi_handler, 0, 0, ""},
    {"pow", pow_handler, 2, 2, "num,exponent"},
    {"intdiv", intdiv_handler, 2, 2, "num1,num2"},
    {"max", max_handler, 1, BuiltinFunction::kVariadic, "value,...values"},
    {"min", min_handler, 1, BuiltinFunction::kVariadic, "value,...values"},
    {"number_format", number_format_handler, 1, 4,
     "num,decimals,decimal_separator,thousands_separator"},
};

// ext/standard/basic_functions.c and math.c register these; values as php.h
// defines them.
constexpr BuiltinConstant kMathConstants[] = {
    double_constant("M_E", 2.7182818284590452354),
    double_constant("M_LOG2E", 1.4426950408889634074),
    double_constant("M_LOG10E", 0.43429448190325182765),
    double_constant("M_LN2", 0.69314718055994530942),
    double_constant("M_LN10", 2.30258509299404568402),
    double_constant("M_PI", 3.14159265358979323846),
    double_constant("M_PI_2", 1.57079632679489661923),
    double_constant("M_PI_4", 0.78539816339744830962),
    double_constant("M_1_PI", 0.31830988618379067154),
    double_constant("M_2_PI", 0.63661977236758134308),
    double_constant("M_SQRTPI", 1.77245385090551602729),
    double_constant("M_2_SQRTPI", 1.12837916709551257390),
    double_constant("M_LNPI", 1.14472988584940017414),
    double_constant("M_EULER", 0.57721566490153286061),
    double_constant("M_SQRT2", 1.41421356237309504880),
    double_constant("M_SQRT1_2", 0.70710678118654752440),
    double_constant("M_SQRT3", 1.73205080756887729352),
    double_constant("INF", HUGE_VAL),
    double_constant("NAN", NAN),
    long_constant("PHP_ROUND_HALF_UP", HalfUp),
    long_constant("PHP_ROUND_HALF_DOWN", HalfDown),
    long_constant("PHP_ROUND_HALF_EVEN", HalfEven),
    long_constant("PHP_ROUND_HALF_ODD", HalfOdd),
};

} // namespace

std::span<const BuiltinFunction> math_functions() { return kMathFunctions; }
std::span<const BuiltinConstant> math_constants() { return kMathConstants; }

} // namespace miniphp::runtime::builtins
