// The run-time caches of the object opcodes (php's CACHE_ADDR slots; see
// CachedLiteral in bytecode.h): what each instruction remembers of its last general
// run so that the next run on an object of the same class, from the same scope,
// skips the lookups.
//
//   property instructions (FetchObjRead/Isset/Write, AssignObj, AssignObjOp,
//   IncDecObj, IssetObj) with a literal name:
//       key = the object's class, scope = the scope of the code, size = the byte
//       offset of the declared slot the name denotes (runtime::
//       direct_property_offset). Used only while the slot holds a value: an unset
//       or uninitialised property (Undef) takes the general path, which decides on
//       __get, __set and the warnings.
//   InitMethodCall:
//       key = the object's class, scope = the scope of the code, target = the
//       runtime::Method found (visible from that scope), size = the bytes of the
//       callee's frame for the instruction's argument count.
//   New with a class name (not self, parent or static):
//       key = the class.
//
// Every entry is a pure function of (class, scope, literal): classes do not change
// once declared and are never freed while code runs, so nothing is invalidated; a
// site that meets another class or scope refills its one entry (php's caches are
// monomorphic the same way). The scope is the frame's, a closure's included (a
// closure's scope depends on its binding, not on its code).
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

// scope_of, with a user frame's common case inline.
[[gnu::always_inline]] inline const runtime::Class* frame_scope(const Frame* fp)
{
    const Function* function = fp->function;
    if (function->is_closure) [[unlikely]]
        return scope_of(fp);
    return function->scope;
}

// The object op1 names when reaching it takes no work: $this (op1 unused), or a CV
// holding an object itself. Null otherwise: the general path decides.
[[gnu::always_inline]] inline runtime::Object* direct_object(const Instruction* pc, Frame* fp)
{
    if (pc->op1_kind == OperandKind::Unused)
        return fp->this_object;
    if (pc->op1_kind == OperandKind::Cv) {
        const runtime::Value& v = *reinterpret_cast<const runtime::Value*>(reinterpret_cast<char*>(fp) + pc->op1);
        if (v.is_object())
            return v.as_object();
    }
    return nullptr;
}

// The declared slot of `object` the property instruction `pc` names, from its cache,
// or null when the cache is for another class or scope (or empty, or the name is not
// a literal).
[[gnu::always_inline]] inline runtime::Value* cached_property(const Instruction* pc, Frame* fp, runtime::Object* object)
{
    if (pc->op2_kind != OperandKind::Const)
        return nullptr;
    const CachedLiteral& cache = cache_at(pc, pc->op2);
    if (cache.key != object->class_entry || cache.scope != frame_scope(fp)) [[unlikely]]
        return nullptr;
    return reinterpret_cast<runtime::Value*>(reinterpret_cast<char*>(object) + cache.size);
}

// Fills the cache of property instruction `pc` (name literal) for `object` seen from
// `scope`, when its property may be accessed directly (else the cache is left as is).
void fill_property_cache(const Instruction* pc, const runtime::Object* object, const runtime::Class* scope);

} // namespace miniphp::vm
