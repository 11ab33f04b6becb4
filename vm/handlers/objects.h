// Handlers of the class and object opcodes. They take their general paths
// (objects.cpp) at once; any of them may release an object whose destructor throws,
// so each one checks for a pending exception afterwards.
#pragma once

#include "runtime/class.h"
#include "runtime/engine.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"

namespace miniphp::vm {

Outcome declare_class(ExecState& st, const Instruction* pc);
// Creates the object into the result; `calls_constructor` when its constructor's
// call was started (else the arguments and the call are skipped).
Outcome new_object(ExecState& st, const Instruction* pc, Frame* fp, bool& calls_constructor);
Outcome fetch_this(const Instruction* pc, Frame* fp);
Outcome fetch_object_property(const Instruction* pc, Frame* fp, bool quiet);
Outcome fetch_object_for_write(const Instruction* pc, Frame* fp);
Outcome assign_object(const Instruction* pc, Frame* fp);
Outcome assign_object_op(const Instruction* pc, Frame* fp);
Outcome increment_object(const Instruction* pc, Frame* fp);
Outcome unset_object(const Instruction* pc, Frame* fp);
Outcome isset_object(const Instruction* pc, Frame* fp);
Outcome init_method_call(ExecState& st, const Instruction* pc, Frame* fp);

// Shared with the callables (closures.cpp).
// The class the code of `fp` runs in (self), or null.
const runtime::Class* scope_of(const Frame* fp);
// A class named in code: self, parent and static relative to `fp`, else by name
// (null if there is none; `threw` when self/parent/static cannot be used there).
const runtime::Class* resolve_class(ExecState& st, Frame* fp, std::string_view name, bool& threw);
bool method_visible(const runtime::Method& method, const runtime::Class* scope);
Outcome throw_method_visibility(const runtime::Class* cls, const runtime::Method& method, const runtime::Class* scope);
// Pushes the frame of a call to `method` (user or built-in) that `fp` is setting up.
Frame* push_method_call(ExecState& st, Frame* fp, const runtime::Method& method, uint32_t argc);
Outcome init_static_call(ExecState& st, const Instruction* pc, Frame* fp);
Outcome fetch_class_constant(ExecState& st, const Instruction* pc, Frame* fp);
Outcome instance_of(ExecState& st, const Instruction* pc, Frame* fp);
Outcome clone_object(const Instruction* pc, Frame* fp);

namespace handlers {

// Runs `outcome_of` (with the pc saved); an exception thrown, or left pending by a
// destructor that ran meanwhile, unwinds. `skip` instructions follow (an OpData).
template <class F>
[[gnu::always_inline]] inline Step checked(Regs& r, F outcome_of, uint32_t size = 1)
{
    r.save_pc();
    if (outcome_of() == Outcome::Threw || runtime::engine().has_exception()) [[unlikely]]
        return Step::Throw;
    r.set_pc(r.pc() + size);
    return Step::Next;
}

template <class S>
[[gnu::always_inline]] inline Step DeclareClass(Regs& r)
{
    return checked(r, [&] { return declare_class(r.st, r.pc()); });
}

template <class S>
[[gnu::always_inline]] inline Step New(Regs& r)
{
    r.save_pc();
    const Instruction* pc = r.pc();
    bool calls_constructor = false;
    if (new_object(r.st, pc, r.fp(), calls_constructor) == Outcome::Threw) [[unlikely]]
        return Step::Throw;
    r.set_pc(calls_constructor ? pc + 1 : jump_target(pc, pc->op2));
    return Step::Next;
}

template <class S>
[[gnu::always_inline]] inline Step IssetThis(Regs& r)
{
    bool set = r.fp()->this_object != nullptr;
    result_slot(r.pc(), r.fp()).copy_from(runtime::Value::boolean(r.pc()->extended == 1 ? !set : set));
    return r.next();
}

// clang-format off
template <class S> [[gnu::always_inline]] inline Step FetchThis(Regs& r)       { return checked(r, [&] { return fetch_this(r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step FetchObjRead(Regs& r)    { return checked(r, [&] { return fetch_object_property(r.pc(), r.fp(), false); }); }
template <class S> [[gnu::always_inline]] inline Step FetchObjIsset(Regs& r)   { return checked(r, [&] { return fetch_object_property(r.pc(), r.fp(), true); }); }
template <class S> [[gnu::always_inline]] inline Step FetchObjWrite(Regs& r)   { return checked(r, [&] { return fetch_object_for_write(r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step AssignObj(Regs& r)       { return checked(r, [&] { return assign_object(r.pc(), r.fp()); }, 2); }
template <class S> [[gnu::always_inline]] inline Step AssignObjOp(Regs& r)     { return checked(r, [&] { return assign_object_op(r.pc(), r.fp()); }, 2); }
template <class S> [[gnu::always_inline]] inline Step IncDecObj(Regs& r)       { return checked(r, [&] { return increment_object(r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step UnsetObj(Regs& r)        { return checked(r, [&] { return unset_object(r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step IssetObj(Regs& r)        { return checked(r, [&] { return isset_object(r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step InitMethodCall(Regs& r)  { return checked(r, [&] { return init_method_call(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step InitStaticCall(Regs& r)  { return checked(r, [&] { return init_static_call(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step FetchClassConst(Regs& r) { return checked(r, [&] { return fetch_class_constant(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step InstanceOf(Regs& r)      { return checked(r, [&] { return instance_of(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step Clone(Regs& r)           { return checked(r, [&] { return clone_object(r.pc(), r.fp()); }); }
// clang-format on

} // namespace handlers
} // namespace miniphp::vm
