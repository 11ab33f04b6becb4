#include "vm/class_table.h"

#include "runtime/closure.h"
#include "runtime/engine.h"
#include "runtime/exceptions.h"
#include "runtime/internal_iterator.h"
#include "runtime/messages.h"
#include "runtime/string.h"
#include "runtime/weak_map.h"
#include "runtime/weak_reference.h"
#include "vm/method_compatibility.h"

namespace miniphp::vm {

// stdClass and the built-in Throwables exist from the start.
ClassTable::ClassTable()
{
    auto std_class = std::make_unique<runtime::Class>("stdClass", nullptr, runtime::AccAllowDynamicProperties);
    std_class->finish_linking();
    m_classes.emplace("stdclass", std_class.get());
    m_declared.push_back(std::move(std_class));
    for (const runtime::Class* builtin : runtime::builtin_classes())
        m_classes.emplace(builtin->lower_name(), builtin);
    m_classes.emplace("closure", runtime::closure_class());
    m_classes.emplace("weakreference", runtime::weak_reference_class());
    m_classes.emplace("weakmap", runtime::weak_map_class());
    m_classes.emplace("internaliterator", runtime::internal_iterator_class());
}

ClassTable::~ClassTable() = default;

const runtime::Class* ClassTable::find(std::string_view lower_name) const
{
    auto it = m_classes.find(std::string(lower_name));
    return it == m_classes.end() ? nullptr : it->second;
}

const runtime::Class* ClassTable::find_by_name(std::string_view name) const
{
    if (!name.empty() && name[0] == '\\')
        name.remove_prefix(1);
    return find(runtime::ascii_lower(name));
}

// do_inheritance_check_on_method's signature check: an incompatible override is a
// fatal error on the line of the overriding method. A private method of the parent,
// or its constructor unless abstract, binds nothing.
void ClassTable::check_override(const Function& method, const runtime::Class* scope,
                                const runtime::Method* inherited) const
{
    if (inherited == nullptr || inherited->user == nullptr || (inherited->flags & runtime::AccPrivate))
        return;
    if (method.lower_name == "__construct" && !(inherited->flags & runtime::AccAbstract))
        return;
    if (!is_compatible_override(*this, method, scope, *inherited->user))
        throw runtime::FatalError(runtime::format(runtime::msg::IncompatibleDeclaration, method.declaration.c_str(),
                                                  inherited->user->declaration.c_str()),
                                  method.file, method.start_line);
}

namespace {

// The interfaces the engine acts on (foreach, $o[...], count()), which miniphp only
// honours for its built-in classes so far.
bool is_engine_interface(const runtime::Class* interface)
{
    const std::string& name = interface->lower_name();
    return name == "traversable" || name == "iteratoraggregate" || name == "iterator" || name == "arrayaccess" ||
           name == "countable";
}

} // namespace

const runtime::Class* ClassTable::declare(ClassDecl& decl, std::string& error, bool& fatal)
{
    fatal = false;
    const runtime::Class* parent = nullptr;
    if (!decl.parent_name.empty()) {
        parent = find_by_name(decl.parent_name);
        if (parent == nullptr) {
            error = runtime::format(runtime::msg::ClassNotFound, decl.parent_name.c_str());
            return nullptr;
        }
    }
    if (find(decl.lower_name) != nullptr) {
        error = runtime::format(runtime::msg::CannotDeclareClass, decl.name.c_str());
        fatal = true;
        return nullptr;
    }
    if (parent != nullptr && parent->has_flag(runtime::AccInterface)) {
        error = runtime::format("Class %s cannot extend interface %s", decl.name.c_str(), parent->name().c_str());
        fatal = true;
        return nullptr;
    }
    if (parent != nullptr && parent->has_flag(runtime::AccFinal)) {
        error = runtime::format("Class %s cannot extend final class %s", decl.name.c_str(), parent->name().c_str());
        fatal = true;
        return nullptr;
    }
    std::vector<const runtime::Class*> interfaces;
    for (const std::string& name : decl.interface_names) {
        const runtime::Class* interface = find_by_name(name);
        if (interface == nullptr) {
            error = runtime::format("Interface \"%s\" not found", name.c_str());
            return nullptr;
        }
        if (!interface->has_flag(runtime::AccInterface)) {
            error = runtime::format("%s cannot implement %s - it is not an interface", decl.name.c_str(),
                                    interface->name().c_str());
            fatal = true;
            return nullptr;
        }
        if (is_engine_interface(interface)) {
            error = runtime::format(runtime::msg::NotSupportedYet, ("Implementing " + interface->name() + " is").c_str());
            fatal = true;
            return nullptr;
        }
        interfaces.push_back(interface);
    }
    auto cls = std::make_unique<runtime::Class>(decl.name, parent, decl.flags);
    // The values move into the class, which is their one owner from now on (as php's
    // default_properties_table): a declaration runs once.
    for (PropertyDecl& property : decl.properties) {
        runtime::Value initial;
        initial.copy_from(property.default_value);
        property.default_value = runtime::Value::null();
        runtime::String* name = runtime::InternTable::instance().intern(property.name);
        if (property.flags & runtime::AccStatic)
            cls->add_static_property(name, property.flags, initial, property.type.is_set() ? &property.type : nullptr);
        else
            cls->add_property(name, property.flags, initial, property.type.is_set() ? &property.type : nullptr);
    }
    for (ClassConstantDecl& constant : decl.constants) {
        runtime::Value value;
        value.copy_from(constant.value);
        constant.value = runtime::Value::null();
        cls->add_constant(constant.name, value, constant.flags);
    }
    for (const auto& method : decl.methods) {
        runtime::Method entry;
        entry.name = method->name;
        entry.flags = method->method_flags;
        entry.scope = cls.get();
        entry.user = method.get();
        method->scope = cls.get();
        cls->add_method(method->lower_name, entry);
        if (parent != nullptr)
            check_override(*method, cls.get(), parent->find_method(method->lower_name));
    }
    // A class declaring __toString implements Stringable by itself (php 8).
    if (cls->find_method("__tostring") != nullptr && !cls->is_subclass_of_or_same(find("stringable")))
        interfaces.push_back(find("stringable"));
    implement_interfaces(*cls, interfaces);
    cls->finish_linking();
    if (!cls->has_flag(runtime::AccAbstract) && !abstract_methods_left(*cls, error)) {
        fatal = true;
        return nullptr;
    }
    const runtime::Class* declared = cls.get();
    m_classes.emplace(decl.lower_name, declared);
    m_declared.push_back(std::move(cls));
    return declared;
}

// zend_do_implement_interface: the interfaces' constants and (abstract) methods the
// class does not have itself become its own.
void ClassTable::implement_interfaces(runtime::Class& cls, const std::vector<const runtime::Class*>& interfaces)
{
    for (const runtime::Class* interface : interfaces) {
        cls.add_interface(interface);
        for (const auto& [name, constant] : interface->constants()) {
            if (cls.find_constant(name) != nullptr)
                continue;
            runtime::Value value;
            runtime::copy_value(value, constant.value);
            cls.add_constant(name, value, constant.flags);
        }
        for (const runtime::Method* method : interface->method_order()) {
            std::string lower = runtime::ascii_lower(method->name);
            if (cls.find_method(lower) == nullptr)
                cls.add_method(std::move(lower), *method);
        }
    }
}

// zend_verify_abstract_class: a class that can be instantiated has no abstract method
// left. False with php's message, which names the first three.
bool ClassTable::abstract_methods_left(const runtime::Class& cls, std::string& error)
{
    std::vector<const runtime::Method*> left;
    for (const runtime::Method* method : cls.method_order())
        if (method->flags & runtime::AccAbstract)
            left.push_back(method);
    if (left.empty())
        return true;
    std::string names;
    for (size_t i = 0; i < left.size() && i < 3; ++i) {
        if (i > 0)
            names += ", ";
        names += left[i]->scope->name() + "::" + left[i]->name;
    }
    if (left.size() > 3)
        names += ", ...";
    error = runtime::format("Class %s contains %zu abstract method%s and must therefore be declared abstract or "
                            "implement the remaining methods (%s)",
                            cls.name().c_str(), left.size(), left.size() == 1 ? "" : "s", names.c_str());
    return false;
}

void ClassTable::release_static_values()
{
    for (const auto& cls : m_declared)
        cls->release_static_values();
}

void ClassTable::clear()
{
    m_classes.clear();
    m_declared.clear();
}

} // namespace miniphp::vm
