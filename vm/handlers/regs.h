// Regs: the dispatch loop's hot state as the handlers see it: the instruction being
// run (pc) and the current frame (fp), plus the rest of the execution state.
//
// With GCC on x86-64, pc and fp live in pinned registers for the whole dispatch
// translation unit (explicit global register variables in r15 and r14, which the
// ABI makes callee-saved, as Zend's HYBRID VM pins opline and execute_data): every
// handler finds them in the same place, so adding a handler cannot change how the
// others are compiled, and nothing is saved to memory between two instructions.
// Elsewhere (clang, other targets, or -DMINIPHP_NO_PINNED_REGISTERS) they are locals
// of the dispatch function that the compiler keeps in registers as well as it can.
//
// This header must be the first include of dispatch.cpp, the only file that includes
// it: GCC requires global register variables before any function definition, and no
// other translation unit may see them (code elsewhere uses r14/r15 freely and
// restores them, as the ABI asks). Vm::execute saves and restores both registers
// around a nested run (see dispatch.cpp).
#pragma once

#include <cstdint>

namespace miniphp::vm {
struct Instruction;
struct Frame;
} // namespace miniphp::vm

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && !defined(MINIPHP_NO_PINNED_REGISTERS)
#define MINIPHP_PINNED_REGISTERS 1
register const miniphp::vm::Instruction* miniphp_pinned_pc asm("r15");
register miniphp::vm::Frame* miniphp_pinned_fp asm("r14");
#else
#define MINIPHP_PINNED_REGISTERS 0
#endif

#include "vm/exec_state.h"
#include "vm/frame.h"

namespace miniphp::vm {

// What a handler tells the loop to do next. Next: pc (and fp) already point at the
// next instruction to run.
enum class Step : uint8_t { Next, Throw, Exit, Returned };

class Regs {
public:
    Regs(ExecState& state, Frame* entry) : st(state), entry(entry) {}

    ExecState& st;
    Frame* const entry; // the frame whose return ends this run of the loop

#if MINIPHP_PINNED_REGISTERS
    const Instruction* pc() const { return miniphp_pinned_pc; }
    void set_pc(const Instruction* pc) { miniphp_pinned_pc = pc; }
    Frame* fp() const { return miniphp_pinned_fp; }
    void set_fp(Frame* fp) { miniphp_pinned_fp = fp; }
#else
    const Instruction* pc() const { return m_pc; }
    void set_pc(const Instruction* pc) { m_pc = pc; }
    Frame* fp() const { return m_fp; }
    void set_fp(Frame* fp) { m_fp = fp; }

private:
    const Instruction* m_pc = nullptr;
    Frame* m_fp = nullptr;

public:
#endif

    // Makes the pc visible to whatever may look at it: a warning or an error (for
    // its line), a call (for traces), a release that may run user code later.
    void save_pc() { fp()->pc = pc(); }
    Step next()
    {
        set_pc(pc() + 1);
        return Step::Next;
    }
};

} // namespace miniphp::vm
