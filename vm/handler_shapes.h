// Handler specialisation: which copies of each handler exist, and how the loader
// picks one for an instruction.
//
// Zend writes each handler once (zend_vm_def.h) and generates a copy per
// combination of operand kinds, so that no handler tests an operand's kind at run
// time. We do the same with C++ templates: each handler is written once, as a
// function template over a Spec (vm/handlers/*.h), and the dispatch loop instantiates
// it for every Spec its opcode's shape lists (column `shape` of opcodes.def). The
// loader (loader.cpp) computes an instruction's Spec from what it knows at load time
// (operand kinds, a fused jump, whether the result is used, the operator of `+=`)
// and stores the address of that copy in the instruction.
//
// A Spec is three numbers: the kinds of op1 and op2 (Any when the shape does not
// specialise that operand: the copy reads the kind from the instruction) and a
// variant whose meaning depends on the shape (a fused jump, a used result, an
// operator, a CV result).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "vm/bytecode.h"

namespace miniphp::vm {

enum class Shape : uint8_t { Generic, Op1, Op1OrUnused, Op1Op2, Compare, Assign, Result, AssignOp };

template <OperandKind Op1, OperandKind Op2, uint32_t Variant>
struct Spec {
    static constexpr OperandKind op1 = Op1;
    static constexpr OperandKind op2 = Op2;
    static constexpr uint32_t variant = Variant;
};

// Variants of the Compare shape: the comparison alone, or fused with the JmpZ or
// JmpNZ that follows it (php's smart branch), which it then performs itself.
enum CompareVariant : uint32_t { kCompareOnly = 0, kCompareJmpZ = 1, kCompareJmpNZ = 2 };

// Variants of the Op1Op2 shape: the result goes to a Tmp, or straight to a CV (the
// operation was fused with the assignment that followed it).
enum ResultSlotVariant : uint32_t { kResultToTmp = 0, kResultToCv = 1 };

// Variants of the Assign and Result shapes.
enum ResultVariant : uint32_t { kResultUnused = 0, kResultUsed = 1 };

// The operators of AssignOp, in variant order: variant = 2 * index + result used.
inline constexpr Opcode kAssignOperators[] = {
    Opcode::Add,        Opcode::Sub,        Opcode::Mul,        Opcode::Div,
    Opcode::Mod,        Opcode::Pow,        Opcode::Concat,     Opcode::ShiftLeft,
    Opcode::ShiftRight, Opcode::BitwiseAnd, Opcode::BitwiseOr,  Opcode::BitwiseXor,
};
inline constexpr uint32_t kAssignOperatorCount = sizeof(kAssignOperators) / sizeof(kAssignOperators[0]);

// The specialisations of each shape, as X(name, op1 kind, op2 kind, variant) entries.
// clang-format off
#define MINIPHP_KINDS_OF_OP2(X, name, k1, v) X(name, k1, Const, v) X(name, k1, Tmp, v) X(name, k1, Cv, v)
#define MINIPHP_KIND_PAIRS(X, name, v) \
    MINIPHP_KINDS_OF_OP2(X, name, Const, v) MINIPHP_KINDS_OF_OP2(X, name, Tmp, v) MINIPHP_KINDS_OF_OP2(X, name, Cv, v)

#define MINIPHP_SHAPE_Generic(X, name)     X(name, Any, Any, 0)
#define MINIPHP_SHAPE_Op1(X, name)         X(name, Const, Any, 0) X(name, Tmp, Any, 0) X(name, Cv, Any, 0)
#define MINIPHP_SHAPE_Op1OrUnused(X, name) MINIPHP_SHAPE_Op1(X, name) X(name, Unused, Any, 0)
#define MINIPHP_SHAPE_Op1Op2(X, name)      MINIPHP_KIND_PAIRS(X, name, 0) MINIPHP_KIND_PAIRS(X, name, 1)
#define MINIPHP_SHAPE_Compare(X, name) \
    MINIPHP_KIND_PAIRS(X, name, 0) MINIPHP_KIND_PAIRS(X, name, 1) MINIPHP_KIND_PAIRS(X, name, 2)
#define MINIPHP_SHAPE_Assign(X, name) \
    MINIPHP_KINDS_OF_OP2(X, name, Any, 0) MINIPHP_KINDS_OF_OP2(X, name, Any, 1)
#define MINIPHP_SHAPE_Result(X, name)      X(name, Any, Any, 0) X(name, Any, Any, 1)
#define MINIPHP_SHAPE_AssignOp(X, name) \
    MINIPHP_KINDS_OF_OP2(X, name, Any, 0)  MINIPHP_KINDS_OF_OP2(X, name, Any, 1)  \
    MINIPHP_KINDS_OF_OP2(X, name, Any, 2)  MINIPHP_KINDS_OF_OP2(X, name, Any, 3)  \
    MINIPHP_KINDS_OF_OP2(X, name, Any, 4)  MINIPHP_KINDS_OF_OP2(X, name, Any, 5)  \
    MINIPHP_KINDS_OF_OP2(X, name, Any, 6)  MINIPHP_KINDS_OF_OP2(X, name, Any, 7)  \
    MINIPHP_KINDS_OF_OP2(X, name, Any, 8)  MINIPHP_KINDS_OF_OP2(X, name, Any, 9)  \
    MINIPHP_KINDS_OF_OP2(X, name, Any, 10) MINIPHP_KINDS_OF_OP2(X, name, Any, 11) \
    MINIPHP_KINDS_OF_OP2(X, name, Any, 12) MINIPHP_KINDS_OF_OP2(X, name, Any, 13) \
    MINIPHP_KINDS_OF_OP2(X, name, Any, 14) MINIPHP_KINDS_OF_OP2(X, name, Any, 15) \
    MINIPHP_KINDS_OF_OP2(X, name, Any, 16) MINIPHP_KINDS_OF_OP2(X, name, Any, 17) \
    MINIPHP_KINDS_OF_OP2(X, name, Any, 18) MINIPHP_KINDS_OF_OP2(X, name, Any, 19) \
    MINIPHP_KINDS_OF_OP2(X, name, Any, 20) MINIPHP_KINDS_OF_OP2(X, name, Any, 21) \
    MINIPHP_KINDS_OF_OP2(X, name, Any, 22) MINIPHP_KINDS_OF_OP2(X, name, Any, 23)
// clang-format on

static_assert(kAssignOperatorCount * 2 == 24, "MINIPHP_SHAPE_AssignOp lists 24 variants");

// The shape of each opcode, from opcodes.def.
inline constexpr Shape kOpcodeShapes[] = {
#define MINIPHP_OPCODE(name, op1, op2, result, shape, meaning) Shape::shape,
#include "vm/opcodes.def"
#undef MINIPHP_OPCODE
};

// One specialised handler: what the loader matches and the disassembler names.
struct HandlerEntry {
    Opcode opcode;
    OperandKind op1;
    OperandKind op2;
    uint32_t variant;
    const void* address;
};

// Every handler the dispatch loop has (dispatch.cpp makes the list from the labels of
// its handlers).
struct HandlerTable {
    const HandlerEntry* entries = nullptr;
    size_t count = 0;
};
HandlerTable handler_table();

// The Spec the loader picks for a compiled instruction.
struct SpecKey {
    OperandKind op1;
    OperandKind op2;
    uint32_t variant;
};
SpecKey spec_for(const Instruction& compiled);

// The address of the handler for `opcode` and `key`; null if there is none.
const void* find_handler(Opcode opcode, const SpecKey& key);

// "Add_Cv_Const", "IsSmaller_Cv_Cv_JmpNZ", "AssignOp_Cv_Const_Concat": the name of
// the handler picked for a compiled instruction, for --dump-opcodes.
std::string handler_name(const Instruction& compiled);

} // namespace miniphp::vm
