// String builtins (ext/standard/string.c, Zend/zend_builtin_functions.c for strlen).
#include <cstdint>
#include <cstring>

#include "runtime/builtins/args.h"
#include "runtime/messages.h"
#include "runtime/builtins/registry.h"

namespace miniphp::runtime::builtins {

namespace {

Outcome strlen_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    if (failed(args.get_string(0, s)))
        return Outcome::Threw;
    *call.result = Value::integer(static_cast<int64_t>(s.view().size()));
    return Outcome::Ok;
}

// PHP_FUNCTION(str_repeat): the result is built in place, doubling the copied
// prefix so that n repeats cost log2(n) memcpy calls.
Outcome str_repeat_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    int64_t times = 0;
    if (failed(args.get_string(0, s)) || failed(args.get_long(1, times)))
        return Outcome::Threw;
    if (times < 0)
        return args.argument_error(msg::kind::ValueError, 1, msg::GreaterOrEqualZero);

    std::string_view text = s.view();
    if (text.empty() || times == 0) {
        *call.result = Value::string(String::empty());
        return Outcome::Ok;
    }
    // zend_string_safe_alloc: the bytes plus the 32-byte header must fit in a size_t.
    constexpr size_t kHeader = 32;
    size_t total = text.size() * static_cast<size_t>(times);
    if (total / static_cast<size_t>(times) != text.size() || total > SIZE_MAX - kHeader)
        fatal_error(format(msg::AllocationOverflow, text.size(), static_cast<size_t>(times), kHeader));
    String* result = String::create_safe_uninitialized(total);
    char* out = result->data();
    std::memcpy(out, text.data(), text.size());
    size_t filled = text.size();
    while (filled < total) {
        size_t chunk = filled <= total - filled ? filled : total - filled;
        std::memcpy(out + filled, out, chunk);
        filled += chunk;
    }
    *call.result = Value::string(result);
    return Outcome::Ok;
}

constexpr BuiltinFunction kStringFunctions[] = {
    {"strlen", strlen_handler, 1, 1, "string"},
    {"str_repeat", str_repeat_handler, 2, 2, "string,times"},
};

} // namespace

std::span<const BuiltinFunction> string_functions() { return kStringFunctions; }

} // namespace miniphp::runtime::builtins
