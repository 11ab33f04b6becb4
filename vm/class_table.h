// ClassTable: the classes declared so far (Zend's EG(class_table)), by lower-cased
// name. declare() builds a runtime::Class from the compiler's ClassDecl: it links the
// parent (whose properties, methods and constants it inherits) and points each
// method's Function at its class. Classes live until the end of the run, after every
// object.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/class.h"
#include "vm/bytecode.h"

namespace miniphp::vm {

class ClassTable {
public:
    ClassTable();
    ~ClassTable();

    const runtime::Class* find(std::string_view lower_name) const;
    // The class named `name` as written (any case), or null.
    const runtime::Class* find_by_name(std::string_view name) const;

    // Declares `decl`, moving its default values into the class; nullptr with
    // `error` set when its parent is missing (an Error) or its name is taken (a fatal
    // error, `fatal` set).
    const runtime::Class* declare(ClassDecl& decl, std::string& error, bool& fatal);

    // Calls visit(cls) for every class, built-in ones included.
    template <class Visit>
    void for_each(Visit visit) const
    {
        for (const auto& [name, cls] : m_classes)
            visit(cls);
    }

    // The script's classes let go of their static properties' values (shutdown).
    void release_static_values();

    void clear();

private:
    static void implement_interfaces(runtime::Class& cls, const std::vector<const runtime::Class*>& interfaces);
    static bool abstract_methods_left(const runtime::Class& cls, std::string& error);
    void check_override(const Function& method, const runtime::Class* scope, const runtime::Method* inherited) const;

    // By lower-cased name: the built-in classes and those the script declared, which
    // `m_declared` owns.
    std::unordered_map<std::string, const runtime::Class*> m_classes;
    std::vector<std::unique_ptr<runtime::Class>> m_declared;
};

} // namespace miniphp::vm
