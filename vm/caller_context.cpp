// What the class and object builtins learn about the PHP code that called them
// (get_class() without arguments, get_called_class(), func_get_args(), class
// lookups): the innermost user frame under the builtin's own frame, as Zend's
// zend_get_executed_scope() skips internal functions' frames.
#include <vector>

#include "runtime/class.h"
#include "runtime/object.h"
#include "vm/vm.h"

namespace miniphp::vm {

using runtime::Value;

const Frame* Vm::calling_user_frame() const
{
    const Frame* frame = m_state.frame;
    while (frame != nullptr && frame->function == nullptr)
        frame = frame->caller;
    return frame;
}

const runtime::Class* Vm::find_class(std::string_view name) const { return m_state.classes.find_by_name(name); }

const runtime::Class* Vm::calling_scope() const
{
    const Frame* frame = calling_user_frame();
    return frame != nullptr ? frame->function->scope : nullptr;
}

const runtime::Class* Vm::calling_called_scope() const
{
    const Frame* frame = calling_user_frame();
    if (frame == nullptr || frame->function->scope == nullptr)
        return nullptr;
    if (frame->this_object != nullptr)
        return frame->this_object->class_entry;
    return frame->called_scope != nullptr ? frame->called_scope : frame->function->scope;
}

// ZEND_FUNC_GET_ARGS: the declared parameters are read from their variables (so a
// parameter changed since shows its new value), the extra arguments from behind
// the temporaries.
bool Vm::calling_arguments(std::vector<const Value*>& out) const
{
    const Frame* frame = calling_user_frame();
    if (frame == nullptr || frame == m_state.main)
        return false;
    out.clear();
    for (uint32_t i = 0; i < frame->num_args; ++i)
        out.push_back(&frame->slots()[frame->argument_slot(i)]);
    return true;
}

runtime::Object* Vm::calling_this() const
{
    const Frame* frame = calling_user_frame();
    return frame != nullptr ? frame->this_object : nullptr;
}

runtime::Outcome Vm::call_method(const runtime::Method& method, runtime::Object* self, const Value* args,
                                 uint32_t argc, Value& result)
{
    result = Value::null();
    if (method.user == nullptr)
        return runtime::throw_error("Error", "Builtin methods are not supported by miniphp yet");
    return call_user(*method.user, args, argc, result, self, self->class_entry);
}

} // namespace miniphp::vm
