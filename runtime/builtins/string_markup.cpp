// htmlspecialchars (ext/standard/html.c), wordwrap, base_convert and hex2bin
// (ext/standard/string.c, math.c).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <unordered_set>

#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/builtins/utf8.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"

namespace miniphp::runtime::builtins {

namespace {

enum HtmlFlag : int64_t {
    kEntNoQuotes = 0,
    kEntCompat = 2,
    kEntQuotes = 3,
    kEntIgnore = 4,
    kEntSubstitute = 8,
    kEntXml1 = 16,
    kEntXhtml = 32,
    kEntHtml5 = 48,
    kEntDisallowed = 128,
};

// The named entities of HTML 4.01, which php's table for the default document
// type holds: only these are left alone by htmlspecialchars(..., false).
bool is_html4_entity(std::string_view name)
{
    static const std::unordered_set<std::string_view> kNames = {
        "quot", "amp", "lt", "gt", "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml",
        "copy", "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
        "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave",
        "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml",
        "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml",
        "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute",
        "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave",
        "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
        "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml", "OElig", "oelig", "Scaron",
        "scaron", "Yuml", "fnof", "circ", "tilde", "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta",
        "Theta", "Iota", "Kappa", "Lambda", "Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", "Sigma", "Tau", "Upsilon",
        "Phi", "Chi", "Psi", "Omega", "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigmaf", "sigma", "tau",
        "upsilon", "phi", "chi", "psi", "omega", "thetasym", "upsih", "piv", "ensp", "emsp", "thinsp", "zwnj",
        "zwj", "lrm", "rlm", "ndash", "mdash", "lsquo", "rsquo", "sbquo", "ldquo", "rdquo", "bdquo", "dagger",
        "Dagger", "bull", "hellip", "permil", "prime", "Prime", "lsaquo", "rsaquo", "oline", "frasl", "euro",
        "image", "weierp", "real", "trade", "alefsym", "larr", "uarr", "rarr", "darr", "harr", "crarr", "lArr",
        "uArr", "rArr", "dArr", "hArr", "forall", "part", "exist", "empty", "nabla", "isin", "notin", "ni",
        "prod", "sum", "minus", "lowast", "radic", "prop", "infin", "ang", "and", "or", "cap", "cup", "int",
        "there4", "sim", "cong", "asymp", "ne", "equiv", "le", "ge", "sub", "sup", "nsub", "sube", "supe",
        "oplus", "otimes", "perp", "sdot", "lceil", "rceil", "lfloor", "rfloor", "lang", "rang", "loz",
        "spades", "clubs", "hearts", "diams",
    };
    return kNames.count(name) != 0;
}

// "&name;", "&#123;" or "&#x1F;" starting at `s[i]` (for double_encode false).
bool is_entity(std::string_view s, size_t i, int64_t doctype)
{
    size_t j = i + 1;
    if (j < s.size() && s[j] == '#') {
        ++j;
        bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
        if (hex)
            ++j;
        size_t start = j;
        while (j < s.size() && (hex ? std::isxdigit(static_cast<unsigned char>(s[j])) : std::isdigit(static_cast<unsigned char>(s[j]))))
            ++j;
        return j > start && j < s.size() && s[j] == ';';
    }
    size_t start = j;
    while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j])))
        ++j;
    if (j == start || j >= s.size() || s[j] != ';')
        return false;
    std::string_view name = s.substr(start, j - start);
    return is_html4_entity(name) || (name == "apos" && doctype != 0);
}

