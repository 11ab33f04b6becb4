// Expressions. Each compile_* returns the operand holding the expression's value: a
// literal, a CV (reading it is left to the consumer, which warns if it is undefined)
// or a Tmp the consumer must consume exactly once.
//
// m_line follows zend_compile_expr: every expression sets the current line on entry
// and nothing restores it, so an instruction emitted after its operands carries the
// line of the last operand compiled (php reports `$a +\n $b`'s warnings on line 2).
#include <cctype>
#include <utility>

#include "compiler/auto_globals.h"
#include "compiler/function_compiler.h"
#include "runtime/builtins/builtin.h"
#include "runtime/conversions.h"
#include "runtime/engine.h"
#include "runtime/messages.h"
#include "runtime/string.h"

namespace miniphp::compiler {

using parser::BinaryOpKind;
using parser::Node;
using parser::NodeKind;
using vm::Opcode;
using vm::OperandKind;

Opcode binary_opcode(BinaryOpKind kind)
{
    switch (kind) {
    case BinaryOpKind::Add: return Opcode::Add;
    case BinaryOpKind::Sub: return Opcode::Sub;
    case BinaryOpKind::Mul: return Opcode::Mul;
    case BinaryOpKind::Div: return Opcode::Div;
    case BinaryOpKind::Mod: return Opcode::Mod;
    case BinaryOpKind::Pow: return Opcode::Pow;
    case BinaryOpKind::Concat: return Opcode::Concat;
    case BinaryOpKind::ShiftLeft: return Opcode::ShiftLeft;
    case BinaryOpKind::ShiftRight: return Opcode::ShiftRight;
    case BinaryOpKind::BitwiseOr: return Opcode::BitwiseOr;
    case BinaryOpKind::BitwiseAnd: return Opcode::BitwiseAnd;
    case BinaryOpKind::BitwiseXor: return Opcode::BitwiseXor;
    case BinaryOpKind::BoolXor: return Opcode::BoolXor;
    case BinaryOpKind::IsIdentical: return Opcode::IsIdentical;
    case BinaryOpKind::IsNotIdentical: return Opcode::IsNotIdentical;
    case BinaryOpKind::IsEqual: return Opcode::IsEqual;
    case BinaryOpKind::IsNotEqual: return Opcode::IsNotEqual;
    case BinaryOpKind::IsSmaller: return Opcode::IsSmaller;
    case BinaryOpKind::IsSmallerOrEqual: return Opcode::IsSmallerOrEqual;
    case BinaryOpKind::Spaceship: return Opcode::Spaceship;
    }
    return Opcode::Add;
}

namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// $_SERVER, $_GET, ... (and $GLOBALS) written as a plain variable.
bool is_superglobal(const Node* node)
{
    return node->kind == NodeKind::Var && node->child(0)->kind == NodeKind::Zval &&
           is_auto_global(node->child(0)->string_value);
}

bool is_plain_variable(const Node* node)
{
    return node != nullptr && node->kind == NodeKind::Var && node->child(0) != nullptr &&
           node->child(0)->kind == NodeKind::Zval && node->child(0)->literal_type == parser::LiteralType::String;
}

// The operators php's VM specialises as commutative (SPEC(COMMUTATIVE) in
// zend_vm_def.h) whose operand order can show: in the TypeError text and in which
// operand's warning comes first. (php also swaps ==, !=, ===, !== and xor, which
// cannot be seen.)
bool is_commutative(Opcode op)
{
    return op == Opcode::Mul || op == Opcode::BitwiseOr || op == Opcode::BitwiseAnd || op == Opcode::BitwiseXor;
}

// php's operand types rank IS_CONST < IS_TMP_VAR < IS_VAR < IS_CV; when it picks the
// handler of a commutative opcode it swaps the operands if op1 ranks below op2
// (zend_vm_set_opcode_handler_ex), so `"x" * $a` reports "int * string".
int php_operand_rank(Operand operand)
{
    switch (operand.kind) {
    case OperandKind::Const: return 1;
    case OperandKind::Tmp: return operand.php_var ? 4 : 2;
    case OperandKind::Cv: return 8;
    case OperandKind::Unused:
    case OperandKind::Any: break;
    }
    return 0;
}

// The builtins zend_try_compile_special_func turns into opcodes when given exactly
// one argument: their result is an IS_TMP_VAR, and their warnings report the line
// being compiled rather than the line of the function's name.
bool is_special_function(const std::string& lower_name, size_t num_args)
{
    static const char* const names[] = {
        "strlen",   "is_null",     "is_bool",   "is_long",  "is_int",    "is_integer", "is_float",
        "is_double", "is_string",  "is_array",  "is_object", "is_resource", "is_scalar", "boolval",
        "intval",   "floatval",    "doubleval", "strval",   "gettype",   "count",      "sizeof",
        "array_key_exists",
    };
    if (lower_name == "array_key_exists")
        return num_args == 2;
    if (num_args != 1)
        return false;
    for (const char* name : names)
        if (lower_name == name)
            return true;
    return false;
}

} // namespace

uint32_t FunctionCompiler::variable_slot(const Node* var)
{
    if (!is_plain_variable(var))
        unsupported("Variable variables are", var);
    const std::string& name = var->child(0)->string_value;
    if (name == "this")
        error(runtime::msg::CannotReassignThis, var->line);
    if (name == "GLOBALS") // reads never come here (FetchGlobals)
        error(runtime::msg::GlobalsModified, var->line);
    return cv(name).index;
}

void FunctionCompiler::discard(Operand operand)
{
    if (!operand.is_tmp())
        return;
    // zend_do_free: an unread result is dropped from the instruction that makes it.
    if (!m_function.code.empty()) {
        vm::Instruction& last = m_function.code.size() > 1 && m_function.code.back().opcode == Opcode::OpData
                                    ? m_function.code[m_function.code.size() - 2]
                                    : m_function.code.back();
        if (last.result_kind == OperandKind::Tmp && last.result == operand.index) {
            switch (last.opcode) {
            case Opcode::Assign:
            case Opcode::AssignOp:
            case Opcode::PreInc:
            case Opcode::PreDec:
            case Opcode::DoCall:
            case Opcode::CallBuiltin:
            case Opcode::AssignDim:
            case Opcode::AssignDimOp:
            case Opcode::IncDecIndirect:
            case Opcode::AssignRef:
            case Opcode::AssignObj:
            case Opcode::AssignObjOp:
            case Opcode::IncDecObj:
                last.result_kind = OperandKind::Unused;
                free_tmp(operand);
                return;
            case Opcode::PostInc:
                last.opcode = Opcode::PreInc;
                last.result_kind = OperandKind::Unused;
                free_tmp(operand);
                return;
            case Opcode::PostDec:
                last.opcode = Opcode::PreDec;
                last.result_kind = OperandKind::Unused;
                free_tmp(operand);
                return;
            default:
                break;
            }
        }
    }
    free_tmp(operand);
    emit(Opcode::Free, operand);
}

