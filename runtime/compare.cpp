// Loose comparison with php 8 rules (zend_compare in Zend/zend_operators.c), for ==,
// <=>, < and <= (> and >= are the same calls with the operands swapped).
//
// The rules by operand types, after the int/float pairs handled inline in operators.h:
//   - null or bool against anything: both sides as bools (null < true; null == 0;
//     null < -1 because -1 is true), except null against a string, which compares
//     with "" (null == "", null < "0").
//   - string against string (zendi_smart_strcmp): when both are numeric strings
//     (whole, whitespace allowed around) they compare as numbers ("10" > "9",
//     "1e3" == "1000"); otherwise byte by byte ("abc" < "abd", "10" < "9a").
//   - int or float against a string: a numeric string compares as a number; any other
//     string compares with the number's text ("abc" == 0 is false, 0 < "abc").
//   - NAN is "greater" in every three-way comparison, so all orderings are false.
//   - array against array (zend_compare_arrays): fewer elements is smaller; then
//     every key of the left one must exist in the right one (else "uncomparable",
//     1), values compared in the left one's order; an array is greater than any
//     other type past the null/bool rules.
// Objects arrive later; their rules are noted where they slot in.
#include <cassert>
#include <cmath>
#include <cstring>

#include "runtime/ini.h"
#include "runtime/array.h"
#include "runtime/object.h"
#include "runtime/conversions.h"
#include "runtime/engine.h"
#include "runtime/operators.h"
#include "runtime/string.h"

