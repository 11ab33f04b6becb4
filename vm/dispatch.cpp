// The dispatch loop.
//
// One function holds every specialised handler as a label (Zend's HYBRID VM): each
// handler ends by jumping straight to the next instruction's handler, whose address
// the loader stored in the instruction. So a dispatch is one load and one indirect
// jump, and the branch predictor learns each handler's successor separately.
//
// The labels are not written by hand: for every opcode of opcodes.def, its shape
// (handler_shapes.h) lists the Specs it is specialised for, and the X-macros below
// expand to one label per Spec, whose body is the opcode's handler template
// (vm/handlers/<family>.h) instantiated for that Spec. The same expansion builds the
// table of handler addresses the loader picks from (handler_table()).
//
// pc and fp are pinned registers where the compiler allows (see handlers/regs.h,
// which must stay the first include of this file).
#include "vm/handlers/regs.h"

#include "vm/handlers/arithmetic.h"
#include "vm/handlers/arrays.h"
#include "vm/handlers/calls.h"
#include "vm/handlers/closures.h"
#include "vm/handlers/comparison.h"
#include "vm/handlers/exceptions.h"
#include "vm/handlers/jumps.h"
#include "vm/handlers/objects.h"
#include "vm/handlers/output.h"
#include "vm/handlers/static_props.h"
#include "vm/handlers/strings.h"
#include "vm/handlers/types.h"
#include "vm/handlers/variables.h"
#include "vm/unwinding.h"
#include "vm/vm.h"

namespace miniphp::vm {

namespace {

// A handler threw: execution goes on in a catch or finally block (true), or the
// exception leaves this run of the loop.
[[gnu::noinline]] bool land(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    bool landed = land_exception(r.st, r.entry, pc, fp);
    r.st.frame = fp;
    r.set_fp(fp);
    r.set_pc(pc);
    return landed;
}

// Runs instructions from st.frame's saved pc until a handler says otherwise. With
// `exported` set, only fills it with the table of handlers and returns.
[[gnu::noinline]] Step dispatch(ExecState* st, Frame* entry, HandlerTable* exported)
{
    if (exported != nullptr) {
#define MINIPHP_HANDLER_ENTRY(name, k1, k2, v) \
    HandlerEntry{Opcode::name, OperandKind::k1, OperandKind::k2, v, &&name##_##k1##_##k2##_##v},
#define MINIPHP_OPCODE(name, op1, op2, result, shape, meaning) MINIPHP_SHAPE_##shape(MINIPHP_HANDLER_ENTRY, name)
        static const HandlerEntry kEntries[] = {
#include "vm/opcodes.def"
        };
#undef MINIPHP_OPCODE
#undef MINIPHP_HANDLER_ENTRY
        exported->entries = kEntries;
        exported->count = sizeof(kEntries) / sizeof(kEntries[0]);
        return Step::Returned;
    }

    Regs r(*st, entry);
    r.set_fp(st->frame);
    r.set_pc(st->frame->pc);
    goto* r.pc()->handler;

#ifdef MINIPHP_DEBUG
#define MINIPHP_RECORD_LIVE_PC() st->live_pc = r.pc()
#else
#define MINIPHP_RECORD_LIVE_PC() (void)0
#endif
#define MINIPHP_HANDLER_LABEL(name, k1, k2, v)                                         \
    name##_##k1##_##k2##_##v : {                                                       \
        MINIPHP_RECORD_LIVE_PC();                                                      \
        Step step = handlers::name<Spec<OperandKind::k1, OperandKind::k2, v>>(r);      \
        if (step == Step::Next) [[likely]]                                             \
            goto* r.pc()->handler;                                                     \
        if (step == Step::Throw && land(r))                                            \
            goto* r.pc()->handler;                                                     \
        return step;                                                                   \
    }
#define MINIPHP_OPCODE(name, op1, op2, result, shape, meaning) MINIPHP_SHAPE_##shape(MINIPHP_HANDLER_LABEL, name)
#include "vm/opcodes.def"
#undef MINIPHP_OPCODE
#undef MINIPHP_HANDLER_LABEL
#undef MINIPHP_RECORD_LIVE_PC
}

} // namespace

HandlerTable handler_table()
{
    static const HandlerTable table = [] {
        HandlerTable t;
        (void)dispatch(nullptr, nullptr, &t);
        return t;
    }();
    return table;
}

Completion Vm::execute(Frame* entry)
{
#if MINIPHP_PINNED_REGISTERS
    // The pinned registers belong to whoever called us (an outer run of the loop, or
    // code that keeps its own values there): given back on every way out, a C++
    // exception included (the unwinder cannot restore them for this file).
    struct SavedRegisters {
        const Instruction* pc = miniphp_pinned_pc;
        Frame* fp = miniphp_pinned_fp;
        ~SavedRegisters()
        {
            miniphp_pinned_pc = pc;
            miniphp_pinned_fp = fp;
        }
    } saved;
#endif
    Step step = dispatch(&m_state, entry, nullptr);
    switch (step) {
    case Step::Throw:
        unwind(entry);
        // exit() inside a callback surfaces as a throw through the builtin.
        return m_exiting && !runtime::engine().has_exception() ? Completion::Exited : Completion::Threw;
    case Step::Exit:
        unwind(entry);
        return Completion::Exited;
    default:
        return Completion::Returned;
    }
}

} // namespace miniphp::vm
