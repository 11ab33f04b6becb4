#include "vm/class_table.h"

#include "runtime/closure.h"
#include "runtime/engine.h"
#include "runtime/exceptions.h"
#include "runtime/messages.h"
#include "runtime/string.h"
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
    auto cls = std::make_unique<runtime::Class>(decl.name, parent, decl.flags);
    // The values move into the class, which is their one owner from now on (as php's
    // default_properties_table): a declaration runs once.
    for (PropertyDecl& property : decl.properties) {
        runtime::Value initial;
        initial.copy_from(property.default_value);
        property.default_value = runtime::Value::null();
        cls->add_property(runtime::InternTable::instance().intern(property.name), property.flags, initial);
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
    cls->finish_linking();
    const runtime::Class* declared = cls.get();
    m_classes.emplace(decl.lower_name, declared);
    m_declared.push_back(std::move(cls));
    return declared;
}

void ClassTable::clear()
{
    m_classes.clear();
    m_declared.clear();
}

} // namespace miniphp::vm