namespace {

// The links a nullsafe chain is made of (zend_is_short_circuited's kinds).
bool is_chain_link(const Node* node)
{
    switch (node->kind) {
    case NodeKind::Dim:
    case NodeKind::Prop:
    case NodeKind::NullsafeProp:
    case NodeKind::StaticProp:
    case NodeKind::MethodCall:
    case NodeKind::NullsafeMethodCall:
    case NodeKind::StaticCall:
    case NodeKind::Call:
        return true;
    default:
        return false;
    }
}

} // namespace

Operand FunctionCompiler::compile_expression(const Node* node)
{
    if (!m_preevaluated.empty()) {
        auto it = m_preevaluated.find(node);
        if (it != m_preevaluated.end()) {
            if (it->second.replacement != nullptr)
                return compile_expression(it->second.replacement);
            m_line = it->second.line;
            return it->second.literal;
        }
    }
    set_line(node);
    if (m_script.stack_guard().exhausted())
        error(runtime::format(runtime::msg::CompilationStackExhausted, m_script.stack_guard().budget()), m_line);
    if (is_chain_link(node)) {
        size_t checkpoint = m_nullsafe_jumps.size();
        Operand result = compile_expression_kind(node);
        commit_nullsafe(checkpoint, node, result);
        return result;
    }
    return compile_expression_kind(node);
}

Operand FunctionCompiler::compile_expression_kind(const Node* node)
{
    switch (node->kind) {
    case NodeKind::Zval:
        switch (node->literal_type) {
        case parser::LiteralType::Long: return literal_long(node->int_value);
        case parser::LiteralType::Double: return literal(runtime::Value::dbl(node->double_value));
        case parser::LiteralType::String: return literal_string(node->string_value);
        }
        break;
    case NodeKind::Var:
        if (is_plain_variable(node)) {
            const std::string& name = node->child(0)->string_value;
            if (name == "GLOBALS")
                return emit_tmp(Opcode::FetchGlobals);
            // Superglobals are no compiled variables: read from the global table.
            if (is_superglobal(node))
                return emit_tmp(Opcode::FetchGlobal, literal_string(name));
            if (name == "this")
                return emit_tmp(Opcode::FetchThis);
        }
        return Operand{OperandKind::Cv, variable_slot(node)};
    case NodeKind::Assign: return compile_assign(node);
    case NodeKind::AssignOp: return compile_assign_op(node);
    case NodeKind::AssignCoalesce: return compile_assign_coalesce(node);
    case NodeKind::BinaryOp:
    case NodeKind::Greater:
    case NodeKind::GreaterEqual: return compile_binary(node);
    case NodeKind::And:
    case NodeKind::Or: return compile_short_circuit(node);
    case NodeKind::UnaryOp: {
        Operand value = compile_expression(node->child(0));
        auto kind = static_cast<parser::UnaryOpKind>(node->attr);
        Opcode op = kind == parser::UnaryOpKind::BoolNot ? Opcode::BoolNot : Opcode::BitwiseNot;
        if (value.kind == OperandKind::Const)
            if (std::optional<runtime::Value> folded = fold_unary_operator(op, constant_value(value)))
                return folded_literal(*folded);
        return emit_tmp(op, value);
    }
    case NodeKind::UnaryPlus:
    case NodeKind::UnaryMinus: return compile_unary_plus_minus(node);
    case NodeKind::Cast: return compile_cast(node);
    case NodeKind::PreInc:
    case NodeKind::PreDec:
    case NodeKind::PostInc:
    case NodeKind::PostDec: return compile_increment(node);
    case NodeKind::Conditional: return compile_conditional(node);
    case NodeKind::Coalesce: return compile_coalesce(node);
    case NodeKind::Call: return compile_call(node);
    case NodeKind::Const: return compile_constant(node);
    case NodeKind::MagicConst: return compile_magic_constant(node);
    case NodeKind::EncapsList: return compile_encaps_list(node);
    case NodeKind::Isset:
    case NodeKind::Empty: return compile_isset_or_empty(node);
    case NodeKind::Silence: return compile_silence(node);
    case NodeKind::Exit: return compile_exit(node);
    case NodeKind::Throw: return compile_throw(node);
    case NodeKind::Print: {
        Operand value = compile_expression(node->child(0));
        free_tmp(value);
        emit(Opcode::Echo, value);
        return literal_long(1);
    }
    case NodeKind::Dim: return compile_dim_read(node, false);
    case NodeKind::Array: return compile_array(node);
    case NodeKind::New: return compile_new(node);
    case NodeKind::Prop:
    case NodeKind::NullsafeProp: return compile_prop_read(node, false);
    case NodeKind::MethodCall:
    case NodeKind::NullsafeMethodCall: return compile_method_call(node);
    case NodeKind::StaticCall: return compile_static_call(node);
    case NodeKind::Match: return compile_match(node);
    case NodeKind::ClassConst: return compile_class_constant(node);
    case NodeKind::ClassName: return compile_class_name(node);
    case NodeKind::StaticProp: return compile_static_prop_read(node, false);
    case NodeKind::Instanceof: return compile_instanceof(node);
    case NodeKind::Clone: return emit_tmp(Opcode::Clone, compile_expression(node->child(0))); // zend_compile_clone
    case NodeKind::Closure:
    case NodeKind::ArrowFunc: return compile_closure(node);
    case NodeKind::AssignRef: return compile_assign_ref(node);
    case NodeKind::Ref: unsupported("References are", node);
    case NodeKind::IncludeOrEval: unsupported("include and eval are", node);
    default: break;
    }
    unsupported((std::string("The expression ") + parser::node_kind_name(node->kind) + " is").c_str(), node);
}

// zend_compile_assign for a plain variable: the target's CV is looked up before the
// value is compiled (so `$a = $b` numbers $a first), and the ASSIGN carries the
// target's line (`$a =\n $undefined;` warns on the line of $a).
Operand FunctionCompiler::compile_assign(const Node* node)
{
    const Node* target = node->child(0);
    if (is_short_circuited(target))
        error(runtime::msg::NullsafeInWriteContext, target->line);
    if (target->kind == NodeKind::Dim)
        return compile_dim_assign(node);
    if (target->kind == NodeKind::Prop)
        return compile_prop_assign(node);
    if (target->kind == NodeKind::Array)
        return compile_list_assignment(node);
    if (target->kind == NodeKind::StaticProp)
        return compile_static_prop_assign(node);
    if (target->kind != NodeKind::Var)
        unsupported_write("Assignment to anything but a variable is", target);
    if (is_plain_variable(target) && writes_global_table(target))
        return compile_superglobal_assign(node, false);
    Operand slot{OperandKind::Cv, variable_slot(target)};
    Operand value = compile_expression(node->child(1));
    free_tmp(value);
    Operand out = new_tmp();
    // The assignment reports the target's line, which stays current afterwards.
    set_line(target);
    emit(Opcode::Assign, slot, value, out);
    return out;
}

