#include "vm/handler_shapes.h"

#include <cassert>
#include <unordered_map>

namespace miniphp::vm {

namespace {

uint32_t pack(Opcode opcode, const SpecKey& key)
{
    return static_cast<uint32_t>(opcode) << 16 | static_cast<uint32_t>(key.op1) << 12 |
           static_cast<uint32_t>(key.op2) << 8 | key.variant;
}

const std::unordered_map<uint32_t, const void*>& handler_index()
{
    static const std::unordered_map<uint32_t, const void*> index = [] {
        std::unordered_map<uint32_t, const void*> map;
        HandlerTable table = handler_table();
        for (size_t i = 0; i < table.count; ++i) {
            const HandlerEntry& e = table.entries[i];
            map.emplace(pack(e.opcode, SpecKey{e.op1, e.op2, e.variant}), e.address);
        }
        return map;
    }();
    return index;
}

uint32_t assign_operator_index(uint32_t opcode)
{
    for (uint32_t i = 0; i < kAssignOperatorCount; ++i) {
        if (static_cast<uint32_t>(kAssignOperators[i]) == opcode)
            return i;
    }
    assert(false && "AssignOp with an operator that has no handler");
    return 0;
}

const char* kind_name(OperandKind kind)
{
    switch (kind) {
    case OperandKind::Unused: return "Unused";
    case OperandKind::Const: return "Const";
    case OperandKind::Cv: return "Cv";
    case OperandKind::Tmp: return "Tmp";
    case OperandKind::Any: return "Any";
    }
    return "";
}

} // namespace

SpecKey spec_for(const Instruction& compiled)
{
    bool result_used = compiled.result_kind != OperandKind::Unused;
    switch (kOpcodeShapes[static_cast<size_t>(compiled.opcode)]) {
    case Shape::Generic: return {OperandKind::Any, OperandKind::Any, 0};
    case Shape::Op1:
    case Shape::Op1OrUnused: return {compiled.op1_kind, OperandKind::Any, 0};
    case Shape::Op1Op2:
        return {compiled.op1_kind, compiled.op2_kind,
                compiled.result_kind == OperandKind::Cv ? kResultToCv : kResultToTmp};
    case Shape::Compare: {
        uint32_t variant = compiled.extended == kSmartBranchJmpZ    ? kCompareJmpZ
                           : compiled.extended == kSmartBranchJmpNZ ? kCompareJmpNZ
                                                                    : kCompareOnly;
        return {compiled.op1_kind, compiled.op2_kind, variant};
    }
    case Shape::Assign: return {OperandKind::Any, compiled.op2_kind, result_used ? kResultUsed : kResultUnused};
    case Shape::Result: return {OperandKind::Any, OperandKind::Any, result_used ? kResultUsed : kResultUnused};
    case Shape::AssignOp:
        return {OperandKind::Any, compiled.op2_kind,
                assign_operator_index(compiled.extended) * 2 + (result_used ? kResultUsed : kResultUnused)};
    }
    return {OperandKind::Any, OperandKind::Any, 0};
}

const void* find_handler(Opcode opcode, const SpecKey& key)
{
    const auto& index = handler_index();
    auto it = index.find(pack(opcode, key));
    return it == index.end() ? nullptr : it->second;
}

std::string handler_name(const Instruction& compiled)
{
    SpecKey key = spec_for(compiled);
    std::string name = opcode_name(compiled.opcode);
    if (key.op1 != OperandKind::Any)
        (name += '_') += kind_name(key.op1);
    if (key.op2 != OperandKind::Any)
        (name += '_') += kind_name(key.op2);
    switch (kOpcodeShapes[static_cast<size_t>(compiled.opcode)]) {
    case Shape::Compare:
        if (key.variant == kCompareJmpZ)
            name += "_JmpZ";
        else if (key.variant == kCompareJmpNZ)
            name += "_JmpNZ";
        break;
    case Shape::Op1Op2:
        if (key.variant == kResultToCv)
            name += "_ToCv";
        break;
    case Shape::Assign:
    case Shape::Result:
        if (key.variant == kResultUsed)
            name += "_Used";
        break;
    case Shape::AssignOp:
        (name += '_') += opcode_name(kAssignOperators[key.variant / 2]);
        if (key.variant % 2 == kResultUsed)
            name += "_Used";
        break;
    default: break;
    }
    return name;
}

} // namespace miniphp::vm
