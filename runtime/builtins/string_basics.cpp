// The everyday string builtins (ext/standard/string.c, math.c): case changes,
// trimming, padding, substrings and searches, comparisons, bytes and number bases.
// Where php hands back its input unchanged (nothing to upper-case, nothing to
// trim, the whole string asked for), the same string is returned, and a
// one-byte result is the shared interned one, as php's ZSTR_CHAR.
#include <algorithm>
#include <string>

#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/messages.h"

namespace miniphp::runtime::builtins {

namespace {

char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// A result string: the shared ones for lengths 0 and 1.
Value short_or_new(std::string_view text)
{
    if (text.empty())
        return Value::string(String::empty());
    if (text.size() == 1)
        return Value::string(String::one_char(static_cast<unsigned char>(text[0])));
    return Value::string(String::create(text));
}

// The same for a result php makes with zend_string_safe_alloc (substr).
Value short_or_safe_new(std::string_view text)
{
    if (text.size() <= 1)
        return short_or_new(text);
    return safe_string_value(text);
}

// Applies `change` to every byte; the input itself when no byte changes.
template <class Change>
Outcome map_bytes(BuiltinCall& call, Change change)
{
    ArgReader args(call);
    StringArg s;
    if (failed(args.get_string(0, s)))
        return Outcome::Threw;
    std::string text(s.view());
    bool changed = false;
    for (char& c : text) {
        char d = change(c);
        changed |= d != c;
        c = d;
    }
    *call.result = changed ? string_value(text) : s.to_value();
    return Outcome::Ok;
}

Outcome strtoupper_handler(BuiltinCall& call) { return map_bytes(call, ascii_upper); }
Outcome strtolower_handler(BuiltinCall& call) { return map_bytes(call, ascii_lower); }

// ucfirst / lcfirst: the first byte only.
Outcome change_first(BuiltinCall& call, char (*change)(char))
{
    ArgReader args(call);
    StringArg s;
    if (failed(args.get_string(0, s)))
        return Outcome::Threw;
    std::string_view text = s.view();
    if (text.empty() || change(text[0]) == text[0]) {
        *call.result = s.to_value();
        return Outcome::Ok;
    }
    std::string out(text);
    out[0] = change(out[0]);
    *call.result = string_value(out);
    return Outcome::Ok;
}

Outcome ucfirst_handler(BuiltinCall& call) { return change_first(call, ascii_upper); }
Outcome lcfirst_handler(BuiltinCall& call) { return change_first(call, ascii_lower); }

Outcome ucwords_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    StringArg delimiters_arg;
    if (failed(args.get_string(0, s)) || (args.has(1) && failed(args.get_string(1, delimiters_arg))))
        return Outcome::Threw;
    std::string_view delimiters = args.has(1) ? delimiters_arg.view() : std::string_view(" \t\r\n\f\v");
    std::string out(s.view());
    if (out.empty()) {
        *call.result = s.to_value();
        return Outcome::Ok;
    }
    out[0] = ascii_upper(out[0]);
    for (size_t i = 1; i < out.size(); ++i)
        if (delimiters.find(out[i - 1]) != std::string_view::npos)
            out[i] = ascii_upper(out[i]);
    *call.result = string_value(out);
    return Outcome::Ok;
}

// php_charmask: the bytes a trim removes, with "a..z" ranges; warnings for a
// range that is not one.
Outcome character_mask(std::string_view function, std::string_view list, bool mask[256])
{
    auto range_warning = [function](const char* detail) {
        warning(format("%.*s(): Invalid '..'-range%s", static_cast<int>(function.size()), function.data(), detail));
    };
    std::fill(mask, mask + 256, false);
    for (size_t i = 0; i < list.size(); ++i) {
        auto c = static_cast<unsigned char>(list[i]);
        if (i + 3 < list.size() && list[i + 1] == '.' && list[i + 2] == '.' &&
            static_cast<unsigned char>(list[i + 3]) >= c) {
            for (unsigned int x = c; x <= static_cast<unsigned char>(list[i + 3]); ++x)
                mask[x] = true;
            i += 3;
            continue;
        }
        if (i + 1 < list.size() && list[i] == '.' && list[i + 1] == '.') {
            if (i == 0)
                range_warning(", no character to the left of '..'");
            else if (i + 2 >= list.size())
                range_warning(", no character to the right of '..'");
            else if (static_cast<unsigned char>(list[i - 1]) > static_cast<unsigned char>(list[i + 2]))
                range_warning(", '..'-range needs to be incrementing");
            else
                range_warning("");
            ++i;
            continue;
        }
        mask[c] = true;
    }
    return Outcome::Ok;
}

// trim (both ends: 3), ltrim (1), rtrim (2).
Outcome trim_ends(BuiltinCall& call, int ends)
{
    ArgReader args(call);
    StringArg s;
    StringArg list;
    if (failed(args.get_string(0, s)) || (args.has(1) && failed(args.get_string(1, list))))
        return Outcome::Threw;
    bool mask[256];
    (void)character_mask(call.function->name, args.has(1) ? list.view() : std::string_view(" \t\n\r\v\0", 6),
                         mask);
    std::string_view text = s.view();
    size_t from = 0;
    size_t to = text.size();
    if (ends & 1)
        while (from < to && mask[static_cast<unsigned char>(text[from])])
            ++from;
    if (ends & 2)
        while (to > from && mask[static_cast<unsigned char>(text[to - 1])])
            --to;
    if (from == 0 && to == text.size()) {
        *call.result = s.to_value();
        return Outcome::Ok;
    }
    // Nothing left is the shared empty string; anything else a new string.
    *call.result = from == to ? Value::string(String::empty()) : string_value(text.substr(from, to - from));
    return Outcome::Ok;
}

Outcome trim_handler(BuiltinCall& call) { return trim_ends(call, 3); }
Outcome ltrim_handler(BuiltinCall& call) { return trim_ends(call, 1); }
Outcome rtrim_handler(BuiltinCall& call) { return trim_ends(call, 2); }

constexpr int64_t kPadLeft = 0;
constexpr int64_t kPadRight = 1;
constexpr int64_t kPadBoth = 2;

Outcome str_pad_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    int64_t length = 0;
    StringArg pad_arg;
    int64_t type = kPadRight;
    if (failed(args.get_string(0, s)) || failed(args.get_long(1, length)) ||
        (args.has(2) && failed(args.get_string(2, pad_arg))) || (args.has(3) && failed(args.get_long(3, type))))
        return Outcome::Threw;
    std::string_view text = s.view();
    std::string_view pad = args.has(2) ? pad_arg.view() : std::string_view(" ");
    if (length < 0 || static_cast<size_t>(length) <= text.size()) {
        *call.result = s.to_value();
        return Outcome::Ok;
    }
    if (pad.empty())
        return args.argument_error(msg::kind::ValueError, 2, "must be a non-empty string");
    if (type < kPadLeft || type > kPadBoth)
        return args.argument_error(msg::kind::ValueError, 3, "must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH");
    size_t total = static_cast<size_t>(length) - text.size();
    size_t left = type == kPadLeft ? total : (type == kPadBoth ? total / 2 : 0);
    size_t right = total - left;
    std::string out;
    out.reserve(static_cast<size_t>(length));
    for (size_t i = 0; i < left; ++i)
        out += pad[i % pad.size()];
    out += text;
    for (size_t i = 0; i < right; ++i)
        out += pad[i % pad.size()];
    *call.result = safe_string_value(out);
    return Outcome::Ok;
}

