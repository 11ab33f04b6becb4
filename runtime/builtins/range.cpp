// range() with php 8.2's rules (ext/standard/array.c): two non-numeric strings give
// a range of characters, a float anywhere (or a fractional step) a range of floats,
// anything else a range of ints; the step's sign is ignored, and a step of zero or
// one larger than the range is a ValueError.
#include <cmath>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"

namespace miniphp::runtime::builtins {

namespace {

constexpr char kStepTooLarge[] = "must not exceed the specified range";
constexpr uint64_t kMaxElements = 0x7fffffff;

NumericType numeric_type(const Value& v)
{
    return v.is_string() ? parse_numeric(v.as_string()->view()).whole_type() : NumericType::None;
}

Outcome range_error(const char* text, double low, double high)
{
    return throw_error(msg::kind::ValueError, format(text, low, high));
}

Outcome range_handler(BuiltinCall& call)
{
    ArgReader args(call);
    const Value& start = args.at(0);
    const Value& end = args.at(1);
    double step = 1.0;
    bool step_is_double = false;
    if (args.has(2)) {
        const Value& given = args.at(2);
        step_is_double = given.is_double() || numeric_type(given) == NumericType::Double;
        step = to_double(given);
        if (step < 0.0)
            step = -step;
    }
    bool both_strings = start.is_string() && end.is_string() && start.as_string()->length >= 1 &&
                        end.as_string()->length >= 1;
    bool doubles = start.is_double() || end.is_double() || step_is_double;
    bool longs = false;
    if (both_strings) {
        NumericType a = numeric_type(start);
        NumericType b = numeric_type(end);
        doubles = a == NumericType::Double || b == NumericType::Double || step_is_double;
        longs = !doubles && (a == NumericType::Long || b == NumericType::Long);
        if (!doubles && !longs) {
            // Characters: the first byte of each.
            int low = static_cast<unsigned char>(start.as_string()->bytes[0]);
            int high = static_cast<unsigned char>(end.as_string()->bytes[0]);
            auto lstep = static_cast<int64_t>(step);
            if (lstep <= 0 || (low != high && std::abs(high - low) < lstep))
                return args.argument_error(msg::kind::ValueError, 2, kStepTooLarge);
            Array* chars = Array::create();
            *call.result = Value::array(chars);
            if (low <= high)
                for (int c = low; c <= high; c += static_cast<int>(lstep))
                    chars->append()->copy_from(Value::string(String::one_char(static_cast<unsigned char>(c))));
            else
                for (int c = low; c >= high; c -= static_cast<int>(lstep))
                    chars->append()->copy_from(Value::string(String::one_char(static_cast<unsigned char>(c))));
            return Outcome::Ok;
        }
    }
    if (doubles) {
        double low = to_double(start);
        double high = to_double(end);
        if (std::isinf(low) || std::isinf(high))
            return range_error("Invalid range supplied: start=%0.0f end=%0.0f", low, high);
        if (step <= 0 || (low != high && std::fabs(high - low) < step))
            return args.argument_error(msg::kind::ValueError, 2, kStepTooLarge);
        double count = std::floor(std::fabs(high - low) / step);
        if (count >= static_cast<double>(kMaxElements))
            return range_error("The supplied range exceeds the maximum array size: start=%0.0f end=%0.0f", low, high);
        Array* values = Array::create(static_cast<uint32_t>(count) + 1);
        *call.result = Value::array(values);
        for (uint32_t i = 0; i <= static_cast<uint32_t>(count); ++i)
            values->append()->copy_from(Value::dbl(low <= high ? low + i * step : low - i * step));
        return Outcome::Ok;
    }
    int64_t low = to_long(start);
    int64_t high = to_long(end);
    if (step <= 0 || std::isinf(step))
        return args.argument_error(msg::kind::ValueError, 2, kStepTooLarge);
    auto lstep = static_cast<uint64_t>(step);
    if (lstep == 0)
        return args.argument_error(msg::kind::ValueError, 2, kStepTooLarge);
    uint64_t span = low <= high ? static_cast<uint64_t>(high) - static_cast<uint64_t>(low)
                                : static_cast<uint64_t>(low) - static_cast<uint64_t>(high);
    if (span != 0 && span < lstep)
        return args.argument_error(msg::kind::ValueError, 2, kStepTooLarge);
    uint64_t count = span / lstep;
    if (count >= kMaxElements)
        return range_error("The supplied range exceeds the maximum array size: start=%0.0f end=%0.0f",
                           static_cast<double>(low), static_cast<double>(high));
    Array* values = Array::create(static_cast<uint32_t>(count) + 1);
    *call.result = Value::array(values);
    for (uint64_t i = 0; i <= count; ++i) {
        uint64_t delta = i * lstep;
        int64_t v = low <= high ? static_cast<int64_t>(static_cast<uint64_t>(low) + delta)
                                : static_cast<int64_t>(static_cast<uint64_t>(low) - delta);
        values->append()->copy_from(Value::integer(v));
    }
    return Outcome::Ok;
}

constexpr BuiltinFunction kRangeFunctions[] = {
    {"range", range_handler, 2, 3, "start,end,step"},
};

} // namespace

std::span<const BuiltinFunction> range_functions() { return kRangeFunctions; }

} // namespace miniphp::runtime::builtins
