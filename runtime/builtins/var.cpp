// var_dump, debug_zval_dump, print_r and var_export (ext/standard/var.c, Zend/zend.c's
// zend_print_zval_r) for scalars, arrays and references; objects join when they
// exist.
//
// Floats: var_dump and var_export print the shortest repr that round-trips
// (serialize_precision = -1, format_double_repr); var_export adds ".0" to finite
// floats without a '.' so that the output reads back as a float. print_r prints
// what echo would (precision 14).
#include <cmath>
#include <cstring>
#include <string>

#include "gc/heap.h"
#include "runtime/array.h"
#include "runtime/class.h"
#include "runtime/object.h"
#include "runtime/property_table.h"
#include "runtime/type_decl.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
#include "runtime/ini.h"
#include "runtime/output.h"

namespace miniphp::runtime::builtins {

namespace {

void append_decimal(std::string& out, int64_t n)
{
    char buf[24];
    char* end = buf + sizeof buf;
    char* p = end;
    uint64_t magnitude = n < 0 ? ~static_cast<uint64_t>(n) + 1 : static_cast<uint64_t>(n);
    do {
        *--p = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (n < 0)
        *--p = '-';
    out.append(p, static_cast<size_t>(end - p));
}

// The dumps build their text outside the heap: past a megabyte it is charged against
// memory_limit as php's growing buffer would be, so a dump too large for the limit
// ends with php's fatal error instead of exhausting the machine.
void check_text_size(const std::string& out)
{
    constexpr size_t kUnchecked = 1u << 20;
    if (out.size() > kUnchecked)
        gc::heap().check_allocation(out.size());
}

void append_spaces(std::string& out, int count)
{
    if (count > 0)
        out.append(static_cast<size_t>(count), ' ');
}

// "[0]=>\n" / "[\"key\"]=>\n" at `indent` spaces: var_dump's and debug_zval_dump's
// element header.
void append_dump_key(std::string& out, ArrayKey key, int indent)
{
    append_spaces(out, indent);
    out += '[';
    if (key.is_string()) {
        out += '"';
        out += key.string->view();
        out += '"';
    } else {
        append_decimal(out, key.number);
    }
    out += "]=>\n";
}

// The elements of an array var_dump and debug_zval_dump are inside (entered for
// recursion already), each through `dump` two levels deeper, then the closing brace.
void dump_elements(std::string& out, Array* array, int level, void (*dump)(std::string&, const Value&, int))
{
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1)) {
        check_text_size(out);
        append_dump_key(out, array->key_at(pos), level + 1);
        dump(out, array->value_at(pos), level + 2);
    }
    array->leave_recursion();
    append_spaces(out, level - 1);
    out += "}\n";
}

void append_scalar_dump(std::string& out, const Value& v, const char* ampersand)
{
    out += ampersand;
    switch (v.type()) {
    case Type::False: out += "bool(false)\n"; break;
    case Type::True: out += "bool(true)\n"; break;
    case Type::Long:
        out += "int(";
        append_decimal(out, v.as_long());
        out += ")\n";
        break;
    case Type::Double:
        out += "float(";
        out += format_double_precision(v.as_double(), Ini::instance().serialize_precision());
        out += ")\n";
        break;
    case Type::String: {
        std::string_view s = v.as_string()->view();
        out += "string(";
        append_decimal(out, static_cast<int64_t>(s.size()));
        out += ") \"";
        out += s;
        out += "\"\n";
        break;
    }
    default: out += "NULL\n"; break;
    }
}

// An object is being dumped: meeting it again inside itself prints *RECURSION*.
bool enter_object(Object* object)
{
    if (object->header.has_flag(gc::Protected))
        return false;
    object->header.add_flag(gc::Protected);
    return true;
}

void leave_object(Object* object) { object->header.remove_flag(gc::Protected); }

// A property's header in var_dump and debug_zval_dump (php_object_property_dump):
// ["name"], ["name":protected], ["name":"Class":private].
void append_property_key(std::string& out, const PropertyEntry& entry, int indent)
{
    append_spaces(out, indent);
    out += '[';
    if (!entry.key.is_string()) {
        append_decimal(out, entry.key.number);
    } else if (entry.info == nullptr) {
        // A dynamic property under a mangled name ((object) of such an array) shows
        // as the declared one would.
        UnmangledName name = unmangle_property_name(entry.key.string->view());
        out += '"';
        out += name.name;
        out += '"';
        if (name.class_name == "*") {
            out += ":protected";
        } else if (!name.class_name.empty()) {
            out += ":\"";
            out += name.class_name;
            out += "\":private";
        }
    } else {
        out += '"';
        out += entry.key.string->view();
        out += '"';
        if (entry.info->flags & AccProtected) {
            out += ":protected";
        } else if (entry.info->flags & AccPrivate) {
            out += ":\"";
            out += entry.info->declaring_class->name();
            out += "\":private";
        }
    }
    out += "]=>\n";
}

// "object(A)#1 (2) {" and the properties, for var_dump (refcount: debug_zval_dump).
void dump_object(std::string& out, Object* object, int level, const char* ampersand, bool with_refcount,
                 void (*dump)(std::string&, const Value&, int))
{
    if (!enter_object(object)) {
        out += "*RECURSION*\n";
        return;
    }
    DebugProperties properties(object, true);
    const std::vector<PropertyEntry>& entries = properties.entries();
    int64_t defined = 0;
    for (const PropertyEntry& entry : entries)
        defined += entry.value->is_undef() ? 0 : 1;
    out += ampersand;
    out += "object(";
    out += object->class_entry->name();
    out += ")#";
    append_decimal(out, object->handle);
    out += " (";
    append_decimal(out, defined);
    if (with_refcount) {
        out += ") refcount(";
        append_decimal(out, object->header.refcount);
        out += "){\n";
    } else {
        out += ") {\n";
    }
    for (const PropertyEntry& entry : entries) {
        check_text_size(out);
        append_property_key(out, entry, level + 1);
        if (entry.value->is_undef()) {
            // A typed property not assigned yet.
            append_spaces(out, level + 1);
            out += "uninitialized(";
            out += type_to_string(*entry.info->type);
            out += ")\n";
            continue;
        }
        dump(out, *entry.value, level + 2);
    }
    leave_object(object);
    append_spaces(out, level - 1);
    out += "}\n";
}

// php_var_dump: `level` 1 is the top; nested values are indented level - 1 spaces. A
// reference shared with another slot is marked "&".
void dump_value_at(std::string& out, const Value& given, int level)
{
    append_spaces(out, level - 1);
    const char* ampersand = "";
    const Value* v = &given;
    if (v->is_reference()) {
        if (v->as_reference()->header.refcount > 1)
            ampersand = "&";
        v = &v->as_reference()->value;
    }
    if (v->is_object()) {
        dump_object(out, v->as_object(), level, ampersand, false, dump_value_at);
        return;
    }
    if (!v->is_array()) {
        append_scalar_dump(out, *v, ampersand);
        return;
    }
    Array* array = v->as_array();
    if (!array->enter_recursion()) {
        out += "*RECURSION*\n";
        return;
    }
    out += ampersand;
    out += "array(";
    append_decimal(out, array->size());
    out += ") {\n";
    dump_elements(out, array, level, dump_value_at);
}

void dump_value(std::string& out, const Value& v) { dump_value_at(out, v, 1); }

// php_debug_zval_dump: var_dump's text with the owners of every counted value
// (the argument itself among them), "interned" for shared immutable ones.
void debug_dump_value_at(std::string& out, const Value& v, int level)
{
    append_spaces(out, level - 1);
    switch (v.type()) {
    case Type::String: {
        std::string_view s = v.as_string()->view();
        out += "string(";
        append_decimal(out, static_cast<int64_t>(s.size()));
        out += ") \"";
        out += s;
        if (v.is_refcounted()) {
            out += "\" refcount(";
            append_decimal(out, v.as_counted()->refcount);
            out += ")\n";
        } else {
            out += "\" interned\n";
        }
        return;
    }
    case Type::Reference:
        out += "reference refcount(";
        append_decimal(out, v.as_reference()->header.refcount);
        out += ") {\n";
        debug_dump_value_at(out, v.as_reference()->value, level + 2);
        append_spaces(out, level - 1);
        out += "}\n";
        return;
    case Type::Array: {
        Array* array = v.as_array();
        if (!array->enter_recursion()) {
            out += "*RECURSION*\n";
            return;
        }
        out += "array(";
        append_decimal(out, array->size());
        if (v.is_refcounted()) {
            out += ") refcount(";
            append_decimal(out, array->header.refcount);
            out += "){\n";
        } else {
            out += ") interned {\n";
        }
        dump_elements(out, array, level, debug_dump_value_at);
        return;
    }
    case Type::Object:
        dump_object(out, v.as_object(), level, "", true, debug_dump_value_at);
        return;
    default:
        append_scalar_dump(out, v, "");
        return;
    }
}

void debug_dump_value(std::string& out, const Value& v) { debug_dump_value_at(out, v, 1); }

// A string as var_export quotes it: single quotes with \ and ' escaped; NUL bytes
// leave the quotes as "\0".
void append_exported_string(std::string& out, std::string_view s)
{
    out.push_back('\'');
    for (char c : s) {
        if (c == '\'' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (c == '\0') {
            out += "' . \"\\0\" . '";
        } else {
            out.push_back(c);
        }
    }
    out.push_back('\'');
}

// php_var_export_ex.
void export_value_at(std::string& out, const Value& given, int level)
{
    const Value& v = deref(given);
    switch (v.type()) {
    case Type::Null:
    case Type::Undef:
        out += "NULL";
        break;
    case Type::False:
        out += "false";
        break;
    case Type::True:
        out += "true";
        break;
    case Type::Long:
        // PHP_INT_MIN as a literal would read back as a float.
        if (v.as_long() == INT64_MIN) {
            out += "-9223372036854775807-1";
            break;
        }
        append_decimal(out, v.as_long());
        break;
    case Type::Double: {
        double d = v.as_double();
        std::string text = format_double_precision(d, Ini::instance().serialize_precision());
        out += text;
        if (std::isfinite(d) && text.find('.') == std::string::npos)
            out += ".0";
        break;
    }
    case Type::String:
        append_exported_string(out, v.as_string()->view());
        break;
    case Type::Array: {
        Array* array = v.as_array();
        if (!array->enter_recursion()) {
            out += "NULL";
            warning("var_export does not handle circular references");
            return;
        }
        if (level > 1) {
            out += '\n';
            append_spaces(out, level - 1);
        }
        out += "array (\n";
        for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1)) {
            check_text_size(out);
            ArrayKey key = array->key_at(pos);
            append_spaces(out, level + 1);
            if (key.is_string())
                append_exported_string(out, key.string->view());
            else
                append_decimal(out, key.number);
            out += " => ";
            export_value_at(out, array->value_at(pos), level + 2);
            out += ",\n";
        }
        array->leave_recursion();
        append_spaces(out, level - 1);
        out += ')';
        break;
    }
    case Type::Object: {
        // php_var_export_ex: stdClass as a cast array, other classes through __set_state.
        Object* object = v.as_object();
        if (!enter_object(object)) {
            out += "NULL";
            warning("var_export does not handle circular references");
            return;
        }
        if (level > 1) {
            out += '\n';
            append_spaces(out, level - 1);
        }
        bool is_std_class = object->class_entry->lower_name() == "stdclass";
        if (is_std_class) {
            out += "(object) array(\n";
        } else {
            out += '\\';
            out += object->class_entry->name();
            out += "::__set_state(array(\n";
        }
        build_property_table(object);
        for (const PropertyEntry& entry : list_properties(object)) {
            check_text_size(out);
            append_spaces(out, level + 2);
            // php_object_element_export: the plain name, a mangled one unmangled.
            if (entry.key.is_string())
                append_exported_string(out, unmangle_property_name(entry.key.string->view()).name);
            else
                append_decimal(out, entry.key.number);
            out += " => ";
            export_value_at(out, *entry.value, level + 2);
            out += ",\n";
        }
        leave_object(object);
        if (level > 1)
            append_spaces(out, level - 1);
        out += is_std_class ? ")" : "))";
        break;
    }
    default:
        break;
    }
}

