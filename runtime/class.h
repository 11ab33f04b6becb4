// Class: what php's zend_class_entry holds that the runtime needs: the name, the
// parent, the declared properties (their slots, visibility and defaults), the
// methods, the constants and the magic methods looked up once at link time.
//
// A class is built by the VM when its declaration runs (or before the script starts,
// for the declarations php binds early) from the compiler's description of it, and
// linked to its parent then: the inherited properties keep their slots at the front
// of the child's slot table, as zend_do_inheritance lays them out, so a property's
// slot is the same in a parent and in every child.
//
// Methods point at their code, opaque here: a user method's vm::Function (the VM
// runs it) or a builtin. Visibility rules are applied by the lookups below, which
// take the calling scope (the class of the running method, or null at top level).
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/array.h"
#include "runtime/engine.h"
#include "runtime/type_decl.h"
#include "runtime/value.h"

namespace miniphp::vm {
struct Function;
}

namespace miniphp::runtime {

struct BuiltinFunction;
class Class;
struct Object;

// Makes a new object of a class (Zend's create_object): a class that needs more than
// default properties (a Throwable records where it was made) has one; its children
// inherit it.
using ObjectFactory = Object* (*)(const Class* cls);
// Frees what an object of a class keeps outside its properties (a Closure's data).
using ObjectFreeExtra = void (*)(Object* object);
// Tells the cycle collector what an object of the class holds, in place of its
// properties (Zend's get_gc handler): a Closure's $this and variables.
using ObjectGcChildren = void (*)(Object* object, gc::Children& out);
// What var_dump and print_r show of an object instead of its properties
// (get_debug_info): a new array.
using ObjectDebugInfo = Array* (*)(Object* object);
// A copy of an object of a built-in class that keeps state outside its properties
// (Zend's clone_obj handler), count 1.
using ObjectClone = Object* (*)(const Object* original);

// A new iterator object (object_iterator.h) that a foreach over an object of a
// built-in class walks (Zend's get_iterator), count 1; null after an exception.
using ObjectGetIterator = Object* (*)(Object* object, bool by_reference);

// What an object of a built-in class does when used as an array, counted and walked
// by foreach (Zend's read_dimension, write_dimension, has_dimension, unset_dimension,
// count_elements and get_iterator handlers). Only classes that set them (WeakMap)
// have them; $o[...] on any other object is php's "Cannot use object of type C as
// array".
struct DimensionHandlers {
    // $o[$offset] (`offset` null for $o[]): the element, which the object keeps, or
    // null after an exception. Quiet (?? and isset), a missing element is null with
    // no exception.
    Value* (*read)(Object* object, const Value* offset, bool quiet);
    // $o[$offset] = $value (`offset` null for $o[]); the object takes its own copy.
    Outcome (*write)(Object* object, const Value* offset, const Value& value);
    // isset($o[$offset]), or !empty() with `check_empty`.
    Outcome (*has)(Object* object, const Value& offset, bool check_empty, bool& answer);
    Outcome (*unset)(Object* object, const Value& offset);
    int64_t (*count)(Object* object);
    // Iteration (see object_iterator.h): the table whose elements are visited in
    // order (a position in it follows changes as a foreach by reference does), and
    // the key foreach shows for a key of that table (owned).
    Array* (*table)(Object* object);
    Value (*key)(Object* object, ArrayKey key);
};

// Modifiers of properties, methods and classes (subset of Zend's ZEND_ACC_*).
enum MemberFlags : uint32_t {
    AccPublic = 1u << 0,
    AccProtected = 1u << 1,
    AccPrivate = 1u << 2,
    AccStatic = 1u << 4,
    AccFinal = 1u << 5,
    AccAbstract = 1u << 6,
    AccReadonly = 1u << 7,
    // A child redeclared a property its parent had (Zend's ZEND_ACC_CHANGED): a
    // private one of the parent may still be reached from the parent's scope.
    AccChanged = 1u << 8,
    // Class flags.
    AccInterface = 1u << 10,
    AccAllowDynamicProperties = 1u << 11,
    AccUsesGuards = 1u << 12, // has __get/__set/__isset/__unset: objects carry a guard slot
    AccNoDynamicProperties = 1u << 13, // ZEND_ACC_NO_DYNAMIC_PROPERTIES: an Error, not the deprecation
    AccNotCloneable = 1u << 14,        // a built-in class without clone_obj (WeakReference)
};

inline constexpr uint32_t kVisibilityMask = AccPublic | AccProtected | AccPrivate;

struct TypeDecl;

struct PropertyInfo {
    String* name = nullptr; // interned
    uint32_t slot = 0;      // index into the object's property slots
    uint32_t flags = 0;
    const Class* declaring_class = nullptr;
    const TypeDecl* type = nullptr; // a typed property's type (owned by its class)
};

struct Method {
    std::string name;        // as declared
    uint32_t flags = 0;
    const Class* scope = nullptr; // the declaring class
    const vm::Function* user = nullptr;
    const BuiltinFunction* builtin = nullptr;
};

// A static property: its value lives in the class that declares it; a child that
// does not redeclare it shares that slot (php's INDIRECT static members).
struct StaticProperty {
    String* name = nullptr; // interned
    uint32_t flags = 0;
    const Class* declaring_class = nullptr;
    Value* slot = nullptr;
    const TypeDecl* type = nullptr; // a typed static property's type (owned by its class)
    // A typed one described as a property (owned by the declaring class): the type
    // source its references name (typed_reference.h).
    const PropertyInfo* info = nullptr;
};

struct ClassConstant {
    Value value;
    uint32_t flags = 0;
    const Class* declaring_class = nullptr;
};

// A class starts with the gc::ClassShape the cycle collector reads through its
// objects (the number of declared slots, and whether it lists its objects' children
// itself).
class Class : private gc::ClassShape {
public:
    Class(std::string name, const Class* parent, uint32_t flags);
    ~Class();
    Class(const Class&) = delete;
    Class& operator=(const Class&) = delete;