Operand FunctionCompiler::compile_assign_op(const Node* node)
{
    const Node* target = node->child(0);
    if (is_short_circuited(target))
        error(runtime::msg::NullsafeInWriteContext, target->line);
    if (target->kind == NodeKind::Dim)
        return compile_dim_assign(node);
    if (target->kind == NodeKind::Prop)
        return compile_prop_assign(node);
    if (target->kind == NodeKind::StaticProp)
        return compile_static_prop_assign(node);
    if (target->kind != NodeKind::Var)
        unsupported_write("Compound assignment to anything but a variable is", target);
    if (is_plain_variable(target) && writes_global_table(target))
        return compile_superglobal_assign(node, true);
    Operand slot{OperandKind::Cv, variable_slot(target)};
    Operand value = compile_expression(node->child(1));
    free_tmp(value);
    Operand out = new_tmp();
    uint32_t at = emit(Opcode::AssignOp, slot, value, out);
    m_function.code[at].extended = static_cast<uint32_t>(binary_opcode(static_cast<BinaryOpKind>(node->attr)));
    return out;
}

// `$_GET = v` (or op=) inside a function: the global itself (an auto global is no
// local variable).
Operand FunctionCompiler::compile_superglobal_assign(const Node* node, bool compound)
{
    Operand name = literal_string(node->child(0)->child(0)->string_value);
    Operand value = compile_expression(node->child(1));
    free_tmp(value);
    Operand out = new_tmp();
    set_line(node->child(0));
    uint32_t at = emit(Opcode::AssignGlobal, name, {}, out);
    if (compound) // the operator's opcode + 1: Add is opcode 0
        m_function.code[at].extended = static_cast<uint32_t>(binary_opcode(static_cast<BinaryOpKind>(node->attr))) + 1;
    emit(Opcode::OpData, value);
    return out;
}

// zend_compile_assign_coalesce: the coalescing assignment is `$a ?? ($a = v)`
// reading $a once.
Operand FunctionCompiler::compile_assign_coalesce(const Node* node)
{
    const Node* target = node->child(0);
    if (is_short_circuited(target))
        error(runtime::msg::NullsafeInWriteContext, target->line);
    if (is_globals_element(target) && target->child(1)->kind == NodeKind::Zval) {
        // `$GLOBALS['name'] ??= v`: the global itself, read quietly, then assigned.
        Operand read = emit_tmp(Opcode::FetchGlobal, compile_expression(target->child(1)));
        m_function.code.back().extended = 1;
        free_tmp(read);
        Operand out = new_tmp();
        uint32_t skip = emit(Opcode::Coalesce, read, {}, out);
        Operand value = compile_expression(node->child(1));
        free_tmp(value);
        Operand assigned = new_tmp();
        emit(Opcode::AssignGlobal, compile_expression(target->child(1)), {}, assigned);
        emit(Opcode::OpData, value);
        free_tmp(assigned);
        emit(Opcode::QmAssign, assigned, {}, out);
        patch_jump(skip, next_instruction());
        return out;
    }
    if (target->kind == NodeKind::Dim)
        return compile_chain_assign_coalesce(node);
    bool constant_name = target->kind == NodeKind::Prop && target->child(1)->kind == NodeKind::Zval;
    if (constant_name && (is_this(target->child(0)) || (is_plain_variable(target->child(0)) && !is_superglobal(target->child(0)))))
        return compile_prop_assign_coalesce(node);
    if (target->kind == NodeKind::Prop)
        return compile_chain_assign_coalesce(node); // a chain, or a computed name evaluated once
    if (target->kind == NodeKind::StaticProp)
        return compile_static_prop_assign_coalesce(node);
    if (target->kind != NodeKind::Var)
        unsupported("Coalescing assignment to anything but a variable is", target);
    Operand slot{OperandKind::Cv, variable_slot(target)};
    Operand out = new_tmp();
    uint32_t skip = emit(Opcode::Coalesce, slot, {}, out);
    Operand value = compile_expression(node->child(1));
    free_tmp(value);
    set_line(target);
    // The assigned value reaches `out` through a QmAssign, as in php. Assigning
    // straight into `out` let discard() drop the Assign's result for `$a ??= v;`
    // and emit no Free, so the copy of $a the Coalesce leaves in `out` leaked.
    Operand assigned = new_tmp();
    emit(Opcode::Assign, slot, value, assigned);
    free_tmp(assigned);
    emit(Opcode::QmAssign, assigned, {}, out);
    patch_jump(skip, next_instruction());
    return out;
}

// `a > b` is `b < a` with a compiled first (zend_compile_greater).
Operand FunctionCompiler::compile_binary(const Node* node)
{
    Operand left = compile_expression(node->child(0));
    Operand right = compile_expression(node->child(1));
    Opcode op;
    if (node->kind == NodeKind::Greater || node->kind == NodeKind::GreaterEqual) {
        op = node->kind == NodeKind::Greater ? Opcode::IsSmaller : Opcode::IsSmallerOrEqual;
        std::swap(left, right);
    } else {
        op = binary_opcode(static_cast<BinaryOpKind>(node->attr));
    }
    // zend_compile_binary_op folds literal operands at compile time.
    if (left.kind == OperandKind::Const && right.kind == OperandKind::Const) {
        std::optional<runtime::Value> folded = fold_binary_operator(op, constant_value(left), constant_value(right));
        if (folded)
            return folded_literal(*folded);
    }
    // (A default evaluated at run time is an AST php walks in source order: no swap.)
    if (is_commutative(op) && !m_constant_expression && php_operand_rank(left) < php_operand_rank(right))
        std::swap(left, right);
    return emit_tmp(op, left, right);
}

