// What holds counted values from outside the heap, for the heap verifier's strict
// check (MINIPHP_VERIFY_HEAP=strict, see gc::Collector::verify_counts): at the end of
// the script, every array, object and reference they reach must have a count equal
// to the references held to it.
#include <unordered_set>

#include "gc/collector.h"
#include "runtime/class.h"
#include "runtime/engine.h"
#include "runtime/object.h"
#include "vm/vm.h"

namespace miniphp::vm {

namespace {

void hold(std::vector<gc::Refcounted*>& out, const runtime::Value& v)
{
    if (v.is_refcounted())
        out.push_back(v.as_counted());
}

void hold_array(std::vector<gc::Refcounted*>& out, const runtime::Array* array)
{
    if (array != nullptr)
        out.push_back(const_cast<gc::Refcounted*>(&array->header));
}

void hold_function(std::vector<gc::Refcounted*>& out, const Function& function)
{
    for (const runtime::Value& literal : function.literals)
        hold(out, literal);
    for (const runtime::Value& cached : function.default_cache)
        hold(out, cached);
    hold_array(out, function.static_values);
    hold_array(out, function.static_variables);
}

} // namespace

void Vm::list_held_values(std::vector<gc::Refcounted*>& out) const
{
    // The frames and the calls each is setting up: their slots, and $this or the
    // closure (whose $this the frame borrows).
    auto hold_frame = [&out](const Frame* f) {
        const runtime::Value* slots = f->slots();
        for (uint32_t i = 0, n = f->slot_count(); i < n; ++i)
            hold(out, slots[i]);
        if (f->function != nullptr && f->function->is_closure) {
            if (f->closure != nullptr)
                out.push_back(&f->closure->header);
        } else if (f->this_object != nullptr) {
            out.push_back(&f->this_object->header);
        }
    };
    for (const Frame* frame = m_state.frame; frame != nullptr; frame = frame->caller) {
        hold_frame(frame);
        for (const Frame* call = frame->pending_call; call != nullptr; call = call->enclosing_pending)
            hold_frame(call);
    }
    hold_array(out, m_state.globals.table());
    for (const runtime::Value& array : m_state.globals.request_arrays())
        hold(out, array);
    // The script's code: literals, static variables, default values.
    const Script& script = *m_state.script;
    hold_function(out, *script.main);
    for (const auto& function : script.functions)
        hold_function(out, *function);
    for (const auto& decl : script.classes) {
        for (const auto& method : decl->methods)
            hold_function(out, *method);
        for (const PropertyDecl& property : decl->properties)
            hold(out, property.default_value);
        for (const ClassConstantDecl& constant : decl->constants)
            hold(out, constant.value);
    }
    // The classes: default property values, constants, static properties.
    std::unordered_set<const runtime::Class*> classes;
    m_state.classes.for_each([&](const runtime::Class* cls) {
        if (!classes.insert(cls).second)
            return;
        for (const runtime::Value& v : cls->default_values())
            hold(out, v);
        for (const auto& [name, constant] : cls->constants())
            hold(out, constant.value); // each class holds its own copy
        for (const runtime::Value& v : cls->static_values())
            hold(out, v);
    });
    // The engine: the pending exception, the exception handler, queued shutdown calls.
    if (runtime::Object* exception = runtime::engine().exception())
        out.push_back(&exception->header);
    hold(out, runtime::user_exception_handler());
    for (const std::vector<runtime::Value>& call : runtime::queued_shutdown_functions())
        for (const runtime::Value& v : call)
            hold(out, v);
}

// Only where the script's own code called gc_collect_cycles(): every frame from the
// builtin's caller down to the main script was called by PHP code, which leaves the
// result in the caller's own slots (or nowhere). A frame whose result goes elsewhere was
// called from C++ (a builtin calling back, a destructor run by a release, the
// shutdown), and C++ code there may hold references no list shows.
void Vm::verify_heap_exactly() const
{
    if (m_state.frame == nullptr)
        return;
    const Frame* frame = m_state.frame->caller; // the builtin's own frame is skipped
    for (; frame != nullptr && frame != m_state.main; frame = frame->caller) {
        const Frame* caller = frame->caller;
        if (frame->function == nullptr || caller == nullptr)
            return;
        const runtime::Value* slots = caller->slots();
        const runtime::Value* result = frame->return_slot; // none: a call whose result is unused
        if (result != nullptr && (result < slots || result >= slots + caller->slot_count()))
            return;
    }
    if (frame != m_state.main)
        return;
    // The whole heap is walked each time: the first 100 calls, then every 1000th, so
    // that a loop collecting 100,000 times stays within the suite's time.
    ++m_exact_checks;
    if (m_exact_checks > 100 && m_exact_checks % 1000 != 0)
        return;
    std::vector<gc::Refcounted*> held;
    list_held_values(held);
    gc::collector().verify_counts(held);
}

} // namespace miniphp::vm
