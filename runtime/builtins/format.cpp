// sprintf and friends: a line-by-line reading of php_formatted_print
// (ext/standard/formatted_print.c, php 8.2), quirks included, because scripts print
// through it and the output must match byte for byte. The quirks worth knowing:
//
//   - A conversion whose argument is missing does not stop the scan: php skips it,
//     keeps parsing (so a later bad specifier still throws ValueError first), and
//     only at the end throws "N arguments are required, M given".
//   - "%.2x" prints nothing but padding: the hex/octal/binary writer truncates to a
//     maximum width of 0 whenever a precision is given.
//   - Left-aligned zero padding is turned into spaces for d and u, but not for
//     floats or x/o/b ("%-05x" of 255 is "ff000").
//   - INF and NaN ignore the width; with zero padding a negative INF prints "-NF"
//     and "%+05f" of NaN prints "+aN" (the sign replaces the first letter).
//   - "%.f" means the default precision 6; "%c" ignores width and padding.
#include "runtime/builtins/format.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>

#include "gc/heap.h"
#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/float_format.h"
#include "runtime/messages.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
#include "runtime/output.h"

namespace miniphp::runtime::builtins {

namespace {

constexpr int kArgNext = -1;
constexpr int kArgInvalid = -2;
constexpr int kDefaultFloatPrecision = 6; // FLOAT_PRECISION
constexpr int kMaxFloatPrecision = 53;    // MAX_FLOAT_PRECISION

const char kLowerHex[] = "0123456789abcdef";
const char kUpperHex[] = "0123456789ABCDEF";

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct Spec {
    bool align_left = false;
    bool always_sign = false;
    bool has_precision = false; // ADJ_PRECISION
    bool truncate = false;      // expprec: a precision was written, so strings truncate
    char padding = ' ';
    int width = 0;
    int precision = 0;
};

class Printer {
public:
    Printer(std::string& out, const BuiltinFunction& function, std::string_view format,
            const Value* args, uint32_t argc)
        : m_out(out), m_start(out.size()), m_function(function), m_format(format), m_args(args),
          m_argc(static_cast<int>(argc))
    {
    }

    Outcome run(int additional);

private:
    char at(size_t pos) const { return pos < m_format.size() ? m_format[pos] : '\0'; }
    int get_number(size_t& pos) const;
    int get_argnum(size_t& pos, bool& threw) const;

    // php builds the result in a zend_string of 240 bytes that doubles whenever
    // `length` more bytes (plus a NUL) would not fit; each growth is a heap request
    // that memory_limit can refuse. The bytes go to m_out, but the same requests are
    // checked here first, so a huge width fails as php's does instead of building
    // gigabytes outside the heap.
    void grow_like_php(size_t length);
    void append_padded(std::string_view text, size_t min_width, size_t max_width, char padding,
                       bool align_left, bool negative, bool truncate, bool always_sign);
    void append_int(int64_t number, const Spec& spec);
    void append_uint(uint64_t number, const Spec& spec);
    void append_power_of_two(int64_t number, const Spec& spec, int bits, const char* digits);
    void append_double(double number, const Spec& spec, char conversion);
    void append_string_arg(const Value& arg, const Spec& spec);