// zend_compile_short_circuiting: both paths write the same Tmp.
Operand FunctionCompiler::compile_short_circuit(const Node* node)
{
    bool is_and = node->kind == NodeKind::And;
    Operand left = compile_expression(node->child(0));
    // zend_compile_short_circuiting: a literal left side decides at compile time, and
    // when it decides the result the right side is not compiled at all (so it cannot
    // move the current line).
    if (left.kind == OperandKind::Const) {
        bool truth = runtime::to_bool(constant_value(left));
        if (truth != is_and)
            return literal(runtime::Value::boolean(truth));
        Operand right = compile_expression(node->child(1));
        if (right.kind == OperandKind::Const)
            return literal(runtime::Value::boolean(runtime::to_bool(constant_value(right))));
        return emit_tmp(Opcode::Bool, right);
    }
    free_tmp(left);
    Operand result = new_tmp();
    uint32_t jump = emit(is_and ? Opcode::JmpZEx : Opcode::JmpNZEx, left, {}, result);
    Operand right = compile_expression(node->child(1));
    free_tmp(right);
    emit(Opcode::Bool, right, {}, result);
    patch_jump(jump, next_instruction());
    return result;
}

// zend_compile_conditional: nested ternaries need parentheses since PHP 8.
void FunctionCompiler::check_nested_conditional(const Node* node)
{
    const Node* condition = node->child(0);
    if (condition->kind != NodeKind::Conditional || (condition->attr & parser::ParenthesizedConditional))
        return;
    bool outer_short = node->child(1) == nullptr;
    if (condition->child(1) != nullptr) {
        if (!outer_short)
            error(runtime::msg::NestedTernary, m_line);
        error(runtime::msg::NestedTernaryShortInner, m_line);
    }
    // (a ?: b) ?: c and a ?: (b ?: c) always agree, so php allows that one.
    if (!outer_short)
        error(runtime::msg::NestedTernaryShortOuter, m_line);
}

Operand FunctionCompiler::compile_conditional(const Node* node)
{
    check_nested_conditional(node);
    const Node* then_branch = node->child(1);
    Operand condition = compile_expression(node->child(0));
    if (then_branch == nullptr) {
        // a ?: b
        free_tmp(condition);
        Operand result = new_tmp();
        uint32_t jump = emit(Opcode::JmpSet, condition, {}, result);
        Operand other = compile_expression(node->child(2));
        free_tmp(other);
        emit(Opcode::QmAssign, other, {}, result);
        patch_jump(jump, next_instruction());
        return result;
    }
    uint32_t to_else = emit_jump(Opcode::JmpZ, condition);
    Operand result = new_tmp();
    Operand yes = compile_expression(then_branch);
    free_tmp(yes);
    emit(Opcode::QmAssign, yes, {}, result);
    uint32_t to_end = emit_jump(Opcode::Jmp);
    patch_jump(to_else, next_instruction());
    Operand no = compile_expression(node->child(2));
    free_tmp(no);
    emit(Opcode::QmAssign, no, {}, result);
    patch_jump(to_end, next_instruction());
    return result;
}

Operand FunctionCompiler::compile_quiet_read(const Node* node)
{
    // The end of a chain read quietly (`$a?->b ?? $c`): a nullsafe link stops here.
    size_t checkpoint = m_nullsafe_jumps.size();
    Operand result = compile_quiet_read_kind(node);
    if (is_chain_link(node))
        commit_nullsafe(checkpoint, node, result);
    return result;
}

Operand FunctionCompiler::compile_quiet_read_kind(const Node* node)
{
    set_line(node);
    if (is_plain_variable(node) && !is_superglobal(node))
        return Operand{OperandKind::Cv, variable_slot(node)};
    if (is_superglobal(node) && node->child(0)->string_value != "GLOBALS") {
        Operand result = emit_tmp(Opcode::FetchGlobal, literal_string(node->child(0)->string_value));
        m_function.code.back().extended = 1; // quiet: no warning when undefined
        return result;
    }
    if (node->kind == NodeKind::Dim)
        return compile_dim_read(node, true);
    if (node->kind == NodeKind::Prop || node->kind == NodeKind::NullsafeProp)
        return compile_prop_read(node, true);
    if (node->kind == NodeKind::StaticProp)
        return compile_static_prop_read(node, true);
    return compile_expression(node);
}

Operand FunctionCompiler::compile_coalesce(const Node* node)
{
    Operand left = compile_quiet_read(node->child(0));
    free_tmp(left);
    Operand result = new_tmp();
    uint32_t jump = emit(Opcode::Coalesce, left, {}, result);
    Operand right = compile_expression(node->child(1));
    free_tmp(right);
    emit(Opcode::QmAssign, right, {}, result);
    patch_jump(jump, next_instruction());
    return result;
}

Operand FunctionCompiler::compile_increment(const Node* node)
{
    const Node* target = node->child(0);
    if (is_short_circuited(target))
        error(runtime::msg::NullsafeInWriteContext, target->line);
    if (target->kind == NodeKind::Dim)
        return compile_dim_increment(node);
    if (target->kind == NodeKind::Prop)
        return compile_prop_increment(node);
    if (target->kind == NodeKind::StaticProp)
        return compile_static_prop_increment(node);
    if (target->kind != NodeKind::Var)
        unsupported_write("Incrementing anything but a variable is", target);
    if (is_plain_variable(target) && writes_global_table(target)) {
        Operand slot = emit_tmp(Opcode::FetchGlobalWrite, literal_string(target->child(0)->string_value));
        m_function.code.back().extended = vm::kFetchReadWrite;
        free_tmp(slot);
        Operand out = new_tmp();
        uint32_t kind = node->kind == NodeKind::PreInc ? 0 : node->kind == NodeKind::PreDec ? 1 : node->kind == NodeKind::PostInc ? 2 : 3;
        uint32_t at = emit(Opcode::IncDecIndirect, slot, {}, out);
        m_function.code[at].extended = kind;
        return out;
    }
    Operand slot{OperandKind::Cv, variable_slot(target)};
    Opcode op = node->kind == NodeKind::PreInc    ? Opcode::PreInc
                : node->kind == NodeKind::PreDec  ? Opcode::PreDec
                : node->kind == NodeKind::PostInc ? Opcode::PostInc
                                                  : Opcode::PostDec;
    return emit_tmp(op, slot);
}

// zend_compile_unary_pm: a constant operand is folded, anything else becomes a
// multiplication by 1 or -1 (so `-"abc"` fails as `"abc" * -1` does).
Operand FunctionCompiler::compile_unary_plus_minus(const Node* node)
{
    Operand value = compile_expression(node->child(0));
    Operand factor = literal_long(node->kind == NodeKind::UnaryMinus ? -1 : 1);
    // zend_try_ct_eval_unary_pm: a literal operand folds as `value * ±1` would.
    if (value.kind == OperandKind::Const) {
        std::optional<runtime::Value> folded =
            fold_binary_operator(Opcode::Mul, constant_value(value), constant_value(factor));
        if (folded)
            return folded_literal(*folded);
    }
    // A default evaluated at run time computes +x as 0 + x and -x as -1 * x
    // (zend_ast_evaluate), which shows in a TypeError's operand order.
    if (m_constant_expression)
        return node->kind == NodeKind::UnaryMinus ? emit_tmp(Opcode::Mul, factor, value)
                                                  : emit_tmp(Opcode::Add, literal_long(0), value);
    return emit_tmp(Opcode::Mul, value, factor);
}

