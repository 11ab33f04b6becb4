// The run-time caches of the object opcodes (php's CACHE_ADDR slots; see
// CachedLiteral in bytecode.h): what each instruction remembers of its last general
// run so that the next run on an object of the same class skips the lookups.
//
//   property instructions (FetchObjRead/Isset/Write, AssignObj, AssignObjOp,
//   IncDecObj, IssetObj) with a literal name:
//       key = the object's class, size = the byte offset of the declared slot the
//       name denotes (runtime::direct_property_offset). Used only while the slot
//       holds a value: an unset or uninitialised property (Undef) takes the general
//       path, which decides on __get, __set and the warnings.
//   InitMethodCall:
//       key = the object's class, target = the runtime::Method found (visible from
//       the code's scope), size = the bytes of the callee's frame for the
//       instruction's argument count.
//   New with a class name (not self, parent or static):
//       key = the class.
//
// Every entry is a pure function of (class, scope, literal). Classes do not change
// once declared and are never freed while code runs, so nothing is invalidated; a
// site that meets another class refills its one entry (php's caches are monomorphic
// the same way). The scope is not checked: it is fixed for the code of a function or
// method (Function::scope, set once when its class is declared), so the caches of
// a closure's code, whose scope depends on how the closure was bound, are never
// filled (php gives each bound closure its own run-time cache instead).
#pragma once

#include "runtime/class.h"
#include "runtime/object.h"
#include "vm/bytecode.h"
#include "vm/frame.h"

namespace miniphp::vm {

// The class the code of `fp` runs in (self), or null (objects.cpp).
const runtime::Class* scope_of(const Frame* fp);

// The cache behind the literal operand at `offset` of `pc` (an instruction of a
// CodeBlock, whose memory is writable: the const is the handlers' habit).
[[gnu::always_inline]] inline CachedLiteral& cache_at(const Instruction* pc, uint32_t offset)
{
    const char* at = reinterpret_cast<const char*>(pc) + static_cast<int32_t>(offset);
    return *reinterpret_cast<CachedLiteral*>(const_cast<char*>(at));
}

// The object op1 names when reaching it takes no work: $this (op1 unused), or a CV
// holding an object itself. Null otherwise: the general path decides.
template <OperandKind K>
[[gnu::always_inline]] inline runtime::Object* direct_object(const Instruction* pc, Frame* fp)
{
    if constexpr (K == OperandKind::Unused) {
        return fp->this_object;
    } else if constexpr (K == OperandKind::Cv) {
        const runtime::Value& v = *reinterpret_cast<const runtime::Value*>(reinterpret_cast<char*>(fp) + pc->op1);
        return v.is_object() ? v.as_object() : nullptr;
    } else {
        return nullptr;
    }
}

// The declared slot of `object` the property instruction `pc` names, from its cache,
// or null when the cache is for another class (or empty, or the name is not a
// literal).
[[gnu::always_inline]] inline runtime::Value* cached_property(const Instruction* pc, runtime::Object* object)
{
    if (pc->op2_kind != OperandKind::Const)
        return nullptr;
    const CachedLiteral& cache = cache_at(pc, pc->op2);
    if (cache.key != object->class_entry) [[unlikely]]
        return nullptr;
    return reinterpret_cast<runtime::Value*>(reinterpret_cast<char*>(object) + cache.size);
}

// Whether the general paths of code running in `fp` may fill caches (not in a
// closure's code, see above).
[[gnu::always_inline]] inline bool fills_caches(const Frame* fp) { return !fp->function->is_closure; }

// Fills the cache of property instruction `pc` (name literal) run by `fp` for
// `object`, when its property may be accessed directly from there (else the cache is
// left as is).
void fill_property_cache(const Instruction* pc, const Frame* fp, const runtime::Object* object);

} // namespace miniphp::vm
