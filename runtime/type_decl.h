// TypeDecl: a declared type of a parameter or a return value (php's zend_type), and
// the coercions php applies to a value that does not have it.
//
// A type is a mask and a list of class names. The mask has bit `1 << Type` for each
// PHP type it admits (TypeBit::of), so checking a value of the right type is one
// shift and one test: that is the whole cost of a typed parameter given what it
// asks for (ZEND_TYPE_CONTAINS_CODE in ZEND_RECV). Everything else takes the slow
// path: class names (instanceof, resolved by the VM, which owns the class table),
// callable, static, and the coercions of php's coercive typing mode
// (zend_verify_weak_scalar_type_hint), which coerce_scalar() implements.
//
// The pseudo-types that admit no value of their own (void, never) and the flags
// that only change how the type prints (iterable) have bits above the PHP types.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/value.h"

namespace miniphp::runtime {

class Class;

namespace TypeBit {
constexpr uint32_t of(Type t) { return 1u << static_cast<uint32_t>(t); }
inline constexpr uint32_t Null = of(Type::Null);
inline constexpr uint32_t False = of(Type::False);
inline constexpr uint32_t True = of(Type::True);
inline constexpr uint32_t Bool = False | True;
inline constexpr uint32_t Long = of(Type::Long);
inline constexpr uint32_t Double = of(Type::Double);
inline constexpr uint32_t String = of(Type::String);
inline constexpr uint32_t Array = of(Type::Array);
inline constexpr uint32_t Object = of(Type::Object);
inline constexpr uint32_t Resource = of(Type::Resource);
// mixed: every value (php's MAY_BE_ANY).
inline constexpr uint32_t Any = Null | Bool | Long | Double | String | Array | Object | Resource;
inline constexpr uint32_t Callable = 1u << 16;
inline constexpr uint32_t Static = 1u << 17;
inline constexpr uint32_t Void = 1u << 18;
inline constexpr uint32_t Never = 1u << 19;
// iterable, which php 8.2 compiles to Traversable|array and prints as that.
inline constexpr uint32_t Iterable = 1u << 20;
// The bits that are types (php's ZEND_TYPE_PURE_MASK), Iterable left out.
inline constexpr uint32_t Pure = Any | Callable | Static | Void | Never;
} // namespace TypeBit

struct TypeDecl {
    uint32_t mask = 0;
    // Class and interface names as written (self and parent included), in order. An
    // intersection (`A&B`, which the value must satisfy whole) is one entry, its
    // names joined by '&' (intersection_members splits it).
    std::vector<std::string> class_names;
    // Their classes once found (php's run-time cache slots): null until then.
    mutable std::vector<const Class*> resolved;

    bool is_set() const { return mask != 0 || !class_names.empty(); }
    bool admits(Type t) const { return (mask & TypeBit::of(t)) != 0; }
    bool is_mixed() const { return (mask & TypeBit::Any) == TypeBit::Any; }
};

// zend_type_to_string_resolved: the type as php's messages print it ("?int",
// "string|int|null", "A|B|false"). self and parent print as `self_name` and
// `parent_name` when given, static as `static_name` when given.
std::string type_to_string(const TypeDecl& type, std::string_view self_name = {},
                           std::string_view parent_name = {}, std::string_view static_name = {});

// The class names of an entry of TypeDecl::class_names: one, or an intersection's.
std::vector<std::string_view> intersection_members(std::string_view entry);

// The value's type as a TypeError names it: "int", "null", a class name...
std::string given_type_name(const Value& v);

// zend_verify_weak_scalar_type_hint: converts `v` in place to the first of int,
// float, string, bool (in that order) that `mask` admits and that php's weak
// conversion accepts, printing the deprecations php prints on the way (a float or
// float-string with a fractional part becoming an int). False if none does (null
// never does: a user function's scalar parameter refuses null).
bool coerce_scalar(uint32_t mask, Value& v);

} // namespace miniphp::runtime
