// Static properties: A::$x read, written, compound-assigned, incremented, referenced,
// tested with isset/empty/??, and as the base of a write through offsets
// (`self::$list[] = $v`), as zend_compile_static_prop lays them out.
#include "compiler/function_compiler.h"
#include "runtime/messages.h"

namespace miniphp::compiler {

using parser::Node;
using parser::NodeKind;
using vm::Opcode;
using vm::OperandKind;

// The class and property name operands of `node` (a StaticProp): both literals.
void FunctionCompiler::static_prop_operands(const Node* node, Operand& cls, Operand& name)
{
    const Node* class_node = node->child(0);
    const Node* name_node = node->child(1);
    if (name_node->kind != NodeKind::Zval || name_node->literal_type != parser::LiteralType::String)
        unsupported("A static property with a computed name is", name_node);
    if (class_node->kind == NodeKind::Zval && class_node->literal_type == parser::LiteralType::String) {
        std::string class_name = class_node->string_value;
        if (!class_name.empty() && class_name[0] == '\\')
            class_name.erase(0, 1);
        cls = literal_string(class_name);
    } else {
        cls = compile_expression(class_node);
        free_tmp(cls);
    }
    name = literal_string(name_node->string_value);
}

Operand FunctionCompiler::compile_static_prop_read(const Node* node, bool quiet)
{
    Operand cls;
    Operand name;
    static_prop_operands(node, cls, name);
    Operand result = new_tmp();
    uint32_t at = emit(Opcode::FetchStaticProp, cls, name, result);
    m_function.code[at].extended = quiet ? 1 : 0;
    return result;
}

Operand FunctionCompiler::compile_static_prop_for_write(const Node* node, uint32_t mode)
{
    Operand cls;
    Operand name;
    static_prop_operands(node, cls, name);
    Operand result = new_tmp();
    uint32_t at = emit(Opcode::FetchStaticPropWrite, cls, name, result);
    m_function.code[at].extended = mode;
    return result;
}

// `A::$x = v` (compound: `A::$x .= v`): the value first, then the property found.
Operand FunctionCompiler::compile_static_prop_assign(const Node* node)
{
    Operand value = compile_expression(node->child(1));
    Operand cls;
    Operand name;
    static_prop_operands(node->child(0), cls, name);
    free_tmp(value);
    Operand out = new_tmp();
    uint32_t at = emit(Opcode::AssignStaticProp, cls, name, out);
    if (node->kind == NodeKind::AssignOp) // the operator's opcode + 1: Add is opcode 0
        m_function.code[at].extended =
            static_cast<uint32_t>(binary_opcode(static_cast<parser::BinaryOpKind>(node->attr))) + 1;
    emit(Opcode::OpData, value);
    return out;
}

Operand FunctionCompiler::compile_static_prop_increment(const Node* node)
{
    Operand cls;
    Operand name;
    static_prop_operands(node->child(0), cls, name);
    Operand out = new_tmp();
    uint32_t kind = node->kind == NodeKind::PreInc    ? 0
                    : node->kind == NodeKind::PreDec  ? 1
                    : node->kind == NodeKind::PostInc ? 2
                                                      : 3;
    uint32_t at = emit(Opcode::IncDecStaticProp, cls, name, out);
    m_function.code[at].extended = kind;
    return out;
}

Operand FunctionCompiler::compile_isset_static_prop(const Node* node, bool is_empty)
{
    Operand cls;
    Operand name;
    static_prop_operands(node, cls, name);
    Operand result = new_tmp();
    uint32_t at = emit(Opcode::IssetStaticProp, cls, name, result);
    m_function.code[at].extended = is_empty ? 1 : 0;
    return result;
}

// `A::$x ??= v`: read quietly, and only when that gives null, the value, then the
// property assigned. The class is named again for the write: a literal or a
// variable, which reading twice cannot tell apart from once.
Operand FunctionCompiler::compile_static_prop_assign_coalesce(const Node* node)
{
    const Node* target = node->child(0);
    const Node* class_node = target->child(0);
    if (class_node->kind != NodeKind::Zval && class_node->kind != NodeKind::Var)
        unsupported("Coalescing assignment to a static property of a computed class is", class_node);
    Operand current = compile_static_prop_read(target, true);
    free_tmp(current);
    Operand out = new_tmp();
    uint32_t skip = emit(Opcode::Coalesce, current, {}, out);
    Operand value = compile_expression(node->child(1));
    Operand cls;
    Operand name;
    static_prop_operands(target, cls, name);
    free_tmp(value);
    Operand assigned = new_tmp();
    emit(Opcode::AssignStaticProp, cls, name, assigned);
    emit(Opcode::OpData, value);
    free_tmp(assigned);
    emit(Opcode::QmAssign, assigned, {}, out);
    patch_jump(skip, next_instruction());
    return out;
}

} // namespace miniphp::compiler