Operand FunctionCompiler::compile_cast(const Node* node)
{
    auto kind = static_cast<parser::CastKind>(node->attr);
    runtime::Type to = runtime::Type::Null;
    switch (kind) {
    case parser::CastKind::Null: error(runtime::msg::UnsetCastRemoved, node->line);
    case parser::CastKind::Bool: to = runtime::Type::True; break;
    case parser::CastKind::Long: to = runtime::Type::Long; break;
    case parser::CastKind::Double: to = runtime::Type::Double; break;
    case parser::CastKind::String: to = runtime::Type::String; break;
    case parser::CastKind::Array: to = runtime::Type::Array; break;
    case parser::CastKind::Object: to = runtime::Type::Object; break;
    }
    Operand value = compile_expression(node->child(0));
    free_tmp(value);
    Operand result = new_tmp();
    emit(Opcode::Cast, value, Operand{OperandKind::Unused, static_cast<uint32_t>(to)}, result);
    return result;
}

// zend_compile_call: InitCall before the arguments, so an undefined function fails
// before any argument is evaluated.
Operand FunctionCompiler::compile_call(const Node* node)
{
    const Node* name = node->child(0);
    const Node* args = node->child(1);
    if (name->kind != NodeKind::Zval || name->literal_type != parser::LiteralType::String)
        return compile_dynamic_call(node);
    if (args->kind == NodeKind::CallableConvert)
        return compile_dynamic_call(node);
    std::string written = name->string_value;
    if (!written.empty() && written[0] == '\\')
        written.erase(0, 1);
    std::string lowered = lower(written);
    bool special = is_special_function(lowered, args->size());
    if (lowered == "strlen" && args->size() == 1 && args->child(0)->kind != NodeKind::Unpack &&
        args->child(0)->kind != NodeKind::NamedArg)
        return compile_strlen(args->child(0));
    bool plain_arguments = true;
    for (const Node* arg : args->children)
        plain_arguments = plain_arguments && arg->kind != NodeKind::Unpack && arg->kind != NodeKind::NamedArg;
    if (plain_arguments && (((lowered == "count" || lowered == "sizeof") && args->size() == 1) ||
                            (lowered == "array_key_exists" && args->size() == 2) ||
                            (lowered == "get_class" && args->size() <= 1) ||
                            (lowered == "get_called_class" && args->size() == 0))) {
        // zend_compile_func_count, zend_compile_func_array_key_exists,
        // zend_compile_func_get_class, zend_compile_func_get_called_class: an opcode
        // of their own, so no frame in traces.
        Operand value = args->size() > 0 ? compile_expression(args->child(0)) : Operand{};
        Operand second = args->size() > 1 ? compile_expression(args->child(1)) : Operand{};
        free_tmp(value);
        free_tmp(second);
        Operand result = new_tmp();
        uint32_t at = emit(Opcode::BuiltinOpcode, value, second, result);
        m_function.code[at].extended = static_cast<uint32_t>(m_function.builtins.size());
        m_function.builtins.push_back(runtime::find_builtin(lowered));
        return result;
    }
    if (plain_arguments && lowered == "call_user_func" && args->size() >= 1)
        return compile_user_call(node);
    if (plain_arguments && lowered == "call_user_func_array" && args->size() == 2)
        return compile_user_call_array(node);
    const runtime::BuiltinFunction* builtin = runtime::find_builtin(lowered);
    if (builtin != nullptr && args->size() <= 4 && builtin->by_ref_mask == 0) {
        bool plain = true;
        for (const Node* arg : args->children)
            plain = plain && arg->kind != NodeKind::Unpack && arg->kind != NodeKind::NamedArg;
        if (plain)
            return compile_builtin_call(node, builtin, special);
    }
    Operand written_name = literal_string(written);
    Operand lower_name = literal_string(lowered);
    uint32_t init = emit(Opcode::InitCall, written_name, lower_name);
    m_function.code[init].extended = static_cast<uint32_t>(args->size());

    const vm::Function* user_function = m_script.bound_function(lowered);
    for (size_t i = 0; i < args->size(); ++i) {
        const Node* arg = args->child(i);
        if (arg->kind == NodeKind::Unpack)
            unsupported("Argument unpacking is", arg);
        if (arg->kind == NodeKind::NamedArg)
            unsupported("Named arguments are", arg);
        std::optional<bool> by_reference;
        if (builtin != nullptr)
            by_reference = builtin->takes_by_reference(static_cast<uint32_t>(i));
        else if (user_function != nullptr)
            by_reference = i < user_function->param_by_ref.size() && user_function->param_by_ref[i];
        else if (!m_function.lower_name.empty() && lowered == m_function.lower_name)
            // A function calling itself: not bound yet (php sees an unknown callee,
            // which only shows in the line of variable arguments), but its parameters
            // are compiled, and while it runs it is the function of that name.
            by_reference = i < m_function.param_by_ref.size() && m_function.param_by_ref[i];
        compile_argument(arg, static_cast<uint32_t>(i), by_reference, args, builtin != nullptr || user_function != nullptr);
    }
    // The call itself reports the line of its name (zend_compile_call_common sets the
    // opline's line without moving the current one); a special function's opcode
    // keeps the current line.
    Operand result = new_tmp();
    uint32_t call = emit(Opcode::DoCall, {}, {}, result);
    m_function.code[init].result = call - init;
    if (node->line != 0 && !special)
        m_function.code[call].line = node->line;
    result.php_var = !special;
    return result;
}

