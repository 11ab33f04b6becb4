// Handlers of static properties (A::$x, self::$x, static::$x, parent::$x).
#pragma once

#include "vm/handlers/general.h"
#include "vm/handlers/objects.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"

namespace miniphp::vm {

Outcome fetch_static_property(ExecState& st, const Instruction* pc, Frame* fp);
Outcome fetch_static_property_for_write(ExecState& st, const Instruction* pc, Frame* fp);
Outcome fetch_static_property_for_argument(ExecState& st, const Instruction* pc, Frame* fp);
Outcome increment_static_property(ExecState& st, const Instruction* pc, Frame* fp);
Outcome assign_static_property(ExecState& st, const Instruction* pc, Frame* fp);
Outcome isset_static_property(ExecState& st, const Instruction* pc, Frame* fp);

namespace handlers {

// clang-format off
template <class S> [[gnu::always_inline]] inline Step FetchStaticProp(Regs& r)      { return checked(r, [&] { return fetch_static_property(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step FetchStaticPropWrite(Regs& r) { return checked(r, [&] { return fetch_static_property_for_write(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step IncDecStaticProp(Regs& r) { return checked(r, [&] { return increment_static_property(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step FetchStaticPropFuncArg(Regs& r) { return checked(r, [&] { return fetch_static_property_for_argument(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step AssignStaticProp(Regs& r)     { return checked(r, [&] { return assign_static_property(r.st, r.pc(), r.fp()); }, 2); }
template <class S> [[gnu::always_inline]] inline Step IssetStaticProp(Regs& r)      { return checked(r, [&] { return isset_static_property(r.st, r.pc(), r.fp()); }); }
// clang-format on

} // namespace handlers
} // namespace miniphp::vm
