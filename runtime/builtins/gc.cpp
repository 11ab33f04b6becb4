// The cycle collector's PHP functions (Zend/zend_builtin_functions.c): gc_collect_cycles,
// gc_enable, gc_disable, gc_enabled, gc_status, gc_mem_caches.
#include <cstdlib>
#include <string_view>

#include "gc/collector.h"
#include "gc/heap.h"
#include "runtime/array.h"
#include "runtime/builtins/registry.h"
#include "runtime/ini.h"
#include "runtime/string.h"

namespace miniphp::runtime::builtins {

namespace {

// A destructor that throws during the collection makes the call throw.
Outcome gc_collect_cycles_handler(BuiltinCall& call)
{
    int collected = gc::collector().collect_cycles();
    if (engine().has_exception())
        return Outcome::Threw;
    static const bool strict = [] {
        const char* verify = std::getenv("MINIPHP_VERIFY_HEAP");
        return verify != nullptr && std::string_view(verify) == "strict";
    }();
    if (strict && engine().hooks() != nullptr)
        engine().hooks()->verify_heap_exactly();
    *call.result = Value::integer(collected);
    return Outcome::Ok;
}

// As php, through the zend.enable_gc setting, so that ini_get() follows.
Outcome gc_enable_handler(BuiltinCall&)
{
    (void)Ini::instance().set("zend.enable_gc", "1");
    return Outcome::Ok;
}

Outcome gc_disable_handler(BuiltinCall&)
{
    (void)Ini::instance().set("zend.enable_gc", "0");
    return Outcome::Ok;
}

Outcome gc_enabled_handler(BuiltinCall& call)
{
    *call.result = Value::boolean(gc::collector().enabled());
    return Outcome::Ok;
}

// php 8.2's four counters.
Outcome gc_status_handler(BuiltinCall& call)
{
    const gc::Collector& collector = gc::collector();
    Array* status = Array::create();
    InternTable& names = InternTable::instance();
    status->lookup_or_insert(names.intern("runs"))->copy_from(Value::integer(collector.stats().runs));
    status->lookup_or_insert(names.intern("collected"))->copy_from(Value::integer(collector.stats().collected));
    status->lookup_or_insert(names.intern("threshold"))->copy_from(Value::integer(collector.threshold()));
    status->lookup_or_insert(names.intern("roots"))->copy_from(Value::integer(collector.root_count()));
    *call.result = Value::array(status);
    return Outcome::Ok;
}

// The bytes the memory manager frees by giving back its wholly free pages and
// cached chunks (zend_mm_gc).
Outcome gc_mem_caches_handler(BuiltinCall& call)
{
    *call.result = Value::integer(static_cast<int64_t>(gc::heap().collect_garbage()));
    return Outcome::Ok;
}

constexpr BuiltinFunction kGcFunctions[] = {
    {"gc_collect_cycles", gc_collect_cycles_handler, 0, 0, ""},
    {"gc_enable", gc_enable_handler, 0, 0, ""},
    {"gc_disable", gc_disable_handler, 0, 0, ""},
    {"gc_enabled", gc_enabled_handler, 0, 0, ""},
    {"gc_status", gc_status_handler, 0, 0, ""},
    {"gc_mem_caches", gc_mem_caches_handler, 0, 0, ""},
};

} // namespace

std::span<const BuiltinFunction> gc_functions() { return kGcFunctions; }

} // namespace miniphp::runtime::builtins
