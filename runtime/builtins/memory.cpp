// memory_get_usage, memory_get_peak_usage and memory_reset_peak_usage
// (ext/standard/basic_functions.c over Zend/zend_alloc.c's counters).
//
// Without an argument (or with false) they report the heap's running total of block
// sizes, each block counted as the Zend MM counts it (its bin, its pages, or its
// page-rounded huge mapping); with true they report the memory taken from the
// system: whole 2 MiB chunks, plus huge blocks. gc/heap.h keeps both figures.
#include "gc/heap.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"

namespace miniphp::runtime::builtins {

namespace {

using Figure = size_t (gc::Heap::*)() const;

// Returns one of two figures as the optional `bool $real_usage = false` chooses.
Outcome report_figure(BuiltinCall& call, Figure counted, Figure real)
{
    ArgReader args(call);
    bool real_usage = false;
    if (args.has(0) && failed(args.get_bool(0, real_usage)))
        return Outcome::Threw;
    const gc::Heap& heap = gc::heap();
    *call.result = Value::integer(static_cast<int64_t>((heap.*(real_usage ? real : counted))()));
    return Outcome::Ok;
}

Outcome memory_get_usage_handler(BuiltinCall& call)
{
    return report_figure(call, &gc::Heap::usage, &gc::Heap::real_usage);
}

Outcome memory_get_peak_usage_handler(BuiltinCall& call)
{
    return report_figure(call, &gc::Heap::peak_usage, &gc::Heap::real_peak_usage);
}

// zend_memory_reset_peak_usage: both peaks drop to the current figures.
Outcome memory_reset_peak_usage_handler(BuiltinCall&)
{
    gc::heap().reset_peaks();
    return Outcome::Ok;
}

constexpr BuiltinFunction kMemoryFunctions[] = {
    {"memory_get_usage", memory_get_usage_handler, 0, 1, "real_usage"},
    {"memory_get_peak_usage", memory_get_peak_usage_handler, 0, 1, "real_usage"},
    {"memory_reset_peak_usage", memory_reset_peak_usage_handler, 0, 0, ""},
};

} // namespace

std::span<const BuiltinFunction> memory_functions() { return kMemoryFunctions; }

} // namespace miniphp::runtime::builtins
