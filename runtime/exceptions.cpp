#include "runtime/exceptions.h"

#include <cmath>
#include <memory>

#include "runtime/builtin_methods.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/builtin.h"
#include "runtime/class.h"
#include "runtime/conversions.h"
#include "runtime/engine.h"
#include "runtime/ini.h"
#include "runtime/object.h"
#include "runtime/reference.h"
#include "runtime/string.h"

namespace miniphp::runtime {

namespace {

using builtins::ArgReader;
using builtins::failed;
using builtins::StringArg;

constexpr int64_t kErrorLevelError = 1; // E_ERROR, ErrorException's default severity
constexpr uint32_t kSeveritySlot = kPreviousSlot + 1;

// A property as the built-in methods read it: through a reference, null if unset.
const Value& property(const Object* object, uint32_t slot)
{
    static const Value null_value = Value::null();
    const Value& v = deref(object->slots[slot]);
    return v.is_undef() ? null_value : v;
}

void set_property(Object* object, uint32_t slot, Value value)
{
    Value& target = deref(object->slots[slot]);
    Value old = target;
    target.copy_from(value);
    release(old);
}

Value interned(std::string_view text) { return Value::string(InternTable::instance().intern(text)); }

std::string string_of(const Value& v)
{
    std::string out;
    append_string(out, v);
    return out;
}

// --- the methods -------------------------------------------------------------

Outcome copy_property(BuiltinCall& call, uint32_t slot)
{
    copy_value(*call.result, property(call.self, slot));
    return Outcome::Ok;
}

Outcome get_message(BuiltinCall& call) { return copy_property(call, kMessageSlot); }
Outcome get_code(BuiltinCall& call) { return copy_property(call, kCodeSlot); }
Outcome get_file(BuiltinCall& call) { return copy_property(call, kFileSlot); }
Outcome get_line(BuiltinCall& call) { return copy_property(call, kLineSlot); }
Outcome get_trace(BuiltinCall& call) { return copy_property(call, kTraceSlot); }
Outcome get_previous(BuiltinCall& call) { return copy_property(call, kPreviousSlot); }
Outcome get_severity(BuiltinCall& call) { return copy_property(call, kSeveritySlot); }

Outcome get_trace_as_string(BuiltinCall& call)
{
    *call.result = builtins::string_value(trace_as_string(property(call.self, kTraceSlot)));
    return Outcome::Ok;
}

Outcome to_string_method(BuiltinCall& call)
{
    *call.result = builtins::string_value(throwable_to_string(call.self));
    return Outcome::Ok;
}

Outcome wakeup(BuiltinCall&) { return Outcome::Ok; }

// ?Throwable $previous, argument `index`.
Outcome read_previous(const ArgReader& args, uint32_t index, Object*& out)
{
    out = nullptr;
    if (!args.has(index) || args.at(index).is_null())
        return Outcome::Ok;
    const Value& v = args.at(index);
    if (!v.is_object() || !v.as_object()->class_entry->is_subclass_of_or_same(throwable_interface()))
        return args.type_error(index, "?Throwable");
    out = v.as_object();
    return Outcome::Ok;
}

// The message and code given (only those given: a subclass's defaults stay) and the
// previous exception, stored as the constructors of Exception and Error do.
void store_constructor_arguments(BuiltinCall& call, const StringArg& message, int64_t code, Object* previous)
{
    Object* self = call.self;
    if (call.argc > 0)
        set_property(self, kMessageSlot, message.to_value());
    if (call.argc > 1)
        set_property(self, kCodeSlot, Value::integer(code));
    if (previous != nullptr) {
        ++previous->header.refcount;
        set_property(self, kPreviousSlot, Value::object(previous));
    }
}

// Exception::__construct(string $message = "", int $code = 0, ?Throwable $previous = null)
Outcome construct(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg message;
    int64_t code = 0;
    Object* previous = nullptr;
    if (args.has(0) && failed(args.get_string(0, message)))
        return Outcome::Threw;
    if (args.has(1) && failed(args.get_long(1, code)))
        return Outcome::Threw;
    if (failed(read_previous(args, 2, previous)))
        return Outcome::Threw;
    store_constructor_arguments(call, message, code, previous);
    return Outcome::Ok;
}

// ErrorException::__construct(string $message = "", int $code = 0, int $severity = E_ERROR,
//     ?string $filename = null, ?int $line = null, ?Throwable $previous = null)
Outcome construct_error_exception(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg message;
    StringArg filename;
    int64_t code = 0;
    int64_t severity = kErrorLevelError;
    int64_t line = 0;
    bool no_filename = true;
    bool no_line = true;
    Object* previous = nullptr;
    if (args.has(0) && failed(args.get_string(0, message)))
        return Outcome::Threw;
    if (args.has(1) && failed(args.get_long(1, code)))
        return Outcome::Threw;
    if (args.has(2) && failed(args.get_long(2, severity)))
        return Outcome::Threw;
    if (args.has(3) && failed(args.get_string_or_null(3, filename, no_filename)))
        return Outcome::Threw;
    if (args.has(4) && failed(args.get_long_or_null(4, line, no_line)))
        return Outcome::Threw;
    if (failed(read_previous(args, 5, previous)))
        return Outcome::Threw;
    store_constructor_arguments(call, message, code, previous);
    Object* self = call.self;
    set_property(self, kSeveritySlot, Value::integer(severity));
    if (args.has(3) && !no_filename) {
        set_property(self, kFileSlot, filename.to_value());
        set_property(self, kLineSlot, Value::integer(no_line ? 0 : line));
    } else if (args.has(4) && !no_line) {
        set_property(self, kLineSlot, Value::integer(line));
    }
    return Outcome::Ok;
}

// --- the classes ---------------------------------------------------------------

// zend_default_exception_new: where the exception is made is where it says it was
// thrown, and the calls that led there are its trace.
Object* new_throwable(const Class* cls)
{
    Object* object = Object::create(cls);
    Array* trace = engine().hooks() != nullptr ? engine().hooks()->backtrace() : Array::empty();
    set_property(object, kTraceSlot, Value::array(trace));
    SourceLocation where = engine().location();
    set_property(object, kFileSlot, builtins::string_value(where.file));
    set_property(object, kLineSlot, Value::integer(where.line));
    return object;
}

struct Registry {
    std::vector<std::unique_ptr<Class>> owned;
    std::vector<const Class*> classes;
    BuiltinMethods methods;
    const Class* throwable = nullptr;

