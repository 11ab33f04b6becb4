// try/catch/finally and throw, as zend_compile_try and zend_compile_throw lay them
// out: the try block, a jump over the catch blocks, one Catch per class named (a
// mismatch goes on to the next), then for a finally block a FastCall into it
// followed by a jump over it, the block, and its FastRet. The VM finds a thrown
// exception's landing place from Function::try_regions.
#include "compiler/function_compiler.h"
#include "runtime/messages.h"

namespace miniphp::compiler {

using parser::Node;
using vm::Opcode;
using vm::OperandKind;

namespace {

// A class name as written in a catch, without a leading backslash.
std::string caught_class_name(const Node* name)
{
    std::string text = name->string_value;
    if (!text.empty() && text[0] == '\\')
        text.erase(0, 1);
    return text;
}

} // namespace

std::vector<uint32_t> FunctionCompiler::live_across_statements() const
{
    std::vector<uint32_t> live;
    for (const Loop& loop : m_loops) {
        if (loop.switch_subject.is_tmp())
            live.push_back(loop.switch_subject.index);
        if (loop.foreach_iterator.is_tmp())
            live.push_back(loop.foreach_iterator.index);
    }
    for (const FinallyScope& scope : m_finally)
        live.push_back(scope.fast_call.index);
    return live;
}

bool FunctionCompiler::leave_scopes(size_t depth, bool is_return, Operand return_value, uint32_t line)
{
    // Loops [stop, size) are left; a break's or continue's target (index stop) frees
    // its own variable where it lands.
    size_t stop = is_return ? 0 : m_loops.size() - depth;
    size_t scope = m_finally.size();
    bool runs_finally = false;
    // The finally scopes entered after loop `loop` began (all that are left, for
    // nullopt), innermost first.
    auto leave_finally_scopes = [&](std::optional<size_t> loop) {
        while (scope > 0 && (!loop || m_finally[scope - 1].loops_at_start > *loop)) {
            FinallyScope& finally = m_finally[--scope];
            if (finally.in_body) {
                if (!is_return)
                    error(runtime::msg::JumpOutOfFinally, line);
                emit(Opcode::DiscardException, finally.fast_call);
                continue;
            }
            uint32_t call = emit(Opcode::FastCall, Operand{}, return_value.is_tmp() ? return_value : Operand{},
                                 finally.fast_call);
            finally.calls.push_back(call);
            runs_finally = true;
        }
    };
    for (size_t i = m_loops.size(); i-- > stop;) {
        leave_finally_scopes(i);
        if (is_return || i > stop)
            free_loop_variable(i);
    }
    if (is_return)
        leave_finally_scopes(std::nullopt);
    return runs_finally;
}

void FunctionCompiler::compile_try(const Node* node)
{
    const Node* body = node->child(0);
    const Node* catches = node->child(1);
    const Node* finally_block = node->child(2);
    if (catches->size() == 0 && finally_block == nullptr)
        error(runtime::msg::TryWithoutCatch, node->line);

    auto region = static_cast<uint32_t>(m_function.try_regions.size());
    vm::TryRegion entry;
    entry.try_op = next_instruction();
    entry.keep = live_across_statements();
    m_function.try_regions.push_back(std::move(entry));
    if (finally_block != nullptr) {
        FinallyScope scope;
        scope.fast_call = new_tmp();
        scope.region = region;
        scope.loops_at_start = m_loops.size();
        m_function.try_regions[region].fast_call = scope.fast_call.index;
        m_finally.push_back(std::move(scope));
    }

    compile_statement_list(body);
    std::vector<uint32_t> to_end;
    if (catches->size() > 0) {
        to_end.push_back(emit_jump(Opcode::Jmp));
        compile_catches(catches, region, to_end);
    }
    if (finally_block != nullptr)
        compile_finally(finally_block, region, to_end);
    for (uint32_t jump : to_end)
        patch_jump(jump, next_instruction());
}

void FunctionCompiler::compile_catches(const Node* catches, uint32_t region, std::vector<uint32_t>& to_end)
{
    m_function.try_regions[region].catch_op = next_instruction();
    uint32_t mismatch = UINT32_MAX; // the Catch whose mismatch goes to the next one
    for (size_t clause = 0; clause < catches->size(); ++clause) {
        const Node* c = catches->child(clause);
        const Node* classes = c->child(0);
        const Node* variable = c->child(1);
        bool last_clause = clause + 1 == catches->size();
        Operand target = variable != nullptr ? cv(variable->string_value) : Operand{};
        std::vector<uint32_t> matched;
        for (size_t i = 0; i < classes->size(); ++i) {
            const Node* name = classes->child(i);
            set_line(name);
            if (mismatch != UINT32_MAX)
                patch_jump(mismatch, next_instruction());
            mismatch = emit(Opcode::Catch, literal_string(caught_class_name(name)), Operand{}, target);
            m_function.code[mismatch].line = c->line;
            bool last_class = i + 1 == classes->size();
            if (last_clause && last_class)
                m_function.code[mismatch].extended = 1;
            if (!last_class)
                matched.push_back(emit_jump(Opcode::Jmp));
        }
        for (uint32_t jump : matched)
            patch_jump(jump, next_instruction());
        compile_statement_list(c->child(2));
        if (!last_clause)
            to_end.push_back(emit_jump(Opcode::Jmp));
    }
}

void FunctionCompiler::compile_finally(const Node* block, uint32_t region, std::vector<uint32_t>& to_end)
{
    // The try and catch blocks end here: both fall into the finally block.
    for (uint32_t jump : to_end)
        patch_jump(jump, next_instruction());
    to_end.clear();
    FinallyScope& scope = m_finally.back();
    scope.in_body = true;
    Operand fast_call = scope.fast_call;
    scope.calls.push_back(emit(Opcode::FastCall, Operand{}, Operand{}, fast_call));
    to_end.push_back(emit_jump(Opcode::Jmp));
    uint32_t finally_op = next_instruction();
    compile_statement_list(block);
    vm::TryRegion& entry = m_function.try_regions[region];
    entry.finally_op = finally_op;
    entry.finally_end = next_instruction();
    uint32_t ret = emit(Opcode::FastRet, fast_call);
    m_function.code[ret].op2 = region;
    for (uint32_t call : m_finally.back().calls)
        patch_jump(call, finally_op);
    m_finally.pop_back();
    free_tmp(fast_call);
}

// zend_compile_throw: as an expression its value is true (never seen: it throws).
Operand FunctionCompiler::compile_throw(const Node* node)
{
    Operand value = compile_expression(node->child(0));
    free_tmp(value);
    set_line(node);
    emit(Opcode::Throw, value);
    return literal(runtime::Value::boolean(true));
}

} // namespace miniphp::compiler
