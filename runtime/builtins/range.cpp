// range() as php 8.2 has it (ext/standard/array.c, before 8.3's rewrite): the kind
// of the result is chosen from the arguments' types.
//   - two non-empty non-numeric strings: the characters from the first byte of one
//     to the first byte of the other, the step truncated to an int;
//   - a float among the bounds or the step (a numeric string counting as its
//     number): floats, start + i * step, INF refused;
//   - otherwise ints (through (int) for other types).
// The step's sign is ignored; a step of 0 or one longer than the whole span is
// "must not exceed the specified range"; results of 2^30 elements and more are
// refused.
#include <cmath>
#include <cstdint>
#include <string>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"

namespace miniphp::runtime::builtins {

namespace {

constexpr uint64_t kMaxArraySize = 0x40000000; // HT_MAX_SIZE on 64-bit

// A bound in a message, as php's spprintf prints "%0.0f": infinities as "inf"
// whatever their sign, and no "-0".
std::string bound_text(double d)
{
    if (std::isinf(d))
        return "inf";
    if (std::isnan(d))
        return "nan";
    return d == 0 ? "0" : format("%.0f", d);
}

Outcome step_error(const ArgReader& args)
{
    return args.argument_error(msg::kind::ValueError, 2, "must not exceed the specified range");
}

Array* single(Value v)
{
    Array* array = Array::create();
    array->append()->copy_from(v);
    return array;
}

Outcome character_range(const ArgReader& args, unsigned char low, unsigned char high, double step, Array*& out)
{
    int64_t lstep = static_cast<int64_t>(step);
    if (low == high) {
        out = single(Value::string(String::one_char(low)));
        return Outcome::Ok;
    }
    int span = low > high ? low - high : high - low;
    if (span < lstep || lstep <= 0)
        return step_error(args);
    out = Array::create_packed(static_cast<uint32_t>(span / lstep + 1));
    // The byte wraps as php's unsigned char does; the loop stops before passing 0 or 255.
    if (low > high) {
        for (unsigned char c = low; c >= high; c = static_cast<unsigned char>(c - lstep)) {
            out->append()->copy_from(Value::string(String::one_char(c)));
            if (static_cast<int64_t>(c) - lstep < 0)
                break;
        }
    } else {
        for (unsigned char c = low; c <= high; c = static_cast<unsigned char>(c + lstep)) {
            out->append()->copy_from(Value::string(String::one_char(c)));
            if (static_cast<int64_t>(c) + lstep > 255)
                break;
        }
    }
    return Outcome::Ok;
}

Outcome float_range(const ArgReader& args, double low, double high, double step, Array*& out)
{
    if (std::isinf(low) || std::isinf(high))
        return throw_error(msg::kind::ValueError, format("Invalid range supplied: start=%s end=%s", bound_text(low).c_str(), bound_text(high).c_str()));
    if (!(low > high) && !(high > low)) {
        out = single(Value::dbl(low));
        return Outcome::Ok;
    }
    double span = low > high ? low - high : high - low;
    if (span < step || step <= 0)
        return step_error(args);
    double size_estimate = span / step + 1;
    if (size_estimate >= static_cast<double>(kMaxArraySize)) {
        return throw_error(msg::kind::ValueError,
                           format("The supplied range exceeds the maximum array size: start=%s end=%s",
                                  bound_text(low > high ? high : low).c_str(), bound_text(low > high ? low : high).c_str()));
    }
    auto size = static_cast<uint32_t>(std::round(size_estimate));
    out = Array::create_packed(size);
    double direction = low > high ? -1.0 : 1.0;
    double element = low;
    for (uint32_t i = 0; i < size && (direction > 0 ? element <= high : element >= high);) {
        out->append()->copy_from(Value::dbl(element));
        ++i;
        element = low + direction * (i * step);
    }
    return Outcome::Ok;
}

Outcome int_range(const ArgReader& args, int64_t low, int64_t high, double step, Array*& out)
{
    if (step <= 0)
        return step_error(args);
    auto lstep = static_cast<uint64_t>(step);
    if (low == high) {
        out = single(Value::integer(low));
        return Outcome::Ok;
    }
    uint64_t span = low > high ? static_cast<uint64_t>(low) - static_cast<uint64_t>(high)
                               : static_cast<uint64_t>(high) - static_cast<uint64_t>(low);
    if (span < lstep)
        return step_error(args);
    uint64_t steps = span / lstep;
    if (steps >= kMaxArraySize - 1) {
        return throw_error(msg::kind::ValueError,
                           format("The supplied range exceeds the maximum array size: start=%lld end=%lld",
                                  static_cast<long long>(low > high ? high : low),
                                  static_cast<long long>(low > high ? low : high)));
    }
    auto size = static_cast<uint32_t>(steps + 1);
    out = Array::create_packed(size);
    for (uint32_t i = 0; i < size; ++i) {
        uint64_t offset = i * lstep;
        uint64_t value = low > high ? static_cast<uint64_t>(low) - offset : static_cast<uint64_t>(low) + offset;
        out->append()->copy_from(Value::integer(static_cast<int64_t>(value)));
    }
    return Outcome::Ok;
}

enum class Kind { Characters, Floats, Ints };

// Which kind of range the bounds and the step ask for.
Kind range_kind(const Value& low, const Value& high, bool step_is_float)
{
    if (low.is_string() && high.is_string() && low.as_string()->length >= 1 && high.as_string()->length >= 1) {
        NumericType t1 = parse_numeric(low.as_string()->view()).whole_type();
        NumericType t2 = parse_numeric(high.as_string()->view()).whole_type();
        if (t1 == NumericType::Double || t2 == NumericType::Double || step_is_float)
            return Kind::Floats;
        if (t1 == NumericType::Long || t2 == NumericType::Long)
            return Kind::Ints;
        return Kind::Characters;
    }
    if (low.is_double() || high.is_double() || step_is_float)
        return Kind::Floats;
    return Kind::Ints;
}

Outcome range_handler(BuiltinCall& call)
{
    ArgReader args(call);
    double step = 1.0;
    bool step_is_float = false;
    if (args.has(2)) {
        Value given;
        if (failed(args.get_number(2, given)))
            return Outcome::Threw;
        step_is_float = given.is_double();
        step = std::fabs(to_double(given));
    }
    const Value& low = deref(args.at(0));
    const Value& high = deref(args.at(1));
    Array* result = nullptr;
    Outcome outcome = Outcome::Ok;
    switch (range_kind(low, high, step_is_float)) {
    case Kind::Characters:
        outcome = character_range(args, static_cast<unsigned char>(low.as_string()->bytes[0]),
                                  static_cast<unsigned char>(high.as_string()->bytes[0]), step, result);
        break;
    case Kind::Floats:
        outcome = float_range(args, to_double(low), to_double(high), step, result);
        break;
    case Kind::Ints:
        outcome = int_range(args, to_long(low), to_long(high), step, result);
        break;
    }
    if (failed(outcome))
        return Outcome::Threw;
    *call.result = Value::array(result);
    return Outcome::Ok;
}

constexpr BuiltinFunction kRangeFunctions[] = {
    {"range", range_handler, 2, 3, "start,end,step"},
};

} // namespace

std::span<const BuiltinFunction> range_functions() { return kRangeFunctions; }

} // namespace miniphp::runtime::builtins
