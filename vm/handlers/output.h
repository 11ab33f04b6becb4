// Handlers of output and program end (echo, exit, the @ operator), written as
// arithmetic.h explains.
#pragma once

#include "runtime/engine.h"
#include "runtime/ini.h"
#include "runtime/output.h"
#include "vm/handler_shapes.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"

namespace miniphp::vm::handlers {

using runtime::Value;

template <class S>
[[gnu::always_inline]] inline Step Echo(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Value& v = fetch_op1<S::op1>(pc, fp);
    if (v.is_string()) {
        runtime::Output::instance().write(v.as_string()->view());
        consume_op1<S::op1>(pc, fp);
        return r.next();
    }
    r.save_pc();
    echo_general(pc, fp);
    if (runtime::engine().has_exception()) [[unlikely]]
        return Step::Throw;
    return r.next();
}

// exit(op1): a string is printed, an int is the exit status.
template <class S>
[[gnu::always_inline]] inline Step Exit(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    r.save_pc();
    if (pc->op1_kind != OperandKind::Unused) {
        const Value& v = read_op1<OperandKind::Any>(pc, fp);
        if (v.is_long())
            r.st.exit_status = static_cast<int>(v.as_long());
        else
            echo_value(v);
        consume_op1<OperandKind::Any>(pc, fp);
    }
    return Step::Exit;
}

template <class S>
[[gnu::always_inline]] inline Step BeginSilence(Regs& r)
{
    runtime::Engine& engine = runtime::engine();
    result_slot(r.pc(), r.fp()).set_long(engine.error_reporting());
    if ((engine.error_reporting() & ~runtime::Engine::kFatalErrors) != 0) {
        // ZEND_BEGIN_SILENCE records error_reporting as modified the first time.
        if (runtime::Ini& ini = runtime::Ini::instance(); !ini.error_reporting_modified()) [[unlikely]]
            ini.note_modified("error_reporting");
    }
    engine.set_error_reporting(engine.error_reporting() & runtime::Engine::kFatalErrors);
    return r.next();
}

template <class S>
[[gnu::always_inline]] inline Step EndSilence(Regs& r)
{
    Value& saved = slot_at(r.fp(), r.pc()->op1);
    runtime::engine().end_silence(static_cast<int>(saved.as_long()));
    saved.clear_type();
    return r.next();
}

} // namespace miniphp::vm::handlers