// zend_compile_args for one argument. A by-reference parameter takes a variable or
// an element made a Reference (SendRef); a call's result with a notice; anything
// else fails at run time. When the callee is not known yet, each form defers the
// choice to run time (SendVarEx, FetchDimFuncArg + SendFuncArg, SendValueEx).
void FunctionCompiler::compile_argument(const Node* arg, uint32_t index, std::optional<bool> by_reference,
                                        const Node* args, bool callee_known)
{
    Operand position{OperandKind::Unused, index};
    if (by_reference == false) {
        Operand value = compile_expression(arg);
        // A variable sent to a callee unknown at compile time reports the line of
        // the argument list.
        if (!callee_known && is_plain_variable(arg))
            set_line(args);
        free_tmp(value);
        emit(value.kind == OperandKind::Cv ? Opcode::SendVariable : Opcode::SendValue, value, position);
        return;
    }
    bool known = by_reference.has_value();
    if (is_plain_variable(arg) && !is_superglobal(arg) && !is_this(arg)) {
        Operand value{OperandKind::Cv, variable_slot(arg)};
        // A variable sent to a callee unknown at compile time reports the line of the
        // argument list.
        if (!known)
            set_line(args);
        emit(known ? Opcode::SendRef : Opcode::SendVarEx, value, position);
        return;
    }
    // A chain with ?-> in it is a value (zend_ast_is_short_circuited).
    bool variable = !is_short_circuited(arg);
    if (is_globals_element(arg)) { // the global itself: FETCH_W, or FETCH_FUNC_ARG for an unknown callee
        Operand slot;
        if (known) {
            slot = compile_globals_element_for_write(arg, vm::kFetchWrite);
        } else {
            slot = emit_tmp(Opcode::FetchGlobalFuncArg, compile_expression(arg->child(1)));
            m_function.code.back().extended = index << vm::kArgumentShift;
        }
        free_tmp(slot);
        emit(known ? Opcode::SendRef : Opcode::SendFuncArg, slot, position);
        return;
    }
    if (variable && (arg->kind == NodeKind::Dim || arg->kind == NodeKind::Prop)) {
        if (known) {
            Operand element = emit_reference_fetches(arg, vm::kFetchWrite);
            free_tmp(element);
            emit(Opcode::SendRef, element, position);
            return;
        }
        Operand container = emit_reference_fetches(arg, index << vm::kArgumentShift, Opcode::FetchDimFuncArg);
        free_tmp(container);
        emit(Opcode::SendFuncArg, container, position);
        return;
    }
    if (arg->kind == NodeKind::StaticProp) {
        // FETCH_STATIC_PROP_W, or FETCH_STATIC_PROP_FUNC_ARG when the callee is unknown.
        Operand slot;
        if (known) {
            slot = compile_static_prop_for_write(arg, vm::kFetchMakeReference);
        } else {
            Operand cls;
            Operand name;
            static_prop_operands(arg, cls, name);
            slot = new_tmp();
            uint32_t at = emit(Opcode::FetchStaticPropFuncArg, cls, name, slot);
            m_function.code[at].extended = index << vm::kArgumentShift | vm::kFetchMakeReference;
        }
        free_tmp(slot);
        emit(known ? Opcode::SendRef : Opcode::SendFuncArg, slot, position);
        return;
    }
    Operand value = compile_expression(arg);
    free_tmp(value);
    uint32_t at = emit(arg->kind == NodeKind::Call ? Opcode::SendVarNoRef : Opcode::SendValueEx, value, position);
    m_function.code[at].extended = known ? 0 : 1;
}

// A call of a builtin known at compile time (user functions cannot take a builtin's
// name) with up to four arguments: one CallBuiltin (and an OpData for the third and
// fourth) that reads the arguments where they are and calls the builtin without a
// frame on the VM stack (the frameless calls of later php versions). What the
// Init/Send/DoCall sequence would show stays the same:
//   - the arguments are read in order by the call, with the warnings of undefined
//     variables, which the Sends would have printed on the argument's line. The
//     variables after the last argument that can have an effect (anything but a
//     literal or a plain variable) are read directly when all of them are on the
//     call's line; otherwise each variable argument is copied by a QmAssign where
//     its Send would have read it, so the warnings keep their order and lines;
//   - traces show the builtin's frame with its arguments (calls.cpp builds one on
//     the C++ stack for the duration of the call), on the call's line.
Operand FunctionCompiler::compile_builtin_call(const Node* node, const runtime::BuiltinFunction* builtin,
                                               bool special)
{
    const Node* args = node->child(1);
    auto has_no_effect = [](const Node* arg) { return arg->kind == NodeKind::Zval || is_plain_variable(arg); };
    // The line the call instruction gets (see compile_call).
    uint32_t call_line = special || node->line == 0 ? 0 : node->line;
    size_t read_late_from = args->size();
    while (read_late_from > 0 && has_no_effect(args->child(read_late_from - 1)))
        --read_late_from;
    std::vector<Operand> values;
    std::vector<uint32_t> lines; // where each argument's Send would have been
    for (size_t i = 0; i < args->size(); ++i) {
        Operand value = compile_expression(args->child(i));
        if (value.kind == OperandKind::Cv && i < read_late_from)
            value = emit_tmp(Opcode::QmAssign, value);
        values.push_back(value);
        lines.push_back(m_line);
    }
    // The trailing arguments emitted no code: copy their variables now if reading
    // them in the call would move a warning to another line. A special function's
    // line is the one after its last argument: only a single argument (its own
    // line) is known to match it.
    bool read_late_is_safe = call_line != 0 || args->size() == 1;
    for (size_t i = read_late_from; i < args->size(); ++i)
        read_late_is_safe = read_late_is_safe && (values[i].kind != OperandKind::Cv || call_line == 0 || lines[i] == call_line);
    if (!read_late_is_safe) {
        uint32_t line = m_line;
        for (size_t i = read_late_from; i < args->size(); ++i) {
            if (values[i].kind != OperandKind::Cv)
                continue;
            m_line = lines[i];
            values[i] = emit_tmp(Opcode::QmAssign, values[i]);
        }
        m_line = line;
    }
    for (const Operand& value : values)
        free_tmp(value);
    Operand result = new_tmp();
    uint32_t index = static_cast<uint32_t>(m_function.builtins.size());
    m_function.builtins.push_back(builtin);
    Operand first = values.size() > 0 ? values[0] : Operand{};
    Operand second = values.size() > 1 ? values[1] : Operand{};
    uint32_t call = emit(Opcode::CallBuiltin, first, second, result);
    m_function.code[call].extended = index;
    if (values.size() > 2)
        emit(Opcode::OpData, values[2], values.size() > 3 ? values[3] : Operand{});
    if (call_line != 0) {
        for (uint32_t at = call; at < next_instruction(); ++at)
            m_function.code[at].line = call_line;
    }
    result.php_var = !special;
    return result;
}

// zend_compile_func_strlen: the length of a literal string is a literal; anything
// else is one Strlen instruction instead of a call.
Operand FunctionCompiler::compile_strlen(const Node* argument)
{
    Operand value = compile_expression(argument);
    if (value.kind == OperandKind::Const && m_function.literals[value.index].is_string())
        return literal(runtime::Value::integer(static_cast<int64_t>(m_function.literals[value.index].as_string()->length)));
    return emit_tmp(Opcode::Strlen, value);
}

