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

// The type bits that are PHP types (what php's ZEND_TYPE_PURE_MASK compares).
constexpr uint32_t kPureBits = TypeBit::Any | TypeBit::Callable | TypeBit::Static | TypeBit::Void | TypeBit::Never;

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
        if (!m_function.is_method)
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

TypeDecl FunctionCompiler::compile_type(const Node* ast, bool force_nullable, bool* forced_nullable)
{
    bool marked_nullable = (ast->attr & parser::TypeNullable) != 0;
    TypeDecl type;
    if (ast->kind == NodeKind::TypeIntersection)
        unsupported("Intersection types are", ast);
    if (ast->kind == NodeKind::TypeUnion) {
        bool only_iterable_class = true;
        for (const Node* element : ast->children) {
            if (element->kind == NodeKind::TypeIntersection)
                unsupported("Intersection types are", element);
            TypeDecl single = compile_single_type(element);
            if (single.is_mixed())
                error(runtime::msg::TypeMixedStandalone, m_line);
            if (!single.class_names.empty() && !(single.mask & TypeBit::Iterable))
                only_iterable_class = false;
            if (uint32_t overlap = type.mask & single.mask & kPureBits) {
                TypeDecl duplicate;
                duplicate.mask = overlap;
                error(runtime::format(runtime::msg::TypeDuplicate, runtime::type_to_string(duplicate).c_str()), m_line);
            }
            if (((type.mask & TypeBit::True) && single.mask == TypeBit::False) ||
                ((type.mask & TypeBit::False) && single.mask == TypeBit::True))
                error(runtime::msg::TypeTrueAndFalse, m_line);
            type.mask |= single.mask;
            for (const std::string& name : single.class_names) {
                for (const std::string& earlier : type.class_names)
                    if (same_name(earlier, name))
                        error(runtime::format(runtime::msg::TypeDuplicate, name.c_str()), m_line);
                type.class_names.push_back(name);
            }
        }
        if ((type.mask & TypeBit::Object) &&
            ((!only_iterable_class && !type.class_names.empty()) || (type.mask & TypeBit::Static)))
            error(runtime::format(runtime::msg::TypeObjectAndClass, runtime::type_to_string(type).c_str()), m_line);
    } else {
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
