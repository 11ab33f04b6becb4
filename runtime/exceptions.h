// Throwables: php's built-in exception classes (Throwable, Exception, Error and
// their subclasses), how an exception object records where it was made, the
// `previous` chain, and the text Exception::__toString and getTraceAsString build.
//
// An exception is an ordinary Object whose class descends from Exception or Error.
// Those two declare the same seven properties in the same order, so the slots are
// fixed for every Throwable (a subclass keeps its parent's slots): the built-in
// methods read them by slot. Creating one (Class::instantiate, as php's
// zend_default_exception_new) fills in the file, line and trace of the code
// running at that moment.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/engine.h"
#include "runtime/value.h"

namespace miniphp::runtime {

class Class;
struct Object;

enum ThrowableSlot : uint32_t {
    kMessageSlot,
    kStringSlot,
    kCodeSlot,
    kFileSlot,
    kLineSlot,
    kTraceSlot,
    kPreviousSlot,
};

// The built-in classes in php's order of registration (stdClass excluded), made on
// first use and alive for the process.
const std::vector<const Class*>& builtin_classes();
// A built-in Throwable class by lower-cased name, or null.
const Class* find_builtin_class(std::string_view lower_name);
const Class* throwable_interface();

// A new exception of `cls` (a Throwable class) with php's defaults, `message` and
// `code`; count 1.
Object* make_exception(const Class* cls, std::string_view message, int64_t code = 0);

// zend_exception_set_previous: `previous` (one reference, given up by the caller)
// goes at the end of `exception`'s chain; dropped if it is already in that chain.
void set_previous(Object* exception, Object* previous);

// The default __toString of a Throwable: the chain from the innermost previous,
// each "Class: message in file:line\nStack trace:\n...", joined by "Next".
// Stores it in the private `string` property, as php does.
std::string throwable_to_string(Object* exception);

// "Class: message" of the pending exception, which is taken and released (for
// unit tests).
std::string take_exception_text();

// Exception::getTraceAsString for a trace array ("#0 file(line): f(args)" lines,
// then "#N {main}").
std::string trace_as_string(const Value& trace);

// zend_match_unhandled_error: "Unhandled match case 5" (a scalar as a stack trace
// shows it), or "... of type Foo" for arrays and objects.
Outcome throw_unhandled_match(const Value& subject);

} // namespace miniphp::runtime