    Class* add(std::string name, const Class* parent, uint32_t flags)
    {
        owned.push_back(std::make_unique<Class>(std::move(name), parent, flags));
        classes.push_back(owned.back().get());
        return owned.back().get();
    }

    void method(Class* cls, std::string_view name, BuiltinHandler handler, uint16_t max_args,
                std::string_view params, uint32_t flags)
    {
        methods.add(cls, name, handler, 0, max_args, params, flags);
    }

    // Exception and Error: the same properties and methods.
    Class* base(std::string name)
    {
        Class* cls = add(std::move(name), nullptr, 0);
        cls->add_interface(throwable);
        cls->set_factory(new_throwable);
        Value empty = interned("");
        cls->add_property(InternTable::instance().intern("message"), AccProtected, empty);
        cls->add_property(InternTable::instance().intern("string"), AccPrivate, empty);
        cls->add_property(InternTable::instance().intern("code"), AccProtected, Value::integer(0));
        cls->add_property(InternTable::instance().intern("file"), AccProtected, empty);
        cls->add_property(InternTable::instance().intern("line"), AccProtected, Value::integer(0));
        cls->add_property(InternTable::instance().intern("trace"), AccPrivate, Value::array(Array::empty()));
        cls->add_property(InternTable::instance().intern("previous"), AccPrivate, Value::null());
        constexpr uint32_t kFinal = AccPublic | AccFinal;
        method(cls, "__construct", construct, 3, "message,code,previous", AccPublic);
        method(cls, "__wakeup", wakeup, 0, "", AccPublic);
        method(cls, "getMessage", get_message, 0, "", kFinal);
        method(cls, "getCode", get_code, 0, "", kFinal);
        method(cls, "getFile", get_file, 0, "", kFinal);
        method(cls, "getLine", get_line, 0, "", kFinal);
        method(cls, "getTrace", get_trace, 0, "", kFinal);
        method(cls, "getPrevious", get_previous, 0, "", kFinal);
        method(cls, "getTraceAsString", get_trace_as_string, 0, "", kFinal);
        method(cls, "__toString", to_string_method, 0, "", AccPublic);
        cls->finish_linking();
        return cls;
    }

    const Class* derived(std::string name, const Class* parent)
    {
        Class* cls = add(std::move(name), parent, 0);
        cls->finish_linking();
        return cls;
    }

