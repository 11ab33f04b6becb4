// Strings and arrays (ext/standard/string.c): implode/join, explode, str_split.
#include <string>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"

namespace miniphp::runtime::builtins {

namespace {

// ZVAL_STRINGL_FAST: the empty and one-byte strings are the shared interned ones.
Value short_string(std::string_view text)
{
    if (text.empty())
        return Value::string(String::empty());
    if (text.size() == 1)
        return Value::string(String::one_char(static_cast<unsigned char>(text[0])));
    return Value::string(String::create(text));
}

// implode(string $separator, array $array) or implode(array $array).
Outcome implode_handler(BuiltinCall& call)
{
    ArgReader args(call);
    std::string_view separator;
    StringArg separator_arg;
    Array* pieces = nullptr;
    if (call.argc == 1) {
        if (!args.at(0).is_array())
            return args.argument_error(msg::kind::TypeError, 0,
                                       format("must be of type array, %s given", zend_type_name(args.at(0))));
        pieces = args.at(0).as_array();
    } else if (args.at(0).is_array()) {
        return args.argument_error(msg::kind::TypeError, 1,
                                   format("must be of type ?array, %s given", zend_type_name(args.at(1))));
    } else {
        if (failed(args.get_string(0, separator_arg)))
            return Outcome::Threw;
        separator = separator_arg.view();
        if (!args.at(1).is_array())
            return args.argument_error(msg::kind::TypeError, 1,
                                       format("must be of type ?array, %s given", zend_type_name(args.at(1))));
        pieces = args.at(1).as_array();
    }
    if (pieces->size() == 0) {
        *call.result = Value::string(String::empty());
        return Outcome::Ok;
    }
    // One element: its string conversion (a string itself, the shared digits...).
    if (pieces->size() == 1) {
        *call.result = to_string(deref(pieces->value_at(pieces->next_position(0))));
        return Outcome::Ok;
    }
    std::string out;
    bool first = true;
    for (uint32_t pos = pieces->next_position(0); pos < pieces->used(); pos = pieces->next_position(pos + 1)) {
        if (!first)
            out += separator;
        first = false;
        append_string(out, deref(pieces->value_at(pos)));
    }
    *call.result = string_value(out);
    return Outcome::Ok;
}

Outcome explode_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg separator;
    StringArg text;
    int64_t limit = INT64_MAX;
    if (failed(args.get_string(0, separator)) || failed(args.get_string(1, text)) ||
        (args.has(2) && failed(args.get_long(2, limit))))
        return Outcome::Threw;
    std::string_view sep = separator.view();
    std::string_view s = text.view();
    if (sep.empty())
        return args.argument_error(msg::kind::ValueError, 0, "cannot be empty");
    Array* parts = Array::create();
    *call.result = Value::array(parts);
    if (limit == 0)
        limit = 1;
    if (s.empty()) {
        if (limit >= 0)
            parts->append()->copy_from(Value::string(String::empty()));
        return Outcome::Ok;
    }
    std::vector<std::string_view> pieces;
    size_t from = 0;
    for (size_t at = s.find(sep); at != std::string_view::npos; at = s.find(sep, from)) {
        if (limit > 0 && static_cast<int64_t>(pieces.size()) + 1 >= limit)
            break;
        pieces.push_back(s.substr(from, at - from));
        from = at + sep.size();
    }
    pieces.push_back(s.substr(from));
    if (limit > 0) {
        for (std::string_view piece : pieces)
            parts->append()->copy_from(short_string(piece));
        return Outcome::Ok;
    }
    // A negative limit drops that many pieces from the end (php builds these
    // strings without the interned shortcut).
    int64_t keep = static_cast<int64_t>(pieces.size()) + limit;
    for (int64_t i = 0; i < keep; ++i)
        parts->append()->copy_from(Value::string(String::create(pieces[static_cast<size_t>(i)])));
    return Outcome::Ok;
}

Outcome str_split_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg text;
    int64_t length = 1;
    if (failed(args.get_string(0, text)) || (args.has(1) && failed(args.get_long(1, length))))
        return Outcome::Threw;
    if (length < 1)
        return args.argument_error(msg::kind::ValueError, 1, "must be greater than 0");
    std::string_view s = text.view();
    if (s.empty()) {
        *call.result = Value::array(Array::empty());
        return Outcome::Ok;
    }
    Array* chunks = Array::create(static_cast<uint32_t>((s.size() + length - 1) / length));
    for (size_t at = 0; at < s.size(); at += static_cast<size_t>(length))
        chunks->append()->copy_from(Value::string(String::create(s.substr(at, static_cast<size_t>(length)))));
    *call.result = Value::array(chunks);
    return Outcome::Ok;
}

constexpr BuiltinFunction kImplodeFunctions[] = {
    {"implode", implode_handler, 1, 2, "separator,array"},
    {"join", implode_handler, 1, 2, "separator,array"},
    {"explode", explode_handler, 2, 3, "separator,string,limit"},
    {"str_split", str_split_handler, 1, 2, "string,length"},
};

} // namespace

std::span<const BuiltinFunction> implode_functions() { return kImplodeFunctions; }

} // namespace miniphp::runtime::builtins
