// str_replace and str_ireplace (ext/standard/string.c, php_str_replace_common):
// strings or arrays of searches and replacements over a string or over every
// element of an array, with the number of replacements in the by-reference $count.
// A subject nothing matched is returned as it is (the same string).
#include <string>
#include <vector>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/typed_reference.h"

namespace miniphp::runtime::builtins {

namespace {

char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Every occurrence of `search` in `subject` (left to right, not overlapping)
// replaced; `count` grows by the number replaced. False when none was found.
bool replace_all(std::string& subject, std::string_view search, std::string_view replacement, bool fold_case,
                 int64_t& count)
{
    if (search.empty() || search.size() > subject.size())
        return false;
    std::string haystack = subject;
    std::string needle(search);
    if (fold_case) {
        for (char& c : haystack)
            c = fold(c);
        for (char& c : needle)
            c = fold(c);
    }
    size_t at = haystack.find(needle);
    if (at == std::string::npos)
        return false;
    std::string out;
    out.reserve(subject.size());
    size_t from = 0;
    while (at != std::string::npos) {
        out.append(subject, from, at - from);
        out.append(replacement);
        ++count;
        from = at + needle.size();
        at = haystack.find(needle, from);
    }
    out.append(subject, from, std::string::npos);
    subject = std::move(out);
    return true;
}

struct Replacements {
    // (search, replacement) pairs, in order; searches as strings.
    std::vector<std::pair<std::string, std::string>> pairs;
};

// php_str_replace_in_subject: one subject (converted to a string); the result is
// the subject itself when nothing matched.
Value replace_in_subject(const Replacements& r, const Value& subject_value, bool fold_case, int64_t& count)
{
    Value text = to_string(subject_value);
    std::string subject(text.as_string()->view());
    bool changed = false;
    for (const auto& [search, replacement] : r.pairs) {
        changed |= replace_all(subject, search, replacement, fold_case, count);
        if (subject.empty())
            break;
    }
    if (!changed)
        return text;
    release(text);
    return string_value(subject);
}

Outcome replace_handler(BuiltinCall& call, bool fold_case)
{
    ArgReader args(call);
    const Value& search = args.at(0);
    const Value& replace = args.at(1);
    const Value& subject = deref(args.at(2));
    if (!search.is_array() && !search.is_string() && !search.is_long() && !search.is_double() &&
        !search.is_bool() && !search.is_null())
        return args.type_error(0, "array|string");
    if (!replace.is_array() && !replace.is_string() && !replace.is_long() && !replace.is_double() &&
        !replace.is_bool() && !replace.is_null())
        return args.type_error(1, "array|string");
    if (!subject.is_array() && !subject.is_string() && !subject.is_long() && !subject.is_double() &&
        !subject.is_bool() && !subject.is_null())
        return args.type_error(2, "array|string");
    if (!search.is_array() && replace.is_array())
        return args.argument_error(msg::kind::TypeError, 1,
                                   "must be of type string when argument #1 ($search) is a string");
    Replacements r;
    if (search.is_array()) {
        Array* searches = search.as_array();
        Array* replacements = replace.is_array() ? replace.as_array() : nullptr;
        std::string fixed;
        if (replacements == nullptr) {
            Value t = to_string(replace);
            fixed = t.as_string()->view();
            release(t);
        }
        uint32_t rpos = replacements != nullptr ? replacements->next_position(0) : 0;
        for (uint32_t pos = searches->next_position(0); pos < searches->used(); pos = searches->next_position(pos + 1)) {
            Value s = to_string(deref(searches->value_at(pos)));
            std::string replacement = fixed;
            if (replacements != nullptr) {
                replacement.clear();
                if (rpos < replacements->used()) {
                    Value t = to_string(deref(replacements->value_at(rpos)));
                    replacement = t.as_string()->view();
                    release(t);
                    rpos = replacements->next_position(rpos + 1);
                }
            }
            if (s.as_string()->length != 0)
                r.pairs.emplace_back(std::string(s.as_string()->view()), replacement);
            release(s);
        }
    } else {
        Value s = to_string(search);
        Value t = to_string(replace);
        r.pairs.emplace_back(std::string(s.as_string()->view()), std::string(t.as_string()->view()));
        release(s);
        release(t);
    }
    int64_t count = 0;
    if (subject.is_array()) {
        Array* source = subject.as_array();
        Array* result = Array::create(source->size());
        for (uint32_t pos = source->next_position(0); pos < source->used(); pos = source->next_position(pos + 1))
            result->lookup_or_insert(source->key_at(pos))->copy_from(
                replace_in_subject(r, deref(source->value_at(pos)), fold_case, count));
        *call.result = Value::array(result);
    } else {
        *call.result = replace_in_subject(r, subject, fold_case, count);
    }
    if (args.has(3))
        return assign_to_slot(call.args[3], Value::integer(count)); // a typed reference may refuse it
    return Outcome::Ok;
}

Outcome str_replace_handler(BuiltinCall& call) { return replace_handler(call, false); }
Outcome str_ireplace_handler(BuiltinCall& call) { return replace_handler(call, true); }

constexpr uint32_t kCountByReference = 1u << 3;

constexpr BuiltinFunction kReplaceFunctions[] = {
    {"str_replace", str_replace_handler, 3, 4, "search,replace,subject,count", kCountByReference},
    {"str_ireplace", str_ireplace_handler, 3, 4, "search,replace,subject,count", kCountByReference},
};

} // namespace

std::span<const BuiltinFunction> replace_functions() { return kReplaceFunctions; }

} // namespace miniphp::runtime::builtins