    Registry()
    {
        // zend_register_interfaces' order. miniphp's own classes cannot implement the
        // first four yet (the class table refuses them); WeakMap does.
        Class* traversable = add("Traversable", nullptr, AccInterface | AccAbstract);
        traversable->finish_linking();
        Class* aggregate = add("IteratorAggregate", nullptr, AccInterface | AccAbstract);
        aggregate->add_interface(traversable);
        aggregate->finish_linking();
        Class* iterator = add("Iterator", nullptr, AccInterface | AccAbstract);
        iterator->add_interface(traversable);
        iterator->finish_linking();
        add("ArrayAccess", nullptr, AccInterface | AccAbstract)->finish_linking();
        add("Countable", nullptr, AccInterface | AccAbstract)->finish_linking();
        Class* stringable = add("Stringable", nullptr, AccInterface | AccAbstract);
        stringable->finish_linking();
        Class* throwable_class = add("Throwable", nullptr, AccInterface | AccAbstract);
        throwable_class->add_interface(stringable);
        throwable_class->finish_linking();
        throwable = throwable_class;

        const Class* exception = base("Exception");
        Class* error_exception = add("ErrorException", exception, 0);
        error_exception->add_property(InternTable::instance().intern("severity"), AccProtected,
                                      Value::integer(kErrorLevelError));
        method(error_exception, "__construct", construct_error_exception, 6,
               "message,code,severity,filename,line,previous", AccPublic);
        method(error_exception, "getSeverity", get_severity, 0, "", AccPublic | AccFinal);
        error_exception->finish_linking();

        const Class* error = base("Error");
        const Class* compile_error = derived("CompileError", error);
        derived("ParseError", compile_error);
        const Class* type_error = derived("TypeError", error);
        derived("ArgumentCountError", type_error);
        derived("ValueError", error);
        const Class* arithmetic_error = derived("ArithmeticError", error);
        derived("DivisionByZeroError", arithmetic_error);
        derived("UnhandledMatchError", error);

        const Class* logic = derived("LogicException", exception);
        const Class* bad_function = derived("BadFunctionCallException", logic);
        derived("BadMethodCallException", bad_function);
        derived("DomainException", logic);
        derived("InvalidArgumentException", logic);
        derived("LengthException", logic);
        derived("OutOfRangeException", logic);
        const Class* runtime_exception = derived("RuntimeException", exception);
        derived("OutOfBoundsException", runtime_exception);
        derived("OverflowException", runtime_exception);
        derived("RangeException", runtime_exception);
        derived("UnderflowException", runtime_exception);
        derived("UnexpectedValueException", runtime_exception);
        derived("JsonException", exception);
    }
};

Registry& registry()
{
    static Registry* instance = new Registry();
    return *instance;
}

// --- text ----------------------------------------------------------------------

// smart_str_append_escaped: C escapes for control characters and backslashes,
// \xHH for other bytes outside printable ASCII.
void append_escaped(std::string& out, std::string_view s)
{
    static const char kHex[] = "0123456789ABCDEF";
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        case '\f': out += "\\f"; continue;
        case '\v': out += "\\v"; continue;
        case '\\': out += "\\\\"; continue;
        case 27: out += "\\e"; continue;
        default: break;
        }
        if (c < 32 || c > 126) {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
}

// One argument as a trace shows it (_build_trace_args).
void append_trace_argument(std::string& out, const Value& given)
{
    const Value& v = deref(given);
    switch (v.type()) {
    case Type::Undef:
    case Type::Null: out += "NULL"; break;
    case Type::False: out += "false"; break;
    case Type::True: out += "true"; break;
    case Type::Long: out += std::to_string(v.as_long()); break;
    case Type::Double: {
        // smart_str_append_double with zero_frac: finite integral values keep ".0".
        double d = v.as_double();
        std::string text = format_double_precision(d, float_precision());
        if (std::isfinite(d) && text.find_first_of(".eE") == std::string::npos)
            text += ".0";
        out += text;
        break;
    }
    case Type::String: {
        std::string_view s = v.as_string()->view();
        out += '\'';
        append_escaped(out, s.substr(0, 15));
        if (s.size() > 15)
            out += "...";
        out += '\'';
        break;
    }
    case Type::Array: out += "Array"; break;
    case Type::Object:
        out += "Object(";
        out += v.as_object()->class_entry->name();
        out += ')';
        break;
    default: out += "Object"; break;
    }
}

const Value* frame_entry(Array* frame, std::string_view key)
{
    const Value* v = frame->find(key);
    return v == nullptr ? nullptr : &deref(*v);
}

// _build_trace_string: one "#N file(line): Class->function(args)" line.
void append_trace_frame(std::string& out, Array* frame, int64_t index)
{
    out += '#';
    out += std::to_string(index);
    out += ' ';
    const Value* file = frame_entry(frame, "file");
    if (file != nullptr && file->is_string()) {
        const Value* line = frame_entry(frame, "line");
        out += file->as_string()->view();
        out += '(';
        out += std::to_string(line != nullptr && line->is_long() ? line->as_long() : 0);
        out += "): ";
    } else {
        out += "[internal function]: ";
    }
    for (std::string_view key : {"class", "type", "function"}) {
        if (const Value* v = frame_entry(frame, key))
            out += string_of(*v);
    }
    out += '(';
    if (const Value* args = frame_entry(frame, "args"); args != nullptr && args->is_array()) {
        bool first = true;
        Array* list = args->as_array();
        for (uint32_t pos = list->next_position(0); pos < list->used(); pos = list->next_position(pos + 1)) {
            if (!first)
                out += ", ";
            first = false;
            ArrayKey key = list->key_at(pos);
            if (key.is_string()) {
                out += key.string->view();
                out += ": ";
            }
            append_trace_argument(out, list->value_at(pos));
        }
    }
    out += ")\n";
}

} // namespace

const std::vector<const Class*>& builtin_classes() { return registry().classes; }

const Class* find_builtin_class(std::string_view lower_name)
{
    for (const Class* cls : registry().classes)
        if (cls->lower_name() == lower_name)
            return cls;
    return nullptr;
}

const Class* throwable_interface() { return registry().throwable; }

Object* make_exception(const Class* cls, std::string_view message, int64_t code)
{
    Object* object = cls->instantiate();
    set_property(object, kMessageSlot, builtins::string_value(message));
    if (code != 0)
        set_property(object, kCodeSlot, Value::integer(code));
    return object;
}

void set_previous(Object* exception, Object* previous)
{
    if (previous == nullptr)
        return;
    if (exception == previous) {
        release(Value::object(previous));
        return;
    }
    // Walk to the end of the chain; a chain that already holds `previous` stays as it is.
    Object* current = exception;
    for (;;) {
        const Value& next = property(current, kPreviousSlot);
        if (!next.is_object() || !next.as_object()->class_entry->is_subclass_of_or_same(throwable_interface()))
            break;
        if (next.as_object() == previous) {
            release(Value::object(previous));
            return;
        }
        current = next.as_object();
    }
    // A cycle through `previous`' own chain is cut where it comes back.
    for (Object* p = previous;;) {
        const Value& next = property(p, kPreviousSlot);
        if (!next.is_object())
            break;
        if (next.as_object() == exception) {
            set_property(p, kPreviousSlot, Value::null());
            break;
        }
        p = next.as_object();
    }
    set_property(current, kPreviousSlot, Value::object(previous));
}

std::string throwable_to_string(Object* exception)
{
    std::string text;
    const Class* throwable = throwable_interface();
    for (Object* current = exception; current != nullptr;) {
        std::string message = string_of(property(current, kMessageSlot));
        // An argument error naming its call site also says where the function is
        // defined: the exception's own file and line.
        const std::string& class_name = current->class_entry->name();
        if ((class_name == "TypeError" || class_name == "ArgumentCountError") &&
            message.find(", called in ") != std::string::npos)
            message += " and defined";
        std::string file = string_of(property(current, kFileSlot));
        int64_t line = to_long(property(current, kLineSlot));
        std::string trace = trace_as_string(property(current, kTraceSlot));
        std::string item = current->class_entry->name();
        if (!message.empty())
            item += ": " + message;
        item += " in " + file + ":" + std::to_string(line) + "\nStack trace:\n" + trace;
        if (!text.empty())
            item += "\n\nNext " + text;
        text = std::move(item);
        const Value& previous = property(current, kPreviousSlot);
        current = previous.is_object() && previous.as_object()->class_entry->is_subclass_of_or_same(throwable)
                      ? previous.as_object()
                      : nullptr;
    }
    set_property(exception, kStringSlot, builtins::string_value(text));
    return text;
}

std::string take_exception_text()
{
    Object* exception = engine().take_exception();
    if (exception == nullptr)
        return "";
    std::string text = exception->class_entry->name() + ": " + string_of(property(exception, kMessageSlot));
    release(Value::object(exception));
    return text;
}

std::string trace_as_string(const Value& trace)
{
    std::string out;
    int64_t index = 0;
    if (trace.is_array()) {
        Array* frames = trace.as_array();
        for (uint32_t pos = frames->next_position(0); pos < frames->used(); pos = frames->next_position(pos + 1)) {
            const Value& frame = deref(frames->value_at(pos));
            if (frame.is_array())
                append_trace_frame(out, frame.as_array(), index++);
        }
    }
    out += '#';
    out += std::to_string(index);
    out += " {main}";
    return out;
}

Outcome throw_unhandled_match(const Value& given)
{
    const Value& subject = deref(given);
    std::string message = "Unhandled match case ";
    if (subject.is_array()) {
        message += "of type array";
    } else if (subject.is_object()) {
        message += "of type ";
        message += subject.as_object()->class_entry->name();
    } else {
        append_trace_argument(message, subject);
    }
    return throw_error("UnhandledMatchError", message);
}

} // namespace miniphp::runtime
