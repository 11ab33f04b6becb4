// General paths of the call handlers: resolving a call site, extra arguments,
// builtins, missing arguments, run-time function declarations.
#include <algorithm>

#include "runtime/builtins/builtin.h"
#include "runtime/messages.h"
#include "vm/handler_shapes.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"

namespace miniphp::vm {

using runtime::Value;

Outcome resolve_call(ExecState& state, Instruction* pc)
{
    std::string_view lower = literal_at(pc, pc->op2).as_string()->view();
    uint32_t argc = pc->extended;
    if (const Function* user = state.functions.find(lower)) {
        // The DoCall learns where the callee starts and what its frame needs.
        Instruction* do_call = pc + pc->result;
        uint32_t skipped = std::min(argc, user->recv_prefix);
        do_call->set_cached_pointer(user->executable.code() + skipped);
        do_call->extended = user->num_cv_slots > argc ? user->num_cv_slots - argc : 0;
        if (argc > user->num_params)
            do_call->extended |= kMovesExtraArguments;
        Instruction quickened{.opcode = Opcode::DoUserCall, .result_kind = do_call->result_kind};
        do_call->handler = find_handler(Opcode::DoUserCall, spec_for(quickened));

        uint32_t extra = argc > user->num_params ? argc - user->num_params : 0;
        pc->result = user->frame_size + extra * static_cast<uint32_t>(sizeof(Value));
        pc->set_cached_pointer(user);
        pc->handler = find_handler(Opcode::InitUserCall, spec_for(Instruction{.opcode = Opcode::InitUserCall}));
        return Outcome::Ok;
    }
    if (const runtime::BuiltinFunction* builtin = runtime::find_builtin(lower)) {
        pc->result = slot_offset(argc);
        pc->set_cached_pointer(builtin);
        pc->handler = find_handler(Opcode::InitBuiltinCall, spec_for(Instruction{.opcode = Opcode::InitBuiltinCall}));
        return Outcome::Ok;
    }
    return runtime::throw_error(runtime::msg::kind::Error,
                                runtime::format(runtime::msg::CallToUndefinedFunction,
                                                literal_at(pc, pc->op1).as_string()->bytes));
}

void move_extra_arguments(Frame* call)
{
    const Function& function = *call->function;
    uint32_t first_extra = function.num_params;
    uint32_t extra = call->num_args - first_extra;
    uint32_t destination = function.frame_slots();
    Value* slots = call->slots();
    // The ranges overlap when the arguments reach past the Tmps: copy from the end.
    for (uint32_t i = extra; i-- > 0;)
        slots[destination + i] = slots[first_extra + i];
    for (uint32_t i = first_extra, end = std::min(call->num_args, destination); i < end; ++i)
        slots[i].clear_type();
}

void release_extra_arguments(Frame* frame)
{
    uint32_t first = frame->function->frame_slots();
    Value* slots = frame->slots();
    for (uint32_t i = first, end = first + frame->num_extra_args(); i < end; ++i)
        runtime::release_and_clear(slots[i]);
}

void release_variables_from(Frame* frame, uint32_t first)
{
    Value* slots = frame->slots();
    for (uint32_t i = first, n = frame->function->num_cv_slots; i < n; ++i) {
        if (slots[i].is_refcounted())
            runtime::release_and_clear(slots[i]);
    }
}

Outcome call_builtin_frame(ExecState& state, Frame* caller, Frame* call, Value* result)
{
    call->caller = caller;
    call->return_slot = nullptr;
    call->pc = nullptr;
    Value returned = Value::null();
    runtime::BuiltinCall builtin_call{call->builtin, call->slots(), call->num_args, &returned, call->this_object};
    state.frame = call; // traces show the builtin
    Outcome outcome = runtime::call_builtin(builtin_call);
    state.frame = caller;
    Value* slots = call->slots();
    for (uint32_t i = 0; i < call->num_args; ++i)
        runtime::release_and_clear_nogc(slots[i]);
    if (runtime::Object* self = call->this_object) {
        call->this_object = nullptr;
        runtime::release(Value::object(self));
    }
    state.stack.pop(call);
    if (outcome == Outcome::Threw) {
        runtime::release(returned);
        return Outcome::Threw;
    }
    if (result != nullptr)
        *result = returned;
    else
        runtime::release(returned);
    return Outcome::Ok;
}

Outcome call_builtin_frameless(ExecState& state, const Instruction* pc, Frame* fp)
{
    // The builtin's frame, for traces and messages: a header and the arguments, laid
    // out as on the VM stack but living only for this call.
    struct FramelessFrame {
        Frame header;
        Value args[4];
    } call;
    uint32_t argc = 0;
    if (pc->op1_kind != OperandKind::Unused)
        take_into<OperandKind::Any>(call.args[argc++], pc, fp, pc->op1, pc->op1_kind);
    if (pc->op2_kind != OperandKind::Unused)
        take_into<OperandKind::Any>(call.args[argc++], pc, fp, pc->op2, pc->op2_kind);
    if (pc[1].opcode == Opcode::OpData) {
        take_into<OperandKind::Any>(call.args[argc++], pc + 1, fp, pc[1].op1, pc[1].op1_kind);
        if (pc[1].op2_kind != OperandKind::Unused)
            take_into<OperandKind::Any>(call.args[argc++], pc + 1, fp, pc[1].op2, pc[1].op2_kind);
    }
    fp->pc = pc;
    Frame& header = call.header;
    header.pc = nullptr;
    header.function = nullptr;
    header.builtin = fp->function->builtins[pc->extended];
    header.caller = fp;
    header.pending_call = nullptr;
    header.enclosing_pending = nullptr;
    header.return_slot = nullptr;
    header.this_object = nullptr;
    header.called_scope = nullptr;
    header.num_args = argc;
    header.num_slots = argc;

    // Gives the innermost frame back and releases the arguments (php frees them right
    // after the call), also when a fatal error unwinds the C++ stack through here.
    struct Cleanup {
        ExecState& state;
        Frame* caller;
        FramelessFrame& call;
        bool done = false;
        void run()
        {
            done = true;
            state.frame = caller;
            for (uint32_t i = 0; i < call.header.num_args; ++i)
                runtime::release_and_clear_nogc(call.args[i]);
        }
        ~Cleanup()
        {
            if (!done)
                run();
        }
    } cleanup{state, fp, call};

    state.frame = &header;
    Value returned = Value::null();
    runtime::BuiltinCall builtin_call{header.builtin, call.args, argc, &returned};
    Outcome outcome = runtime::call_builtin(builtin_call);
    cleanup.run();
    if (outcome == Outcome::Threw) {
        runtime::release(returned);
        return Outcome::Threw;
    }
    if (pc->result_kind != OperandKind::Unused)
        return set_result(pc, fp, returned); // a CV when fused with its assignment
    runtime::release(returned);
    return Outcome::Ok;
}

Outcome too_few_arguments(Frame* fp)
{
    const Function& function = *fp->function;
    const Frame* caller = fp->caller;
    bool exact = function.num_required_params == function.num_params;
    std::string name = function.is_method ? function.class_name + "::" + function.name : function.name;
    const char* how = exact ? "exactly" : "at least";
    // zend_missing_arg_error: a builtin calling back names no call site.
    if (caller == nullptr || caller->function == nullptr)
        return runtime::throw_error(runtime::msg::kind::ArgumentCountError,
                                    runtime::format(runtime::msg::TooFewArgumentsNoCaller, name.c_str(), fp->num_args,
                                                    how, function.num_required_params));
    return runtime::throw_error(runtime::msg::kind::ArgumentCountError,
                                runtime::format(runtime::msg::TooFewArguments, name.c_str(), fp->num_args,
                                                caller->function->file.c_str(), caller->pc->line, how,
                                                function.num_required_params));
}

void declare_function(ExecState& state, const Instruction* pc)
{
    const Function& declared = *state.script->functions[pc->op1];
    std::string error;
    if (!state.functions.declare(declared, error))
        runtime::fatal_error(error);
}

} // namespace miniphp::vm
