// Resolving xdebug_debug_zval()'s names (see xdebug_symbol.h for the rules).
#include "runtime/builtins/xdebug_symbol.h"

#include <cstdint>
#include <string>

#include "runtime/array.h"
#include "runtime/class.h"
#include "runtime/engine.h"
#include "runtime/object.h"
#include "runtime/property_table.h"

namespace miniphp::runtime::builtins::xdebug {

namespace {

// What the text between two transitions of the name is looked up as.
enum class Lookup : uint8_t {
    Variable,       // the leading name
    NumericKey,     // a[12]
    QuotedKey,      // a["k"], a['k']
    Property,       // o->p
    QuotedProperty, // o->{"p"}
    StaticProperty, // o::p (not resolved)
};

// The states of the reader, one per kind of position in the name.
enum class State : uint8_t {
    Start,            // before the variable name (a '$' is skipped)
    Name,             // in a variable or property name, or after a closed [..] / {..}
    Arrow,            // after '-': '>' is skipped, '{' opens a quoted property
    Colons,           // after ':' of a static property
    Bracket,          // after '[': waiting for a quote, a digit or '-'
    Minus,            // after '[-': waiting for a digit
    Number,           // in a number, up to ']'
    Brace,            // after '->{': waiting for a quote
    Quoted,           // in a quoted key or property name, up to the same quote
    QuotedEscape,     // after a backslash in it
    QuotedClosed,     // after it, up to its ']' or '}'
    LeadingColon,     // the name started with ':' ('::p', resolved to nothing)
};

int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// stripcslashes(): \n \r \a \t \v \b \f \\, \xH[H], \O[O[O]] decoded; a backslash
// before any other character is dropped; a final lone backslash stays.
std::string strip_c_slashes(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        char c = text[++i];
        switch (c) {
        case 'n': out += '\n'; continue;
        case 'r': out += '\r'; continue;
        case 'a': out += '\a'; continue;
        case 't': out += '\t'; continue;
        case 'v': out += '\v'; continue;
        case 'b': out += '\b'; continue;
        case 'f': out += '\f'; continue;
        case '\\': out += '\\'; continue;
        default: break;
        }
        if (c == 'x' && i + 1 < text.size() && hex_digit(text[i + 1]) >= 0) {
            int code = hex_digit(text[++i]);
            if (i + 1 < text.size() && hex_digit(text[i + 1]) >= 0)
                code = code * 16 + hex_digit(text[++i]);
            out += static_cast<char>(code);
            continue;
        }
        int digits = 0;
        int code = 0;
        while (i < text.size() && digits < 3 && text[i] >= '0' && text[i] <= '7') {
            code = code * 8 + (text[i++] - '0');
            ++digits;
        }
        if (digits > 0) {
            --i;
            out += static_cast<char>(code);
        } else {
            out += c;
        }
    }
    return out;
}

// strtoull() of a bracketed number, as an int key: leading digits after an
// optional sign, a '-' negating modulo 2^64, ULLONG_MAX (-1) on overflow.
int64_t numeric_key(std::string_view text)
{
    size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        negative = text[i++] == '-';
    uint64_t n = 0;
    bool overflow = false;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        uint64_t digit = static_cast<uint64_t>(text[i] - '0');
        if (n > (UINT64_MAX - digit) / 10)
            overflow = true;
        n = n * 10 + digit;
    }
    if (overflow)
        return -1;
    return static_cast<int64_t>(negative ? ~n + 1 : n);
}

Symbol direct(const Value* slot)
{
    Symbol s;
    if (slot != nullptr && !slot->is_undef()) {
        s.value.copy_from(*slot);
        s.found = true;
    }
    return s;
}

// The value a symbol holds, through its reference if it is one.
const Value& target_of(const Symbol& s) { return deref(s.value); }

const Class* class_of(const Symbol& s)
{
    const Value& v = target_of(s);
    return s.found && v.is_object() ? v.as_object()->class_entry : nullptr;
}