// true/false/null and builtin constants are resolved at compile time, as php does
// for persistent constants; anything else is looked up when it runs.
Operand FunctionCompiler::compile_constant(const Node* node)
{
    std::string name = node->child(0)->string_value;
    if (!name.empty() && name[0] == '\\')
        name.erase(0, 1);
    if (name == "__COMPILER_HALT_OFFSET__" && m_script.halt_offset())
        return literal_long(*m_script.halt_offset());
    if (std::optional<runtime::Value> value = fold_constant(node))
        return literal(*value);
    Operand name_literal = literal_string(name);
    free_tmp(name_literal);
    Operand result = new_tmp();
    emit(Opcode::FetchConstant, name_literal, {}, result);
    return result;
}

Operand FunctionCompiler::compile_magic_constant(const Node* node)
{
    std::optional<runtime::Value> value = fold_constant(node);
    if (!value)
        unsupported("This magic constant is", node);
    return literal(*value);
}

// zend_compile_encaps_list: the parts are joined left to right.
Operand FunctionCompiler::compile_encaps_list(const Node* node)
{
    // zend_compile_encaps_list makes a rope of three or more parts (a run of literals
    // is one part) and reads each variable as soon as it is compiled; with fewer parts
    // one concatenation at the end reads them. Concatenating as we go reads every
    // variable at the same point, except a leading one, which must be read at once.
    size_t parts = 0;
    for (size_t i = 0; i < node->size(); ++i)
        if (node->child(i)->kind != NodeKind::Zval || i == 0 || node->child(i - 1)->kind != NodeKind::Zval)
            ++parts;
    Operand result;
    for (size_t i = 0; i < node->size(); ++i) {
        const Node* child = node->child(i);
        if (child->kind == NodeKind::Zval) {
            // Literal parts are not compiled as expressions: they leave the line alone.
            Operand part = literal_string(child->string_value);
            result = i == 0 ? part : emit_tmp(Opcode::Concat, result, part);
            continue;
        }
        // Only a Var or Dim carries these bits: the same bits mean other things on
        // other nodes (a Dim's 2 is `$s{0}`).
        bool var_or_dim = child->kind == NodeKind::Var || child->kind == NodeKind::Dim;
        if (var_or_dim && (child->attr & parser::EncapsVarDollarCurly))
            warn("Deprecated", runtime::msg::StringDollarCurlyDeprecated, m_line);
        else if (child->kind == NodeKind::Var && (child->attr & parser::EncapsVarDollarCurlyVarVar))
            warn("Deprecated", runtime::msg::StringDollarCurlyVarVarDeprecated, m_line);
        Operand part = compile_expression(child);
        if (i == 0) {
            result = part;
            if (parts >= 3 && part.kind == OperandKind::Cv) {
                result = new_tmp();
                Operand to_string{OperandKind::Unused, static_cast<uint32_t>(runtime::Type::String)};
                emit(Opcode::Cast, part, to_string, result);
            }
            continue;
        }
        result = emit_tmp(Opcode::Concat, result, part);
    }
    if (node->size() == 1 && result.kind != OperandKind::Const) {
        free_tmp(result);
        Operand cast = new_tmp();
        emit(Opcode::Cast, result, Operand{OperandKind::Unused, static_cast<uint32_t>(runtime::Type::String)}, cast);
        return cast;
    }
    return result;
}

Operand FunctionCompiler::compile_isset_or_empty(const Node* node)
{
    const Node* var = node->child(0);
    bool is_empty = node->kind == NodeKind::Empty;
    if (is_this(var)) {
        Operand result = new_tmp();
        uint32_t at = emit(Opcode::IssetThis, {}, {}, result);
        m_function.code[at].extended = is_empty ? 1 : 0;
        return result;
    }
    if (is_plain_variable(var)) {
        Operand result = new_tmp();
        uint32_t at = emit(Opcode::IssetCv, Operand{OperandKind::Cv, variable_slot(var)}, {}, result);
        m_function.code[at].extended = is_empty ? 1 : 0;
        return result;
    }
    const bool is_variable = var->kind == NodeKind::Var || var->kind == NodeKind::Dim || var->kind == NodeKind::Prop
                             || var->kind == NodeKind::NullsafeProp || var->kind == NodeKind::StaticProp;
    if (!is_variable && !is_empty)
        error(runtime::msg::IssetOnExpression, var->line);
    // isset's operand is an inner link, and so is a Dim's container.
    mark_inner(var);
    if (var->kind == NodeKind::Dim)
        mark_inner(var->child(0));
    if (var->kind == NodeKind::Dim && var->child(1) == nullptr)
        error(runtime::msg::CannotReadAppend, var->line);
    if (is_globals_element(var)) {
        // isset($GLOBALS['name']) and empty(...) look at the global itself, as php
        // 8.1+ compiles them (ZEND_ISSET_ISEMPTY_VAR), not at a copy of the table.
        Operand value = compile_dim_read(var, true);
        if (is_empty)
            return emit_tmp(Opcode::BoolNot, value);
        return emit_tmp(Opcode::IsNotIdentical, value, literal(runtime::Value::null()));
    }
    if (var->kind == NodeKind::Dim) {
        size_t checkpoint = m_nullsafe_jumps.size();
        Operand container = compile_quiet_read(var->child(0));
        Operand offset = compile_expression(var->child(1));
        free_tmp(container);
        free_tmp(offset);
        Operand result = new_tmp();
        uint32_t at = emit(Opcode::IssetDim, container, offset, result);
        m_function.code[at].extended = is_empty ? 1 : 0;
        m_inner_links.erase(var); // the isset ends a nullsafe chain below it
        commit_nullsafe(checkpoint, var, result, is_empty ? 2 : 1);
        return result;
    }
    if (var->kind == NodeKind::Prop || var->kind == NodeKind::NullsafeProp) {
        size_t checkpoint = m_nullsafe_jumps.size();
        m_inner_links.erase(var); // the isset ends the chain: false (true for empty) when it stops
        Operand result = compile_isset_prop(var, is_empty);
        commit_nullsafe(checkpoint, var, result, is_empty ? 2 : 1);
        return result;
    }
    if (var->kind == NodeKind::StaticProp)
        return compile_isset_static_prop(var, is_empty);
    if (!is_empty)
        unsupported("isset() on anything but a variable is", var);
    // empty(expr) on any expression is !expr.
    Operand value = compile_expression(var);
    return emit_tmp(Opcode::BoolNot, value);
}

