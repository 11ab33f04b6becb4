#include "runtime/class.h"

#include <cassert>
#include <unordered_set>

#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/typed_reference.h"
#include "runtime/type_decl.h"

namespace miniphp::runtime {

// zend_do_inheritance, for what exists so far: the parent's property slots and
// defaults come first, its methods and constants are visible unless redeclared.
Class::Class(std::string name, const Class* parent, uint32_t flags)
    : m_name(std::move(name)), m_lower_name(ascii_lower(m_name)), m_parent(parent), m_flags(flags)
{
    // The collector reads the shape at the class's address (gc::ObjectPrefix::shape).
    assert(static_cast<const void*>(static_cast<gc::ClassShape*>(this)) == static_cast<const void*>(this));
    m_name_string = InternTable::instance().intern(m_name);
    if (parent == nullptr)
        return;
    m_factory = parent->m_factory;
    m_static_properties = parent->m_static_properties;
    m_slot_properties = parent->m_slot_properties;
    for (const Value& v : parent->m_defaults) {
        Value copy;
        copy_value(copy, v);
        m_defaults.push_back(copy);
    }
    declared_slots = parent->declared_slots;
    m_visible = parent->m_visible;
    for (uint32_t i = 0; i < m_visible.size(); ++i)
        m_property_index.emplace(m_visible[i].name->view(), i);
    for (const auto& [lower, method] : parent->m_methods)
        m_methods.emplace(lower, method);
    for (const auto& constant : parent->m_constants) {
        ClassConstant copy = constant.second;
        add_ref(copy.value);
        m_constants.push_back({constant.first, copy});
    }
    m_interfaces = parent->m_interfaces;
    if (parent->has_flag(AccAllowDynamicProperties))
        m_flags |= AccAllowDynamicProperties;
}

Class::~Class()
{
    release_static_values();
    for (const Value& v : m_defaults)
        release(v);
    for (const auto& constant : m_constants)
        release(constant.second.value);
}

bool Class::is_subclass_of_or_same(const Class* other) const
{
    for (const Class* c = this; c != nullptr; c = c->m_parent) {
        if (c == other)
            return true;
        for (const Class* interface : c->m_interfaces)
            if (interface->is_subclass_of_or_same(other))
                return true;
    }
    return false;
}

const PropertyInfo* Class::find_property(std::string_view name) const
{
    auto it = m_property_index.find(name);
    return it == m_property_index.end() ? nullptr : &m_visible[it->second];
}

// A redeclared property keeps the parent's slot (zend_do_inheritance's
// do_inherit_property), except a parent's private one, which keeps its own slot and
// becomes reachable only from the parent's scope.
void Class::add_property(String* name, uint32_t flags, const Value& initial, const TypeDecl* type)
{
    PropertyInfo info{name, 0, flags, this, nullptr};
    if (type != nullptr) {
        m_property_types.push_back(*type);
        info.type = &m_property_types.back();
    }
    auto it = m_property_index.find(name->view());
    if (it != m_property_index.end() && !(m_visible[it->second].flags & AccPrivate)) {
        PropertyInfo& inherited = m_visible[it->second];
        // A redeclaration of a redeclared private property stays marked: an
        // ancestor's code still reaches its own private one (do_inherit_property).
        if (inherited.flags & AccChanged)
            info.flags |= AccChanged;
        info.slot = inherited.slot;
        release(m_defaults[info.slot]);
        m_defaults[info.slot] = initial;
        inherited = info;
        m_slot_properties[info.slot] = info;
        return;
    }
    if (it != m_property_index.end())
        info.flags |= AccChanged;
    info.slot = static_cast<uint32_t>(m_defaults.size());
    m_defaults.push_back(initial);
    declared_slots = static_cast<uint32_t>(m_defaults.size());
    m_slot_properties.push_back(info);
    if (it != m_property_index.end()) {
        m_visible[it->second] = info;
    } else {
        m_visible.push_back(info);
        m_property_index.emplace(name->view(), static_cast<uint32_t>(m_visible.size() - 1));
    }
}

const Method* Class::find_method(std::string_view lower_name) const
{
    auto it = m_methods.find(std::string(lower_name));
    return it == m_methods.end() ? nullptr : &it->second;
}

void Class::add_method(std::string lower_name, Method method)
{
    m_declared_methods.push_back(lower_name);
    m_methods.insert_or_assign(std::move(lower_name), std::move(method));
}

void Class::add_static_property(String* name, uint32_t flags, const Value& initial, const TypeDecl* type)
{
    m_static_values.push_back(initial);
    StaticProperty property{name, flags, this, &m_static_values.back(), type};
    if (type != nullptr) {
        m_static_infos.push_back(PropertyInfo{name, 0, flags, this, type});
        property.info = &m_static_infos.back();
    }
    for (StaticProperty& existing : m_static_properties) {
        if (existing.name == name) {
            existing = property;
            return;
        }
    }
    m_static_properties.push_back(property);
}

const StaticProperty* Class::find_static_property(std::string_view name) const
{
    for (const StaticProperty& property : m_static_properties)
        if (property.name->view() == name)
            return &property;
    return nullptr;
}

void Class::release_static_values()
{
    for (const StaticProperty& property : m_static_properties) {
        if (property.declaring_class == this && property.info != nullptr && holds_typed_reference(*property.slot))
            remove_type_source(property.slot->as_reference(), property.info);
    }
    for (Value& v : m_static_values) {
        Value old = v;
        v = Value::null();
        release(old);
    }
}

const ClassConstant* Class::find_constant(std::string_view name) const
{
    for (const auto& [constant_name, constant] : m_constants)
        if (constant_name == name)
            return &constant;
    return nullptr;
}

void Class::add_constant(std::string name, const Value& value, uint32_t flags)
{
    for (auto& [constant_name, constant] : m_constants) {
        if (constant_name == name) {
            release(constant.value);
            constant = ClassConstant{value, flags, this};
            return;
        }
    }
    m_constants.push_back({std::move(name), ClassConstant{value, flags, this}});
}

void Class::add_interface(const Class* interface) { m_interfaces.push_back(interface); }

void Class::finish_linking()
{
    m_constructor = find_method("__construct");
    m_destructor = find_method("__destruct");
    m_get = find_method("__get");
    m_set = find_method("__set");
    m_isset = find_method("__isset");
    m_unset = find_method("__unset");
    m_call = find_method("__call");
    m_to_string = find_method("__tostring");
    if (m_get || m_set || m_isset || m_unset)
        m_flags |= AccUsesGuards;
    // get_class_methods order: the class's own methods as declared, then inherited ones.
    m_method_order.clear();
    std::unordered_set<std::string> seen;
    for (const std::string& lower : m_declared_methods)
        if (seen.insert(lower).second)
            m_method_order.push_back(&m_methods.at(lower));
    if (m_parent != nullptr) {
        for (const Method* inherited : m_parent->m_method_order) {
            std::string lower = ascii_lower(inherited->name);
            if (seen.insert(lower).second)
                m_method_order.push_back(&m_methods.at(lower));
        }
    }
}

bool is_protected_compatible_scope(const Class* owner, const Class* scope)
{
    return scope != nullptr && (scope->is_subclass_of_or_same(owner) || owner->is_subclass_of_or_same(scope));
}

Object* Class::instantiate() const { return m_factory != nullptr ? m_factory(this) : Object::create(this); }

} // namespace miniphp::runtime
