// The bytecode format: what the compiler produces and the VM runs.
//
// Three-address code in the style of Zend's op_arrays: each instruction names up to
// two operands and a result slot. An operand is a literal (index into the function's
// literal table), a compiled variable (CV: a named local, slot index fixed at compile
// time) or a temporary (Tmp: an unnamed intermediate). CVs and Tmps share the frame's
// slot array: CVs first, in order of first appearance with parameters first (the
// order php destroys locals in), then Tmps. Operands are resolved with no name
// lookups at run time.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime/value.h"

namespace miniphp::runtime {
struct BuiltinFunction;
}

namespace miniphp::vm {

enum class Opcode : uint8_t {
#define MINIPHP_OPCODE(name, op1, op2, result, meaning) name,
#include "vm/opcodes.def"
#undef MINIPHP_OPCODE
};

const char* opcode_name(Opcode op);

// Which operands hold jump targets (instruction indexes), from opcodes.def.
bool op1_is_jump(Opcode op);
bool op2_is_jump(Opcode op);

// A comparison's `extended` when the instruction right after it is a JmpZ/JmpNZ on
// its result that nothing else jumps to (php's smart branch): the comparison's fast
// path then takes that jump itself. The jump instruction stays, for the general path.
enum SmartBranch : uint32_t { kNoSmartBranch = 0, kSmartBranchJmpZ = 1, kSmartBranchJmpNZ = 2 };

enum class OperandKind : uint8_t { Unused, Const, Cv, Tmp };

struct Instruction {
    Opcode opcode = Opcode::Free;
    OperandKind op1_kind = OperandKind::Unused;
    OperandKind op2_kind = OperandKind::Unused;
    OperandKind result_kind = OperandKind::Unused;
    uint32_t op1 = 0;      // literal index, slot index, jump target or number
    uint32_t op2 = 0;
    uint32_t result = 0;   // slot index
    uint32_t extended = 0; // per-opcode extra (argument count, operator, flag)
    uint32_t line = 0;     // source line, for messages and traces
};

struct Function;

// What a call site resolved its function name to (cached after the first call).
struct CallTarget {
    const Function* user = nullptr;
    const runtime::BuiltinFunction* builtin = nullptr;
};

struct Function {
    std::string name;         // as declared; empty for the main script
    std::string lower_name;   // for the function table
    std::string file;         // script path as php prints it
    uint32_t start_line = 0;
    uint32_t end_line = 0;

    std::vector<Instruction> code;
    // Literal values: scalars and interned strings only, so the table owns nothing
    // that needs releasing.
    std::vector<runtime::Value> literals;
    std::vector<std::string> cv_names; // slot i holds $cv_names[i]
    uint32_t num_cv_slots = 0;         // cv_names.size(), kept for the hot paths
    uint32_t num_tmps = 0;
    uint32_t num_params = 0;
    uint32_t num_required_params = 0;

    // Per-call-site lookups filled in at run time (InitCall's result field indexes it).
    mutable std::vector<CallTarget> call_cache;
    // Parameter defaults php evaluates at run time (RecvDefault's extended indexes it):
    // once computed, a value that is not refcounted is reused by later calls, as
    // ZEND_RECV_INIT caches it, so its warnings appear only on the first call.
    mutable std::vector<runtime::Value> default_cache;

    uint32_t num_cvs() const { return num_cv_slots; }
    uint32_t frame_slots() const { return num_cv_slots + num_tmps; }
};

// One compiled file: its main code and every function declared in it.
struct Script {
    std::string file;
    std::unique_ptr<Function> main;
    std::vector<std::unique_ptr<Function>> functions;
    // Functions declared before the script runs (top-level declarations, hoisted as
    // php's early binding does), as indexes into `functions`.
    std::vector<uint32_t> hoisted;
};

// Human-readable listing of a function's code (for --dump-opcodes and tests).
std::string disassemble(const Function& function);

} // namespace miniphp::vm