// The properties table's entry under `key` exactly (a mangled name for a declared
// protected or private property): the declared slot, indirect, or a dynamic
// property.
Symbol property_table_entry(Object* object, std::string_view key)
{
    const std::vector<PropertyInfo>& slots = object->class_entry->slot_properties();
    for (const PropertyInfo& info : slots) {
        if (mangled_property_name(info)->view() == key) {
            Symbol s;
            s.value.copy_from(object->slots[info.slot]);
            s.found = true;
            s.indirect = true;
            return s;
        }
    }
    return object->properties != nullptr ? direct(object->properties->find(key)) : Symbol{};
}

// A lookup in the table of `container` (an array, or an object's properties) as
// zend_symtable_str_find makes it: a canonical integer string is that int key.
Symbol symtable_entry(const Symbol& container, std::string_view key)
{
    const Value& v = target_of(container);
    int64_t number = 0;
    bool is_number = string_is_integer_key(key, number);
    if (v.is_array())
        return direct(is_number ? v.as_array()->find(number) : v.as_array()->find(key));
    if (v.is_object()) {
        Object* object = v.as_object();
        if (is_number)
            return object->properties != nullptr ? direct(object->properties->find(number)) : Symbol{};
        return property_table_entry(object, key);
    }
    return {};
}

// The same lookup with the key taken exactly (zend_hash_str_find).
Symbol exact_entry(const Symbol& container, std::string_view key)
{
    const Value& v = target_of(container);
    if (v.is_array())
        return direct(v.as_array()->find(key));
    if (v.is_object())
        return property_table_entry(v.as_object(), key);
    return {};
}

Symbol numeric_entry(const Symbol& container, int64_t key)
{
    const Value& v = target_of(container);
    if (v.is_array())
        return direct(v.as_array()->find(key));
    if (v.is_object() && v.as_object()->properties != nullptr)
        return direct(v.as_object()->properties->find(key));
    return {};
}

// zend_read_property() with `scope` as the calling class, quietly: an initialised
// declared property that scope may see, or a dynamic one. (xdebug would also call
// __get here; miniphp does not.)
Symbol read_property(Object* object, const Class* scope, std::string_view name)
{
    const PropertyInfo* info = object->class_entry->find_property(name);
    bool visible = info != nullptr && (info->flags & AccStatic) == 0 &&
                   ((info->flags & AccPrivate) == 0 || info->declaring_class == scope);
    if (visible)
        return direct(&object->slots[info->slot]);
    if (info != nullptr && (info->flags & AccStatic) != 0)
        return {};
    return object->properties != nullptr ? direct(object->properties->find(name)) : Symbol{};
}

std::string mangled(std::string_view class_part, std::string_view name)
{
    std::string key;
    key += '\0';
    key += class_part;
    key += '\0';
    key += name;
    return key;
}

// 'x->name': see xdebug_symbol.h for the order of the attempts.
Symbol property(const Symbol& container, std::string_view name, const Class* context)
{
    const Value& v = target_of(container);
    if (v.is_object()) {
        Symbol s = symtable_entry(container, name);
        if (s.found)
            return s;
        std::string unstarred(name);
        for (char& c : unstarred)
            if (c == '*')
                c = '\0';
        s = symtable_entry(container, unstarred);
        if (s.found)
            return s;
        if (context != nullptr) {
            s = read_property(v.as_object(), context, name);
            if (s.found)
                return s;
        }
    } else if (!v.is_array()) {
        return {};
    }
    Symbol s = symtable_entry(container, name);
    if (s.found)
        return s;
    s = exact_entry(container, mangled("*", name));
    if (s.found)
        return s;
    if (context == nullptr)
        return exact_entry(container, name);
    return exact_entry(container, mangled(context->name(), name));
}

Symbol variable(std::string_view name)
{
    Symbol s = direct(engine().hooks()->caller_variable(name, false));
    if (s.found)
        return s;
    // php's compiled variables are looked up by the name as given, the symbol table
    // (and $this) by the name unescaped.
    std::string unescaped = strip_c_slashes(name);
    if (unescaped == "this") {
        if (Object* self = engine().hooks()->calling_this()) {
            s.value = Value::object(self);
            s.found = true;
        }
        return s;
    }
    if (unescaped != name)
        return direct(engine().hooks()->caller_variable(unescaped, false));
    return s;
}

class Resolver {
public:
    Symbol resolve(std::string_view name);

private:
    void fetch(std::string_view text, Lookup lookup);
    // fetch() at a transition that remembers the class of what it found.
    void fetch_with_class(std::string_view text, Lookup lookup)
    {
        fetch(text, lookup);
        m_context = class_of(m_current);
    }

