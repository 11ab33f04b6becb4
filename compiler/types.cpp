// Parameter and return types (zend_compile_typename, zend_compile_single_typename,
// zend_emit_return_type_check): a type declaration becomes a runtime::TypeDecl,
// with the compile-time errors php raises for types that make no sense (duplicates,
// mixed in a union, ?null, self outside a class...), in php's order.
#include "compiler/function_compiler.h"
#include "runtime/conversions.h"
#include "runtime/engine.h"
#include "runtime/messages.h"
#include "runtime/string.h"

namespace miniphp::compiler {

using parser::Node;
using parser::NodeKind;
using runtime::TypeDecl;
namespace TypeBit = runtime::TypeBit;
using vm::Opcode;
using vm::OperandKind;

namespace {

// zend_lookup_builtin_type_by_name: the mask of a builtin type name, 0 for a class.
uint32_t builtin_type_mask(const std::string& lower)
{
    static const std::pair<const char*, uint32_t> kBuiltins[] = {
        {"bool", TypeBit::Bool},     {"false", TypeBit::False},   {"true", TypeBit::True},
        {"float", TypeBit::Double},  {"int", TypeBit::Long},      {"string", TypeBit::String},
        {"void", TypeBit::Void},     {"never", TypeBit::Never},   {"object", TypeBit::Object},
        {"mixed", TypeBit::Any},     {"null", TypeBit::Null},     {"iterable", TypeBit::Array | TypeBit::Iterable},
    };
    for (const auto& [name, mask] : kBuiltins)
        if (lower == name)
            return mask;
    return 0;
}

// zend_is_confusable_type: names php warns will be read as classes.
const char* confusable_type(const std::string& lower, bool& known)
{
    known = true;
    if (lower == "boolean")
        return "bool";
    if (lower == "integer")
        return "int";
    if (lower == "double")
        return "float";
    known = lower == "resource";
    return nullptr;
}

bool same_name(const std::string& a, const std::string& b) { return runtime::ascii_lower(a) == runtime::ascii_lower(b); }

} // namespace

TypeDecl FunctionCompiler::compile_single_type(const Node* ast)
{
    TypeDecl type;
    if (ast->kind == NodeKind::Type) {
        switch (static_cast<parser::TypeKind>(ast->attr & ~parser::TypeNullable)) {
        case parser::TypeKind::Array: type.mask = TypeBit::Array; break;
        case parser::TypeKind::Callable: type.mask = TypeBit::Callable; break;
        case parser::TypeKind::Static:
            if (!m_function.is_method)
                error(runtime::format(runtime::msg::TypeNoClassScope, "static"), m_line);
            type.mask = TypeBit::Static;
            break;
        }
        return type;
    }
    std::string name = ast->string_value;
    auto kind = static_cast<parser::NameKind>(ast->attr & ~parser::TypeNullable);
    if (!name.empty() && name[0] == '\\')
        name.erase(0, 1);
    std::string lower = runtime::ascii_lower(name);
    if (uint32_t mask = builtin_type_mask(lower)) {
        if (kind != parser::NameKind::NotFullyQualified)
            error(runtime::format(runtime::msg::TypeUnqualified, lower.c_str()), m_line);
        type.mask = mask;
        if (mask & TypeBit::Iterable)
            type.class_names.push_back("Traversable");
        return type;
    }
    if (lower == "self" || lower == "parent") {
        if (!m_function.is_method && m_class == nullptr)
            error(runtime::format(runtime::msg::TypeNoClassScope, lower.c_str()), m_line);
        if (lower == "parent" && m_class != nullptr && m_class->parent_name.empty())
            error(runtime::msg::TypeNoParent, m_line);
    } else if (kind == parser::NameKind::NotFullyQualified) {
        bool known = false;
        const char* correct = confusable_type(lower, known);
        if (correct != nullptr)
            warn("Warning", runtime::format(runtime::msg::TypeConfusable, name.c_str(), correct, name.c_str()), m_line);
        else if (known)
            warn("Warning", runtime::format(runtime::msg::TypeNotBuiltin, name.c_str(), name.c_str()), m_line);
    }
    type.class_names.push_back(name);
    return type;
}

// An intersection `A&B` as one entry of TypeDecl::class_names, with the errors of
// zend_compile_typename for its members.
std::string FunctionCompiler::compile_intersection(const Node* ast)
{
    std::vector<std::string> members;
    for (const Node* element : ast->children) {
        TypeDecl single = compile_single_type(element);
        if (single.mask != 0)
            error(runtime::format(runtime::msg::TypeNotInIntersection, runtime::type_to_string(single).c_str()),
                  m_line);
        const std::string& name = single.class_names[0];
        std::string lower = runtime::ascii_lower(name);
        if (lower == "self" || lower == "parent")
            error(runtime::format(runtime::msg::TypeNotInIntersection, name.c_str()), m_line);
        for (const std::string& earlier : members)
            if (same_name(earlier, name))
                error(runtime::format(runtime::msg::TypeDuplicate, name.c_str()), m_line);
        members.push_back(name);
    }
    std::string entry;
    for (const std::string& name : members)
        entry += (entry.empty() ? "" : "&") + name;
    return entry;
}

namespace {

// How much of intersection `narrow` another entry of a union (`wide`: one class or
// an intersection) makes redundant: zend_is_intersection_type_redundant_by_single_type
// and zend_are_intersection_types_redundant. Null if nothing.
std::optional<std::string> redundant_intersection(const std::string& added, const std::string& earlier)
{
    std::vector<std::string_view> a = runtime::intersection_members(added);
    std::vector<std::string_view> b = runtime::intersection_members(earlier);
    if (a.size() == 1 && b.size() == 1)
        return std::nullopt; // two classes: the duplicate check's business
    const std::vector<std::string_view>& smaller = b.size() < a.size() ? b : a;
    const std::vector<std::string_view>& larger = b.size() < a.size() ? a : b;
    size_t shared = 0;
    for (std::string_view s : smaller)
        for (std::string_view l : larger)
            if (same_name(std::string(s), std::string(l))) {
                ++shared;
                break;
            }
    if (shared != smaller.size())
        return std::nullopt;
    const std::string& smaller_text = b.size() < a.size() ? earlier : added;
    const std::string& larger_text = b.size() < a.size() ? added : earlier;
    if (smaller.size() == larger.size())
        return runtime::format(runtime::msg::TypeRedundantWith, smaller_text.c_str(), larger_text.c_str());
    return runtime::format(runtime::msg::TypeMoreRestrictive, larger_text.c_str(), smaller_text.c_str());
}

} // namespace

TypeDecl FunctionCompiler::compile_type(const Node* ast, bool force_nullable, bool* forced_nullable)
{
    bool marked_nullable = (ast->attr & parser::TypeNullable) != 0;
    TypeDecl type;
    if (ast->kind == NodeKind::TypeIntersection)
        type.class_names.push_back(compile_intersection(ast));
    if (ast->kind == NodeKind::TypeUnion) {
        bool only_iterable_class = true;
        for (const Node* element : ast->children) {
            if (element->kind == NodeKind::TypeIntersection) {
                only_iterable_class = false;
                std::string entry = compile_intersection(element);
                for (const std::string& earlier : type.class_names)
                    if (std::optional<std::string> message = redundant_intersection(entry, earlier))
                        error(*message, m_line);
                type.class_names.push_back(entry);
                continue;
            }
            TypeDecl single = compile_single_type(element);
            if (single.is_mixed())
                error(runtime::msg::TypeMixedStandalone, m_line);
            if (!single.class_names.empty() && !(single.mask & TypeBit::Iterable))
                only_iterable_class = false;
            if (uint32_t overlap = type.mask & single.mask & TypeBit::Pure) {
                TypeDecl duplicate;
                duplicate.mask = overlap;
                error(runtime::format(runtime::msg::TypeDuplicate, runtime::type_to_string(duplicate).c_str()), m_line);
            }
            if (((type.mask & TypeBit::True) && single.mask == TypeBit::False) ||
                ((type.mask & TypeBit::False) && single.mask == TypeBit::True))
                error(runtime::msg::TypeTrueAndFalse, m_line);
            type.mask |= single.mask;
            for (const std::string& name : single.class_names) {
                for (const std::string& earlier : type.class_names) {
                    if (same_name(earlier, name))
                        error(runtime::format(runtime::msg::TypeDuplicate, name.c_str()), m_line);
                    if (std::optional<std::string> message = redundant_intersection(name, earlier))
                        error(*message, m_line);
                }
                type.class_names.push_back(name);
            }
        }
        if ((type.mask & TypeBit::Object) &&
            ((!only_iterable_class && !type.class_names.empty()) || (type.mask & TypeBit::Static)))
            error(runtime::format(runtime::msg::TypeObjectAndClass, runtime::type_to_string(type).c_str()), m_line);
    } else if (ast->kind != NodeKind::TypeIntersection) {
        type = compile_single_type(ast);
    }
    if (type.is_mixed() && marked_nullable)
        error(runtime::msg::TypeMixedNullable, m_line);
    if ((type.mask & TypeBit::Null) && marked_nullable)
        error(runtime::msg::TypeNullNullable, m_line);
    if (forced_nullable != nullptr)
        *forced_nullable = force_nullable && !marked_nullable && !(type.mask & TypeBit::Null);
    if (marked_nullable || force_nullable)
        type.mask |= TypeBit::Null;
    if ((type.mask & TypeBit::Void) && (!type.class_names.empty() || type.mask != TypeBit::Void))
        error(runtime::msg::TypeVoidStandalone, m_line);
    if ((type.mask & TypeBit::Never) && (!type.class_names.empty() || type.mask != TypeBit::Never))
        error(runtime::msg::TypeNeverStandalone, m_line);
    type.resolved.assign(type.class_names.size(), nullptr);
    return type;
}

// zend_is_valid_default_value: a literal default must have the parameter's type,
// except that an int may initialise a float (and becomes one).
bool FunctionCompiler::check_parameter_default(const TypeDecl& type, runtime::Value& value)
{
    if (type.admits(value.type()))
        return true;
    if ((type.mask & TypeBit::Double) && value.is_long()) {
        value = runtime::Value::dbl(static_cast<double>(value.as_long()));
        return true;
    }
    return false;
}

// The checks zend_emit_return_type_check makes of `return EXPR;` (`returned` null:
// `return;`) in a function with a return type, and its VerifyReturnType when the
// value's type is not known to fit; `value` becomes the checked value's operand.
void FunctionCompiler::check_return_statement(const Node* returned, Operand& value, uint32_t line)
{
    const TypeDecl& type = m_function.return_type;
    if (type.mask & TypeBit::Void) {
        if (returned != nullptr) {
            bool null = value.kind == OperandKind::Const && constant_value(value).is_null();
            error(null ? runtime::msg::VoidReturnsNull : runtime::msg::VoidReturnsValue, line);
        }
        return;
    }
    if (type.mask & TypeBit::Never)
        error(runtime::msg::NeverReturns, line);
    if (returned == nullptr)
        error((type.mask & TypeBit::Null) ? runtime::msg::MustReturnValueNullable : runtime::msg::MustReturnValue, line);
    if (type.is_mixed())
        return;
    if (value.kind == OperandKind::Const && type.admits(constant_value(value).type()))
        return;
    // A literal is copied into a Tmp the check may convert.
    Operand checked = value.kind == OperandKind::Const ? new_tmp() : Operand{};
    uint32_t at = emit(Opcode::VerifyReturnType, value, {}, checked);
    m_function.code[at].extended = type.mask;
    if (!checked.is_unused())
        value = checked;
}

std::string FunctionCompiler::declared_type_text(const TypeDecl& type) const
{
    return runtime::type_to_string(type, m_class->name, m_class->parent_name);
}

// zend_get_function_declaration's default: literals as php prints them, a constant
// by its name (php keeps it unevaluated), anything else "<expression>".
std::string FunctionCompiler::default_text(const Node* default_value)
{
    if (refers_to_constant(default_value)) {
        auto name_text = [](const Node* name) {
            std::string text = name->string_value;
            return !text.empty() && text[0] == '\\' ? text.substr(1) : text;
        };
        if (default_value->kind == NodeKind::Const)
            return name_text(default_value->child(0));
        if (default_value->kind == NodeKind::ClassConst && default_value->child(0)->kind == NodeKind::Zval)
            return name_text(default_value->child(0)) + "::" + default_value->child(1)->string_value;
        return "<expression>";
    }
    std::optional<runtime::Value> value = fold_constant(default_value);
    if (!value && default_value->kind == NodeKind::Array) {
        if (std::optional<runtime::Value> array = constant_array(default_value)) {
            std::string text = array->as_array()->size() == 0 ? "[]" : "[...]";
            runtime::release(*array);
            return text;
        }
    }
    if (!value)
        return "<expression>";
    switch (value->type()) {
    case runtime::Type::Null: return "null";
    case runtime::Type::False: return "false";
    case runtime::Type::True: return "true";
    case runtime::Type::String: {
        std::string_view text = value->as_string()->view();
        return "'" + std::string(text.substr(0, 10)) + (text.size() > 10 ? "...'" : "'");
    }
    default: {
        runtime::Value text = runtime::to_string(*value);
        std::string out(text.as_string()->view());
        runtime::release(text);
        return out;
    }
    }
}

std::string FunctionCompiler::parameter_text(const Node* param, const TypeDecl& type, const Node* default_value)
{
    std::string text;
    if (type.is_set())
        text = declared_type_text(type) + " ";
    if (param->attr & parser::ParamByRef)
        text += '&';
    if (param->attr & parser::ParamVariadic)
        text += "...";
    text += "$" + param->child(1)->string_value;
    if (default_value != nullptr)
        text += " = " + default_text(default_value);
    return text;
}

void FunctionCompiler::describe_method(const std::vector<std::string>& parameters)
{
    std::string& out = m_function.declaration;
    if (m_function.returns_by_ref)
        out = "& ";
    out += m_class->name + "::" + m_function.name + "(";
    for (size_t i = 0; i < parameters.size(); ++i)
        out += (i == 0 ? "" : ", ") + parameters[i];
    out += ")";
    if (m_function.return_type.is_set())
        out += ": " + declared_type_text(m_function.return_type);
}

} // namespace miniphp::compiler