void export_value(std::string& out, const Value& v) { export_value_at(out, v, 1); }

void print_r_value(std::string& out, const Value& given, int indent);

// print_r of an object: "A Object\n(\n    [p:protected] => 1\n)\n" (print_hash).
void print_r_object(std::string& out, Object* object, int indent)
{
    out += object->class_entry->name();
    out += " Object\n";
    if (!enter_object(object)) {
        out += " *RECURSION*";
        return;
    }
    append_spaces(out, indent);
    out += "(\n";
    DebugProperties properties(object);
    for (const PropertyEntry& entry : properties.entries()) {
        check_text_size(out);
        append_spaces(out, indent + 4);
        out += '[';
        if (!entry.key.is_string()) {
            append_decimal(out, entry.key.number);
        } else if (entry.info == nullptr) {
            UnmangledName name = unmangle_property_name(entry.key.string->view());
            out += name.name;
            if (name.class_name == "*") {
                out += ":protected";
            } else if (!name.class_name.empty()) {
                out += ':';
                out += name.class_name;
                out += ":private";
            }
        } else {
            out += entry.key.string->view();
            if (entry.info->flags & AccProtected) {
                out += ":protected";
            } else if (entry.info->flags & AccPrivate) {
                out += ':';
                out += entry.info->declaring_class->name();
                out += ":private";
            }
        }
        out += "] => ";
        print_r_value(out, *entry.value, indent + 8);
        out += '\n';
    }
    leave_object(object);
    append_spaces(out, indent);
    out += ")\n";
}

