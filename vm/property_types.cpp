// The check of a value against a typed property's type (zend_verify_property_type),
// which the runtime's property code calls: class types are looked up in the running
// VM's class table, self and parent mean the declaring class and its parent.
#include "vm/property_types.h"

#include "runtime/class.h"
#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/type_decl.h"
#include "vm/vm.h"

namespace miniphp::vm {

namespace {

const runtime::Class* named_class(const runtime::PropertyInfo& info, std::string_view name)
{
    std::string lower = runtime::ascii_lower(name);
    if (lower == "self")
        return info.declaring_class;
    if (lower == "parent")
        return info.declaring_class->parent();
    return Vm::running()->state().classes.find(lower);
}

bool is_instance(const runtime::PropertyInfo& info, const runtime::Class* cls, std::string_view entry)
{
    for (std::string_view member : runtime::intersection_members(entry)) {
        const runtime::Class* wanted = named_class(info, member);
        if (wanted == nullptr || !cls->is_subclass_of_or_same(wanted))
            return false;
    }
    return true;
}

} // namespace

bool check_property_type(const runtime::PropertyInfo& info, runtime::Value& value, bool strict)
{
    const runtime::TypeDecl& type = *info.type;
    if (type.admits(value.type()))
        return true;
    if (value.is_object()) {
        for (const std::string& entry : type.class_names)
            if (is_instance(info, value.as_object()->class_entry, entry))
                return true;
    }
    if (strict) {
        if (!value.is_long() || !type.admits(runtime::Type::Double))
            return false;
        value = runtime::Value::dbl(static_cast<double>(value.as_long()));
        return true;
    }
    return runtime::coerce_scalar(type.mask, value);
}

} // namespace miniphp::vm
