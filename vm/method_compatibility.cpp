#include "vm/method_compatibility.h"

#include <algorithm>

#include "runtime/string.h"

namespace miniphp::vm {

using runtime::Class;
using runtime::TypeDecl;
namespace TypeBit = runtime::TypeBit;

namespace {

struct Scoped {
    const TypeDecl& type;
    const Class* scope;
};


// Finds the classes named in types. The class being declared is not in the table
// yet: `declaring` stands for it.
struct Lookup {
    const ClassTable& classes;
    const Class* declaring;

    // The class `name` denotes from `scope`, or null while undeclared.
    const Class* find(const std::string& name, const Class* scope) const
    {
        std::string lower = runtime::ascii_lower(name);
        if (lower == "self")
            return scope;
        if (lower == "parent")
            return scope != nullptr ? scope->parent() : nullptr;
        if (declaring != nullptr && lower == declaring->lower_name())
            return declaring;
        return classes.find(lower);
    }
};

// zend_is_class_subtype_of_type: an object that is an instance of every class of
// `classes` (null: not declared yet, taken as fitting) fits `type`.
bool classes_fit(const Lookup& lookup, const std::vector<const Class*>& classes, Scoped type)
{
    if (type.type.mask & TypeBit::Object)
        return true;
    auto has = [&](const Class* wanted) {
        for (const Class* cls : classes)
            if (cls == nullptr || wanted == nullptr || cls->is_subclass_of_or_same(wanted))
                return true;
        return false;
    };
    for (const std::string& entry : type.type.class_names) {
        bool all = true;
        for (std::string_view member : runtime::intersection_members(entry))
            all = all && has(lookup.find(std::string(member), type.scope));
        if (all)
            return true;
    }
    return false;
}

// zend_perform_covariance_check: every value of `fe` is a value of `proto`.
bool is_subtype(const Lookup& lookup, Scoped fe, Scoped proto)
{
    uint32_t proto_mask = proto.type.mask & TypeBit::Pure;
    uint32_t fe_mask = fe.type.mask & TypeBit::Pure;
    if ((proto_mask & TypeBit::Any) == TypeBit::Any && !(fe_mask & TypeBit::Void))
        return true;
    uint32_t added = fe_mask & ~proto_mask;
    // static for a type that admits the class itself (zend_type_permits_self).
    if ((added & TypeBit::Static) && classes_fit(lookup, {fe.scope}, proto))
        added &= ~TypeBit::Static;
    if (added == TypeBit::Never)
        return true;
    if (added != 0)
        return false;
    for (const std::string& entry : fe.type.class_names) {
        std::vector<const Class*> classes;
        for (std::string_view member : runtime::intersection_members(entry))
            classes.push_back(lookup.find(std::string(member), fe.scope));
        if (!classes_fit(lookup, classes, proto))
            return false;
    }
    return true;
}

} // namespace

bool is_compatible_override(const ClassTable& classes, const Function& child, const Class* child_scope,
                            const Function& parent)
{
    Lookup lookup{classes, child_scope};
    if (parent.num_required_params < child.num_required_params)
        return false;
    if (parent.returns_by_ref && !child.returns_by_ref)
        return false;
    if (parent.is_variadic && !child.is_variadic)
        return false;
    uint32_t parent_count = parent.num_params + (parent.is_variadic ? 1 : 0);
    uint32_t child_count = child.num_params + (child.is_variadic ? 1 : 0);
    static const TypeDecl kNone;
    auto type_of = [](const Function& f, uint32_t i) -> const TypeDecl& {
        return i < f.param_types.size() ? f.param_types[i] : kNone;
    };
    for (uint32_t i = 0, n = std::max(parent_count, child_count); i < n; ++i) {
        // Past its parameters, a variadic function's last one stands for the rest.
        uint32_t p = i < parent_count ? i : parent.is_variadic ? parent_count - 1 : UINT32_MAX;
        uint32_t c = i < child_count ? i : child.is_variadic ? child_count - 1 : UINT32_MAX;
        if (p == UINT32_MAX)
            continue; // a new optional parameter
        if (c == UINT32_MAX)
            return false; // a parameter removed
        const TypeDecl& child_type = type_of(child, c);
        const TypeDecl& parent_type = type_of(parent, p);
        if (child_type.is_set() && !child_type.is_mixed()) {
            if (!parent_type.is_set())
                return false;
            if (!is_subtype(lookup, {parent_type, parent.scope}, {child_type, child_scope}))
                return false;
        }
        if (child.param_by_ref[c] != parent.param_by_ref[p])
            return false;
    }
    if (parent.return_type.is_set()) {
        if (!child.return_type.is_set())
            return false;
        if (!is_subtype(lookup, {child.return_type, child_scope}, {parent.return_type, parent.scope}))
            return false;
    }
    return true;
}

} // namespace miniphp::vm