Outcome htmlspecialchars_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    int64_t flags = kEntQuotes | kEntSubstitute;
    bool double_encode = true;
    if (failed(args.get_string(0, s)) || (args.has(1) && failed(args.get_long(1, flags))))
        return Outcome::Threw;
    if (args.has(2) && !args.at(2).is_null()) {
        StringArg charset;
        if (failed(args.get_string(2, charset)))
            return Outcome::Threw;
    }
    if (args.has(3) && failed(args.get_bool(3, double_encode)))
        return Outcome::Threw;
    std::string_view text = s.view();
    std::string out;
    out.reserve(text.size());
    int64_t doctype = flags & kEntHtml5;
    for (size_t i = 0; i < text.size();) {
        // An ill-formed sequence is replaced (or dropped) whole, as php reads it.
        Utf8Char ch = next_utf8_char(text, i);
        size_t n = ch.length;
        if (!ch.valid) {
            if (flags & kEntSubstitute) {
                out += "\xEF\xBF\xBD";
            } else if (!(flags & kEntIgnore)) {
                *call.result = Value::string(String::empty());
                return Outcome::Ok;
            }
            i += n;
            continue;
        }
        char c = text[i];
        if (n > 1) {
            out.append(text.substr(i, n));
        } else if (c == '&') {
            out += (!double_encode && is_entity(text, i, doctype)) ? "&" : "&amp;";
        } else if (c == '"' && (flags & kEntCompat)) {
            out += "&quot;";
        } else if (c == '\'' && (flags & kEntQuotes) == kEntQuotes) {
            out += doctype == kEntHtml5 || doctype == kEntXml1 || doctype == kEntXhtml ? "&apos;" : "&#039;";
        } else if (c == '<') {
            out += "&lt;";
        } else if (c == '>') {
            out += "&gt;";
        } else {
            out += c;
        }
        i += n;
    }
    if (out == text) {
        *call.result = s.to_value();
        return Outcome::Ok;
    }
    // php_escape_html_entities_ex's buffer, never trimmed: 128 bytes for an input
    // under 64, else twice its length, 128 more whenever fewer than 40 are left.
    size_t capacity = text.size() < 64 ? 128 : 2 * text.size();
    while (out.size() > capacity - 40)
        capacity += 128;
    *call.result = string_value_in_block(out, String::safe_allocation_size(capacity));
    return Outcome::Ok;
}

// wordwrap: php's walk over the text, remembering where the current line started
// and its last space; a one-byte break without cutting rewrites spaces in place.
std::string wrap(std::string_view text, size_t width, std::string_view brk, bool cut)
{
    if (brk.size() == 1 && !cut) {
        std::string out(text);
        size_t line_start = 0;
        size_t last_space = 0;
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] == brk[0]) {
                line_start = last_space = i + 1;
            } else if (text[i] == ' ') {
                if (i - line_start >= width) {
                    out[i] = brk[0];
                    line_start = i + 1;
                }
                last_space = i;
            } else if (i - line_start >= width && line_start != last_space) {
                out[last_space] = brk[0];
                line_start = last_space + 1;
            }
        }
        return out;
    }
    std::string out;
    size_t line_start = 0;
    size_t last_space = 0;
    size_t i = 0;
    for (; i < text.size(); ++i) {
        if (text[i] == brk[0] && i + brk.size() < text.size() && text.compare(i, brk.size(), brk) == 0) {
            out.append(text.substr(line_start, i - line_start + brk.size()));
            i += brk.size() - 1;
            line_start = last_space = i + 1;
        } else if (text[i] == ' ') {
            if (i - line_start >= width) {
                out.append(text.substr(line_start, i - line_start));
                out.append(brk);
                line_start = i + 1;
            }
            last_space = i;
        } else if (i - line_start >= width && cut && line_start >= last_space) {
            out.append(text.substr(line_start, i - line_start));
            out.append(brk);
            line_start = last_space = i;
        } else if (i - line_start >= width && line_start < last_space) {
            out.append(text.substr(line_start, last_space - line_start));
            out.append(brk);
            line_start = last_space = last_space + 1;
        }
    }
    if (line_start != i)
        out.append(text.substr(line_start, i - line_start));
    return out;
}

Outcome wordwrap_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    int64_t width = 75;
    StringArg brk_arg;
    bool cut = false;
    if (failed(args.get_string(0, s)) || (args.has(1) && failed(args.get_long(1, width))) ||
        (args.has(2) && failed(args.get_string(2, brk_arg))) || (args.has(3) && failed(args.get_bool(3, cut))))
        return Outcome::Threw;
    std::string_view brk = args.has(2) ? brk_arg.view() : std::string_view("\n");
    if (s.view().empty()) {
        *call.result = Value::string(String::empty());
        return Outcome::Ok;
    }
    if (brk.empty())
        return args.argument_error(msg::kind::ValueError, 2, "cannot be empty");
    if (width == 0 && cut)
        return args.argument_error(msg::kind::ValueError, 1, "cannot be 0 when argument #4 ($cut_long_words) is true");
    *call.result = string_value(wrap(s.view(), width < 0 ? 0 : static_cast<size_t>(width), brk, cut));
    return Outcome::Ok;
}