    std::string& m_out;
    size_t m_start;
    const BuiltinFunction& m_function;
    std::string_view m_format;
    const Value* m_args;
    int m_argc;
    size_t m_php_capacity = 240;
};

Outcome value_error(std::string message)
{
    return throw_error(msg::kind::ValueError, std::move(message));
}

// php_sprintf_getnumber: the digits at pos as strtol reads them; -1 when the number
// is INT_MAX or more.
int Printer::get_number(size_t& pos) const
{
    int64_t num = 0;
    bool overflow = false;
    while (is_digit(at(pos))) {
        if (num > (INT64_MAX - 9) / 10)
            overflow = true;
        else
            num = num * 10 + (at(pos) - '0');
        ++pos;
    }
    if (overflow || num >= INT_MAX)
        return -1;
    return static_cast<int>(num);
}

// php_sprintf_get_argnum: "N$" gives N-1; no '$' after the digits gives kArgNext
// without consuming anything.
int Printer::get_argnum(size_t& pos, bool& threw) const
{
    size_t scan = pos;
    while (is_digit(at(scan)))
        ++scan;
    if (at(scan) != '$')
        return kArgNext;
    int argnum = get_number(pos);
    if (argnum <= 0) {
        threw = failed(value_error(format(msg::ArgnumOutOfRange, INT_MAX)));
        return kArgInvalid;
    }
    ++pos; // the '$'
    return argnum - 1;
}

void Printer::grow_like_php(size_t length)
{
    size_t needed = m_out.size() - m_start + length + 1;
    if (needed <= m_php_capacity)
        return;
    while (needed > m_php_capacity && m_php_capacity <= SIZE_MAX / 2)
        m_php_capacity <<= 1;
    gc::heap().check_allocation(String::allocation_size(m_php_capacity));
}

// php_sprintf_appendstring.
void Printer::append_padded(std::string_view text, size_t min_width, size_t max_width, char padding,
                            bool align_left, bool negative, bool truncate, bool always_sign)
{
    size_t copy_len = truncate ? std::min(max_width, text.size()) : text.size();
    size_t npad = min_width < copy_len ? 0 : min_width - copy_len;
    size_t m_width = std::max(min_width, copy_len);
    size_t pos = m_out.size() - m_start;
    if (m_width > static_cast<size_t>(INT_MAX) - pos - 1)
        fatal_error(format(msg::FieldWidthTooLong, m_width));
    grow_like_php(m_width);

    if (!align_left) {
        if ((negative || always_sign) && padding == '0') {
            // The sign goes before the zeros, in place of the text's first byte.
            m_out.push_back(negative ? '-' : '+');
            text.remove_prefix(1);
            --copy_len;
        }
        m_out.append(npad, padding);
    }
    m_out.append(text.substr(0, copy_len));
    if (align_left)
        m_out.append(npad, padding);
}

// php_sprintf_appendint.
void Printer::append_int(int64_t number, const Spec& spec)
{
    char buf[24];
    char* end = buf + sizeof buf;
    char* p = end;
    bool negative = number < 0;
    uint64_t magnitude = negative ? ~static_cast<uint64_t>(number) + 1 : static_cast<uint64_t>(number);
    do {
        *--p = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        *--p = '-';
    else if (spec.always_sign)
        *--p = '+';
    // Zeros cannot pad an integer on the right.
    char padding = spec.align_left && spec.padding == '0' ? ' ' : spec.padding;
    append_padded(std::string_view(p, static_cast<size_t>(end - p)), static_cast<size_t>(spec.width), 0,
                  padding, spec.align_left, negative, false, spec.always_sign);
}

// php_sprintf_appenduint.
void Printer::append_uint(uint64_t number, const Spec& spec)
{
    char buf[24];
    char* end = buf + sizeof buf;
    char* p = end;
    do {
        *--p = static_cast<char>('0' + number % 10);
        number /= 10;
    } while (number != 0);
    char padding = spec.align_left && spec.padding == '0' ? ' ' : spec.padding;
    append_padded(std::string_view(p, static_cast<size_t>(end - p)), static_cast<size_t>(spec.width), 0,
                  padding, spec.align_left, false, false, false);
}

// php_sprintf_append2n: the two's-complement bits of `number`, `bits` at a time.
void Printer::append_power_of_two(int64_t number, const Spec& spec, int bits, const char* digits)
{
    char buf[72];
    char* end = buf + sizeof buf;
    char* p = end;
    uint64_t n = static_cast<uint64_t>(number);
    uint64_t mask = (uint64_t{1} << bits) - 1;
    do {
        *--p = digits[n & mask];
        n >>= bits;
    } while (n != 0);
    // max_width is 0 here, so a written precision truncates the digits away.
    append_padded(std::string_view(p, static_cast<size_t>(end - p)), static_cast<size_t>(spec.width), 0,
                  spec.padding, spec.align_left, false, spec.truncate, false);
}

// php_sprintf_appenddouble.
void Printer::append_double(double number, const Spec& spec, char conversion)
{
    int precision = spec.precision;
    if (!spec.has_precision) {
        precision = kDefaultFloatPrecision;
    } else if (precision > kMaxFloatPrecision) {
        notice(format(msg::PrecisionTruncated, std::string(m_function.name).c_str(), precision,
                      kMaxFloatPrecision));
        precision = kMaxFloatPrecision;
    }

    if (std::isnan(number)) {
        append_padded("NaN", 3, 0, spec.padding, spec.align_left, number < 0, false, spec.always_sign);
        return;
    }
    if (std::isinf(number)) {
        append_padded("INF", 3, 0, spec.padding, spec.align_left, number < 0, false, spec.always_sign);
        return;
    }

    // One byte for a sign, then the larger of the two formatters' buffers.
    char buf[1 + (kFloatBufferSize > kMaxDoubleText ? kFloatBufferSize : kMaxDoubleText)];
    char* body = buf + 1; // room for a sign in buf[0]
    char* s = body;
    size_t len = 0;
    bool negative = false;
    switch (conversion) {
    case 'e':
    case 'E':
    case 'f':
    case 'F': {
        // php_conv_fp: the sign comes from `number < 0`, so -0.0 prints unsigned.
        negative = number < 0;
        double magnitude = std::fabs(number);
        if (conversion == 'e' || conversion == 'E')
            len = format_exponential(body, magnitude, precision, conversion);
        else
            len = format_fixed(body, magnitude, precision, '.');
        if (negative || spec.always_sign) {
            buf[0] = negative ? '-' : '+';
            s = buf;
            ++len;
        }
        break;
    }
    default: { // g G h H
        // php_gcvt, which echo uses too (with 'E'); g and h want a lower-case 'e'.
        if (precision == 0)
            precision = 1;
        len = format_double_into(body, number, precision);
        if (conversion == 'g' || conversion == 'h') {
            if (char* e = static_cast<char*>(std::memchr(body, 'E', len)))
                *e = 'e';
        }
        negative = body[0] == '-';
        if (!negative && spec.always_sign) {
            buf[0] = '+';
            s = buf;
            ++len;
        }
        break;
    }
    }
    append_padded(std::string_view(s, len), static_cast<size_t>(spec.width), 0, spec.padding,
                  spec.align_left, negative, false, spec.always_sign);
}

void Printer::append_string_arg(const Value& arg, const Spec& spec)
{
    size_t width = static_cast<size_t>(spec.width);
    size_t precision = static_cast<size_t>(spec.precision);
    if (arg.is_string()) {
        append_padded(arg.as_string()->view(), width, precision, spec.padding, spec.align_left, false,
                      spec.truncate, false);
        return;
    }
    std::string text;
    append_string(text, arg);
    append_padded(text, width, precision, spec.padding, spec.align_left, false, spec.truncate, false);
}

// php_formatted_print.
Outcome Printer::run(int additional)
{
    int currarg = 0;
    int max_missing_argnum = -1;
    size_t pos = 0;
    const size_t end = m_format.size();

    while (pos < end) {
        size_t percent = m_format.find('%', pos);
        if (percent == std::string_view::npos) {
            grow_like_php(end - pos);
            m_out.append(m_format.substr(pos));
            break;
        }
        grow_like_php(percent - pos);
        m_out.append(m_format.substr(pos, percent - pos));
        pos = percent + 1;

        if (at(pos) == '%') {
            grow_like_php(1);
            m_out.push_back('%');
            ++pos;
            continue;
        }

        Spec spec;
        int argnum = kArgNext;
        bool threw = false;
        if (!is_alpha(at(pos))) {
            argnum = get_argnum(pos, threw);
            if (threw)
                return Outcome::Threw;

            // Flags.
            for (;; ++pos) {
                char c = at(pos);
                if (c == ' ' || c == '0') {
                    spec.padding = c;
                } else if (c == '-') {
                    spec.align_left = true;
                } else if (c == '+') {
                    spec.always_sign = true;
                } else if (c == '\'') {
                    if (end - pos > 1) {
                        ++pos;
                        spec.padding = m_format[pos];
                    } else {
                        return value_error(msg::MissingPadding);
                    }
                } else {
                    break;
                }
            }

            // Width: digits, or '*' taking it from an argument.
            if (at(pos) == '*') {
                ++pos;
                int width_argnum = get_argnum(pos, threw);
                if (threw)
                    return Outcome::Threw;
                if (width_argnum == kArgNext)
                    width_argnum = currarg++;
                if (width_argnum >= m_argc) {
                    max_missing_argnum = std::max(max_missing_argnum, width_argnum);
                    continue;
                }
                const Value& w = m_args[width_argnum];
                if (!w.is_long())
                    return value_error(msg::WidthNotInteger);
                if (w.as_long() < 0 || w.as_long() > INT_MAX)
                    return value_error(format(msg::WidthOutOfRange, INT_MAX));
                spec.width = static_cast<int>(w.as_long());
            } else if (is_digit(at(pos))) {
                spec.width = get_number(pos);
                if (spec.width < 0)
                    return value_error(format(msg::WidthOutOfRange, INT_MAX));
            }

            // Precision: '.' then digits or '*'; a bare '.' leaves the default.
            if (at(pos) == '.') {
                ++pos;
                if (at(pos) == '*') {
                    ++pos;
                    int prec_argnum = get_argnum(pos, threw);
                    if (threw)
                        return Outcome::Threw;
                    if (prec_argnum == kArgNext)
                        prec_argnum = currarg++;
                    if (prec_argnum >= m_argc) {
                        max_missing_argnum = std::max(max_missing_argnum, prec_argnum);
                        continue;
                    }
                    const Value& p = m_args[prec_argnum];
                    if (!p.is_long())
                        return value_error(msg::PrecisionNotInteger);
                    if (p.as_long() < -1 || p.as_long() > INT_MAX)
                        return value_error(format(msg::PrecisionStarOutOfRange, INT_MAX));
                    spec.precision = static_cast<int>(p.as_long());
                    spec.has_precision = true;
                    spec.truncate = true;
                } else if (is_digit(at(pos))) {
                    spec.precision = get_number(pos);
                    if (spec.precision < 0)
                        return value_error(format(msg::PrecisionOutOfRange, INT_MAX));
                    spec.has_precision = true;
                    spec.truncate = true;
                }
            }
        }

        if (at(pos) == 'l')
            ++pos;

        if (argnum == kArgNext)
            argnum = currarg++;
        if (argnum >= m_argc) {
            // Keep scanning from the conversion character: php reports all missing
            // arguments at once, after the whole format has been read.
            max_missing_argnum = std::max(max_missing_argnum, argnum);
            continue;
        }

        char conversion = at(pos);
        if (spec.truncate && spec.precision == -1 && conversion != 'g' && conversion != 'G' &&
            conversion != 'h' && conversion != 'H')
            return value_error(msg::PrecisionMinusOne);

        const Value& arg = m_args[argnum];
        switch (conversion) {
        case 's':
            append_string_arg(arg, spec);
            break;
        case 'd':
            append_int(to_long(arg), spec);
            break;
        case 'u':
            append_uint(static_cast<uint64_t>(to_long(arg)), spec);
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'h':
        case 'H':
            append_double(to_double(arg), spec, conversion);
            break;
        case 'c':
            grow_like_php(1);
            m_out.push_back(static_cast<char>(to_long(arg)));
            break;
        case 'o':
            append_power_of_two(to_long(arg), spec, 3, kLowerHex);
            break;
        case 'x':
            append_power_of_two(to_long(arg), spec, 4, kLowerHex);
            break;
        case 'X':
            append_power_of_two(to_long(arg), spec, 4, kUpperHex);
            break;
        case 'b':
            append_power_of_two(to_long(arg), spec, 1, kLowerHex);
            break;
        case '%':
            grow_like_php(1);
            m_out.push_back('%');
            break;
        case '\0':
            if (pos >= end)
                return value_error(msg::MissingSpecifier);
            [[fallthrough]];
        default: {
            // php builds the message as a C string, so a NUL specifier ends it.
            std::string message = format(msg::UnknownSpecifier, conversion);
            message.resize(std::strlen(message.c_str()));
            return value_error(std::move(message));
        }
        }
        ++pos;
    }

    if (max_missing_argnum >= 0) {
        if (additional == kFromArray)
            return value_error(format(msg::ArrayMustContain, max_missing_argnum + 1, m_argc));
        return throw_error(msg::kind::ArgumentCountError,
                           format(msg::ArgumentsRequired, max_missing_argnum + additional + 1,
                                  m_argc + additional));
    }
    return Outcome::Ok;
}

// The block php's sprintf leaves its result in: php_formatted_print starts with
// zend_string_alloc(240) and doubles the length while the text does not fit,
// growing the string in place, and never shrinks it.
Value sprintf_result(std::string_view text)
{
    size_t capacity = 240;
    while (text.size() + 1 > capacity && capacity <= SIZE_MAX / 2)
        capacity <<= 1;
    size_t block = capacity == 240 ? String::allocation_size(capacity) : String::safe_allocation_size(capacity);
    return string_value_in_block(text, block);
}

Outcome sprintf_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg format;
    if (failed(args.get_string(0, format)))
        return Outcome::Threw;
    std::string out;
    out.reserve(format.view().size() + 32);
    if (failed(formatted_print(out, *call.function, format.view(), call.args + 1, call.argc - 1, 1)))
        return Outcome::Threw;
    *call.result = sprintf_result(out);
    return Outcome::Ok;
}

Outcome printf_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg format;
    if (failed(args.get_string(0, format)))
        return Outcome::Threw;
    std::string out;
    out.reserve(format.view().size() + 32);
    if (failed(formatted_print(out, *call.function, format.view(), call.args + 1, call.argc - 1, 1)))
        return Outcome::Threw;
    echo(out);
    *call.result = Value::integer(static_cast<int64_t>(out.size()));
    return Outcome::Ok;
}

// vsprintf/vprintf: the values come from an array, in its order (php_formatted_print
// with the array's values as its arguments).
Outcome vprint_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg format;
    if (failed(args.get_string(0, format)))
        return Outcome::Threw;
    const Value& values = args.at(1);
    if (!values.is_array())
        return args.type_error(1, "array");
    Array* array = values.as_array();
    std::vector<Value> list;
    list.reserve(array->size());
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1))
        list.push_back(deref(array->value_at(pos)));
    std::string out;
    out.reserve(format.view().size() + 32);
    if (failed(formatted_print(out, *call.function, format.view(), list.data(), static_cast<uint32_t>(list.size()),
                               kFromArray)))
        return Outcome::Threw;
    if (call.function->name == "vprintf") {
        echo(out);
        *call.result = Value::integer(static_cast<int64_t>(out.size()));
    } else {
        *call.result = sprintf_result(out);
    }
    return Outcome::Ok;
}

constexpr BuiltinFunction kFormatFunctions[] = {
    {"sprintf", sprintf_handler, 1, BuiltinFunction::kVariadic, "format,...values"},
    {"printf", printf_handler, 1, BuiltinFunction::kVariadic, "format,...values"},
    {"vsprintf", vprint_handler, 2, 2, "format,values"},
    {"vprintf", vprint_handler, 2, 2, "format,values"},
};

} // namespace

Outcome formatted_print(std::string& out, const BuiltinFunction& function, std::string_view format,
                        const Value* args, uint32_t argc, int additional)
{
    Printer printer(out, function, format, args, argc);
    return printer.run(additional);
}

std::span<const BuiltinFunction> format_functions() { return kFormatFunctions; }

} // namespace miniphp::runtime::builtins
