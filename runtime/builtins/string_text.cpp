// String builtins about text (ext/standard/string.c, math.c): natural comparison,
// addslashes, nl2br, str_word_count, and fdiv.
#include <cctype>
#include <string>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/messages.h"
#include "runtime/natural_compare.h"

namespace miniphp::runtime::builtins {

namespace {

Outcome natural(BuiltinCall& call, bool fold_case)
{
    ArgReader args(call);
    StringArg a;
    StringArg b;
    if (failed(args.get_string(0, a)) || failed(args.get_string(1, b)))
        return Outcome::Threw;
    *call.result = Value::integer(natural_compare(a.view(), b.view(), fold_case));
    return Outcome::Ok;
}

Outcome strnatcmp_handler(BuiltinCall& call) { return natural(call, false); }
Outcome strnatcasecmp_handler(BuiltinCall& call) { return natural(call, true); }

// fdiv: IEEE 754 division, so 1/0 is INF and 0/0 NAN instead of an error.
Outcome fdiv_handler(BuiltinCall& call)
{
    ArgReader args(call);
    double a = 0;
    double b = 0;
    if (failed(args.get_double(0, a)) || failed(args.get_double(1, b)))
        return Outcome::Threw;
    *call.result = Value::dbl(a / b);
    return Outcome::Ok;
}

Outcome addslashes_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    if (failed(args.get_string(0, s)))
        return Outcome::Threw;
    std::string out;
    bool changed = false;
    for (char c : s.view()) {
        if (c == '\0') {
            out += "\\0";
            changed = true;
        } else if (c == '\'' || c == '"' || c == '\\') {
            out += '\\';
            out += c;
            changed = true;
        } else {
            out += c;
        }
    }
    *call.result = changed ? safe_string_value(out) : s.to_value(); // zend_string_safe_alloc, truncated
    return Outcome::Ok;
}

// nl2br: "<br />" (or "<br>") before every line break, which stays: \r\n and \n\r
// count as one.
Outcome nl2br_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    bool xhtml = true;
    if (failed(args.get_string(0, s)) || (args.has(1) && failed(args.get_bool(1, xhtml))))
        return Outcome::Threw;
    std::string_view text = s.view();
    if (text.find_first_of("\r\n") == std::string_view::npos) {
        *call.result = s.to_value();
        return Outcome::Ok;
    }
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c != '\r' && c != '\n') {
            out += c;
            continue;
        }
        out += xhtml ? "<br />" : "<br>";
        out += c;
        if (i + 1 < text.size() && (text[i + 1] == '\r' || text[i + 1] == '\n') && text[i + 1] != c)
            out += text[++i];
    }
    *call.result = string_value(out);
    return Outcome::Ok;
}

// str_word_count: words are letters, "'" and "-" (not first in the string; "-" not
// last), plus the extra characters given.
Outcome str_word_count_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    int64_t format_kind = 0;
    StringArg extra;
    if (failed(args.get_string(0, s)) || (args.has(1) && failed(args.get_long(1, format_kind))) ||
        (args.has(2) && !args.at(2).is_null() && failed(args.get_string(2, extra))))
        return Outcome::Threw;
    if (format_kind < 0 || format_kind > 2)
        return args.argument_error(msg::kind::ValueError, 1, "must be a valid format value");
    bool allowed[256] = {};
    for (char c : extra.view())
        allowed[static_cast<unsigned char>(c)] = true;
    std::string_view text = s.view();
    Array* words = format_kind != 0 ? Array::create() : nullptr;
    int64_t count = 0;
    size_t p = 0;
    size_t e = text.size();
    if (e > 0) {
        if ((text[0] == '\'' && !allowed[static_cast<unsigned char>('\'')]) ||
            (text[0] == '-' && !allowed[static_cast<unsigned char>('-')]))
            ++p;
        if (text[e - 1] == '-' && !allowed[static_cast<unsigned char>('-')])
            --e;
    }
    while (p < e) {
        size_t start = p;
        while (p < e && (std::isalpha(static_cast<unsigned char>(text[p])) || allowed[static_cast<unsigned char>(text[p])] ||
                         text[p] == '\'' || text[p] == '-'))
            ++p;
        if (p > start) {
            std::string_view word = text.substr(start, p - start);
            if (format_kind == 1)
                words->append()->copy_from(string_value(word));
            else if (format_kind == 2)
                words->lookup_or_insert(static_cast<int64_t>(start))->copy_from(string_value(word));
            ++count;
        }
        ++p;
    }
    *call.result = words != nullptr ? Value::array(words) : Value::integer(count);
    return Outcome::Ok;
}

constexpr BuiltinFunction kStringTextFunctions[] = {
    {"strnatcmp", strnatcmp_handler, 2, 2, "string1,string2"},
    {"strnatcasecmp", strnatcasecmp_handler, 2, 2, "string1,string2"},
    {"fdiv", fdiv_handler, 2, 2, "num1,num2"},
    {"addslashes", addslashes_handler, 1, 1, "string"},
    {"nl2br", nl2br_handler, 1, 2, "string,use_xhtml"},
    {"str_word_count", str_word_count_handler, 1, 3, "string,format,characters"},
};

} // namespace

std::span<const BuiltinFunction> string_text_functions() { return kStringTextFunctions; }

} // namespace miniphp::runtime::builtins