Outcome substr_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    int64_t offset = 0;
    int64_t length = 0;
    bool length_is_null = true;
    if (failed(args.get_string(0, s)) || failed(args.get_long(1, offset)) ||
        (args.has(2) && failed(args.get_long_or_null(2, length, length_is_null))))
        return Outcome::Threw;
    auto size = static_cast<int64_t>(s.view().size());
    if (offset > size) {
        *call.result = Value::string(String::empty());
        return Outcome::Ok;
    }
    if (offset < 0)
        offset = std::max<int64_t>(0, size + offset);
    int64_t count = size - offset;
    if (!length_is_null) {
        if (length < 0)
            count = std::max<int64_t>(0, count + length);
        else if (length < count)
            count = length;
    }
    if (offset == 0 && count == size) {
        *call.result = s.to_value();
        return Outcome::Ok;
    }
    *call.result = short_or_safe_new(s.view().substr(static_cast<size_t>(offset), static_cast<size_t>(count)));
    return Outcome::Ok;
}

std::string folded(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = ascii_lower(c);
    return out;
}

// strpos, stripos, strrpos, strripos.
Outcome find_position(BuiltinCall& call, bool fold_case, bool last)
{
    ArgReader args(call);
    StringArg haystack_arg;
    StringArg needle_arg;
    int64_t offset = 0;
    if (failed(args.get_string(0, haystack_arg)) || failed(args.get_string(1, needle_arg)) ||
        (args.has(2) && failed(args.get_long(2, offset))))
        return Outcome::Threw;
    std::string haystack = fold_case ? folded(haystack_arg.view()) : std::string(haystack_arg.view());
    std::string needle = fold_case ? folded(needle_arg.view()) : std::string(needle_arg.view());
    auto size = static_cast<int64_t>(haystack.size());
    if (offset > size || offset < -size)
        return args.argument_error(msg::kind::ValueError, 2, "must be contained in argument #1 ($haystack)");
    size_t found;
    if (!last) {
        int64_t from = offset < 0 ? size + offset : offset;
        found = haystack.find(needle, static_cast<size_t>(from));
    } else if (offset >= 0) {
        found = haystack.rfind(needle);
        if (found != std::string::npos && static_cast<int64_t>(found) < offset)
            found = std::string::npos;
    } else {
        // A negative offset: the match must start at or before size + offset and
        // lie within the haystack's first size + offset + needle bytes.
        int64_t limit = size + offset;
        if (static_cast<int64_t>(needle.size()) > -offset)
            limit = size - static_cast<int64_t>(needle.size());
        found = limit < 0 ? std::string::npos : haystack.rfind(needle, static_cast<size_t>(limit));
    }
    *call.result = found == std::string::npos ? Value::boolean(false) : Value::integer(static_cast<int64_t>(found));
    return Outcome::Ok;
}

