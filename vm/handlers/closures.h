// Handlers that make closures and call callable values.
#pragma once

#include "vm/handlers/general.h"
#include "vm/handlers/objects.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"

namespace miniphp::vm {

Outcome declare_closure(ExecState& st, const Instruction* pc, Frame* fp);
Outcome bind_lexical(const Instruction* pc, Frame* fp);
Outcome init_dynamic_call(ExecState& st, const Instruction* pc, Frame* fp);
Outcome init_user_call_array(ExecState& st, const Instruction* pc, Frame* fp);
Outcome fetch_class_name(ExecState& st, const Instruction* pc, Frame* fp);
Outcome callable_convert(ExecState& st, const Instruction* pc, Frame* fp);

namespace handlers {

// clang-format off
template <class S> [[gnu::always_inline]] inline Step DeclareClosure(Regs& r)  { return checked(r, [&] { return declare_closure(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step BindLexical(Regs& r)     { return checked(r, [&] { return bind_lexical(r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step InitDynamicCall(Regs& r) { return checked(r, [&] { return init_dynamic_call(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step InitUserCallArray(Regs& r) { return checked(r, [&] { return init_user_call_array(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step FetchClassName(Regs& r)  { return checked(r, [&] { return fetch_class_name(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step CallableConvert(Regs& r) { return checked(r, [&] { return callable_convert(r.st, r.pc(), r.fp()); }); }
// clang-format on

} // namespace handlers
} // namespace miniphp::vm
