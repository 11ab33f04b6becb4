// Between strings and arrays (ext/standard/string.c): implode/join, explode and
// str_split. implode takes (separator, array) or the array alone; php 8 no longer
// accepts (array, separator).
#include <string>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/array_helpers.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"

namespace miniphp::runtime::builtins {

namespace {

// A piece cut out of a string as zend_string_init_fast makes it: the shared empty
// and one-byte strings, otherwise a new one.
Value piece(std::string_view text)
{
    if (text.empty())
        return Value::string(String::empty());
    if (text.size() == 1)
        return Value::string(String::one_char(static_cast<unsigned char>(text[0])));
    return safe_string_value(text); // explode's pieces sit in these bins in php
}

// php_implode: one element is returned as its string (the same string when it is
// one); more are joined in a new string.
Value join(std::string_view separator, Array* pieces)
{
    if (pieces->size() == 0)
        return Value::string(String::empty());
    if (pieces->size() == 1)
        return to_string(deref(pieces->value_at(pieces->next_position(0))));
    std::string out;
    bool first = true;
    for_each(pieces, [&](ArrayKey, const Value& v) {
        if (!first)
            out += separator;
        first = false;
        Value text = to_string(v);
        out += text.as_string()->view();
        release(text);
    });
    return safe_string_value(out);
}

Outcome implode_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* first_array = nullptr;
    StringArg separator;
    if (failed(args.get_array_or_string(0, first_array, separator)))
        return Outcome::Threw;
    Array* pieces = nullptr;
    if (args.has(1) && !args.at(1).is_null()) {
        if (!args.at(1).is_array())
            return args.type_error(1, "?array");
        pieces = args.at(1).as_array();
    }
    if (pieces == nullptr) {
        if (first_array == nullptr)
            return throw_error(msg::kind::TypeError,
                               format("%s(): Argument #1 ($array) must be of type array, string given",
                                      std::string(args.function_name()).c_str()));
        *call.result = join("", first_array);
        return Outcome::Ok;
    }
    if (first_array != nullptr)
        return args.type_error(0, "string");
    *call.result = join(separator.view(), pieces);
    return Outcome::Ok;
}

// Splits at every separator: all pieces for a limit of 0 or 1 (one piece) up to
// `limit` pieces, the last holding the rest; a negative limit leaves out that many
// pieces at the end.
Array* split(const StringArg& separator, const StringArg& subject, int64_t limit)
{
    std::string_view text = subject.view();
    std::string_view sep = separator.view();
    Array* pieces = Array::create();
    if (text.empty()) {
        if (limit >= 0)
            pieces->append()->copy_from(Value::string(String::empty()));
        return pieces;
    }
    size_t found = text.find(sep);
    if (limit >= 0 && (limit <= 1 || found == std::string_view::npos)) {
        pieces->append()->copy_from(subject.to_value());
        return pieces;
    }
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (found != std::string_view::npos && (limit < 0 || static_cast<int64_t>(parts.size()) + 1 < limit)) {
        parts.push_back(text.substr(start, found - start));
        start = found + sep.size();
        found = text.find(sep, start);
    }
    parts.push_back(text.substr(start));
    if (limit < 0) {
        // php_explode_negative_limit: pieces are always new strings.
        int64_t keep = static_cast<int64_t>(parts.size()) + limit;
        for (int64_t i = 0; i < keep; ++i)
            pieces->append()->copy_from(safe_string_value(parts[static_cast<size_t>(i)]));
        return pieces;
    }
    for (std::string_view part : parts)
        pieces->append()->copy_from(piece(part));
    return pieces;
}

Outcome explode_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg separator;
    StringArg subject;
    int64_t limit = INT64_MAX;
    if (failed(args.get_string(0, separator)) || failed(args.get_string(1, subject)) ||
        (args.has(2) && failed(args.get_long(2, limit))))
        return Outcome::Threw;
    if (separator.view().empty())
        return args.argument_error(msg::kind::ValueError, 0, "cannot be empty");
    *call.result = Value::array(split(separator, subject, limit));
    return Outcome::Ok;
}

Outcome str_split_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg subject;
    int64_t length = 1;
    if (failed(args.get_string(0, subject)) || (args.has(1) && failed(args.get_long(1, length))))
        return Outcome::Threw;
    if (length <= 0)
        return args.argument_error(msg::kind::ValueError, 1, "must be greater than 0");
    std::string_view text = subject.view();
    if (text.empty()) {
        *call.result = Value::array(Array::empty());
        return Outcome::Ok;
    }
    auto step = static_cast<uint64_t>(length);
    Array* pieces = Array::create(static_cast<uint32_t>((text.size() - 1) / std::min<uint64_t>(step, text.size()) + 1));
    for (size_t start = 0; start < text.size(); start += std::min<uint64_t>(step, text.size() - start))
        pieces->append()->copy_from(string_value(text.substr(start, std::min<uint64_t>(step, text.size() - start))));
    *call.result = Value::array(pieces);
    return Outcome::Ok;
}

constexpr BuiltinFunction kImplodeExplodeFunctions[] = {
    {"implode", implode_handler, 1, 2, "separator,array"},
    {"join", implode_handler, 1, 2, "separator,array"},
    {"explode", explode_handler, 2, 3, "separator,string,limit"},
    {"str_split", str_split_handler, 1, 2, "string,length"},
};

} // namespace

std::span<const BuiltinFunction> implode_explode_functions() { return kImplodeExplodeFunctions; }

} // namespace miniphp::runtime::builtins