Outcome base_convert_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg number;
    int64_t from = 0;
    int64_t to = 0;
    if (failed(args.get_string(0, number)) || failed(args.get_long(1, from)) || failed(args.get_long(2, to)))
        return Outcome::Threw;
    if (from < 2 || from > 36)
        return args.argument_error(msg::kind::ValueError, 1, "must be between 2 and 36 (inclusive)");
    if (to < 2 || to > 36)
        return args.argument_error(msg::kind::ValueError, 2, "must be between 2 and 36 (inclusive)");
    // _php_math_basetozval: invalid digits skipped (deprecated), past the int range a
    // float; then _php_math_zvaltobase.
    uint64_t value = 0;
    double fvalue = 0;
    bool as_double = false;
    bool invalid = false;
    for (char ch : number.view()) {
        int c = std::tolower(static_cast<unsigned char>(ch));
        int digit = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'z') ? c - 'a' + 10 : 99;
        if (digit >= from) {
            invalid = true;
            continue;
        }
        if (!as_double && value > (static_cast<uint64_t>(INT64_MAX) - digit) / static_cast<uint64_t>(from)) {
            as_double = true;
            fvalue = static_cast<double>(value);
        }
        if (as_double)
            fvalue = fvalue * static_cast<double>(from) + digit;
        else
            value = value * static_cast<uint64_t>(from) + digit;
    }
    if (invalid)
        deprecated("Invalid characters passed for attempted conversion, these have been ignored");
    static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string out;
    if (as_double) {
        if (std::isinf(fvalue)) {
            warning("Number too large");
            *call.result = Value::string(String::empty());
            return Outcome::Ok;
        }
        do {
            out += kDigits[static_cast<int>(std::fmod(fvalue, static_cast<double>(to)))];
            fvalue /= static_cast<double>(to);
        } while (std::fabs(fvalue) >= 1);
    } else {
        do {
            out += kDigits[value % static_cast<uint64_t>(to)];
            value /= static_cast<uint64_t>(to);
        } while (value != 0);
    }
    std::reverse(out.begin(), out.end());
    *call.result = string_value(out);
    return Outcome::Ok;
}

Outcome hex2bin_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    if (failed(args.get_string(0, s)))
        return Outcome::Threw;
    std::string_view hex = s.view();
    if (hex.size() % 2 != 0) {
        warning("hex2bin(): Hexadecimal input string must have an even length");
        *call.result = Value::boolean(false);
        return Outcome::Ok;
    }
    std::string out;
    for (size_t i = 0; i < hex.size(); i += 2) {
        auto nibble = [](char c) {
            return (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
        };
        int hi = nibble(hex[i]);
        int lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0) {
            warning("hex2bin(): Input string must be hexadecimal string");
            *call.result = Value::boolean(false);
            return Outcome::Ok;
        }
        out += static_cast<char>(hi * 16 + lo);
    }
    *call.result = string_value(out);
    return Outcome::Ok;
}

constexpr BuiltinFunction kMarkupFunctions[] = {
    {"htmlspecialchars", htmlspecialchars_handler, 1, 4, "string,flags,encoding,double_encode"},
    {"wordwrap", wordwrap_handler, 1, 4, "string,width,break,cut_long_words"},
    {"base_convert", base_convert_handler, 3, 3, "num,from_base,to_base"},
    {"hex2bin", hex2bin_handler, 1, 1, "string"},
};

constexpr BuiltinConstant kMarkupConstants[] = {
    long_constant("ENT_NOQUOTES", kEntNoQuotes),   long_constant("ENT_COMPAT", kEntCompat),
    long_constant("ENT_QUOTES", kEntQuotes),       long_constant("ENT_IGNORE", kEntIgnore),
    long_constant("ENT_SUBSTITUTE", kEntSubstitute), long_constant("ENT_XML1", kEntXml1),
    long_constant("ENT_XHTML", kEntXhtml),         long_constant("ENT_HTML5", kEntHtml5),
    long_constant("ENT_HTML401", 0),               long_constant("ENT_DISALLOWED", kEntDisallowed),
};

} // namespace

std::span<const BuiltinFunction> markup_functions() { return kMarkupFunctions; }
std::span<const BuiltinConstant> markup_constants() { return kMarkupConstants; }

} // namespace miniphp::runtime::builtins
