// Emission, slot numbering and literals for one function, plus the script-level
// driver compile().
//
// Compiled variables are numbered on first use, in the order the compiler meets
// them (zend_lookup_cv), which is source order except where php compiles parts of a
// construct out of order (a loop body before its condition; see statements.cpp).
// Temporaries are numbered separately while compiling, reusing the numbers of
// consumed temporaries, and moved behind the CVs by finish().
#include "compiler/function_compiler.h"

#include <algorithm>
#include <cassert>
#include <cctype>

#include "compiler/auto_globals.h"
#include "runtime/builtins/builtin.h"
#include "runtime/conversions.h"
#include "runtime/engine.h"
#include "runtime/messages.h"
#include "runtime/string.h"

namespace miniphp::compiler {

using parser::Node;
using parser::NodeKind;
using vm::Opcode;
using vm::OperandKind;

namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

FunctionCompiler::FunctionCompiler(ScriptCompiler& script, vm::Function& function)
    : m_script(script), m_function(function)
{
}

void FunctionCompiler::set_line(const Node* node)
{
    if (node != nullptr && node->line != 0)
        m_line = node->line;
}

uint32_t FunctionCompiler::emit(Opcode op, Operand op1, Operand op2, Operand result)
{
    vm::Instruction ins;
    ins.opcode = op;
    ins.op1_kind = op1.kind;
    ins.op1 = op1.index;
    ins.op2_kind = op2.kind;
    ins.op2 = op2.index;
    ins.result_kind = result.kind;
    ins.result = result.index;
    ins.line = m_line;
    m_function.code.push_back(ins);
    return next_instruction() - 1;
}

// Operands are consumed before the result is allocated, so the result may reuse one
// of their slots: every VM handler reads its operands before it writes its result.
Operand FunctionCompiler::emit_tmp(Opcode op, Operand op1, Operand op2)
{
    free_tmp(op1);
    free_tmp(op2);
    Operand result = new_tmp();
    emit(op, op1, op2, result);
    return result;
}

uint32_t FunctionCompiler::emit_jump(Opcode op, Operand condition, Operand result)
{
    free_tmp(condition);
    return emit(op, condition, {}, result);
}

void FunctionCompiler::patch_jump(uint32_t instruction, uint32_t target)
{
    vm::Instruction& ins = m_function.code[instruction];
    if (ins.opcode == Opcode::Jmp || ins.opcode == Opcode::FastCall)
        ins.op1 = target;
    else
        ins.op2 = target;
}

Operand FunctionCompiler::new_tmp()
{
    uint32_t index;
    if (!m_free_tmps.empty()) {
        index = m_free_tmps.back();
        m_free_tmps.pop_back();
    } else {
        index = m_function.num_tmps++;
    }
    return Operand{OperandKind::Tmp, index};
}

void FunctionCompiler::free_tmp(Operand operand)
{
    if (!operand.is_tmp())
        return;
    // Freeing a Tmp twice would hand it to two live values.
    assert(std::find(m_free_tmps.begin(), m_free_tmps.end(), operand.index) == m_free_tmps.end());
    m_free_tmps.push_back(operand.index);
}

Operand FunctionCompiler::cv(const std::string& name)
{
    auto [it, inserted] = m_cv_slots.emplace(name, static_cast<uint32_t>(m_function.cv_names.size()));
    if (inserted)
        m_function.cv_names.push_back(name);
    return Operand{OperandKind::Cv, it->second};
}

Operand FunctionCompiler::literal(runtime::Value value)
{
    if (value.is_string())
        return literal_string(value.as_string()->view());
    if (value.is_long())
        return literal_long(value.as_long());
    m_function.literals.push_back(value);
    return Operand{OperandKind::Const, static_cast<uint32_t>(m_function.literals.size() - 1)};
}

Operand FunctionCompiler::folded_literal(runtime::Value value)
{
    if (value.is_array()) {
        // A folded array (`[1] + [2]`) is a literal array: the table takes it over.
        m_function.literals.push_back(value);
        return Operand{OperandKind::Const, static_cast<uint32_t>(m_function.literals.size() - 1)};
    }
    Operand out = literal(value);
    runtime::release(value);
    return out;
}

Operand FunctionCompiler::literal_string(std::string_view text)
{
    auto it = m_string_literals.find(std::string(text));
    if (it != m_string_literals.end())
        return Operand{OperandKind::Const, it->second};
    runtime::String* s = runtime::InternTable::instance().intern(text);
    uint32_t index = static_cast<uint32_t>(m_function.literals.size());
    m_function.literals.push_back(runtime::Value::string(s));
    m_string_literals.emplace(std::string(text), index);
    return Operand{OperandKind::Const, index};
}

Operand FunctionCompiler::literal_long(int64_t value)
{
    auto it = m_long_literals.find(value);
    if (it != m_long_literals.end())
        return Operand{OperandKind::Const, it->second};
    uint32_t index = static_cast<uint32_t>(m_function.literals.size());
    m_function.literals.push_back(runtime::Value::integer(value));
    m_long_literals.emplace(value, index);
    return Operand{OperandKind::Const, index};
}

std::optional<runtime::Value> FunctionCompiler::fold_constant(const Node* node)
{
    return evaluate_constant(node, m_script.file(), m_function.name, m_script.stack_guard());
}

void FunctionCompiler::error(const std::string& message, uint32_t line)
{
    throw CompileError{message, line};
}

void FunctionCompiler::unsupported(const char* what, const Node* node)
{
    error(runtime::format(runtime::msg::NotSupportedYet, what), node != nullptr && node->line ? node->line : m_line);
}

void FunctionCompiler::unsupported_write(const char* what, const Node* target)
{
    if (target->kind == NodeKind::Dim)
        check_offset_syntax(target);
    unsupported(what, target);
}

void FunctionCompiler::warn(const char* level, std::string message, uint32_t line)
{
    m_script.messages().push_back(CompileMessage{level, std::move(message), line});
}

// Moves temporaries behind the compiled variables (zend's pass_two).
void FunctionCompiler::finish(uint32_t end_line)
{
    // A nullsafe link whose chain end was never met would jump nowhere.
    if (!m_nullsafe_jumps.empty())
        error(runtime::format(runtime::msg::NotSupportedYet, "This use of the nullsafe operator is"), m_line);
    m_line = end_line;
    emit(Opcode::Return);
    fuse_assignments();
    m_function.num_cv_slots = static_cast<uint32_t>(m_function.cv_names.size());
    uint32_t base = m_function.num_cvs();
    for (vm::Instruction& ins : m_function.code) {
        if (ins.op1_kind == OperandKind::Tmp)
            ins.op1 += base;
        if (ins.op2_kind == OperandKind::Tmp)
            ins.op2 += base;
        if ((ins.opcode == Opcode::FeFetch || ins.opcode == Opcode::FeFetchRef) && ins.extended != vm::kNoKey)
            ins.extended += base;
        if (ins.result_kind == OperandKind::Tmp)
            ins.result += base;
    }
    for (vm::TryRegion& region : m_function.try_regions) {
        region.fast_call += base;
        for (uint32_t& slot : region.keep)
            slot += base;
    }
    for (vm::SilenceRange& range : m_function.silence_ranges)
        range.saved += base;
    mark_smart_branches();
    for (vm::JumpTable& table : m_function.jump_tables)
        table.finish();
    m_function.end_line = end_line;
}

// `$x = $a + $b` compiles as php compiles it, `T = Add $a, $b; Assign $x, T`. When
// nothing else reads T (a Tmp has one reader), nothing jumps to the Assign and both
// are on one line, the operation writes $x itself and the Assign goes (what
// opcache's optimizer does): one dispatch less per assignment. The operation then
// stores as the Assign would, the new value first, then the release of the old one.
// Only the binary operators whose handlers know a CV result take part.
void FunctionCompiler::fuse_assignments()
{
    std::vector<vm::Instruction>& code = m_function.code;
    std::vector<bool> is_target(code.size() + 1, false);
    for (const vm::Instruction& ins : code) {
        if (vm::op1_is_jump(ins.opcode))
            is_target[ins.op1] = true;
        if (vm::op2_is_jump(ins.opcode))
            is_target[ins.op2] = true;
    }
    auto fusable = [](Opcode op) {
        switch (op) {
        case Opcode::Add:
        case Opcode::Sub:
        case Opcode::Mul:
        case Opcode::Div:
        case Opcode::Mod:
        case Opcode::Concat:
        case Opcode::ShiftLeft:
        case Opcode::ShiftRight:
        case Opcode::BitwiseAnd:
        case Opcode::BitwiseOr:
        case Opcode::BitwiseXor:
        case Opcode::CallBuiltin: return true;
        default: return false;
        }
    };
    // new_index[i]: where instruction i ends up (a removed Assign: where the
    // instruction after it ends up, which is where a jump to it would go).
    std::vector<uint32_t> new_index(code.size() + 1);
    std::vector<vm::Instruction> kept;
    kept.reserve(code.size());
    for (size_t i = 0; i < code.size(); ++i) {
        new_index[i] = static_cast<uint32_t>(kept.size());
        vm::Instruction ins = code[i];
        // A CallBuiltin's OpData stays right behind it.
        size_t at = i + 1;
        if (ins.opcode == Opcode::CallBuiltin && at < code.size() && code[at].opcode == Opcode::OpData)
            ++at;
        if (at < code.size()) {
            const vm::Instruction& assign = code[at];
            if (fusable(ins.opcode) && ins.result_kind == OperandKind::Tmp && assign.opcode == Opcode::Assign &&
                assign.result_kind == OperandKind::Unused && assign.op2_kind == OperandKind::Tmp &&
                assign.op2 == ins.result && assign.line == ins.line && !is_target[at]) {
                ins.result_kind = OperandKind::Cv;
                ins.result = assign.op1;
                kept.push_back(ins);
                for (size_t k = i + 1; k < at; ++k) {
                    new_index[k] = static_cast<uint32_t>(kept.size());
                    kept.push_back(code[k]);
                }
                new_index[at] = static_cast<uint32_t>(kept.size());
                i = at;
                continue;
            }
        }
        kept.push_back(ins);
    }
    new_index[code.size()] = static_cast<uint32_t>(kept.size());
    if (kept.size() == code.size())
        return;
    for (vm::Instruction& ins : kept) {
        if (vm::op1_is_jump(ins.opcode))
            ins.op1 = new_index[ins.op1];
        if (vm::op2_is_jump(ins.opcode))
            ins.op2 = new_index[ins.op2];
    }
    for (vm::JumpTable& table : m_function.jump_tables)
        table.remap(new_index);
    for (vm::TryRegion& region : m_function.try_regions) {
        region.try_op = new_index[region.try_op];
        region.catch_op = new_index[region.catch_op];
        region.finally_op = new_index[region.finally_op];
        region.finally_end = new_index[region.finally_end];
    }
    for (vm::SilenceRange& range : m_function.silence_ranges) {
        range.begin = new_index[range.begin];
        range.end = new_index[range.end];
    }
    // An InitCall knows how far its DoCall is.
    for (size_t i = 0; i < code.size(); ++i) {
        if (code[i].opcode == Opcode::InitCall)
            kept[new_index[i]].result = new_index[i + code[i].result] - new_index[i];
    }
    code = std::move(kept);
}

// php's smart branches: `if ($i < $n)` and loop conditions compile to a comparison
// followed by a JmpZ/JmpNZ on its result. When nothing else jumps to that JmpZ,
// the comparison may take the jump itself and skip it.
void FunctionCompiler::mark_smart_branches()
{
    std::vector<vm::Instruction>& code = m_function.code;
    std::vector<bool> is_target(code.size() + 1, false);
    for (const vm::Instruction& ins : code) {
        if (vm::op1_is_jump(ins.opcode))
            is_target[ins.op1] = true;
        if (vm::op2_is_jump(ins.opcode))
            is_target[ins.op2] = true;
    }
    for (size_t i = 0; i + 1 < code.size(); ++i) {
        vm::Instruction& compare = code[i];
        const vm::Instruction& jump = code[i + 1];
        switch (compare.opcode) {
        case Opcode::IsSmaller:
        case Opcode::IsSmallerOrEqual:
        case Opcode::IsEqual:
        case Opcode::IsNotEqual:
        case Opcode::IsIdentical:
        case Opcode::IsNotIdentical:
        case Opcode::Case:
        case Opcode::CaseStrict: break;
        default: continue;
        }
        if ((jump.opcode != Opcode::JmpZ && jump.opcode != Opcode::JmpNZ) || is_target[i + 1] ||
            compare.result_kind != OperandKind::Tmp || jump.op1_kind != OperandKind::Tmp ||
            jump.op1 != compare.result)
            continue;
        compare.extended = jump.opcode == Opcode::JmpZ ? vm::kSmartBranchJmpZ : vm::kSmartBranchJmpNZ;
    }
}

void FunctionCompiler::compile_main(const Node* statements)
{
    for (const Node* statement : statements->children)
        compile_top_statement(statement);
    uint32_t end_line = m_line;
    finish(end_line);
}

void FunctionCompiler::compile_function(const Node* declaration)
{
    const Node* params = declaration->child(0);
    const Node* body = declaration->child(2);
    const Node* return_type = declaration->child(3);
    m_line = declaration->line;
    m_function.returns_by_ref = (declaration->flags & parser::DeclReturnsRef) != 0;

    // zend_compile_params: the return type first.
    if (return_type != nullptr) {
        m_function.return_type = compile_type(return_type);
        if ((m_function.return_type.mask & runtime::TypeBit::Void) && m_function.returns_by_ref)
            warn("Deprecated", runtime::msg::VoidReturnsByReference, m_line);
    }
    // Parameters take the first slots, in order (Recv fills them).
    if (params != nullptr) {
        uint32_t last_required = 0;
        for (size_t i = 0; i < params->size(); ++i) {
            const Node* param = params->child(i);
            if ((param->attr & parser::ParamVariadic) && (param->attr & parser::ParamByRef))
                unsupported("By-reference variadic parameters are", param);
            if (param->child(2) == nullptr && !(param->attr & parser::ParamVariadic))
                last_required = static_cast<uint32_t>(i + 1);
        }
        for (size_t i = 0; i < params->size(); ++i)
            compile_parameter(params, i, last_required);
        // The variadic parameter is not counted (php's num_args): the arguments past
        // the others are extra arguments it collects.
        m_function.num_params = static_cast<uint32_t>(params->size()) - (m_function.is_variadic ? 1 : 0);
        m_function.num_required_params = last_required;
    }
    if (m_class != nullptr)
        describe_method(m_parameter_texts);
    assign_promoted_properties(params);
    bind_closure_uses();
    if (body != nullptr && body->kind == NodeKind::Return)
        compile_statement(body); // an arrow function's `return expr`
    else if (body != nullptr)
        compile_statement_list(body);
    // zend_emit_final_return: falling off the end of a function with a return type
    // other than void is an error at run time.
    if (m_function.return_type.is_set() && !(m_function.return_type.mask & runtime::TypeBit::Void)) {
        m_line = declaration->end_line;
        emit(Opcode::VerifyReturnType);
    }
    finish(declaration->end_line);
}

// A default naming a constant (other than true, false and null) stays an AST in php
// (ZEND_COMPILE_NO_CONSTANT_SUBSTITUTION), so a typed parameter checks it at run time.
bool refers_to_constant(const Node* node)
{
    if (node == nullptr)
        return false;
    if (node->kind == NodeKind::ClassConst || node->kind == NodeKind::ClassName)
        return true;
    if (node->kind == NodeKind::Const) {
        std::string name = runtime::ascii_lower(node->child(0)->string_value);
        if (!name.empty() && name[0] == '\\')
            name.erase(0, 1);
        return name != "true" && name != "false" && name != "null";
    }
    for (const Node* child : node->children)
        if (refers_to_constant(child))
            return true;
    return false;
}

// zend_compile_params for parameter `index`. zend_compile_params moves no line:
// every message and instruction of the parameters carries the declaration's first
// line.
void FunctionCompiler::compile_parameter(const Node* params, size_t index, uint32_t last_required)
{
    const Node* param = params->child(index);
    const std::string& name = param->child(1)->string_value;
    if (m_cv_slots.count(name) != 0)
        error(runtime::format(runtime::msg::RedefinitionOfParameter, name.c_str()), m_line);
    if (m_function.is_variadic)
        error(runtime::msg::OnlyLastVariadic, m_line);
    bool variadic = (param->attr & parser::ParamVariadic) != 0;
    if (variadic && param->child(2) != nullptr)
        error(runtime::msg::VariadicDefault, m_line);
    Operand slot = cv(name);
    m_function.param_by_ref.push_back((param->attr & parser::ParamByRef) != 0);
    m_function.has_by_ref_params |= (param->attr & parser::ParamByRef) != 0;
    Operand position{OperandKind::Unused, static_cast<uint32_t>(index)};
    const Node* type_ast = param->child(0);
    const Node* default_value = param->child(2);

    // The default as a literal (a constant array is owned here), unless php computes
    // it at run time.
    std::optional<runtime::Value> literal;
    bool owned_array = false;
    if (default_value != nullptr) {
        if (const char* message =
                constant_evaluation_error(default_value, m_script.file(), m_function.name, m_script.stack_guard()))
            error(message, m_line);
        if (!is_constant_expression(default_value, m_script.stack_guard()))
            error(runtime::msg::InvalidConstantExpression, m_line);
        if (type_ast == nullptr || !refers_to_constant(default_value)) {
            literal = fold_constant(default_value);
            if (!literal && default_value->kind == NodeKind::Array) {
                literal = constant_array(default_value);
                owned_array = literal.has_value();
            }
        }
    }
    auto drop_literal = [&] {
        if (owned_array)
            runtime::release(*literal);
    };

    runtime::TypeDecl type;
    bool forced_nullable = false;
    if (type_ast != nullptr) {
        bool default_null = literal && literal->is_null();
        type = compile_type(type_ast, default_null, &forced_nullable);
        if (type.mask & runtime::TypeBit::Void)
            error(runtime::msg::VoidParameter, m_line);
        if (type.mask & runtime::TypeBit::Never)
            error(runtime::msg::NeverParameter, m_line);
        if (literal && !default_null && !check_parameter_default(type, *literal)) {
            drop_literal();
            error(runtime::format(runtime::msg::InvalidParameterDefault, runtime::zend_type_name(*literal),
                                  name.c_str(), runtime::type_to_string(type).c_str()),
                  m_line);
        }
        m_function.param_types.resize(index);
        m_function.param_types.push_back(type);
    }
    if (m_class != nullptr)
        m_parameter_texts.push_back(parameter_text(param, type, index < last_required || variadic ? nullptr : default_value));
    bool typed = type.is_set();
    auto emit_receive = [&](Opcode op, Operand value) {
        uint32_t at = emit(op, position, value, slot);
        m_function.code[at].extended = type.mask; // the typed forms' quick check
    };

    if (default_value != nullptr && index < last_required) {
        // zend_compile_params: an optional parameter before a required one (a
        // `Type $x = null` one silently: php 5's way of writing ?Type).
        if (!forced_nullable) {
            const Node* required = nullptr;
            for (size_t j = last_required; j-- > index + 1;) {
                if (params->child(j)->child(2) == nullptr) {
                    required = params->child(j);
                    break;
                }
            }
            warn("Deprecated",
                 runtime::format(runtime::msg::OptionalBeforeRequired, name.c_str(),
                                 required->child(1)->string_value.c_str()),
                 m_line);
        }
        drop_literal();
        default_value = nullptr;
    }
    if (variadic) {
        m_function.is_variadic = true;
        emit_receive(Opcode::RecvVariadic, {});
        return;
    }
    if (default_value == nullptr) {
        emit_receive(typed ? Opcode::RecvTyped : Opcode::Recv, {});
        return;
    }
    Opcode recv_init = typed ? Opcode::RecvInitTyped : Opcode::RecvInit;
    if (literal && owned_array) {
        m_function.literals.push_back(*literal);
        emit_receive(recv_init, Operand{OperandKind::Const, static_cast<uint32_t>(m_function.literals.size() - 1)});
        return;
    }
    if (literal) {
        emit_receive(recv_init, this->literal(*literal));
        return;
    }
    compile_runtime_default(position, slot, default_value);
    if (typed) {
        // What was passed or computed is checked, as ZEND_RECV_INIT checks it.
        emit_receive(Opcode::VerifyParam, {});
    }
}

// A default php cannot fold (it warns, throws or names an unknown constant) stays an
// AST that ZEND_RECV_INIT evaluates when the argument is missing, reporting the
// declaration's line, with operands in source order, and caching a result that is
// not refcounted. Here it is code between RecvDefault and StoreDefault.
void FunctionCompiler::compile_runtime_default(Operand position, Operand slot, const Node* default_value)
{
    uint32_t line = m_line;
    uint32_t cache = static_cast<uint32_t>(m_function.default_cache.size());
    m_function.default_cache.emplace_back();
    uint32_t recv = emit(Opcode::RecvDefault, position, {}, slot);
    m_function.code[recv].extended = cache;
    m_constant_expression = true;
    Operand value = compile_expression(default_value);
    m_constant_expression = false;
    free_tmp(value);
    emit(Opcode::StoreDefault, value, Operand{OperandKind::Unused, cache}, slot);
    for (uint32_t at = recv; at < next_instruction(); ++at)
        m_function.code[at].line = line;
    m_line = line;
    patch_jump(recv, next_instruction());
}

ScriptCompiler::ScriptCompiler(const std::string& file) : m_script(std::make_unique<vm::Script>())
{
    m_script->file = file;
}

const vm::Function* ScriptCompiler::bound_function(const std::string& lower_name) const
{
    auto it = m_bound_functions.find(lower_name);
    return it != m_bound_functions.end() ? it->second : nullptr;
}

bool ScriptCompiler::knows_function(const std::string& lower_name) const
{
    return runtime::find_builtin(lower_name) != nullptr || m_bound_functions.count(lower_name) != 0;
}

std::optional<std::string> ScriptCompiler::bind_function(const vm::Function& function)
{
    if (runtime::find_builtin(function.lower_name) != nullptr)
        return runtime::format(runtime::msg::CannotRedeclareBuiltin, function.name.c_str());
    auto [it, inserted] = m_bound_functions.emplace(function.lower_name, &function);
    if (inserted)
        return std::nullopt;
    // The message names the new spelling and where the first declaration starts.
    const vm::Function& previous = *it->second;
    return runtime::format(runtime::msg::CannotRedeclare, function.name.c_str(), previous.file.c_str(),
                           previous.start_line);
}

uint32_t ScriptCompiler::add_function(const Node* declaration)
{
    auto function = std::make_unique<vm::Function>();
    function->name = declaration->name;
    function->lower_name = lower(declaration->name);
    function->file = m_script->file;
    function->start_line = declaration->line;
    vm::Function& ref = *function;
    uint32_t index = static_cast<uint32_t>(m_script->functions.size());
    m_script->functions.push_back(std::move(function));
    FunctionCompiler compiler(*this, ref);
    compiler.compile_function(declaration);
    return index;
}

namespace {

// The file's last statement, looking into trailing nested statement lists.
const Node* last_statement(const Node* node)
{
    while (node != nullptr && node->kind == NodeKind::StmtList && node->size() != 0)
        node = node->child(node->size() - 1);
    return node;
}

// The just-in-time superglobals the file names, in source order (which is the
// order php compiles it in), each once. A loop, not recursion: the tree may be deep.
std::vector<std::string> jit_globals_named(const Node* root)
{
    std::vector<std::string> names;
    std::vector<const Node*> pending{root};
    while (!pending.empty()) {
        const Node* node = pending.back();
        pending.pop_back();
        if (node == nullptr)
            continue;
        if (node->kind == NodeKind::Var && node->child(0) != nullptr && node->child(0)->kind == NodeKind::Zval &&
            node->child(0)->literal_type == parser::LiteralType::String &&
            is_jit_auto_global(node->child(0)->string_value) &&
            std::find(names.begin(), names.end(), node->child(0)->string_value) == names.end())
            names.push_back(node->child(0)->string_value);
        for (size_t i = node->size(); i-- > 0;)
            pending.push_back(node->child(i));
    }
    return names;
}

} // namespace

CompileResult compile(const parser::Ast& ast, const std::string& file)
{
    ScriptCompiler script(file);
    CompileResult result;
    const Node* last = last_statement(ast.root);
    if (last != nullptr && last->kind == NodeKind::HaltCompiler)
        script.set_halt_offset(last->child(0)->int_value);
    try {
        auto main = std::make_unique<vm::Function>();
        main->file = file;
        vm::Function& ref = *main;
        script.script().main = std::move(main);
        FunctionCompiler compiler(script, ref);
        compiler.compile_main(ast.root);
        script.script().jit_globals = jit_globals_named(ast.root);
        result.script = script.take_script();
    } catch (const CompileError& e) {
        script.messages().push_back(CompileMessage{"Fatal error", e.message, e.line});
    }
    result.messages = std::move(script.messages());
    return result;
}

} // namespace miniphp::compiler