    Symbol m_current;
    const Class* m_context = nullptr; // the class of the object last reached
};

void Resolver::fetch(std::string_view text, Lookup lookup)
{
    Symbol container = m_current;
    switch (lookup) {
    case Lookup::Variable: m_current = variable(text); break;
    case Lookup::NumericKey: m_current = numeric_entry(container, numeric_key(text)); break;
    case Lookup::QuotedKey: m_current = exact_entry(container, strip_c_slashes(text)); break;
    case Lookup::Property: m_current = property(container, text, m_context); break;
    case Lookup::QuotedProperty: m_current = property(container, strip_c_slashes(text), m_context); break;
    case Lookup::StaticProperty: m_current = Symbol{}; break;
    }
}

Symbol Resolver::resolve(std::string_view name)
{
    constexpr size_t kNone = std::string_view::npos;
    State state = State::Start;
    Lookup lookup = Lookup::Variable;
    size_t start = kNone; // where the pending text begins
    char quote = 0;       // the quote of a quoted key or name
    char closer = 0;      // the ']' or '}' that ends it
    auto pending = [&](size_t end) { return name.substr(start, end - start); };
    for (size_t i = 0; i < name.size(); ++i) {
        char c = name[i];
        switch (state) {
        case State::Start:
            if (c == '$') {
                start = i + 1;
                break;
            }
            if (c == ':') {
                start = i;
                state = State::LeadingColon;
                break;
            }
            start = i;
            state = State::Name;
            [[fallthrough]];
        case State::Name:
            if (c == '[') {
                if (start != kNone) {
                    fetch(pending(i), lookup);
                    m_context = nullptr;
                    start = kNone;
                }
                state = State::Bracket;
            } else if (c == '-') {
                if (start != kNone) {
                    fetch_with_class(pending(i), lookup);
                    start = kNone;
                }
                state = State::Arrow;
                lookup = Lookup::Property;
            } else if (c == ':') {
                if (start != kNone) {
                    fetch_with_class(pending(i), lookup);
                    start = kNone;
                }
                state = State::Colons;
                lookup = Lookup::StaticProperty;
            }
            break;
        case State::Arrow:
            if (c == '{') {
                state = State::Brace;
            } else if (c != '>') {
                start = i;
                state = State::Name;
            }
            break;
        case State::Colons:
            if (c != ':') {
                start = i;
                state = State::Name;
            }
            break;
        case State::Bracket:
            if (c == '\'' || c == '"') {
                state = State::Quoted;
                start = i + 1;
                quote = c;
                closer = ']';
                lookup = Lookup::QuotedKey;
            } else if (c >= '0' && c <= '9') {
                state = State::Number;
                start = i;
                lookup = Lookup::NumericKey;
            } else if (c == '-') {
                state = State::Minus;
                start = i;
            }
            break;
        case State::Minus:
            if (c >= '0' && c <= '9') {
                state = State::Number;
                lookup = Lookup::NumericKey;
            }
            break;
        case State::Number:
            if (c == ']') {
                fetch_with_class(pending(i), lookup);
                start = kNone;
                state = State::Name;
            }
            break;
        case State::Brace:
            if (c == '\'' || c == '"') {
                state = State::Quoted;
                start = i + 1;
                quote = c;
                closer = '}';
                lookup = Lookup::QuotedProperty;
            }
            break;
        case State::Quoted:
            if (c == '\\') {
                state = State::QuotedEscape;
            } else if (c == quote) {
                fetch_with_class(pending(i), lookup);
                start = kNone;
                state = State::QuotedClosed;
            }
            break;
        case State::QuotedEscape: state = State::Quoted; break;
        case State::QuotedClosed:
            if (c == closer)
                state = State::Name;
            break;
        case State::LeadingColon:
            if (c == ':') {
                start = kNone;
                state = State::Name;
            }
            break;
        }
    }
    if (start != kNone)
        fetch(pending(name.size()), lookup);
    return m_current;
}

} // namespace

Symbol find_symbol(std::string_view name) { return Resolver().resolve(name); }

} // namespace miniphp::runtime::builtins::xdebug
