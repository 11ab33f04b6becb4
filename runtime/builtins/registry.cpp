// The builtin registry: name lookup for functions and constants, and the one call
// path every builtin goes through.
//
// Both maps are open-addressing hash tables of pointers into the area tables (which
// are constant arrays with static storage), built on first use from the area
// functions listed below, then never changed. Function names are stored lower-case
// and looked up after lower-casing the query, as php's function table does
// (zend_hash_find on the lowered name); constant names are case-sensitive as in
// php 8, except true/false/null which the engine treats as keywords.
#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>
#include <vector>

#include "runtime/builtins/builtin.h"
#include "runtime/messages.h"
#include "runtime/builtins/registry.h"
#include "runtime/engine.h"
#include "runtime/string.h"

namespace miniphp::runtime {

namespace {

using builtins::BuiltinConstant;

constexpr std::array kFunctionAreas = {
    &builtins::string_functions,
    &builtins::format_functions,
    &builtins::math_functions,
    &builtins::type_functions,
    &builtins::var_functions,
    &builtins::array_functions,
    &builtins::array_callback_functions,
    &builtins::scope_functions,
    &builtins::ini_functions,
    &builtins::gc_functions,
    &builtins::sort_functions,
    &builtins::replace_functions,
    &builtins::array_query_functions,
    &builtins::array_merge_functions,
    &builtins::array_slice_functions,
    &builtins::array_stack_functions,
    &builtins::array_set_functions,
    &builtins::array_column_functions,
    &builtins::array_pointer_functions,
    &builtins::range_functions,
    &builtins::implode_explode_functions,
    &builtins::string_basic_functions,
    &builtins::string_text_functions,
    &builtins::digest_functions,
    &builtins::markup_functions,
    &builtins::json_functions,
    &builtins::class_functions,
    &builtins::callable_functions,
    &builtins::xdebug_functions,
    &builtins::date_functions,
    &builtins::memory_functions,
    &builtins::environment_functions,
};

constexpr std::array kConstantAreas = {
    &builtins::core_constants,
    &builtins::math_constants,
    &builtins::array_constants,
    &builtins::array_callback_constants,
    &builtins::scope_constants,
    &builtins::sort_constants,
    &builtins::string_basic_constants,
    &builtins::markup_constants,
    &builtins::json_constants,
};

unsigned char lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }

size_t table_size_for(size_t count)
{
    size_t size = 16;
    while (size < count * 2)
        size <<= 1;
    return size;
}

// Open addressing with linear probing; the load factor stays at or below one half.
template <typename Entry>
class NameTable {
public:
    void build(const std::vector<const Entry*>& entries)
    {
        m_slots.assign(table_size_for(entries.size()), nullptr);
        m_mask = m_slots.size() - 1;
        for (const Entry* e : entries) {
            m_longest = std::max(m_longest, e->name.size());
            size_t i = hash_bytes(e->name) & m_mask;
            while (m_slots[i] != nullptr) {
                assert(m_slots[i]->name != e->name && "builtin registered twice");
                i = (i + 1) & m_mask;
            }
            m_slots[i] = e;
        }
    }

    const Entry* find(std::string_view name) const
    {
        size_t i = hash_bytes(name) & m_mask;
        while (const Entry* e = m_slots[i]) {
            if (e->name == name)
                return e;
            i = (i + 1) & m_mask;
        }
        return nullptr;
    }

    size_t longest() const { return m_longest; }

private:
    std::vector<const Entry*> m_slots;
    size_t m_mask = 0;
    size_t m_longest = 0;
};

const NameTable<BuiltinFunction>& functions()
{
    static const NameTable<BuiltinFunction>* table = [] {
        std::vector<const BuiltinFunction*> entries;
        for (auto area : kFunctionAreas) {
            for (const BuiltinFunction& f : area()) {
#ifdef MINIPHP_DEBUG
                for (char c : f.name)
                    assert(lower(static_cast<unsigned char>(c)) == static_cast<unsigned char>(c));
#endif
                entries.push_back(&f);
            }
        }
        auto* t = new NameTable<BuiltinFunction>();
        t->build(entries);
        return t;
    }();
    return *table;
}

const NameTable<BuiltinConstant>& constants()
{
    static const NameTable<BuiltinConstant>* table = [] {
        std::vector<const BuiltinConstant*> entries;
        for (auto area : kConstantAreas)
            for (const BuiltinConstant& c : area())
                entries.push_back(&c);
        auto* t = new NameTable<BuiltinConstant>();
        t->build(entries);
        return t;
    }();
    return *table;
}

bool equals_ignoring_case(std::string_view a, std::string_view lower_b)
{
    if (a.size() != lower_b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower(static_cast<unsigned char>(a[i])) != static_cast<unsigned char>(lower_b[i]))
            return false;
    return true;
}

// zend_wrong_parameters_count_error.
Outcome wrong_argument_count(const BuiltinFunction& f, uint32_t given)
{
    bool too_few = given < f.min_args;
    uint32_t expected = too_few ? f.min_args : f.max_args;
    const char* how = f.min_args == f.max_args ? "exactly" : too_few ? "at least" : "at most";
    return throw_error(msg::kind::ArgumentCountError,
                       format(msg::WrongArgumentCount, std::string(f.name).c_str(),
                              how, expected, expected == 1 ? "" : "s", given));
}

} // namespace

const BuiltinFunction* find_builtin(std::string_view name)
{
    const NameTable<BuiltinFunction>& table = functions();
    if (name.size() > table.longest())
        return nullptr;
    char lowered[128];
    if (name.size() > sizeof(lowered))
        return nullptr;
    for (size_t i = 0; i < name.size(); ++i)
        lowered[i] = static_cast<char>(lower(static_cast<unsigned char>(name[i])));
    return table.find(std::string_view(lowered, name.size()));
}

Outcome call_builtin(BuiltinCall& call)
{
    const BuiltinFunction& f = *call.function;
    if (call.argc < f.min_args || (f.max_args != BuiltinFunction::kVariadic && call.argc > f.max_args))
        return wrong_argument_count(f, call.argc);
    return f.handler(call);
}

bool find_builtin_constant(std::string_view name, Value& out)
{
    if (const BuiltinConstant* c = constants().find(name)) {
        switch (c->kind) {
        case BuiltinConstant::Kind::Null:
            out = Value::null();
            break;
        case BuiltinConstant::Kind::Bool:
            out = Value::boolean(c->long_value != 0);
            break;
        case BuiltinConstant::Kind::Long:
            out = Value::integer(c->long_value);
            break;
        case BuiltinConstant::Kind::Double:
            out = Value::dbl(c->double_value);
            break;
        case BuiltinConstant::Kind::String:
            out = Value::string(InternTable::instance().intern(c->string_value));
            break;
        }
        return true;
    }
    // Known only once the command line is read (php_binary_init).
    if (name == "PHP_BINARY") {
        out = Value::string(InternTable::instance().intern(engine().binary_path()));
        return true;
    }
    // true, false and null are case-insensitive (zend_get_special_const).
    if (equals_ignoring_case(name, "true")) {
        out = Value::boolean(true);
        return true;
    }
    if (equals_ignoring_case(name, "false")) {
        out = Value::boolean(false);
        return true;
    }
    if (equals_ignoring_case(name, "null")) {
        out = Value::null();
        return true;
    }
    return false;
}

} // namespace miniphp::runtime