    const std::string& name() const { return m_name; }
    String* name_string() const { return m_name_string; }
    const std::string& lower_name() const { return m_lower_name; }
    const Class* parent() const { return m_parent; }
    uint32_t flags() const { return m_flags; }
    bool has_flag(MemberFlags flag) const { return (m_flags & flag) != 0; }
    // The class itself, a parent, or an interface it implements (instanceof).
    bool is_subclass_of_or_same(const Class* other) const;

    // Properties, in slot order (inherited first), each once.
    const std::vector<PropertyInfo>& slot_properties() const { return m_slot_properties; }
    const std::vector<Value>& default_values() const { return m_defaults; }
    uint32_t slot_count() const { return declared_slots; }
    // The property info visible under `name` (declared here or inherited), or null.
    const PropertyInfo* find_property(std::string_view name) const;
    // Declares a property; `initial` is owned by the class (Undef: typed, no default).
    void add_property(String* name, uint32_t flags, const Value& initial, const TypeDecl* type = nullptr);

    // Static properties: declared here (a redeclaration gets its own slot) or inherited.
    void add_static_property(String* name, uint32_t flags, const Value& initial, const TypeDecl* type = nullptr);
    const StaticProperty* find_static_property(std::string_view name) const;
    // Releases the values of the static properties declared here (at shutdown, after
    // the destructors and before the objects are freed).
    void release_static_values();
    // The slots of the static properties declared here (the heap verifier reads them).
    const std::deque<Value>& static_values() const { return m_static_values; }

    const Method* find_method(std::string_view lower_name) const;
    void add_method(std::string lower_name, Method method);
    // Methods in declaration order, inherited ones after the class's own (as
    // get_class_methods lists them).
    const std::vector<const Method*>& method_order() const { return m_method_order; }

    const ClassConstant* find_constant(std::string_view name) const;
    const std::vector<std::pair<std::string, ClassConstant>>& constants() const { return m_constants; }
    void add_constant(std::string name, const Value& value, uint32_t flags);

    void add_interface(const Class* interface);
    const std::vector<const Class*>& interfaces() const { return m_interfaces; }