Outcome strpos_handler(BuiltinCall& call) { return find_position(call, false, false); }
Outcome stripos_handler(BuiltinCall& call) { return find_position(call, true, false); }
Outcome strrpos_handler(BuiltinCall& call) { return find_position(call, false, true); }
Outcome strripos_handler(BuiltinCall& call) { return find_position(call, true, true); }

enum class Where { Anywhere, Start, End };

Outcome contains(BuiltinCall& call, Where where)
{
    ArgReader args(call);
    StringArg haystack;
    StringArg needle;
    if (failed(args.get_string(0, haystack)) || failed(args.get_string(1, needle)))
        return Outcome::Threw;
    std::string_view h = haystack.view();
    std::string_view n = needle.view();
    bool yes = where == Where::Anywhere ? h.find(n) != std::string_view::npos
               : where == Where::Start  ? h.substr(0, n.size()) == n
                                        : h.size() >= n.size() && h.substr(h.size() - n.size()) == n;
    *call.result = Value::boolean(yes);
    return Outcome::Ok;
}

Outcome str_contains_handler(BuiltinCall& call) { return contains(call, Where::Anywhere); }
Outcome str_starts_with_handler(BuiltinCall& call) { return contains(call, Where::Start); }
Outcome str_ends_with_handler(BuiltinCall& call) { return contains(call, Where::End); }

Outcome strrev_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    if (failed(args.get_string(0, s)))
        return Outcome::Threw;
    std::string out(s.view().rbegin(), s.view().rend());
    *call.result = string_value(out);
    return Outcome::Ok;
}

// strcmp family: the byte difference php returns, or the length difference
// (php 8.2 returns these, not -1/0/1).
int64_t compare_bytes(std::string_view a, std::string_view b, bool fold_case, size_t limit)
{
    size_t n = std::min({a.size(), b.size(), limit});
    for (size_t i = 0; i < n; ++i) {
        int x = static_cast<unsigned char>(fold_case ? ascii_lower(a[i]) : a[i]);
        int y = static_cast<unsigned char>(fold_case ? ascii_lower(b[i]) : b[i]);
        if (x != y)
            return x - y;
    }
    int64_t la = static_cast<int64_t>(std::min(a.size(), limit));
    int64_t lb = static_cast<int64_t>(std::min(b.size(), limit));
    return la - lb;
}

Outcome compare_strings(BuiltinCall& call, bool fold_case, bool limited)
{
    ArgReader args(call);
    StringArg a;
    StringArg b;
    int64_t limit = INT64_MAX;
    if (failed(args.get_string(0, a)) || failed(args.get_string(1, b)) || (limited && failed(args.get_long(2, limit))))
        return Outcome::Threw;
    if (limit < 0)
        return args.argument_error(msg::kind::ValueError, 2, msg::GreaterOrEqualZero);
    int64_t diff = compare_bytes(a.view(), b.view(), fold_case, static_cast<size_t>(limit));
    // strcmp and strncmp return the difference's sign in php 8.2; the case-folding
    // ones the difference itself.
    if (!fold_case)
        diff = diff > 0 ? 1 : (diff < 0 ? -1 : 0);
    *call.result = Value::integer(diff);
    return Outcome::Ok;
}

