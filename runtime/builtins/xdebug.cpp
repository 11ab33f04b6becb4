// xdebug_debug_zval(): the variables of the calling code, named by strings, with
// the refcount and is_ref of every value, one line each, as xdebug 3.2 prints them
// on php 8.2 in develop mode from the command line (PHP_FUNCTION(xdebug_debug_zval)
// in src/develop/php_functions.c, xdebug_var_export_line() in
// src/lib/var_export_line.c):
//
//   a: (refcount=2, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1, 'k' => (interned, is_ref=0)='v')
//   o: (refcount=1, is_ref=0)=class A { public $p = (refcount=0, is_ref=0)=NULL; private ${B}q = ... }
//   x: no such symbol
//
// What the attributes say:
//   - ints, floats, bools, null: "refcount=0, is_ref=0";
//   - an interned string "interned", the immutable empty array "immutable", any
//     other string, array or object its count; a reference its own count and
//     is_ref=1 (the value inside is printed without attributes of its own);
//   - a declared property seen through its object's properties table is an
//     IS_INDIRECT slot to php: always "refcount=0, is_ref=0", whatever it holds.
// The count printed is the header's own: xdebug adds one while it holds the value
// and takes it away for the printing.
//
// Limits are xdebug's defaults: 3 levels (deeper arrays print "array (...)",
// objects "class A { ... }"), 128 elements (then "..."), 512 bytes of a string
// (then '...). Recursion prints "...".
//
// Not emulated: xdebug keeps a copy of every argument of every active call for its
// stack traces, so under xdebug a value passed to a function shows one more count
// per active call that received it; miniphp prints the count php itself has.
#include <string>

#include "runtime/array.h"
#include "runtime/builtins/registry.h"
#include "runtime/builtins/xdebug_symbol.h"
#include "runtime/class.h"
#include "runtime/conversions.h"
#include "runtime/ini.h"
#include "runtime/object.h"
#include "runtime/output.h"
#include "runtime/property_table.h"
#include "runtime/type_decl.h"

namespace miniphp::runtime::builtins {

namespace {

constexpr int kMaxDepth = 3;            // xdebug.var_display_max_depth
constexpr uint32_t kMaxChildren = 128;  // xdebug.var_display_max_children
constexpr size_t kMaxData = 512;        // xdebug.var_display_max_data

void export_line(std::string& out, const Value& v, bool indirect, int level);

// xdebug_add_variable_attributes in text mode.
void append_attributes(std::string& out, const Value& v, bool indirect)
{
    out += '(';
    switch (indirect ? Type::Undef : v.type()) {
    case Type::String:
    case Type::Array:
        if (v.is_refcounted())
            out += "refcount=" + std::to_string(v.as_counted()->refcount);
        else
            out += v.is_string() ? "interned" : "immutable";
        out += ", is_ref=0";
        break;
    case Type::Object:
        out += "refcount=" + std::to_string(v.as_object()->header.refcount) + ", is_ref=0";
        break;
    case Type::Reference:
        out += "refcount=" + std::to_string(v.as_reference()->header.refcount) + ", is_ref=1";
        break;
    default:
        out += "refcount=0, is_ref=0";
        break;
    }
    out += ")=";
}

// php_addcslashes(s, "'\\\0..\37"): quote and backslash escaped, control bytes as
// \n \t \r \a \v \b \f or three octal digits.
void append_escaped(std::string& out, std::string_view s)
{
    for (char c : s) {
        auto byte = static_cast<unsigned char>(c);
        if (c == '\'' || c == '\\') {
            out += '\\';
            out += c;
            continue;
        }
        if (byte >= 32) {
            out += c;
            continue;
        }
        out += '\\';
        switch (c) {
        case '\n': out += 'n'; break;
        case '\t': out += 't'; break;
        case '\r': out += 'r'; break;
        case '\a': out += 'a'; break;
        case '\v': out += 'v'; break;
        case '\b': out += 'b'; break;
        case '\f': out += 'f'; break;
        default:
            out += static_cast<char>('0' + (byte >> 6));
            out += static_cast<char>('0' + ((byte >> 3) & 7));
            out += static_cast<char>('0' + (byte & 7));
            break;
        }
    }
}

void append_string_value(std::string& out, std::string_view s)
{
    out += '\'';
    if (s.size() <= kMaxData) {
        append_escaped(out, s);
        out += '\'';
    } else {
        append_escaped(out, s.substr(0, kMaxData));
        out += "'...";
    }
}

// An array key: 12 or 'k' (a quote written \' and a NUL byte \0, nothing else).
void append_array_key(std::string& out, ArrayKey key)
{
    if (!key.is_string()) {
        out += std::to_string(key.number);
    } else {
        out += '\'';
        for (char c : key.string->view()) {
            if (c == '\'')
                out += "\\'";
            else if (c == '\0')
                out += "\\0";
            else
                out += c;
        }
        out += '\'';
    }
    out += " => ";
}

// Drops the ", " or "; " the last element left.
void chop_separator(std::string& out)
{
    if (out.size() > 2 && (out[out.size() - 2] == ',' || out[out.size() - 2] == ';') && out.back() == ' ')
        out.resize(out.size() - 2);
}

void export_array(std::string& out, Array* array, int level)
{
    if (!array->is_immutable() && array->header.has_flag(gc::Protected)) {
        out += "...";
        return;
    }
    out += "array (";
    if (level > kMaxDepth) {
        out += "...)";
        return;
    }
    (void)array->enter_recursion();
    uint32_t n = 0;
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1), ++n) {
        if (n < kMaxChildren) {
            append_array_key(out, array->key_at(pos));
            export_line(out, array->value_at(pos), false, level + 2);
            out += ", ";
        } else if (n == kMaxChildren) {
            out += "..., ";
        }
    }
    array->leave_recursion();
    if (array->size() > 0)
        out.resize(out.size() - 2);
    out += ')';
}