    void set_factory(ObjectFactory factory) { m_factory = factory; }
    // How this class's objects are made, when not by Object::create (null).
    ObjectFactory factory() const { return m_factory; }
    void set_free_extra(ObjectFreeExtra free_extra) { m_free_extra = free_extra; }
    // Bytes an instance's block holds past its property slots (a Closure keeps its
    // data there, so the block is as large as php's zend_closure).
    void set_instance_extra(uint32_t bytes) { m_instance_extra = bytes; }
    uint32_t instance_extra() const { return m_instance_extra; }
    ObjectFreeExtra free_extra() const { return m_free_extra; }
    void set_gc_children(ObjectGcChildren gc_children)
    {
        m_gc_children = gc_children;
        lists_own_children = gc_children != nullptr;
    }
    ObjectGcChildren gc_children() const { return m_gc_children; }
    void set_debug_info(ObjectDebugInfo debug_info) { m_debug_info = debug_info; }
    ObjectDebugInfo debug_info() const { return m_debug_info; }
    void set_clone(ObjectClone clone) { m_clone = clone; }
    ObjectClone clone_handler() const { return m_clone; }
    void set_get_iterator(ObjectGetIterator get_iterator) { m_get_iterator = get_iterator; }
    ObjectGetIterator get_iterator() const { return m_get_iterator; }
    void set_dimension_handlers(const DimensionHandlers* handlers) { m_dimensions = handlers; }
    const DimensionHandlers* dimension_handlers() const { return m_dimensions; }
    // A new object of this class, count 1 (`new` before its constructor runs).
    Object* instantiate() const;

    const Method* constructor() const { return m_constructor; }
    const Method* destructor() const { return m_destructor; }
    const Method* magic_get() const { return m_get; }
    const Method* magic_set() const { return m_set; }
    const Method* magic_isset() const { return m_isset; }
    const Method* magic_unset() const { return m_unset; }
    const Method* magic_call() const { return m_call; }
    const Method* magic_to_string() const { return m_to_string; }
    // Looks the magic methods up once the methods are all added (and inherited).
    void finish_linking();

private:
    std::string m_name;
    std::string m_lower_name;
    String* m_name_string = nullptr;
    const Class* m_parent = nullptr;
    uint32_t m_flags = 0;
    std::vector<PropertyInfo> m_slot_properties;
    std::vector<Value> m_defaults;
    std::unordered_map<std::string_view, uint32_t> m_property_index; // name -> index in m_visible
    std::vector<PropertyInfo> m_visible;
    std::unordered_map<std::string, Method> m_methods;
    std::vector<std::string> m_declared_methods; // lower names, in declaration order
    std::vector<const Method*> m_method_order;
    std::vector<std::pair<std::string, ClassConstant>> m_constants;
    std::vector<StaticProperty> m_static_properties;
    std::deque<Value> m_static_values; // the slots of those declared here
    std::deque<PropertyInfo> m_static_infos; // the typed ones declared here
    std::deque<TypeDecl> m_property_types; // the types of the typed properties declared here
    std::vector<const Class*> m_interfaces;
    ObjectFactory m_factory = nullptr;
    ObjectFreeExtra m_free_extra = nullptr;
    ObjectGcChildren m_gc_children = nullptr;
    ObjectDebugInfo m_debug_info = nullptr;
    ObjectClone m_clone = nullptr;
    ObjectGetIterator m_get_iterator = nullptr;
    const DimensionHandlers* m_dimensions = nullptr;
    uint32_t m_instance_extra = 0;
    const Method* m_constructor = nullptr;
    const Method* m_destructor = nullptr;
    const Method* m_get = nullptr;
    const Method* m_set = nullptr;
    const Method* m_isset = nullptr;
    const Method* m_unset = nullptr;
    const Method* m_call = nullptr;
    const Method* m_to_string = nullptr;
};

// zend_check_protected: `scope` may reach a protected member declared in `owner`.
bool is_protected_compatible_scope(const Class* owner, const Class* scope);

} // namespace miniphp::runtime