Outcome strcmp_handler(BuiltinCall& call) { return compare_strings(call, false, false); }
Outcome strcasecmp_handler(BuiltinCall& call) { return compare_strings(call, true, false); }
Outcome strncmp_handler(BuiltinCall& call) { return compare_strings(call, false, true); }
Outcome strncasecmp_handler(BuiltinCall& call) { return compare_strings(call, true, true); }

Outcome ord_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    if (failed(args.get_string(0, s)))
        return Outcome::Threw;
    *call.result = Value::integer(s.view().empty() ? 0 : static_cast<unsigned char>(s.view()[0]));
    return Outcome::Ok;
}

Outcome chr_handler(BuiltinCall& call)
{
    ArgReader args(call);
    int64_t code = 0;
    if (failed(args.get_long(0, code)))
        return Outcome::Threw;
    *call.result = Value::string(String::one_char(static_cast<unsigned char>(code & 0xff)));
    return Outcome::Ok;
}

// dechex, decbin, decoct: the int as unsigned digits in `base`.
Outcome to_base(BuiltinCall& call, unsigned base)
{
    ArgReader args(call);
    int64_t n = 0;
    if (failed(args.get_long(0, n)))
        return Outcome::Threw;
    auto u = static_cast<uint64_t>(n);
    std::string digits;
    do {
        digits += "0123456789abcdef"[u % base];
        u /= base;
    } while (u != 0);
    std::reverse(digits.begin(), digits.end());
    *call.result = string_value(digits);
    return Outcome::Ok;
}

Outcome dechex_handler(BuiltinCall& call) { return to_base(call, 16); }
Outcome decbin_handler(BuiltinCall& call) { return to_base(call, 2); }
Outcome decoct_handler(BuiltinCall& call) { return to_base(call, 8); }

// hexdec, bindec, octdec (_php_math_basetozval): invalid characters are skipped
// with php 8's deprecation; past the int range the result is a float.
Outcome from_base(BuiltinCall& call, unsigned base)
{
    ArgReader args(call);
    StringArg s;
    if (failed(args.get_string(0, s)))
        return Outcome::Threw;
    std::string_view text = s.view();
    // An "0x", "0b" or "0o" prefix matching the base is allowed.
    if (text.size() >= 2 && text[0] == '0') {
        char p = ascii_lower(text[1]);
        if ((base == 16 && p == 'x') || (base == 2 && p == 'b') || (base == 8 && p == 'o'))
            text.remove_prefix(2);
    }
    uint64_t value = 0;
    double fvalue = 0;
    bool as_double = false;
    bool invalid = false;
    for (char ch : text) {
        int digit;
        char c = ascii_lower(ch);
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'z')
            digit = c - 'a' + 10;
        else
            digit = 99;
        if (digit >= static_cast<int>(base)) {
            invalid = true;
            continue;
        }
        if (!as_double) {
            if (value > (static_cast<uint64_t>(INT64_MAX) - digit) / base) {
                as_double = true;
                fvalue = static_cast<double>(value);
            } else {
                value = value * base + digit;
                continue;
            }
        }
        fvalue = fvalue * base + digit;
    }
    if (invalid)
        deprecated("Invalid characters passed for attempted conversion, these have been ignored");
    *call.result = as_double ? Value::dbl(fvalue) : Value::integer(static_cast<int64_t>(value));
    return Outcome::Ok;
}

Outcome hexdec_handler(BuiltinCall& call) { return from_base(call, 16); }
Outcome bindec_handler(BuiltinCall& call) { return from_base(call, 2); }
Outcome octdec_handler(BuiltinCall& call) { return from_base(call, 8); }

Outcome bin2hex_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    if (failed(args.get_string(0, s)))
        return Outcome::Threw;
    std::string out;
    out.reserve(s.view().size() * 2);
    for (char c : s.view()) {
        out += "0123456789abcdef"[static_cast<unsigned char>(c) >> 4];
        out += "0123456789abcdef"[static_cast<unsigned char>(c) & 15];
    }
    *call.result = safe_string_value(out); // zend_string_safe_alloc(length, 2)
    return Outcome::Ok;
}