// One property as xdebug_object_element_export writes it:
// "public $p = ", "protected int $p = ", "private ${Parent}p = ", "public $0 = ".
void append_property(std::string& out, const Object* object, ArrayKey key, const PropertyInfo* info)
{
    if (!key.is_string()) {
        out += "public $" + std::to_string(key.number) + " = ";
        return;
    }
    UnmangledName name = unmangle_property_name(key.string->view());
    const char* modifier = name.class_name.empty() ? "public" : name.class_name == "*" ? "protected" : "private";
    out += modifier;
    if (info != nullptr && info->type != nullptr) {
        out += ' ';
        if (info->flags & AccReadonly)
            out += "readonly ";
        out += type_to_string(*info->type);
    }
    out += " $";
    if (name.class_name.empty() || name.class_name == "*" || name.class_name == object->class_entry->name()) {
        out += name.name;
    } else {
        out += '{';
        out += name.class_name;
        out += '}';
        out += name.name;
    }
    out += " = ";
}

// The properties php's get_properties gives xdebug: every declared slot, set or not,
// through its mangled name (indirect), then the dynamic ones; a class with a debug
// view (Closure) gives that view instead, as xdebug asks for get_debug_info.
void export_object_properties(std::string& out, Object* object, int level)
{
    uint32_t n = 0;
    auto element = [&](ArrayKey key, const PropertyInfo* info, const Value& value, bool indirect) {
        if (n < kMaxChildren) {
            append_property(out, object, key, info);
            export_line(out, value, indirect, level + 2);
            out += "; ";
        } else if (n == kMaxChildren) {
            out += "...; ";
        }
        ++n;
    };
    if (object->class_entry->debug_info() != nullptr) {
        DebugProperties view(object);
        for (const PropertyEntry& entry : view.entries())
            element(entry.key, nullptr, *entry.value, false);
        return;
    }
    for (const PropertyInfo& info : object->class_entry->slot_properties())
        element(ArrayKey::of_string(mangled_property_name(info)), &info, object->slots[info.slot], true);
    if (Array* dynamic = object->properties) {
        for (uint32_t pos = dynamic->next_position(0); pos < dynamic->used(); pos = dynamic->next_position(pos + 1))
            element(dynamic->key_at(pos), nullptr, dynamic->value_at(pos), false);
    }
}

void export_object(std::string& out, Object* object, int level)
{
    // php guards the object's properties table; a debug view is a new table each
    // time, so only the depth limit stops a closure that holds itself.
    bool guarded = object->class_entry->debug_info() == nullptr;
    if (guarded && object->header.has_flag(gc::Protected)) {
        out += "...";
        return;
    }
    out += "class ";
    out += object->class_entry->name();
    out += " { ";
    if (level <= kMaxDepth) {
        if (guarded)
            object->header.add_flag(gc::Protected);
        export_object_properties(out, object, level);
        if (guarded)
            object->header.remove_flag(gc::Protected);
    } else {
        out += "...";
    }
    chop_separator(out);
    out += " }";
}

// xdebug_var_export_line with debug_zval set: attributes, then the value.
void export_line(std::string& out, const Value& given, bool indirect, int level)
{
    append_attributes(out, given, indirect);
    const Value& v = deref(given);
    switch (v.type()) {
    case Type::True: out += "TRUE"; break;
    case Type::False: out += "FALSE"; break;
    case Type::Null: out += "NULL"; break;
    case Type::Long: out += std::to_string(v.as_long()); break;
    case Type::Double: out += format_double_precision(v.as_double(), float_precision()); break;
    case Type::String: append_string_value(out, v.as_string()->view()); break;
    case Type::Array: export_array(out, v.as_array(), level); break;
    case Type::Object: export_object(out, v.as_object(), level); break;
    case Type::Undef: out += "*uninitialized*"; break;
    default: out += "NFC"; break;
    }
}

Outcome xdebug_debug_zval_handler(BuiltinCall& call)
{
    if (call.argc == 0)
        return throw_error("ArgumentCountError", "Wrong parameter count for xdebug_debug_zval()");
    for (uint32_t i = 0; i < call.argc; ++i) {
        const Value& arg = deref(call.args[i]);
        if (!arg.is_string())
            continue;
        std::string_view name = arg.as_string()->view();
        // The label goes through printf's %s: it ends at a NUL byte.
        std::string out(name.substr(0, name.find('\0')));
        out += ": ";
        xdebug::Symbol symbol = xdebug::find_symbol(name);
        if (symbol.found) {
            export_line(out, symbol.value, symbol.indirect, 1);
            out += '\n';
        } else {
            out += "no such symbol\n";
        }
        echo(out);
    }
    return Outcome::Ok;
}

constexpr BuiltinFunction kXdebugFunctions[] = {
    {"xdebug_debug_zval", xdebug_debug_zval_handler, 0, BuiltinFunction::kVariadic, "var,...vars"},
};

} // namespace

std::span<const BuiltinFunction> xdebug_functions() { return kXdebugFunctions; }

} // namespace miniphp::runtime::builtins