namespace miniphp::runtime {

namespace {

int normalize(double d) { return d > 0 ? 1 : (d < 0 ? -1 : 0); }

// zend_binary_strcmp, normalized to -1, 0, 1.
int byte_compare(std::string_view a, std::string_view b)
{
    size_t n = a.size() < b.size() ? a.size() : b.size();
    int r = n == 0 ? 0 : std::memcmp(a.data(), b.data(), n);
    if (r != 0)
        return r < 0 ? -1 : 1;
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// compare_long_to_string.
int compare_long_to_string(int64_t l, const String* s)
{
    NumericPrefix n = parse_numeric(s->view());
    switch (n.whole_type()) {
    case NumericType::Long:
        return l > n.long_value ? 1 : (l < n.long_value ? -1 : 0);
    case NumericType::Double:
        return three_way(static_cast<double>(l), n.double_value);
    case NumericType::None:
        break;
    }
    char buf[24];
    return byte_compare(std::string_view(buf, format_long_into(buf, l)), s->view());
}

// compare_double_to_string (the caller has handled NAN).
int compare_double_to_string(double d, const String* s)
{
    NumericPrefix n = parse_numeric(s->view());
    switch (n.whole_type()) {
    case NumericType::Long:
        return three_way(d, static_cast<double>(n.long_value));
    case NumericType::Double:
        return three_way(d, n.double_value);
    case NumericType::None:
        break;
    }
    char buf[kMaxDoubleText];
    return byte_compare(std::string_view(buf, format_double_into(buf, d, float_precision())), s->view());
}

// zendi_smart_strcmp.
int smart_string_compare(const String* s1, const String* s2)
{
    NumericPrefix n1 = parse_numeric(s1->view());
    if (n1.whole_type() != NumericType::None) {
        NumericPrefix n2 = parse_numeric(s2->view());
        if (n2.whole_type() != NumericType::None) {
            double d1 = n1.type == NumericType::Double ? n1.double_value : 0.0;
            double d2 = n2.type == NumericType::Double ? n2.double_value : 0.0;
            // Two integers past the same end of the int range that round to the same
            // double: the doubles cannot tell them apart, the bytes can.
            bool same_overflow = n1.overflow != 0 && n1.overflow == n2.overflow && d1 - d2 == 0.0;
            if (!same_overflow) {
                if (n1.type == NumericType::Double || n2.type == NumericType::Double) {
                    if (n1.type != NumericType::Double) {
                        if (n2.overflow != 0)
                            return -n2.overflow;
                        d1 = static_cast<double>(n1.long_value);
                    } else if (n2.type != NumericType::Double) {
                        if (n1.overflow != 0)
                            return n1.overflow;
                        d2 = static_cast<double>(n2.long_value);
                    } else if (d1 == d2 && !std::isfinite(d1)) {
                        // Both overflowed to the same infinity: compare the bytes.
                        return byte_compare(s1->view(), s2->view());
                    }
                    return normalize(d1 - d2);
                }
                return n1.long_value > n2.long_value ? 1 : (n1.long_value < n2.long_value ? -1 : 0);
            }
        }
    }
    return byte_compare(s1->view(), s2->view());
}

bool is_null_or_false(Type t) { return t == Type::Null || t == Type::False; }

// Marks an array for the length of a recursive comparison; meeting it again is
// php's fatal "Nesting level too deep".
class ComparisonGuard {
public:
    explicit ComparisonGuard(Array* array) : m_array(array->is_immutable() ? nullptr : array)
    {
        if (m_array == nullptr)
            return;
        if (m_array->header.has_flag(gc::Protected))
            fatal_error("Nesting level too deep - recursive dependency?");
        m_array->header.add_flag(gc::Protected);
    }
    ~ComparisonGuard()
    {
        if (m_array != nullptr)
            m_array->header.remove_flag(gc::Protected);
    }

private:
    Array* m_array;
};

int compare_arrays(Array* a, Array* b)
{
    if (a == b)
        return 0;
    if (a->size() != b->size())
        return a->size() < b->size() ? -1 : 1;
    ComparisonGuard guard(a);
    for (uint32_t pos = a->next_position(0); pos < a->used(); pos = a->next_position(pos + 1)) {
        const Value* other = b->find(a->key_at(pos));
        if (other == nullptr)
            return 1;
        int order = compare_slow(deref(a->value_at(pos)), deref(*other));
        if (order != 0)
            return order;
    }
    return 0;
}

// zend_std_compare_objects: the same object is equal; objects of different classes
// are uncomparable (1); otherwise declared properties in slot order, then the
// dynamic ones as arrays compare.
int compare_objects(Object* a, Object* b)
{
    if (a == b)
        return 0;
    if (a->class_entry != b->class_entry)
        return 1;
    if (a->header.has_flag(gc::Protected))
        fatal_error("Nesting level too deep - recursive dependency?");
    a->header.add_flag(gc::Protected);
    int result = 0;
    for (uint32_t i = 0, n = a->slot_count(); i < n && result == 0; ++i) {
        const Value& x = a->slots[i];
        const Value& y = b->slots[i];
        if (x.is_undef() || y.is_undef())
            result = x.is_undef() && y.is_undef() ? 0 : 1;
        else
            result = compare_slow(deref(x), deref(y));
    }
    if (result == 0 && (a->properties != nullptr || b->properties != nullptr)) {
        Array* empty = Array::empty();
        result = compare_arrays(a->properties != nullptr ? a->properties : empty,
                                b->properties != nullptr ? b->properties : empty);
    }
    a->header.remove_flag(gc::Protected);
    return result;
}

} // namespace

int compare_slow(const Value& a_in, const Value& b_in)
{
    // An undefined operand behaves as null (the VM warns before it gets here).
    const Value null_value = Value::null();
    const Value& a = a_in.is_undef() ? null_value : a_in;
    const Value& b = b_in.is_undef() ? null_value : b_in;

    int fast;
    if (compare_fast(fast, a, b))
        return fast;

    switch (type_pair(a.type(), b.type())) {
    case type_pair(Type::Null, Type::Null):
    case type_pair(Type::Null, Type::False):
    case type_pair(Type::False, Type::Null):
    case type_pair(Type::False, Type::False):
    case type_pair(Type::True, Type::True):
        return 0;
    case type_pair(Type::Null, Type::True):
        return -1;
    case type_pair(Type::True, Type::Null):
        return 1;
    case type_pair(Type::String, Type::String):
        if (a.as_string() == b.as_string())
            return 0;
        return smart_string_compare(a.as_string(), b.as_string());
    case type_pair(Type::Null, Type::String):
        return b.as_string()->length == 0 ? 0 : -1;
    case type_pair(Type::String, Type::Null):
        return a.as_string()->length == 0 ? 0 : 1;
    case type_pair(Type::Long, Type::String):
        return compare_long_to_string(a.as_long(), b.as_string());
    case type_pair(Type::String, Type::Long):
        return -compare_long_to_string(b.as_long(), a.as_string());
    case type_pair(Type::Double, Type::String):
        if (std::isnan(a.as_double()))
            return 1;
        return compare_double_to_string(a.as_double(), b.as_string());
    case type_pair(Type::String, Type::Double):
        if (std::isnan(b.as_double()))
            return 1;
        return -compare_double_to_string(b.as_double(), a.as_string());
    case type_pair(Type::Array, Type::Array):
        return compare_arrays(a.as_array(), b.as_array());
    case type_pair(Type::Object, Type::Object):
        return compare_objects(a.as_object(), b.as_object());
    case type_pair(Type::Object, Type::Null):
        return 1;
    case type_pair(Type::Null, Type::Object):
        return -1;
    default:
        break;
    }

    // One side is null or a bool: compare as bools.
    if (is_null_or_false(a.type()))
        return to_bool(b) ? -1 : 0;
    if (a.type() == Type::True)
        return to_bool(b) ? 0 : 1;
    if (is_null_or_false(b.type()))
        return to_bool(a) ? 1 : 0;
    if (b.type() == Type::True)
        return to_bool(a) ? 0 : -1;
    if (a.is_array())
        return 1;
    if (b.is_array())
        return -1;
    // later: resources (compared as their numbers).
    assert(false && "compare: operand types not supported yet");
    return 1;
}

bool arrays_identical(const Value& a_value, const Value& b_value)
{
    Array* a = a_value.as_array();
    Array* b = b_value.as_array();
    if (a == b)
        return true;
    if (a->size() != b->size())
        return false;
    ComparisonGuard guard(a);
    uint32_t pa = a->next_position(0);
    uint32_t pb = b->next_position(0);
    for (; pa < a->used(); pa = a->next_position(pa + 1), pb = b->next_position(pb + 1)) {
        ArrayKey ka = a->key_at(pa);
        ArrayKey kb = b->key_at(pb);
        if (ka.is_string() != kb.is_string())
            return false;
        if (ka.is_string() ? !strings_identical(ka.string, kb.string) : ka.number != kb.number)
            return false;
        if (!is_identical(deref(a->value_at(pa)), deref(b->value_at(pb))))
            return false;
    }
    return true;
}

bool loose_equals_slow(const Value& a, const Value& b)
{
    if (a.is_string() && b.is_string()) {
        // zend_fast_equal_strings: a string starting above '9' cannot be numeric, so
        // equality is plain byte equality.
        const String* x = a.as_string();
        const String* y = b.as_string();
        if (x == y)
            return true;
        if ((x->length > 0 && static_cast<unsigned char>(x->bytes[0]) > '9') ||
            (y->length > 0 && static_cast<unsigned char>(y->bytes[0]) > '9'))
            return strings_identical(x, y);
    }
    return compare_slow(a, b) == 0;
}

} // namespace miniphp::runtime
