#include "vm/loader.h"

#include <cassert>
#include <vector>

#include "vm/frame.h"
#include "vm/handler_shapes.h"

namespace miniphp::vm {

CodeBlock::CodeBlock(const std::vector<Instruction>& code, const std::vector<runtime::Value>& literals,
                     size_t cached_count)
    : m_size(code.size()), m_literal_count(literals.size())
{
    size_t bytes = code.size() * sizeof(Instruction) + literals.size() * sizeof(runtime::Value) +
                   cached_count * sizeof(CachedLiteral);
    m_memory = std::make_unique<std::byte[]>(bytes == 0 ? 1 : bytes);
    for (size_t i = 0; i < code.size(); ++i)
        new (m_memory.get() + i * sizeof(Instruction)) Instruction(code[i]);
    std::byte* literal_area = m_memory.get() + code.size() * sizeof(Instruction);
    for (size_t i = 0; i < literals.size(); ++i)
        new (literal_area + i * sizeof(runtime::Value)) runtime::Value(literals[i]);
    for (size_t i = 0; i < cached_count; ++i)
        new (cached_literals() + i) CachedLiteral();
}

int cached_operand(Opcode op)
{
    switch (op) {
    case Opcode::FetchObjRead:
    case Opcode::FetchObjIsset:
    case Opcode::FetchObjWrite:
    case Opcode::FetchObjFuncArg:
    case Opcode::AssignObj:
    case Opcode::AssignObjOp:
    case Opcode::IncDecObj:
    case Opcode::IssetObj:
    case Opcode::InitMethodCall:
    case Opcode::BindStatic:
        return 2;
    case Opcode::New:
        return 1;
    default:
        return 0;
    }
}

namespace {

// Offset from instruction `from` to instruction `to`, in bytes.
uint32_t jump_offset(uint32_t from, uint32_t to)
{
    int64_t bytes = (static_cast<int64_t>(to) - static_cast<int64_t>(from)) * static_cast<int64_t>(sizeof(Instruction));
    return static_cast<uint32_t>(static_cast<int32_t>(bytes));
}

// Offset from instruction `at` to literal `index` of the block.
uint32_t literal_offset(const CodeBlock& block, uint32_t at, uint32_t index)
{
    const char* from = reinterpret_cast<const char*>(block.code() + at);
    const char* to = reinterpret_cast<const char*>(block.literals() + index);
    return static_cast<uint32_t>(static_cast<int32_t>(to - from));
}

// An operand of kind `kind` as a byte offset.
uint32_t resolve_operand(const CodeBlock& block, uint32_t at, OperandKind kind, uint32_t value, bool is_jump)
{
    if (is_jump)
        return jump_offset(at, value);
    switch (kind) {
    case OperandKind::Const: return literal_offset(block, at, value);
    case OperandKind::Cv:
    case OperandKind::Tmp: return slot_offset(value);
    default: return value;
    }
}

uint32_t count_skippable_receives(const Function& function)
{
    uint32_t n = 0;
    while (n < function.num_params && n < function.code.size()) {
        const Instruction& ins = function.code[n];
        if ((ins.opcode != Opcode::Recv && ins.opcode != Opcode::RecvInit) || ins.op1 != n)
            break;
        ++n;
    }
    return n;
}

// The literal operand of `ins` that gets a run-time cache (CachedLiteral), as 1 or 2,
// or 0.
// Only a name (a string literal) is cached: `$o->{5}` keeps its int operand.
int cached_literal_operand(const Instruction& ins, const Function& function)
{
    int which = cached_operand(ins.opcode);
    if (which == 1 && ins.op1_kind == OperandKind::Const && function.literals[ins.op1].is_string())
        return which;
    if (which == 2 && ins.op2_kind == OperandKind::Const && function.literals[ins.op2].is_string())
        return which;
    return 0;
}

// Points operand `which` of instruction `at` at a new cached copy of its literal.
void attach_cache(CodeBlock& block, const Function& function, uint32_t at, int which, size_t& next_cache)
{
    Instruction& ins = block.code()[at];
    const Instruction& compiled = function.code[at];
    CachedLiteral* cache = block.cached_literals() + next_cache++;
    cache->literal = function.literals[which == 1 ? compiled.op1 : compiled.op2];
    const char* from = reinterpret_cast<const char*>(block.code() + at);
    auto offset = static_cast<uint32_t>(static_cast<int32_t>(reinterpret_cast<const char*>(cache) - from));
    (which == 1 ? ins.op1 : ins.op2) = offset;
}

} // namespace

void load(Function& function)
{
    const std::vector<Instruction>& code = function.code;
    size_t caches = 0;
    for (const Instruction& ins : code)
        caches += cached_literal_operand(ins, function) != 0 ? 1 : 0;
    CodeBlock block(function.code, function.literals, caches);
    size_t next_cache = 0;
    // Per Tmp holding a closure being made: the BindLexicals seen since its
    // DeclareClosure (the captured variables come first in its static variables, in
    // that order).
    std::vector<uint32_t> captures(function.frame_slots(), 0);
    for (uint32_t at = 0; at < code.size(); ++at) {
        const Instruction& compiled = code[at];
        Instruction& ins = block.code()[at];
        ins.handler = find_handler(compiled.opcode, spec_for(compiled));
        assert(ins.handler != nullptr && "no handler for this specialisation");
        ins.op1 = resolve_operand(block, at, compiled.op1_kind, compiled.op1, op1_is_jump(compiled.opcode));
        ins.op2 = resolve_operand(block, at, compiled.op2_kind, compiled.op2, op2_is_jump(compiled.opcode));
        if (compiled.result_kind == OperandKind::Cv || compiled.result_kind == OperandKind::Tmp)
            ins.result = slot_offset(compiled.result);
        switch (compiled.opcode) {
        case Opcode::SendValue:
        case Opcode::SendVariable:
        case Opcode::SendRef:
        case Opcode::SendVarEx:
        case Opcode::SendValueEx:
        case Opcode::SendVarNoRef:
        case Opcode::SendFuncArg:
            // The argument's position becomes its slot in the callee's frame.
            ins.op2 = slot_offset(compiled.op2);
            break;
        case Opcode::DeclareClosure:
            if (compiled.result < captures.size())
                captures[compiled.result] = 0;
            break;
        case Opcode::BindLexical:
            // The captured variable's position in the static variables, plus one.
            if (compiled.op1 < captures.size())
                ins.result = ++captures[compiled.op1];
            break;
        case Opcode::FeFetch:
        case Opcode::FeFetchRef:
            // The key's slot, if the loop has a key variable.
            if (compiled.extended != kNoKey)
                ins.extended = slot_offset(compiled.extended);
            break;
        case Opcode::Recv:
        case Opcode::RecvInit:
        case Opcode::RecvDefault:
        case Opcode::StoreDefault:
            ins.result = slot_offset(compiled.result);
            break;
        default:
            break;
        }
        // A fused comparison jumps where the following JmpZ/JmpNZ would.
        if (kOpcodeShapes[static_cast<size_t>(compiled.opcode)] == Shape::Compare &&
            compiled.extended != kNoSmartBranch)
            ins.extended = jump_offset(at, code[at + 1].op2);
        if (int which = cached_literal_operand(compiled, function))
            attach_cache(block, function, at, which, next_cache);
    }
    function.executable = std::move(block);
    function.frame_size = slot_offset(function.frame_slots());
    function.recv_prefix = count_skippable_receives(function);
}

void load(Script& script)
{
    load(*script.main);
    for (auto& function : script.functions)
        load(*function);
    for (auto& decl : script.classes)
        for (auto& method : decl->methods)
            load(*method);
}

} // namespace miniphp::vm