// zend_print_zval_r_to_buf: arrays as "Array\n(\n    [k] => v\n)\n", everything else
// as its string conversion.
void print_r_value(std::string& out, const Value& given, int indent)
{
    const Value& v = deref(given);
    if (v.is_object()) {
        print_r_object(out, v.as_object(), indent);
        return;
    }
    if (!v.is_array()) {
        append_string(out, v);
        return;
    }
    Array* array = v.as_array();
    out += "Array\n";
    if (!array->enter_recursion()) {
        out += " *RECURSION*";
        return;
    }
    append_spaces(out, indent);
    out += "(\n";
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1)) {
        check_text_size(out);
        ArrayKey key = array->key_at(pos);
        append_spaces(out, indent + 4);
        out += '[';
        if (key.is_string())
            out += key.string->view();
        else
            append_decimal(out, key.number);
        out += "] => ";
        print_r_value(out, array->value_at(pos), indent + 8);
        out += '\n';
    }
    array->leave_recursion();
    append_spaces(out, indent);
    out += ")\n";
}

// Prints every argument with `dump`, in one write.
Outcome dump_arguments(BuiltinCall& call, void (*dump)(std::string&, const Value&))
{
    std::string out;
    for (uint32_t i = 0; i < call.argc; ++i)
        dump(out, call.args[i]);
    echo(out);
    return Outcome::Ok;
}

