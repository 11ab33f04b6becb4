// Closures and arrow functions (zend_compile_func_decl for ZEND_AST_CLOSURE and
// ZEND_AST_ARROW_FUNC), and calls of a value (zend_compile_dynamic_call).
//
// A closure's code is a Function of the script like any other, compiled when the
// expression is. Where the expression stands, DeclareClosure makes the Closure and
// one BindLexical per captured variable stores the variable (or a reference to it)
// in the closure's static variables, where the captured ones come first. The
// closure's code starts by copying them into its own variables (BindStatic).
#include <unordered_set>

#include "compiler/auto_globals.h"
#include "compiler/function_compiler.h"
#include "runtime/array.h"
#include "runtime/engine.h"
#include "runtime/messages.h"
#include "runtime/string.h"

namespace miniphp::compiler {

using parser::Node;
using parser::NodeKind;
using vm::Opcode;
using vm::OperandKind;

namespace {

// find_implicit_binds: the variables an arrow function's body names, in order of
// first appearance, looking into nested arrow functions and the use() lists of
// nested closures, but not into nested closures' bodies.
void find_implicit_binds(const Node* node, std::vector<CapturedVariable>& out, std::unordered_set<std::string>& seen)
{
    if (node == nullptr)
        return;
    if (node->kind == NodeKind::Var) {
        const Node* name = node->child(0);
        if (name != nullptr && name->kind == NodeKind::Zval) {
            const std::string& text = name->string_value;
            if (text != "this" && !is_auto_global(text) && seen.insert(text).second)
                out.push_back({text, false});
            return;
        }
    }
    if (node->kind == NodeKind::Closure) {
        if (const Node* uses = node->child(1))
            for (const Node* use : uses->children)
                if (seen.insert(use->string_value).second)
                    out.push_back({use->string_value, false});
        return;
    }
    if (node->kind == NodeKind::ArrowFunc) {
        find_implicit_binds(node->child(2), out, seen);
        return;
    }
    if (node->kind == NodeKind::Class)
        return;
    for (const Node* child : node->children)
        find_implicit_binds(child, out, seen);
}

bool is_parameter(const Node* params, const std::string& name)
{
    if (params == nullptr)
        return false;
    for (const Node* param : params->children)
        if (param->child(1)->string_value == name)
            return true;
    return false;
}

} // namespace

std::vector<CapturedVariable> FunctionCompiler::closure_uses(const Node* node)
{
    const Node* params = node->child(0);
    std::vector<CapturedVariable> uses;
    if (node->kind == NodeKind::ArrowFunc) {
        std::unordered_set<std::string> seen;
        find_implicit_binds(node->child(2), uses, seen);
        std::erase_if(uses, [params](const CapturedVariable& v) { return is_parameter(params, v.name); });
        return uses;
    }
    const Node* list = node->child(1);
    if (list == nullptr)
        return uses;
    std::unordered_set<std::string> seen;
    for (const Node* use : list->children) {
        const std::string& name = use->string_value;
        if (name == "this")
            error("Cannot use $this as lexical variable", use->line);
        if (is_auto_global(name))
            error("Cannot use auto-global as lexical variable", use->line);
        if (!seen.insert(name).second)
            error(runtime::format("Cannot use variable $%s twice", name.c_str()), use->line);
        if (is_parameter(params, name))
            error(runtime::format("Cannot use lexical variable $%s as a parameter name", name.c_str()), use->line);
        uses.push_back({name, (use->attr & parser::BindRef) != 0});
    }
    return uses;
}

Operand FunctionCompiler::compile_closure(const Node* node)
{
    std::vector<CapturedVariable> uses = closure_uses(node);
    uint32_t index = m_script.add_closure(node, m_function.class_name, uses);
    Operand closure = new_tmp();
    uint32_t at = emit(Opcode::DeclareClosure, Operand{OperandKind::Unused, index}, {}, closure);
    m_function.code[at].extended = (node->flags & parser::DeclStatic) ? 1 : 0;
    uint32_t implicit = node->kind == NodeKind::ArrowFunc ? 2 : 0;
    for (const CapturedVariable& use : uses) {
        uint32_t bind = emit(Opcode::BindLexical, closure, cv(use.name));
        m_function.code[bind].extended = (use.by_reference ? 1 : 0) | implicit;
    }
    return closure;
}

void FunctionCompiler::bind_closure_uses()
{
    for (const CapturedVariable& use : m_captured) {
        uint32_t at = emit(Opcode::BindStatic, cv(use.name), literal_string(use.name));
        m_function.code[at].extended = use.by_reference ? 0 : 1;
    }
}

// `$f(...)` on any expression's value, and `name(...)` (first-class callable syntax),
// whose function is looked up when it runs.
Operand FunctionCompiler::compile_dynamic_call(const Node* node)
{
    const Node* name = node->child(0);
    const Node* args = node->child(1);
    Operand callee;
    if (name->kind == NodeKind::Zval && name->literal_type == parser::LiteralType::String)
        callee = literal_string(name->string_value);
    else
        callee = compile_expression(name);
    free_tmp(callee);
    uint32_t init = emit(Opcode::InitDynamicCall, callee);
    m_function.code[init].extended = args->kind == NodeKind::ArgList ? static_cast<uint32_t>(args->size()) : 0;
    return finish_call(node, args);
}

Operand FunctionCompiler::finish_call(const Node* node, const Node* args)
{
    Operand result = new_tmp();
    if (args != nullptr && args->kind == NodeKind::CallableConvert) {
        emit(Opcode::CallableConvert, {}, {}, result);
        return result;
    }
    free_tmp(result);
    compile_call_arguments(args);
    result = new_tmp();
    uint32_t call = emit(Opcode::DoCall, {}, {}, result);
    if (node->line != 0)
        m_function.code[call].line = node->line;
    result.php_var = true;
    return result;
}

Operand FunctionCompiler::compile_user_call(const Node* node)
{
    const Node* args = node->child(1);
    Operand callee = compile_expression(args->child(0));
    free_tmp(callee);
    uint32_t init = emit(Opcode::InitDynamicCall, callee);
    m_function.code[init].extended = static_cast<uint32_t>(args->size() - 1) | (1u << 31);
    for (size_t i = 1; i < args->size(); ++i)
        compile_argument(args->child(i), static_cast<uint32_t>(i - 1), false, args, true);
    Operand result = new_tmp();
    uint32_t call = emit(Opcode::DoCall, {}, {}, result);
    m_function.code[call].line = node->line;
    result.php_var = true;
    return result;
}

Operand FunctionCompiler::compile_user_call_array(const Node* node)
{
    const Node* args = node->child(1);
    Operand callee = compile_expression(args->child(0));
    Operand list = compile_expression(args->child(1));
    free_tmp(callee);
    free_tmp(list);
    emit(Opcode::InitUserCallArray, callee, list);
    Operand result = new_tmp();
    uint32_t call = emit(Opcode::DoCall, {}, {}, result);
    m_function.code[call].line = node->line;
    result.php_var = true;
    return result;
}

// Foo::class is the name as written; self::class, parent::class, static::class and
// $obj::class are found when the code runs.
Operand FunctionCompiler::compile_class_name(const Node* node)
{
    const Node* class_node = node->child(0);
    if (class_node->kind == NodeKind::Zval && class_node->literal_type == parser::LiteralType::String) {
        std::string name = class_node->string_value;
        std::string lower = runtime::ascii_lower(name);
        if (lower != "self" && lower != "parent" && lower != "static") {
            if (!name.empty() && name[0] == '\\')
                name.erase(0, 1);
            return literal_string(name);
        }
        Operand result = new_tmp();
        emit(Opcode::FetchClassName, literal_string(name), {}, result);
        return result;
    }
    Operand value = compile_expression(class_node);
    free_tmp(value);
    Operand result = new_tmp();
    emit(Opcode::FetchClassName, value, {}, result);
    return result;
}

uint32_t ScriptCompiler::add_closure(const Node* declaration, const std::string& class_name,
                                     const std::vector<CapturedVariable>& uses)
{
    auto function = std::make_unique<vm::Function>();
    function->name = "{closure}";
    function->lower_name = "{closure}";
    function->file = m_script->file;
    function->start_line = declaration->line;
    function->is_closure = true;
    function->class_name = class_name;
    if (!uses.empty()) {
        // The captured variables are the first static variables, null until bound.
        function->static_variables = runtime::Array::create();
        for (const CapturedVariable& use : uses) {
            runtime::String* key = runtime::InternTable::instance().intern(use.name);
            function->static_variables->lookup_or_insert(key)->copy_from(runtime::Value::null());
        }
    }
    vm::Function& ref = *function;
    auto index = static_cast<uint32_t>(m_script->functions.size());
    m_script->functions.push_back(std::move(function));
    FunctionCompiler compiler(*this, ref);
    compiler.m_captured = uses;
    compiler.compile_function(declaration);
    return index;
}

} // namespace miniphp::compiler
