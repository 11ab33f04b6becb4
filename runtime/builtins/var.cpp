// var_dump, debug_zval_dump, print_r and var_export (ext/standard/var.c, Zend/zend.c's
// zend_print_zval_r) for scalars. Arrays and objects join when they exist; the
// scalar cases below are the leaves those will recurse into.
//
// Floats: var_dump and var_export print the shortest repr that round-trips
// (serialize_precision = -1, format_double_repr); var_export adds ".0" to finite
// floats without a '.' so that the output reads back as a float. print_r prints
// what echo would (precision 14).
#include <cmath>
#include <cstring>
#include <string>

#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
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

// php_var_dump for one scalar value.
void dump_value(std::string& out, const Value& v)
{
    switch (v.type()) {
    case Type::Null:
    case Type::Undef:
        out += "NULL\n";
        break;
    case Type::False:
        out += "bool(false)\n";
        break;
    case Type::True:
        out += "bool(true)\n";
        break;
    case Type::Long:
        out += "int(";
        append_decimal(out, v.as_long());
        out += ")\n";
        break;
    case Type::Double:
        out += "float(";
        out += format_double_repr(v.as_double());
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
    default:
        // TODO(arrays, objects): php_var_dump's recursive cases.
        break;
    }
}

// php_debug_zval_dump for one scalar value: var_dump's text, and for a string
// whether it is interned or how many owners it has (the argument itself among them).
void debug_dump_value(std::string& out, const Value& v)
{
    if (!v.is_string()) {
        // TODO(arrays, objects): their refcount, then the recursive cases.
        dump_value(out, v);
        return;
    }
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
}

// php_var_export_ex for one scalar value.
void export_value(std::string& out, const Value& v)
{
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
        std::string text = format_double_repr(d);
        out += text;
        if (std::isfinite(d) && text.find('.') == std::string::npos)
            out += ".0";
        break;
    }
    case Type::String: {
        // Single-quoted with \ and ' escaped; NUL bytes leave the quotes as "\0".
        std::string_view s = v.as_string()->view();
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
        break;
    }
    default:
        // TODO(arrays, objects): php_var_export_ex's recursive cases.
        break;
    }
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
    // zend_print_zval_r_to_buf: scalars print as their string conversion.
    Value text = to_string(call.args[0]);
    if (return_it) {
        // The text is built in a buffer: always a new string.
        *call.result = string_value(text.as_string()->view());
        release(text);
        return Outcome::Ok;
    }
    echo(text.as_string()->view());
    release(text);
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
        *call.result = string_value(out);
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