Outcome var_dump_handler(BuiltinCall& call) { return dump_arguments(call, dump_value); }

Outcome debug_zval_dump_handler(BuiltinCall& call) { return dump_arguments(call, debug_dump_value); }

Outcome print_r_handler(BuiltinCall& call)
{
    ArgReader args(call);
    bool return_it = false;
    if (args.has(1) && failed(args.get_bool(1, return_it)))
        return Outcome::Threw;
    const Value& value = deref(call.args[0]);
    if (!value.is_array() && !value.is_object()) {
        // Scalars print as their string conversion, shared when it is one.
        Value text = to_string(value);
        if (return_it) {
            // The text is built in a buffer: always a new string.
            *call.result = smart_str_value(text.as_string()->view());
            release(text);
            return Outcome::Ok;
        }
        echo(text.as_string()->view());
        release(text);
        *call.result = Value::boolean(true);
        return Outcome::Ok;
    }
    std::string out;
    print_r_value(out, value, 0);
    if (return_it) {
        *call.result = smart_str_value(out);
        return Outcome::Ok;
    }
    echo(out);
    *call.result = Value::boolean(true);
    return Outcome::Ok;
}

Outcome var_export_handler(BuiltinCall& call)
{
    ArgReader args(call);
    bool return_it = false;
    if (args.has(1) && failed(args.get_bool(1, return_it)))
        return Outcome::Threw;
    std::string out;
    export_value(out, call.args[0]);
    if (return_it) {
        *call.result = safe_string_value(out); // smart_str_extract trims it
        return Outcome::Ok;
    }
    echo(out);
    return Outcome::Ok;
}

constexpr BuiltinFunction kVarFunctions[] = {
    {"var_dump", var_dump_handler, 1, BuiltinFunction::kVariadic, "value,...values"},
    {"debug_zval_dump", debug_zval_dump_handler, 1, BuiltinFunction::kVariadic, "value,...values"},
    {"print_r", print_r_handler, 1, 2, "value,return"},
    {"var_export", var_export_handler, 1, 2, "value,return"},
};

} // namespace

std::span<const BuiltinFunction> var_functions() { return kVarFunctions; }

} // namespace miniphp::runtime::builtins