Outcome substr_count_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg haystack;
    StringArg needle;
    int64_t offset = 0;
    int64_t length = 0;
    bool length_is_null = true;
    if (failed(args.get_string(0, haystack)) || failed(args.get_string(1, needle)) ||
        (args.has(2) && failed(args.get_long(2, offset))) ||
        (args.has(3) && failed(args.get_long_or_null(3, length, length_is_null))))
        return Outcome::Threw;
    if (needle.view().empty())
        return args.argument_error(msg::kind::ValueError, 1, "cannot be empty");
    std::string_view h = haystack.view();
    auto size = static_cast<int64_t>(h.size());
    if (offset < 0)
        offset += size;
    if (offset < 0 || offset > size)
        return args.argument_error(msg::kind::ValueError, 2, "must be contained in argument #1 ($haystack)");
    h.remove_prefix(static_cast<size_t>(offset));
    if (!length_is_null) {
        if (length < 0)
            length += static_cast<int64_t>(h.size());
        if (length < 0 || length > static_cast<int64_t>(h.size()))
            return args.argument_error(msg::kind::ValueError, 3, "must be contained in argument #1 ($haystack)");
        h = h.substr(0, static_cast<size_t>(length));
    }
    int64_t count = 0;
    for (size_t at = h.find(needle.view()); at != std::string_view::npos; at = h.find(needle.view(), at))
        ++count, at += needle.view().size();
    *call.result = Value::integer(count);
    return Outcome::Ok;
}

constexpr BuiltinFunction kStringBasicFunctions[] = {
    {"strtoupper", strtoupper_handler, 1, 1, "string"},
    {"strtolower", strtolower_handler, 1, 1, "string"},
    {"ucfirst", ucfirst_handler, 1, 1, "string"},
    {"lcfirst", lcfirst_handler, 1, 1, "string"},
    {"ucwords", ucwords_handler, 1, 2, "string,separators"},
    {"trim", trim_handler, 1, 2, "string,characters"},
    {"ltrim", ltrim_handler, 1, 2, "string,characters"},
    {"rtrim", rtrim_handler, 1, 2, "string,characters"},
    {"chop", rtrim_handler, 1, 2, "string,characters"},
    {"str_pad", str_pad_handler, 2, 4, "string,length,pad_string,pad_type"},
    {"substr", substr_handler, 2, 3, "string,offset,length"},
    {"strpos", strpos_handler, 2, 3, "haystack,needle,offset"},
    {"stripos", stripos_handler, 2, 3, "haystack,needle,offset"},
    {"strrpos", strrpos_handler, 2, 3, "haystack,needle,offset"},
    {"strripos", strripos_handler, 2, 3, "haystack,needle,offset"},
    {"str_contains", str_contains_handler, 2, 2, "haystack,needle"},
    {"str_starts_with", str_starts_with_handler, 2, 2, "haystack,needle"},
    {"str_ends_with", str_ends_with_handler, 2, 2, "haystack,needle"},
    {"strrev", strrev_handler, 1, 1, "string"},
    {"strcmp", strcmp_handler, 2, 2, "string1,string2"},
    {"strcasecmp", strcasecmp_handler, 2, 2, "string1,string2"},
    {"strncmp", strncmp_handler, 3, 3, "string1,string2,length"},
    {"strncasecmp", strncasecmp_handler, 3, 3, "string1,string2,length"},
    {"ord", ord_handler, 1, 1, "character"},
    {"chr", chr_handler, 1, 1, "codepoint"},
    {"dechex", dechex_handler, 1, 1, "num"},
    {"decbin", decbin_handler, 1, 1, "num"},
    {"decoct", decoct_handler, 1, 1, "num"},
    {"hexdec", hexdec_handler, 1, 1, "hex_string"},
    {"bindec", bindec_handler, 1, 1, "binary_string"},
    {"octdec", octdec_handler, 1, 1, "octal_string"},
    {"bin2hex", bin2hex_handler, 1, 1, "string"},
    {"substr_count", substr_count_handler, 2, 4, "haystack,needle,offset,length"},
};

constexpr BuiltinConstant kStringBasicConstants[] = {
    long_constant("STR_PAD_LEFT", kPadLeft),
    long_constant("STR_PAD_RIGHT", kPadRight),
    long_constant("STR_PAD_BOTH", kPadBoth),
};

} // namespace

std::span<const BuiltinFunction> string_basic_functions() { return kStringBasicFunctions; }
std::span<const BuiltinConstant> string_basic_constants() { return kStringBasicConstants; }

} // namespace miniphp::runtime::builtins
