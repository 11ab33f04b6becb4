// Statements. Control flow is laid out as zend_compile.c lays it out, because the
// layout decides the order compiled variables are numbered in: a while or for loop
// compiles its body before its condition (the condition sits at the bottom and jumps
// back), and a for loop's step expressions come after the body too.
#include <optional>
#include <string>

#include "compiler/function_compiler.h"
#include "runtime/array.h"
#include "runtime/conversions.h"
#include "runtime/engine.h"
#include "runtime/messages.h"
#include "runtime/string.h"

namespace miniphp::compiler {

using parser::Node;
using parser::NodeKind;
using vm::Opcode;
using vm::OperandKind;

// zend_compile_top_stmt: function declarations directly in the file (or in a plain
// block at top level) are bound before the script runs.
void FunctionCompiler::compile_top_statement(const Node* node)
{
    if (node == nullptr)
        return;
    if (node->kind == NodeKind::StmtList) {
        for (const Node* child : node->children)
            compile_top_statement(child);
        return;
    }
    if (node->kind == NodeKind::FuncDecl) {
        compile_function_declaration(node, true);
        return;
    }
    if (node->kind == NodeKind::Class) {
        set_line(node);
        compile_class_declaration(node, true);
        return;
    }
    compile_statement(node);
}

void FunctionCompiler::compile_statement_list(const Node* node)
{
    for (const Node* child : node->children)
        compile_statement(child);
}

void FunctionCompiler::compile_statement(const Node* node)
{
    if (node == nullptr)
        return;
    set_line(node);
    switch (node->kind) {
    case NodeKind::StmtList: compile_statement_list(node); return;
    case NodeKind::Echo: compile_echo(node); return;
    case NodeKind::If: compile_if(node); return;
    case NodeKind::While: compile_while(node); return;
    case NodeKind::DoWhile: compile_do_while(node); return;
    case NodeKind::For: compile_for(node); return;
    case NodeKind::Switch: compile_switch(node); return;
    case NodeKind::Break:
    case NodeKind::Continue: compile_break_continue(node); return;
    case NodeKind::Return: compile_return(node); return;
    case NodeKind::Unset: compile_unset(node); return;
    case NodeKind::FuncDecl: compile_function_declaration(node, false); return;
    case NodeKind::Foreach: compile_foreach(node); return;
    case NodeKind::Global: compile_global(node); return;
    case NodeKind::Static: compile_static(node); return;
    case NodeKind::Class: compile_class_declaration(node, false); return;
    case NodeKind::Try: compile_try(node); return;
    case NodeKind::Declare: unsupported("declare is", node);
    case NodeKind::Goto:
    case NodeKind::Label: unsupported("goto is", node);
    case NodeKind::Namespace:
    case NodeKind::Use:
    case NodeKind::GroupUse: unsupported("Namespaces are", node);
    case NodeKind::ConstDecl: unsupported("const declarations are", node);
    case NodeKind::HaltCompiler: return;
    default: break;
    }
    // An expression used as a statement. A bare `$x;` reads nothing: php emits no
    // instruction for it and so no "Undefined variable" warning (zend_do_free).
    discard(compile_expression(node));
}

void FunctionCompiler::compile_echo(const Node* node)
{
    Operand value = compile_expression(node->child(0));
    free_tmp(value);
    emit(Opcode::Echo, value);
}

void FunctionCompiler::compile_if(const Node* node)
{
    std::vector<uint32_t> jumps_to_end;
    size_t count = node->size();
    for (size_t i = 0; i < count; ++i) {
        const Node* element = node->child(i);
        const Node* condition = element->child(0);
        uint32_t skip = 0;
        if (condition != nullptr) {
            Operand value = compile_expression(condition);
            skip = emit_jump(Opcode::JmpZ, value);
        }
        compile_statement(element->child(1));
        if (i + 1 < count)
            jumps_to_end.push_back(emit_jump(Opcode::Jmp));
        if (condition != nullptr)
            patch_jump(skip, next_instruction());
    }
    for (uint32_t jump : jumps_to_end)
        patch_jump(jump, next_instruction());
}

// Closes the innermost loop: continue jumps go to `continue_target`, break jumps to
// the next instruction.
void FunctionCompiler::end_loop(uint32_t continue_target)
{
    Loop loop = std::move(m_loops.back());
    m_loops.pop_back();
    for (uint32_t jump : loop.continue_jumps)
        patch_jump(jump, continue_target);
    for (uint32_t jump : loop.break_jumps)
        patch_jump(jump, next_instruction());
}

void FunctionCompiler::compile_while(const Node* node)
{
    uint32_t to_condition = emit_jump(Opcode::Jmp);
    m_loops.push_back(Loop{});
    uint32_t body_start = next_instruction();
    compile_statement(node->child(1));
    uint32_t condition_start = next_instruction();
    patch_jump(to_condition, condition_start);
    set_line(node->child(0));
    Operand condition = compile_expression(node->child(0));
    uint32_t back = emit_jump(Opcode::JmpNZ, condition);
    patch_jump(back, body_start);
    end_loop(condition_start);
}

void FunctionCompiler::compile_do_while(const Node* node)
{
    m_loops.push_back(Loop{});
    uint32_t body_start = next_instruction();
    compile_statement(node->child(0));
    uint32_t condition_start = next_instruction();
    Operand condition = compile_expression(node->child(1));
    uint32_t back = emit_jump(Opcode::JmpNZ, condition);
    patch_jump(back, body_start);
    end_loop(condition_start);
}

// Compiles a comma-separated expression list; every value but the last is freed, and
// the last is either returned in `last_result` or freed too.
void FunctionCompiler::compile_expression_list(const Node* list, Operand* last_result)
{
    if (list == nullptr)
        return;
    for (size_t i = 0; i < list->size(); ++i) {
        Operand value = compile_expression(list->child(i));
        if (last_result != nullptr && i + 1 == list->size())
            *last_result = value;
        else
            discard(value);
    }
}

void FunctionCompiler::compile_for(const Node* node)
{
    compile_expression_list(node->child(0), nullptr);
    uint32_t to_condition = emit_jump(Opcode::Jmp);
    m_loops.push_back(Loop{});
    uint32_t body_start = next_instruction();
    compile_statement(node->child(3));
    uint32_t step_start = next_instruction();
    compile_expression_list(node->child(2), nullptr);
    patch_jump(to_condition, next_instruction());
    const Node* conditions = node->child(1);
    if (conditions != nullptr && conditions->size() > 0) {
        Operand condition;
        compile_expression_list(conditions, &condition);
        uint32_t back = emit_jump(Opcode::JmpNZ, condition);
        patch_jump(back, body_start);
    } else {
        uint32_t back = emit_jump(Opcode::Jmp);
        patch_jump(back, body_start);
    }
    end_loop(step_start);
}

// zend_compile_switch: the cases are tested in order (Case keeps a Tmp subject alive,
// a CV subject is compared with IsEqual and so read, and warned about, per case),
// then the bodies follow in order so that execution falls through. When the cases are
// all int literals (five or more, default counted) or all non-numeric string literals
// (two or more), a SwitchLong/SwitchString with their jump table comes first, as php
// emits it (should_use_jumptable): a subject of that type jumps straight to its body.
void FunctionCompiler::compile_switch(const Node* node)
{
    Operand subject = compile_expression(node->child(0));
    const Node* cases = node->child(1);
    Loop switch_loop;
    switch_loop.is_switch = true;
    if (subject.is_tmp())
        switch_loop.switch_subject = subject;
    m_loops.push_back(switch_loop);

    runtime::Type table_type = preevaluate_switch_cases(cases);
    // An index, not a pointer: switches nested in the bodies add tables too.
    std::optional<size_t> table;
    if ((table_type == runtime::Type::Long && cases->size() >= 5) ||
        (table_type == runtime::Type::String && cases->size() >= 2)) {
        table = m_function.jump_tables.size();
        m_function.jump_tables.emplace_back();
        emit(table_type == runtime::Type::Long ? Opcode::SwitchLong : Opcode::SwitchString, subject,
             Operand{OperandKind::Unused, static_cast<uint32_t>(*table)});
    }
    std::vector<Operand> case_values(cases->size());
    bool subject_is_true = subject.kind == OperandKind::Const &&
                           m_function.literals[subject.index].type() == runtime::Type::True;
    std::vector<uint32_t> case_jumps(cases->size(), 0);
    const Node* default_case = nullptr;
    for (size_t i = 0; i < cases->size(); ++i) {
        const Node* c = cases->child(i);
        if (c->child(0) == nullptr) {
            if (default_case != nullptr)
                error(runtime::msg::OneDefaultClause, c->line);
            default_case = c;
            continue;
        }
        set_line(c);
        Operand value = compile_expression(c->child(0));
        case_values[i] = value;
        if (subject_is_true) {
            case_jumps[i] = emit_jump(Opcode::JmpNZ, value);
        } else {
            free_tmp(value);
            Operand test = new_tmp();
            emit(subject.is_tmp() ? Opcode::Case : Opcode::IsEqual, subject, value, test);
            case_jumps[i] = emit_jump(Opcode::JmpNZ, test);
        }
    }
    m_preevaluated.clear();
    uint32_t to_default_or_end = emit_jump(Opcode::Jmp);
    for (size_t i = 0; i < cases->size(); ++i) {
        const Node* c = cases->child(i);
        if (c == default_case) {
            patch_jump(to_default_or_end, next_instruction());
            if (table)
                m_function.jump_tables[*table].set_default(next_instruction());
        } else {
            patch_jump(case_jumps[i], next_instruction());
            if (table) {
                const runtime::Value& key = constant_value(case_values[i]);
                if (key.is_long())
                    m_function.jump_tables[*table].add(key.as_long(), next_instruction());
                else
                    m_function.jump_tables[*table].add(key.as_string()->view(), next_instruction(),
                                                       key.as_string());
            }
        }
        compile_statement(c->child(1));
    }
    if (default_case == nullptr) {
        patch_jump(to_default_or_end, next_instruction());
        if (table)
            m_function.jump_tables[*table].set_default(next_instruction());
    }

    // break and continue both land here, before the subject is freed.
    end_loop(next_instruction());
    if (subject.is_tmp()) {
        free_tmp(subject);
        emit(Opcode::Free, subject);
    }
}

void FunctionCompiler::free_loop_variable(size_t index)
{
    const Loop& loop = m_loops[index];
    if (loop.switch_subject.is_tmp())
        emit(Opcode::Free, loop.switch_subject);
    if (loop.foreach_iterator.is_tmp())
        emit(Opcode::FeFree, loop.foreach_iterator);
}

// zend_compile_break_continue.
void FunctionCompiler::compile_break_continue(const Node* node)
{
    bool is_break = node->kind == NodeKind::Break;
    const char* word = is_break ? "break" : "continue";
    int64_t depth = 1;
    if (const Node* depth_node = node->child(0)) {
        // Only a literal is accepted at all; then only a positive int literal.
        if (depth_node->kind != NodeKind::Zval)
            error(runtime::format(runtime::msg::BreakNonInteger, word), node->line);
        if (depth_node->literal_type != parser::LiteralType::Long || depth_node->int_value < 1)
            error(runtime::format(runtime::msg::BreakNotPositive, word), node->line);
        depth = depth_node->int_value;
    }
    if (m_loops.empty())
        error(runtime::format(runtime::msg::BreakNotInLoop, word), node->line);
    if (static_cast<size_t>(depth) > m_loops.size())
        error(runtime::format(runtime::msg::BreakTooManyLevels, word, static_cast<long long>(depth), depth == 1 ? "" : "s"),
              node->line);

    Loop& target = m_loops[m_loops.size() - static_cast<size_t>(depth)];
    if (!is_break && target.is_switch) {
        bool has_enclosing_loop = m_loops.size() > static_cast<size_t>(depth);
        std::string message;
        if (depth == 1)
            message = runtime::msg::ContinueTargetingSwitch;
        else
            message = runtime::format(runtime::msg::ContinueNTargetingSwitch,
                                      static_cast<long long>(depth), static_cast<long long>(depth));
        if (has_enclosing_loop)
            message += runtime::format(runtime::msg::DidYouMeanContinue, static_cast<long long>(depth + 1));
        warn("Warning", message, node->line);
    }
    // Leaving inner loops frees their loop variables; the target frees its own on break.
    leave_scopes(static_cast<size_t>(depth), false, Operand{}, node->line);
    uint32_t jump = emit_jump(Opcode::Jmp);
    if (is_break || target.is_switch)
        target.break_jumps.push_back(jump);
    else
        target.continue_jumps.push_back(jump);
}

void FunctionCompiler::compile_return(const Node* node)
{
    Operand value;
    const Node* returned = node->child(0);
    if (returned != nullptr && m_function.returns_by_ref) {
        // zend_compile_return by reference: a variable, element or property is
        // returned as a Reference when the caller binds it (`$x = &f()`); anything
        // else with a notice at run time.
        bool is_variable = (returned->kind == NodeKind::Var && returned->child(0)->kind == NodeKind::Zval) ||
                           returned->kind == NodeKind::Dim || returned->kind == NodeKind::Prop ||
                           returned->kind == NodeKind::StaticProp;
        Operand source = is_variable ? compile_reference_source(returned) : compile_expression(returned);
        free_tmp(source);
        value = new_tmp();
        uint32_t at = emit(Opcode::MakeReturnRef, source, {}, value);
        m_function.code[at].extended = is_variable ? 1 : 0;
    } else if (returned != nullptr) {
        value = compile_expression(returned);
    }
    // A finally block runs before the return: a variable's value is copied first, so
    // that the block cannot change what is returned.
    if (!m_finally.empty() && value.kind == vm::OperandKind::Cv) {
        Operand copy = new_tmp();
        emit(Opcode::QmAssign, value, {}, copy);
        value = copy;
    }
    if (m_function.return_type.is_set())
        check_return_statement(returned, value, node->line);
    // The value waits in its Tmp while finally blocks run: their code must not reuse it.
    if (!leave_scopes(0, true, value, node->line))
        free_tmp(value);
    emit(Opcode::Return, value);
}

void FunctionCompiler::compile_unset(const Node* node)
{
    const Node* var = node->child(0);
    if (is_short_circuited(var))
        error(runtime::msg::NullsafeInWriteContext, var->line);
    if (var->kind == NodeKind::Dim) {
        compile_unset_dim(var);
        return;
    }
    if (var->kind == NodeKind::Prop) {
        compile_unset_prop(var);
        return;
    }
    if (var->kind != NodeKind::Var)
        unsupported_write("unset() of anything but a variable is", var);
    if (var->child(0)->kind == NodeKind::Zval && writes_global_table(var)) {
        emit(Opcode::UnsetGlobal, literal_string(var->child(0)->string_value)); // `unset($_GET)` in a function
        return;
    }
    emit(Opcode::UnsetCv, Operand{OperandKind::Cv, variable_slot(var)});
}

// zend_compile_global_var: the local variable becomes a reference to the global.
void FunctionCompiler::compile_global(const Node* node)
{
    const Node* var = node->child(0);
    if (var->kind != NodeKind::Var || var->child(0)->kind != NodeKind::Zval)
        unsupported("global with a variable name computed at run time is", var);
    const std::string& name = var->child(0)->string_value;
    if (name == "this")
        error(runtime::msg::CannotUseThisAsGlobal, var->line);
    Operand slot{OperandKind::Cv, variable_slot(var)};
    emit(Opcode::BindGlobal, slot, literal_string(name));
}

// zend_compile_static_var: the initial value is a constant expression, kept in the
// function's static table; each call binds the variable to the shared reference.
void FunctionCompiler::compile_static(const Node* node)
{
    const std::string& name = node->child(0)->string_value;
    if (name == "this")
        error(runtime::msg::CannotUseThisAsStatic, node->line);
    runtime::Value initial = runtime::Value::null();
    if (const Node* default_value = node->child(1)) {
        if (const char* message =
                constant_evaluation_error(default_value, m_script.file(), m_function.name, m_script.stack_guard()))
            error(message, node->line);
        if (!is_constant_expression(default_value, m_script.stack_guard()))
            error(runtime::msg::InvalidConstantExpression, node->line);
        std::optional<runtime::Value> value = default_value->kind == NodeKind::Array ? constant_array(default_value)
                                                                                      : fold_constant(default_value);
        if (!value)
            unsupported("This static initializer is", default_value);
        initial = *value;
    }
    if (m_function.static_variables == nullptr)
        m_function.static_variables = runtime::Array::create();
    // php 8.2 lets a later declaration of the same name replace the initial value.
    runtime::String* key = runtime::InternTable::instance().intern(name);
    runtime::Value* entry = m_function.static_variables->lookup_or_insert(key);
    runtime::release_and_clear(*entry);
    entry->copy_from(initial);
    Operand slot = cv(name);
    emit(Opcode::BindStatic, slot, literal_string(name));
}

void FunctionCompiler::compile_function_declaration(const Node* node, bool top_level)
{
    uint32_t saved_line = m_line;
    uint32_t index = m_script.add_function(node);
    m_line = saved_line;
    set_line(node);
    if (top_level) {
        // A name already taken stops compilation here, after the function's own body
        // and before anything that follows it.
        if (std::optional<std::string> taken = m_script.bind_function(*m_script.script().functions[index]))
            error(*taken, node->line);
        m_script.script().hoisted.push_back(index);
    } else {
        emit(Opcode::DeclareFunction, Operand{OperandKind::Unused, index});
    }
}

} // namespace miniphp::compiler
