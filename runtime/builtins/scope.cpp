// Builtins that read or write the variables of the code calling them
// (ext/standard/array.c: compact, extract), through the VM's caller_variable().
// A function's variables are those it names in its code (compiled variables);
// extract() into a function skips names it does not have, which php would keep in
// a symbol table nothing else can read without compact() or variable variables.
#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"

namespace miniphp::runtime::builtins {

namespace {

enum ExtractType : int64_t {
    kOverwrite = 0,
    kSkip = 1,
    kPrefixSame = 2,
    kPrefixAll = 3,
    kPrefixInvalid = 4,
    kPrefixIfExists = 5,
    kIfExists = 6,
};
constexpr int64_t kExtractRefs = 256;

Value* caller_variable(std::string_view name, bool create)
{
    return engine().hooks()->caller_variable(name, create);
}

bool is_defined(const Value* slot) { return slot != nullptr && !slot->is_undef(); }

// php_compact_var: a name, or an array of names (nested), each looked up once.
void compact_value(Array* result, const Value& entry, uint32_t position)
{
    const Value& name = deref(entry);
    if (name.is_string()) {
        Value* slot = caller_variable(name.as_string()->view(), false);
        if (!is_defined(slot)) {
            warning(format("compact(): Undefined variable $%s", name.as_string()->bytes));
            return;
        }
        Value* target = result->lookup_or_insert_offset(name.as_string());
        release_and_clear(*target);
        copy_value(*target, deref(*slot));
        return;
    }
    if (name.is_array()) {
        Array* names = name.as_array();
        if (!names->enter_recursion()) {
            (void)throw_error(msg::kind::Error, "Recursion detected");
            return;
        }
        for (uint32_t pos = names->next_position(0); pos < names->used(); pos = names->next_position(pos + 1))
            compact_value(result, names->value_at(pos), position);
        names->leave_recursion();
        return;
    }
    warning(format("compact(): Argument #%u must be string or array of strings, %s given", position,
                   zend_type_name(name)));
}

Outcome compact_handler(BuiltinCall& call)
{
    Array* result = Array::create();
    *call.result = Value::array(result);
    for (uint32_t i = 0; i < call.argc; ++i) {
        compact_value(result, call.args[i], i + 1);
        if (engine().has_exception())
            return Outcome::Threw;
    }
    return Outcome::Ok;
}

// php_valid_var_name.
bool valid_variable_name(std::string_view name)
{
    if (name.empty())
        return false;
    auto allowed = [](unsigned char c, bool first) {
        return c == '_' || c >= 0x7f || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               (!first && c >= '0' && c <= '9');
    };
    for (size_t i = 0; i < name.size(); ++i)
        if (!allowed(static_cast<unsigned char>(name[i]), i == 0))
            return false;
    return true;
}

// The name extract() gives an element under `type`, or "" to skip it.
std::string extract_name(ArrayKey key, int64_t type, std::string_view prefix)
{
    std::string name = key.is_string() ? std::string(key.string->view()) : std::to_string(key.number);
    auto prefixed = [&] { return std::string(prefix) + "_" + name; };
    if (!key.is_string())
        return type == kPrefixAll || type == kPrefixInvalid ? prefixed() : std::string();
    bool exists = is_defined(caller_variable(name, false));
    switch (type) {
    case kOverwrite: return name;
    case kSkip: return exists ? std::string() : name;
    case kPrefixSame: return exists ? prefixed() : name;
    case kPrefixAll: return prefixed();
    case kPrefixInvalid: return valid_variable_name(name) ? name : prefixed();
    case kPrefixIfExists: return exists ? prefixed() : std::string();
    case kIfExists: return exists ? name : std::string();
    default: return std::string();
    }
}

Outcome extract_handler(BuiltinCall& call)
{
    ArgReader args(call);
    const Value& source_value = deref(args.at(0));
    if (!source_value.is_array())
        return args.type_error(0, "array");
    int64_t flags = kOverwrite;
    if (args.has(1) && failed(args.get_long(1, flags)))
        return Outcome::Threw;
    int64_t type = flags & ~kExtractRefs;
    if (type < kOverwrite || type > kIfExists)
        return args.argument_error(msg::kind::ValueError, 1, "must be a valid extract type");
    StringArg prefix;
    bool needs_prefix = type == kPrefixSame || type == kPrefixAll || type == kPrefixInvalid || type == kPrefixIfExists;
    if (args.has(2)) {
        if (failed(args.get_string(2, prefix)))
            return Outcome::Threw;
        if (!prefix.view().empty() && !valid_variable_name(prefix.view()))
            return args.argument_error(msg::kind::ValueError, 2, "must be a valid identifier");
    } else if (needs_prefix) {
        return args.argument_error(msg::kind::ValueError, 2, "is required when using this extract type");
    }
    Array* source = source_value.as_array();
    ++source->header.refcount; // kept while variables are written
    int64_t count = 0;
    for (uint32_t pos = source->next_position(0); pos < source->used(); pos = source->next_position(pos + 1)) {
        std::string name = extract_name(source->key_at(pos), type, prefix.view());
        if (name.empty() || !valid_variable_name(name))
            continue;
        if (name == "this") {
            release(Value::array(source));
            return throw_error(msg::kind::Error, "Cannot re-assign $this");
        }
        ++count;
        Value* slot = caller_variable(name, true);
        if (slot == nullptr)
            continue; // not a variable of the calling function (see the top of the file)
        Value copy;
        copy_value(copy, deref(source->value_at(pos)));
        Value& target = deref(*slot);
        Value old;
        old.copy_from(target);
        target.copy_from(copy);
        release(old);
    }
    release(Value::array(source));
    *call.result = Value::integer(count);
    return Outcome::Ok;
}

constexpr BuiltinFunction kScopeFunctions[] = {
    {"compact", compact_handler, 1, BuiltinFunction::kVariadic, "var_name,...var_names"},
    {"extract", extract_handler, 1, 3, "array,flags,prefix"},
};

constexpr BuiltinConstant kScopeConstants[] = {
    long_constant("EXTR_OVERWRITE", kOverwrite),
    long_constant("EXTR_SKIP", kSkip),
    long_constant("EXTR_PREFIX_SAME", kPrefixSame),
    long_constant("EXTR_PREFIX_ALL", kPrefixAll),
    long_constant("EXTR_PREFIX_INVALID", kPrefixInvalid),
    long_constant("EXTR_PREFIX_IF_EXISTS", kPrefixIfExists),
    long_constant("EXTR_IF_EXISTS", kIfExists),
    long_constant("EXTR_REFS", kExtractRefs),
};

} // namespace

std::span<const BuiltinFunction> scope_functions() { return kScopeFunctions; }
std::span<const BuiltinConstant> scope_constants() { return kScopeConstants; }

} // namespace miniphp::runtime::builtins