Operand FunctionCompiler::compile_silence(const Node* node)
{
    Operand saved = new_tmp();
    uint32_t begin = emit(Opcode::BeginSilence, {}, {}, saved) + 1;
    Operand value;
    if (is_plain_variable(node->child(0))) {
        // zend_compile_silence: read @$var inside the silenced section.
        Operand var{OperandKind::Cv, variable_slot(node->child(0))};
        value = new_tmp();
        emit(Opcode::QmAssign, var, {}, value);
    } else {
        value = compile_expression(node->child(0));
    }
    uint32_t end = emit(Opcode::EndSilence, saved);
    m_function.silence_ranges.push_back({begin, end, saved.index});
    free_tmp(saved);
    return value;
}

Operand FunctionCompiler::compile_exit(const Node* node)
{
    Operand value;
    if (node->child(0) != nullptr)
        value = compile_expression(node->child(0));
    free_tmp(value);
    emit(Opcode::Exit, value);
    return literal(runtime::Value::null());
}

// zend_delayed_compile_dim: `$a{1}` is refused when compiled, except as the
// container of another link of a chain (`$a{1}[2]`, `isset($a{1})`), which php marks
// "inner" first and then no longer recognises as curly.
void FunctionCompiler::check_offset_syntax(const Node* dim)
{
    if ((dim->attr & parser::DimAlternativeSyntax) != 0 && m_inner_links.count(dim) == 0)
        error(runtime::msg::CurlyOffsetRemoved, dim->line);
}


void FunctionCompiler::mark_inner(const Node* container)
{
    if (container != nullptr && is_chain_link(container))
        m_inner_links.insert(container);
}

// zend_ast_is_short_circuited: a nullsafe link anywhere down the chain.
bool FunctionCompiler::is_short_circuited(const Node* node)
{
    for (; node != nullptr && is_chain_link(node); node = node->child(0)) {
        if (node->kind == NodeKind::NullsafeProp || node->kind == NodeKind::NullsafeMethodCall)
            return true;
        if (node->kind == NodeKind::Call)
            return false; // a function's name, not a link
    }
    return false;
}

void FunctionCompiler::emit_nullsafe_jump(Operand object)
{
    m_nullsafe_jumps.push_back(emit(Opcode::JmpNull, object, {}, {}));
}

// zend_short_circuiting_commit: the outermost link of a chain ends it.
void FunctionCompiler::commit_nullsafe(size_t checkpoint, const Node* chain, Operand result, uint32_t extended)
{
    if (m_nullsafe_jumps.size() == checkpoint || m_inner_links.count(chain) != 0)
        return;
    while (m_nullsafe_jumps.size() != checkpoint) {
        vm::Instruction& jump = m_function.code[m_nullsafe_jumps.back()];
        m_nullsafe_jumps.pop_back();
        patch_jump(static_cast<uint32_t>(&jump - m_function.code.data()), next_instruction());
        jump.result_kind = result.kind;
        jump.result = result.index;
        jump.extended = extended;
    }
}

// $GLOBALS[name], any name.
bool FunctionCompiler::is_globals_element(const Node* node)
{
    if (node->kind != NodeKind::Dim || node->child(1) == nullptr)
        return false;
    const Node* base = node->child(0);
    return is_plain_variable(base) && base->child(0)->string_value == "GLOBALS";
}

Operand FunctionCompiler::compile_globals_element_for_write(const Node* node, uint32_t mode)
{
    Operand name = compile_expression(node->child(1));
    Operand slot = emit_tmp(Opcode::FetchGlobalWrite, name);
    m_function.code.back().extended = mode;
    return slot;
}

Operand FunctionCompiler::compile_dim_read(const Node* node, bool quiet)
{
    check_offset_syntax(node);
    mark_inner(node->child(0));
    if (node->child(1) == nullptr)
        error(runtime::msg::CannotReadAppend, node->line);
    // $GLOBALS['name'] reads the global itself, as php 8.1+ compiles it (a global
    // fetch, not a copy of the whole table).
    const Node* base = node->child(0);
    const Node* key = node->child(1);
    if (is_globals_element(node)) {
        Operand result = emit_tmp(Opcode::FetchGlobal, compile_expression(key));
        m_function.code.back().extended = quiet ? 1 : 0; // quiet: no warning when undefined (??)
        return result;
    }
    Operand container = quiet ? compile_quiet_read(base) : compile_expression(base);
    Operand offset = compile_expression(key);
    return emit_tmp(quiet ? Opcode::FetchDimIsset : Opcode::FetchDimRead, container, offset);
}

// zend_compile_match: every condition of every arm is compared with the subject
// (===) in order, each followed by a jump to its arm; then the default arm, or
// UnhandledMatchError. The subject, evaluated once, is freed after the match.
Operand FunctionCompiler::compile_match(const Node* node)
{
    const Node* arms = node->child(1);
    const Node* default_arm = nullptr;
    for (const Node* arm : arms->children) {
        if (arm->child(0) != nullptr)
            continue;
        if (default_arm != nullptr)
            error(runtime::msg::OneDefaultArm, arm->line);
        default_arm = arm;
    }
    Operand subject = compile_expression(node->child(0));
    // A Tmp subject stays for the next comparison (CASE_STRICT); a variable or a
    // literal is simply read again (IS_IDENTICAL).
    Opcode compare = subject.is_tmp() ? Opcode::CaseStrict : Opcode::IsIdentical;
    std::vector<std::vector<uint32_t>> arm_jumps(arms->size());
    for (size_t i = 0; i < arms->size(); ++i) {
        const Node* conditions = arms->child(i)->child(0);
        if (conditions == nullptr)
            continue;
        for (const Node* condition : conditions->children) {
            set_line(condition);
            Operand value = compile_expression(condition);
            free_tmp(value);
            Operand test = new_tmp();
            emit(compare, subject, value, test);
            arm_jumps[i].push_back(emit_jump(Opcode::JmpNZ, test));
        }
    }
    uint32_t to_default = emit_jump(Opcode::Jmp);
    Operand result = new_tmp();
    if (default_arm == nullptr) {
        patch_jump(to_default, next_instruction());
        set_line(node);
        emit(Opcode::MatchError, subject);
    }
    std::vector<uint32_t> to_end;
    for (size_t i = 0; i < arms->size(); ++i) {
        const Node* arm = arms->child(i);
        for (uint32_t jump : arm_jumps[i])
            patch_jump(jump, next_instruction());
        if (arm == default_arm)
            patch_jump(to_default, next_instruction());
        Operand body = compile_expression(arm->child(1));
        free_tmp(body);
        emit(Opcode::QmAssign, body, {}, result);
        to_end.push_back(emit_jump(Opcode::Jmp));
    }
    for (uint32_t jump : to_end)
        patch_jump(jump, next_instruction());
    if (subject.is_tmp()) {
        free_tmp(subject);
        emit(Opcode::Free, subject);
    }
    return result;
}

} // namespace miniphp::compiler
