// Classes and objects in the compiler (zend_compile_class_decl, zend_compile_new,
// zend_compile_prop, zend_compile_method_call, zend_compile_static_call): a class
// declaration becomes a vm::ClassDecl of the script, bound before the script runs
// when php binds it early, else declared where it stands by DeclareClass.
#include <cassert>

#include "compiler/function_compiler.h"
#include "runtime/class.h"
#include "runtime/engine.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"

namespace miniphp::compiler {

using parser::Node;
using parser::NodeKind;
using vm::Opcode;
using vm::OperandKind;

namespace {


// A class name as written, without a leading backslash.
std::string class_name_text(const Node* name)
{
    std::string text = name->string_value;
    if (!text.empty() && text[0] == '\\')
        text.erase(0, 1);
    return text;
}

uint32_t member_flags(uint32_t decl_flags)
{
    uint32_t flags = 0;
    if (decl_flags & parser::DeclPrivate)
        flags |= runtime::AccPrivate;
    else if (decl_flags & parser::DeclProtected)
        flags |= runtime::AccProtected;
    else
        flags |= runtime::AccPublic;
    if (decl_flags & parser::DeclStatic)
        flags |= runtime::AccStatic;
    if (decl_flags & parser::DeclAbstract)
        flags |= runtime::AccAbstract;
    if (decl_flags & parser::DeclFinal)
        flags |= runtime::AccFinal;
    if (decl_flags & parser::DeclReadonly)
        flags |= runtime::AccReadonly;
    return flags;
}

bool has_attribute(const Node* attributes, std::string_view lower_name)
{
    if (attributes == nullptr)
        return false;
    for (const Node* group : attributes->children)
        for (const Node* attribute : group->children)
            if (attribute != nullptr && attribute->child(0) != nullptr &&
                runtime::ascii_lower(class_name_text(attribute->child(0))) == lower_name)
                return true;
    return false;
}

} // namespace

bool FunctionCompiler::is_this(const Node* node)
{
    return node != nullptr && node->kind == NodeKind::Var && node->child(0)->kind == NodeKind::Zval &&
           node->child(0)->string_value == "this";
}

void FunctionCompiler::compile_class_declaration(const Node* node, bool top_level)
{
    if (node->flags & (parser::DeclTrait | parser::DeclEnum))
        unsupported("Traits and enums are", node);
    const Node* extends = node->child(0);
    const Node* implements = node->child(1);
    const Node* body = node->child(2);

    auto decl = std::make_unique<vm::ClassDecl>();
    decl->name = node->name;
    decl->lower_name = runtime::ascii_lower(node->name);
    decl->line = node->line;
    if (extends != nullptr)
        decl->parent_name = class_name_text(extends);
    if (implements != nullptr)
        for (const Node* name : implements->children)
            decl->interface_names.push_back(class_name_text(name));
    if (node->flags & parser::DeclInterface)
        decl->flags |= runtime::AccInterface | runtime::AccAbstract;
    if (node->flags & parser::DeclAbstract)
        decl->flags |= runtime::AccAbstract;
    if (node->flags & parser::DeclFinal)
        decl->flags |= runtime::AccFinal;
    if (has_attribute(node->child(3), "allowdynamicproperties"))
        decl->flags |= runtime::AccAllowDynamicProperties;

    uint32_t saved_line = m_line;
    for (const Node* member : body->children) {
        if (member == nullptr)
            continue;
        switch (member->kind) {
        case NodeKind::PropGroup: {
            runtime::TypeDecl type;
            if (member->child(0) != nullptr) {
                // self and parent in a property's type name this class and its parent.
                const vm::ClassDecl* outer = m_class;
                m_class = decl.get();
                type = compile_type(member->child(0), false, nullptr);
                m_class = outer;
            }
            uint32_t flags = member_flags(member->attr);
            for (const Node* element : member->child(1)->children) {
                vm::PropertyDecl property;
                property.name = element->child(0)->string_value;
                property.flags = flags;
                if ((flags & runtime::AccReadonly) && !type.is_set())
                    error(runtime::format("Readonly property %s::$%s must have type", decl->name.c_str(),
                                          property.name.c_str()),
                          element->line);
                if ((flags & runtime::AccReadonly) && element->child(1) != nullptr)
                    error(runtime::format("Readonly property %s::$%s cannot have default value",
                                          decl->name.c_str(), property.name.c_str()),
                          element->line);
                property.type = type;
                // A typed property without a default starts uninitialized.
                property.default_value = type.is_set() ? runtime::Value::undef() : runtime::Value::null();
                if (const Node* initial = element->child(1)) {
                    std::optional<runtime::Value> value = fold_constant(initial);
                    if (!value && initial->kind == NodeKind::Array)
                        value = constant_array(initial);
                    if (!value)
                        unsupported("Property defaults other than literals are", initial);
                    // An int default of a float property is stored as a float.
                    if (value->is_long() && type.is_set() && !type.admits(runtime::Type::Long) &&
                        type.admits(runtime::Type::Double))
                        value = runtime::Value::dbl(static_cast<double>(value->as_long()));
                    property.default_value = *value;
                }
                decl->properties.push_back(std::move(property));
            }
            break;
        }
        case NodeKind::ClassConstGroup: {
            uint32_t flags = member_flags(member->attr);
            for (const Node* element : member->child(0)->children) {
                std::optional<runtime::Value> value = fold_constant(element->child(1));
                if (!value && element->child(1)->kind == NodeKind::Array)
                    value = constant_array(element->child(1));
                if (!value)
                    unsupported("Class constants other than literals are", element);
                decl->constants.push_back({element->child(0)->string_value, flags, *value});
            }
            break;
        }
        case NodeKind::Method: {
            declare_promoted_properties(member, *decl);
            check_magic_method(member, *decl);
            auto method = m_script.compile_method(member, *decl);
            decl->methods.push_back(std::move(method));
            break;
        }
        default: unsupported("This class member is", member);
        }
    }
    m_line = saved_line;
    set_line(node);

    vm::Script& script = m_script.script();
    uint32_t index = static_cast<uint32_t>(script.classes.size());
    // Early binding needs everything the class inherits known already.
    bool early = top_level && decl->interface_names.empty() &&
                 (decl->parent_name.empty() || m_script.knows_class(runtime::ascii_lower(decl->parent_name)));
    if (early) {
        if (!m_script.bind_class(decl->lower_name))
            error(runtime::format(runtime::msg::CannotDeclareClass, decl->name.c_str()), node->line);
        script.hoisted_classes.push_back(index);
    } else {
        emit(Opcode::DeclareClass, Operand{OperandKind::Unused, index});
    }
    script.classes.push_back(std::move(decl));
}

// zend_check_magic_method_implementation, for the magic methods miniphp runs:
// __construct may not be static, __destruct and __clone neither, nor take
// arguments; __construct and __destruct declare no return type, __clone only void.
// php checks when the method's parameters are compiled, on its first line.
void FunctionCompiler::check_magic_method(const Node* method, const vm::ClassDecl& owner)
{
    std::string lower = runtime::ascii_lower(method->name);
    bool takes_no_arguments = lower == "__destruct" || lower == "__clone";
    if (!takes_no_arguments && lower != "__construct")
        return;
    const Node* params = method->child(0);
    if (takes_no_arguments && params != nullptr && params->size() != 0)
        error(runtime::format(runtime::msg::MagicMethodTakesNoArguments, owner.name.c_str(), method->name.c_str()),
              method->line);
    if (member_flags(method->flags) & runtime::AccStatic)
        error(runtime::format(runtime::msg::MagicMethodCannotBeStatic, owner.name.c_str(), method->name.c_str()),
              method->line);
    const Node* return_type = method->child(3);
    if (return_type == nullptr)
        return;
    if (lower != "__clone")
        error(runtime::format(runtime::msg::MagicMethodNoReturnType, owner.name.c_str(), method->name.c_str()),
              method->line);
    bool is_void = return_type->kind != NodeKind::Type && !(return_type->attr & parser::TypeNullable) &&
                   runtime::ascii_lower(return_type->string_value) == "void";
    if (!is_void)
        error(runtime::format(runtime::msg::MagicMethodReturnTypeVoid, owner.name.c_str(), method->name.c_str()),
              method->line);
}

// zend_compile_new: the object, then its constructor's call; a class without a
// constructor skips the arguments.
Operand FunctionCompiler::compile_new(const Node* node)
{
    const Node* class_node = node->child(0);
    const Node* args = node->child(1);
    if (class_node->kind == NodeKind::Class)
        unsupported("Anonymous classes are", class_node);
    Operand cls;
    if (class_node->kind == NodeKind::Zval && class_node->literal_type == parser::LiteralType::String) {
        cls = literal_string(class_name_text(class_node));
    } else {
        // new $name, new $object, new (expr): the class is found when it runs.
        cls = compile_expression(class_node);
        free_tmp(cls);
    }
    Operand result = new_tmp();
    uint32_t at = emit(Opcode::New, cls, {}, result);
    m_function.code[at].extended = static_cast<uint32_t>(args->size());
    compile_call_arguments(args);
    uint32_t call = emit(Opcode::DoCall);
    m_function.code[call].line = node->line;
    patch_jump(at, next_instruction());
    result.php_var = true;
    return result;
}

// The arguments of a call whose callee is known only at run time.
void FunctionCompiler::compile_call_arguments(const Node* args)
{
    if (args == nullptr || args->kind != NodeKind::ArgList)
        unsupported("First-class callable syntax is", args);
    for (size_t i = 0; i < args->size(); ++i) {
        const Node* arg = args->child(i);
        if (arg->kind == NodeKind::Unpack)
            unsupported("Argument unpacking is", arg);
        if (arg->kind == NodeKind::NamedArg)
            unsupported("Named arguments are", arg);
        compile_argument(arg, static_cast<uint32_t>(i), std::nullopt, args, false);
    }
}

// The object operand of a property or method access: Unused stands for $this.
Operand FunctionCompiler::compile_object_operand(const Node* object, bool quiet)
{
    if (is_this(object))
        return Operand{};
    return quiet ? compile_quiet_read(object) : compile_expression(object);
}

Operand FunctionCompiler::compile_property_name(const Node* name)
{
    if (name->kind == NodeKind::Zval && name->literal_type == parser::LiteralType::String)
        return literal_string(name->string_value);
    Operand value = compile_expression(name);
    if (value.kind == OperandKind::Const && !constant_value(value).is_string()) {
        // zend_compile_prop: a constant name is a string from the start (`$o->{5}`).
        runtime::Value text = runtime::to_string(constant_value(value));
        Operand named = literal_string(text.as_string()->view());
        runtime::release(text);
        return named;
    }
    return value;
}

Operand FunctionCompiler::compile_prop_read(const Node* node, bool quiet)
{
    mark_inner(node->child(0));
    Operand object = compile_object_operand(node->child(0), quiet);
    if (node->kind == NodeKind::NullsafeProp)
        emit_nullsafe_jump(object);
    Operand name = compile_property_name(node->child(1));
    free_tmp(object);
    free_tmp(name);
    Operand result = new_tmp();
    set_line(node);
    emit(quiet ? Opcode::FetchObjIsset : Opcode::FetchObjRead, object, name, result);
    return result;
}

// `$o->p = v` and `$o->p OP= v`: like compile_dim_assign, ending in AssignObj.
Operand FunctionCompiler::compile_prop_assign(const Node* node)
{
    bool compound = node->kind == NodeKind::AssignOp;
    WriteChain chain = begin_write(node->child(0));
    Operand value = compile_expression(node->child(1));
    Operand container = emit_write_fetches(chain, compound ? 1 : 0, false);
    Operand name = chain.links.back().offset;
    free_tmp(value); // taken before the result is written
    // The result never shares a Tmp with the object or the name, which are released
    // after it is written (php's temporaries are all distinct).
    Operand out = new_tmp();
    free_tmp(container);
    free_tmp(name);
    uint32_t at = emit(compound ? Opcode::AssignObjOp : Opcode::AssignObj, container, name, out);
    if (compound)
        m_function.code[at].extended =
            static_cast<uint32_t>(binary_opcode(static_cast<parser::BinaryOpKind>(node->attr)));
    emit(Opcode::OpData, value);
    return out;
}

Operand FunctionCompiler::compile_prop_increment(const Node* node)
{
    WriteChain chain = begin_write(node->child(0));
    Operand container = emit_write_fetches(chain, 1, false);
    Operand name = chain.links.back().offset;
    Operand out = new_tmp(); // distinct from the object and the name, released after it is written
    free_tmp(container);
    free_tmp(name);
    uint32_t kind = node->kind == NodeKind::PreInc    ? 0
                    : node->kind == NodeKind::PreDec  ? 1
                    : node->kind == NodeKind::PostInc ? 2
                                                      : 3;
    uint32_t at = emit(Opcode::IncDecObj, container, name, out);
    m_function.code[at].extended = kind;
    return out;
}

void FunctionCompiler::compile_unset_prop(const Node* var)
{
    WriteChain chain = begin_write(var);
    Operand container = emit_write_fetches(chain, 2, false);
    Operand name = chain.links.back().offset;
    free_tmp(container);
    free_tmp(name);
    emit(Opcode::UnsetObj, container, name);
}

Operand FunctionCompiler::compile_isset_prop(const Node* var, bool is_empty)
{
    mark_inner(var->child(0));
    Operand object = compile_object_operand(var->child(0), true);
    if (var->kind == NodeKind::NullsafeProp)
        emit_nullsafe_jump(object);
    Operand name = compile_property_name(var->child(1));
    free_tmp(object);
    free_tmp(name);
    Operand result = new_tmp();
    uint32_t at = emit(Opcode::IssetObj, object, name, result);
    m_function.code[at].extended = is_empty ? 1 : 0;
    return result;
}

Operand FunctionCompiler::compile_method_call(const Node* node)
{
    const Node* method = node->child(1);
    const Node* args = node->child(2);
    bool nullsafe = node->kind == NodeKind::NullsafeMethodCall;
    mark_inner(node->child(0));
    if (method->kind != NodeKind::Zval || method->literal_type != parser::LiteralType::String) {
        // $object->$name(...): the object, then the name, evaluated in that order.
        Operand object = compile_object_operand(node->child(0), false);
        if (nullsafe)
            emit_nullsafe_jump(object);
        Operand name = compile_expression(method);
        free_tmp(object);
        free_tmp(name);
        uint32_t at = emit(Opcode::InitDynamicMethodCall, object, name);
        m_function.code[at].extended = static_cast<uint32_t>(args != nullptr ? args->size() : 0);
        return finish_call(node, args);
    }
    Operand object = compile_object_operand(node->child(0), false);
    if (nullsafe)
        emit_nullsafe_jump(object);
    free_tmp(object);
    Operand written = literal_string(method->string_value);
    uint32_t at = emit(Opcode::InitMethodCall, object, literal_string(runtime::ascii_lower(method->string_value)));
    m_function.code[at].extended = static_cast<uint32_t>(args != nullptr ? args->size() : 0);
    m_function.code[at].result = written.index;
    return finish_call(node, args);
}

Operand FunctionCompiler::compile_static_call(const Node* node)
{
    const Node* class_node = node->child(0);
    const Node* method = node->child(1);
    const Node* args = node->child(2);
    if (class_node->kind != NodeKind::Zval || class_node->literal_type != parser::LiteralType::String)
        unsupported("A static call on a computed class is", class_node);
    if (method->kind != NodeKind::Zval || method->literal_type != parser::LiteralType::String) {
        // A::$name(...): the name is read once the class is known.
        Operand name = compile_expression(method);
        free_tmp(name);
        uint32_t at = emit(Opcode::InitStaticCall, literal_string(class_name_text(class_node)), name);
        m_function.code[at].extended = static_cast<uint32_t>(args != nullptr ? args->size() : 0);
        return finish_call(node, args);
    }
    Operand written = literal_string(method->string_value);
    uint32_t at = emit(Opcode::InitStaticCall, literal_string(class_name_text(class_node)),
                       literal_string(runtime::ascii_lower(method->string_value)));
    m_function.code[at].extended = static_cast<uint32_t>(args != nullptr ? args->size() : 0);
    m_function.code[at].result = written.index;
    return finish_call(node, args);
}

Operand FunctionCompiler::compile_class_constant(const Node* node)
{
    const Node* class_node = node->child(0);
    if (class_node->kind != NodeKind::Zval || class_node->literal_type != parser::LiteralType::String)
        unsupported("A constant of a computed class is", class_node);
    return emit_tmp(Opcode::FetchClassConst, literal_string(class_name_text(class_node)),
                    literal_string(node->child(1)->string_value));
}

Operand FunctionCompiler::compile_instanceof(const Node* node)
{
    const Node* class_node = node->child(1);
    if (class_node->kind != NodeKind::Zval || class_node->literal_type != parser::LiteralType::String)
        unsupported("instanceof with a computed class is", class_node);
    Operand value = compile_expression(node->child(0));
    free_tmp(value);
    Operand result = new_tmp();
    emit(Opcode::InstanceOf, value, literal_string(class_name_text(class_node)), result);
    return result;
}

// A method: a function of the script's class, with its modifiers.
std::unique_ptr<vm::Function> ScriptCompiler::compile_method(const Node* declaration, const vm::ClassDecl& owner)
{
    auto function = std::make_unique<vm::Function>();
    function->name = declaration->name;
    function->lower_name = runtime::ascii_lower(declaration->name);
    function->file = m_script->file;
    function->start_line = declaration->line;
    function->is_method = true;
    function->method_flags = member_flags(declaration->flags);
    function->class_name = owner.name;
    if (declaration->child(2) == nullptr)
        function->method_flags |= runtime::AccAbstract;
    FunctionCompiler compiler(*this, *function);
    compiler.set_class(&owner);
    compiler.compile_function(declaration);
    return function;
}

bool ScriptCompiler::knows_class(const std::string& lower_name) const { return m_bound_classes.count(lower_name) != 0; }

bool ScriptCompiler::bind_class(const std::string& lower_name) { return m_bound_classes.insert(lower_name).second; }

// zend_compile_params for a promoted parameter: a property of the class (typed: no
// default, uninitialized until assigned; untyped: null), declared where the
// constructor is.
void FunctionCompiler::declare_promoted_properties(const Node* method, vm::ClassDecl& decl)
{
    constexpr uint16_t kPromoted = parser::ParamPromotedPublic | parser::ParamPromotedProtected |
                                   parser::ParamPromotedPrivate | parser::ParamPromotedReadonly;
    const Node* params = method->child(0);
    if (params == nullptr)
        return;
    bool is_constructor = runtime::ascii_lower(method->name) == "__construct";
    for (const Node* param : params->children) {
        if (!(param->attr & kPromoted))
            continue;
        if (!is_constructor)
            error("Cannot declare promoted property outside a constructor", param->line);
        if (method->child(2) == nullptr || (method->flags & parser::DeclAbstract))
            error("Cannot declare promoted property in an abstract constructor", param->line);
        if (param->attr & parser::ParamVariadic)
            error("Cannot declare variadic promoted property", param->line);
        const std::string& name = param->child(1)->string_value;
        for (const vm::PropertyDecl& existing : decl.properties)
            if (existing.name == name)
                error(runtime::format("Cannot redeclare %s::$%s", decl.name.c_str(), name.c_str()), param->line);
        vm::PropertyDecl property;
        property.name = name;
        property.flags = (param->attr & parser::ParamPromotedPrivate)     ? runtime::AccPrivate
                         : (param->attr & parser::ParamPromotedProtected) ? runtime::AccProtected
                                                                          : runtime::AccPublic;
        if (param->attr & parser::ParamPromotedReadonly) {
            property.flags |= runtime::AccReadonly;
            if (param->child(0) == nullptr)
                error(runtime::format("Readonly property %s::$%s must have type", decl.name.c_str(), name.c_str()),
                      param->line);
        }
        if (param->child(0) != nullptr)
            property.type = compile_type(param->child(0), false, nullptr);
        property.default_value = property.type.is_set() ? runtime::Value::undef() : runtime::Value::null();
        decl.properties.push_back(std::move(property));
    }
}

void FunctionCompiler::assign_promoted_properties(const Node* params)
{
    constexpr uint16_t kPromoted = parser::ParamPromotedPublic | parser::ParamPromotedProtected |
                                   parser::ParamPromotedPrivate | parser::ParamPromotedReadonly;
    if (params == nullptr)
        return;
    for (const Node* param : params->children) {
        if (!(param->attr & kPromoted))
            continue;
        const std::string& name = param->child(1)->string_value;
        emit(Opcode::AssignObj, Operand{}, literal_string(name));
        emit(Opcode::OpData, cv(name));
    }
}

// `$obj->p ??= v` on $this or a variable (reading them twice has no effect): the
// property read quietly, and only when it is null or unset, v assigned to it.
Operand FunctionCompiler::compile_prop_assign_coalesce(const Node* node)
{
    const Node* target = node->child(0);
    Operand current = compile_prop_read(target, true);
    free_tmp(current);
    Operand out = new_tmp();
    uint32_t skip = emit(Opcode::Coalesce, current, {}, out);
    Operand object = compile_object_operand(target->child(0), false);
    Operand name = compile_property_name(target->child(1));
    Operand value = compile_expression(node->child(1));
    free_tmp(object);
    free_tmp(name);
    free_tmp(value);
    Operand assigned = new_tmp();
    emit(Opcode::AssignObj, object, name, assigned);
    emit(Opcode::OpData, value);
    free_tmp(assigned);
    emit(Opcode::QmAssign, assigned, {}, out);
    patch_jump(skip, next_instruction());
    return out;
}

} // namespace miniphp::compiler
