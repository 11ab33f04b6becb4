// The dispatch loop. Every handler follows the same order, which several php
// behaviours depend on:
//   1. read the operands (a Cv that is undefined warns "Undefined variable" here),
//   2. compute into a local,
//   3. release Tmp operands (they are consumed exactly once),
//   4. store the result (its slot may be one of the operands' slots, reused),
//   5. if the computation threw, unwind.
// Slow paths live in runtime/ (operators, conversions, builtins); the loop keeps
// only the int and float fast paths inline. Those write numbers straight into the
// result slot (step 2 and 4 at once), which is safe because a number needs no
// release and both operands are read first.
//
// Dispatch is threaded (computed goto): every handler ends in DISPATCH(), which
// saves the pc in the frame (for messages and traces) and jumps to the next
// instruction's handler. A comparison the compiler marked as a smart branch also
// performs the conditional jump that follows it (see SmartBranch in bytecode.h).
#include <cstdio>
#include <cstring>

#include "runtime/builtins/builtin.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/operators.h"
#include "runtime/output.h"
#include "runtime/string_offset.h"
#include "vm/vm.h"

namespace miniphp::vm {

using runtime::Outcome;
using runtime::Type;
using runtime::Value;

namespace {

const Value kNull = Value::null();

// Reads operand `index` of `kind` for a value use.
inline const Value& fetch(OperandKind kind, uint32_t index, const Value* slots, const Value* literals)
{
    return kind == OperandKind::Const ? literals[index] : slots[index];
}

const Value& undefined_variable(const Function& function, uint32_t slot)
{
    runtime::warning(runtime::format(runtime::msg::UndefinedVariable, function.cv_names[slot].c_str()));
    return kNull;
}

// A read of a compiled variable: undefined ones warn and read as null.
inline const Value& read(OperandKind kind, uint32_t index, const Value* slots, const Value* literals,
                         const Function& function)
{
    const Value& v = fetch(kind, index, slots, literals);
    if (v.is_undef()) [[unlikely]]
        return undefined_variable(function, index);
    return v;
}

inline void consume(OperandKind kind, uint32_t index, Value* slots)
{
    if (kind == OperandKind::Tmp)
        runtime::release_and_clear(slots[index]);
}

// Copies an operand's value into a new owner: a Tmp is moved, anything else shared.
inline Value take(OperandKind kind, uint32_t index, Value* slots, const Value* literals,
                  const Function& function)
{
    if (kind == OperandKind::Tmp) {
        Value v = slots[index];
        slots[index] = Value::undef();
        return v;
    }
    const Value& v = read(kind, index, slots, literals, function);
    runtime::add_ref(v);
    return v;
}

// True if any slot of the frame holds a refcounted value.
inline bool holds_refcounted(const Frame* frame)
{
    const Value* slots = frame->slots();
    bool any = false;
    for (uint32_t i = 0; i < frame->num_slots; ++i)
        any |= slots[i].is_refcounted();
    return any;
}

inline void store(Value& slot, Value v)
{
    Value old = slot;
    slot = v;
    runtime::release(old);
}

Outcome binary_operation(Opcode op, Value& r, const Value& a, const Value& b)
{
    switch (op) {
    case Opcode::Add: return runtime::add(r, a, b);
    case Opcode::Sub: return runtime::sub(r, a, b);
    case Opcode::Mul: return runtime::mul(r, a, b);
    case Opcode::Div: return runtime::div(r, a, b);
    case Opcode::Mod: return runtime::mod(r, a, b);
    case Opcode::Pow: return runtime::pow(r, a, b);
    case Opcode::Concat: return runtime::concat(r, a, b);
    case Opcode::ShiftLeft: return runtime::shift_left(r, a, b);
    case Opcode::ShiftRight: return runtime::shift_right(r, a, b);
    case Opcode::BitwiseAnd: return runtime::bitwise_and(r, a, b);
    case Opcode::BitwiseOr: return runtime::bitwise_or(r, a, b);
    case Opcode::BitwiseXor: return runtime::bitwise_xor(r, a, b);
    case Opcode::BoolXor:
        r = Value::boolean(runtime::to_bool(a) != runtime::to_bool(b));
        return Outcome::Ok;
    case Opcode::IsIdentical:
        r = Value::boolean(runtime::is_identical(a, b));
        return Outcome::Ok;
    case Opcode::IsNotIdentical:
        r = Value::boolean(!runtime::is_identical(a, b));
        return Outcome::Ok;
    case Opcode::IsEqual:
    case Opcode::Case:
    case Opcode::IsNotEqual: {
        bool equal = false;
        if (runtime::loose_equals(equal, a, b) == Outcome::Threw)
            return Outcome::Threw;
        r = Value::boolean(op == Opcode::IsNotEqual ? !equal : equal);
        return Outcome::Ok;
    }
    case Opcode::IsSmaller:
    case Opcode::IsSmallerOrEqual: {
        bool holds = false;
        Outcome outcome = op == Opcode::IsSmaller ? runtime::is_smaller(holds, a, b)
                                                  : runtime::is_smaller_or_equal(holds, a, b);
        if (outcome == Outcome::Threw)
            return Outcome::Threw;
        r = Value::boolean(holds);
        return Outcome::Ok;
    }
    case Opcode::Spaceship: {
        int order = 0;
        if (runtime::compare(order, a, b) == Outcome::Threw)
            return Outcome::Threw;
        r = Value::integer(order);
        return Outcome::Ok;
    }
    default:
        break;
    }
    return Outcome::Ok;
}

// The int and float cases of arithmetic and comparison that dominate loops; false
// sends the operation down the general path (other types, overflow, division by
// zero). Both operands are read before `r` is written, so `r` may be one of them:
// handlers write straight into the destination slot, which keeps results out of
// a stack temporary (copying a Value that was just written in two halves stalls
// store forwarding).
[[gnu::always_inline]] inline bool binary_fast_path(Opcode op, Value& r, const Value& a, const Value& b)
{
    if (a.is_long() && b.is_long()) {
        int64_t x = a.as_long(), y = b.as_long(), z;
        switch (op) {
        case Opcode::Add:
            if (__builtin_add_overflow(x, y, &z))
                return false;
            r = Value::integer(z);
            return true;
        case Opcode::Sub:
            if (__builtin_sub_overflow(x, y, &z))
                return false;
            r = Value::integer(z);
            return true;
        case Opcode::Mul:
            if (__builtin_mul_overflow(x, y, &z))
                return false;
            r = Value::integer(z);
            return true;
        case Opcode::Mod:
            if (y == 0 || y == -1) // DivisionByZeroError, and the INT_MIN % -1 trap
                return false;
            r = Value::integer(x % y);
            return true;
        case Opcode::IsSmaller: r = Value::boolean(x < y); return true;
        case Opcode::IsSmallerOrEqual: r = Value::boolean(x <= y); return true;
        case Opcode::IsEqual:
        case Opcode::IsIdentical: r = Value::boolean(x == y); return true;
        case Opcode::IsNotEqual:
        case Opcode::IsNotIdentical: r = Value::boolean(x != y); return true;
        default: return false;
        }
    }
    double x, y;
    if (a.is_double() && b.is_double()) {
        x = a.as_double();
        y = b.as_double();
    } else if (a.is_double() && b.is_long()) {
        x = a.as_double();
        y = static_cast<double>(b.as_long());
    } else if (a.is_long() && b.is_double()) {
        x = static_cast<double>(a.as_long());
        y = b.as_double();
    } else {
        return false;
    }
    switch (op) {
    case Opcode::Add: r = Value::dbl(x + y); return true;
    case Opcode::Sub: r = Value::dbl(x - y); return true;
    case Opcode::Mul: r = Value::dbl(x * y); return true;
    case Opcode::IsSmaller: r = Value::boolean(x < y); return true;
    case Opcode::IsSmallerOrEqual: r = Value::boolean(x <= y); return true;
    case Opcode::IsEqual: r = Value::boolean(x == y); return true;
    case Opcode::IsNotEqual: r = Value::boolean(x != y); return true;
    default: return false; // === between int and float is false, but rare in loops
    }
}

// `$s .= x` on a string nobody else holds extends it in place, as php's
// concat_function does when the result is the left operand; false if it cannot.
bool append_in_place(Value& target, const Value& tail)
{
    if (!target.is_string() || !target.is_refcounted() || target.as_counted()->refcount != 1)
        return false;
    runtime::String* s = target.as_string();
    if (tail.is_string()) {
        if (tail.as_string() == s)
            return false;
        target = Value::string(runtime::String::append(s, tail.as_string()->view()));
        return true;
    }
    if (tail.is_long()) {
        char digits[24];
        int n = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(tail.as_long()));
        target = Value::string(runtime::String::append(s, std::string_view(digits, static_cast<size_t>(n))));
        return true;
    }
    return false;
}

inline bool truthy(const Value& v)
{
    switch (v.type()) {
    case Type::True: return true;
    case Type::False:
    case Type::Null:
    case Type::Undef: return false;
    case Type::Long: return v.as_long() != 0;
    default: return runtime::to_bool(v);
    }
}

void echo_value(const Value& v)
{
    runtime::Output& out = runtime::Output::instance();
    if (v.is_string()) {
        out.write(v.as_string()->view());
        return;
    }
    std::string text;
    runtime::append_string(text, v);
    out.write(text);
}

Outcome cast(Value& r, const Value& v, Type to)
{
    switch (to) {
    case Type::Null: r = Value::null(); return Outcome::Ok;
    case Type::False:
    case Type::True: r = Value::boolean(runtime::to_bool(v)); return Outcome::Ok;
    case Type::Long: r = Value::integer(runtime::to_long(v)); return Outcome::Ok;
    case Type::Double: r = Value::dbl(runtime::to_double(v)); return Outcome::Ok;
    case Type::String: r = runtime::to_string(v); return Outcome::Ok;
    default: break;
    }
    r = Value::null();
    return Outcome::Ok;
}

// $container[$offset] for reading; only strings can be indexed until arrays exist.
Outcome fetch_dimension(Value& r, const Value& container, const Value& offset, bool quiet)
{
    if (container.is_string())
        return runtime::read_string_offset(r, container.as_string(), offset,
                                           quiet ? runtime::OffsetRead::Quiet : runtime::OffsetRead::Normal);
    if (!quiet)
        runtime::warning(runtime::format(runtime::msg::ArrayOffsetOnScalar,
                                         runtime::zend_type_name(container)));
    r = Value::null();
    return Outcome::Ok;
}

// isset($container[$offset]) (or empty() when `empty`); scalars other than strings
// have no offsets at all.
bool dimension_isset(const Value& container, const Value& offset, bool empty)
{
    if (container.is_string())
        return empty ? runtime::string_offset_empty(container.as_string(), offset)
                     : runtime::string_offset_isset(container.as_string(), offset);
    return empty;
}

} // namespace

Vm::Completion Vm::execute(Frame* entry)
{
    Frame* frame = m_frame;
    const Function* function = frame->function;
    const Instruction* pc = frame->pc;
    Value* slots = frame->slots();
    const Value* literals = function->literals.data();

// Operand access for the current instruction.
#define OP1_KIND pc->op1_kind
#define OP2_KIND pc->op2_kind
#define READ_OP1() read(pc->op1_kind, pc->op1, slots, literals, *function)
#define READ_OP2() read(pc->op2_kind, pc->op2, slots, literals, *function)
#define CONSUME_OP1() consume(pc->op1_kind, pc->op1, slots)
#define CONSUME_OP2() consume(pc->op2_kind, pc->op2, slots)
#define RESULT slots[pc->result]
#define HAS_RESULT (pc->result_kind != OperandKind::Unused)
// Switches the loop's registers to m_frame.
#define LOAD_FRAME()                          \
    do {                                      \
        frame = m_frame;                      \
        function = frame->function;           \
        pc = frame->pc;                       \
        slots = frame->slots();               \
        literals = function->literals.data(); \
    } while (0)

    // Threaded dispatch: each handler ends by jumping straight to the next
    // instruction's handler (one indirect jump per handler, which the branch
    // predictor can learn per handler, unlike a switch's single shared jump).
    static void* const kHandlers[] = {
#define MINIPHP_OPCODE(name, op1, op2, result, meaning) &&handler_##name,
#include "vm/opcodes.def"
#undef MINIPHP_OPCODE
    };
#define HANDLER(name) handler_##name:
// The pc is saved in the frame so that warnings, errors and traces find the line.
#define DISPATCH()                                                    \
    do {                                                              \
        frame->pc = pc;                                               \
        goto* kHandlers[static_cast<size_t>(pc->opcode)];             \
    } while (0)

    DISPATCH();
    {
        // Each arithmetic and comparison opcode has its own copy of the number
        // fast path, with the operator known at compile time: no second dispatch
        // on the opcode, and the branch predictor learns each one separately.
        // Numbers need no release, so the result is written in place (the result
        // slot is free, or is a Tmp operand holding a number). A comparison marked
        // as a smart branch also takes the jump that follows it (the bool left in
        // the Tmp needs no release). Anything else goes on to the general path.
#define NUMBER_FAST_PATH(name, may_branch)                                       \
    HANDLER(name)                                                                \
    {                                                                            \
        const Value& a = fetch(pc->op1_kind, pc->op1, slots, literals);          \
        const Value& b = fetch(pc->op2_kind, pc->op2, slots, literals);          \
        if (binary_fast_path(Opcode::name, RESULT, a, b)) {                      \
            if (may_branch && pc->extended != kNoSmartBranch) {                  \
                bool jump = RESULT.is_true() == (pc->extended == kSmartBranchJmpNZ); \
                pc = jump ? function->code.data() + pc[1].op2 : pc + 2;          \
            } else {                                                             \
                ++pc;                                                            \
            }                                                                    \
            DISPATCH();                                                          \
        }                                                                        \
        goto general_binary_operation;                                           \
    }
        NUMBER_FAST_PATH(Add, false)
        NUMBER_FAST_PATH(Sub, false)
        NUMBER_FAST_PATH(Mul, false)
        NUMBER_FAST_PATH(Mod, false)
        NUMBER_FAST_PATH(IsSmaller, true)
        NUMBER_FAST_PATH(IsSmallerOrEqual, true)
        NUMBER_FAST_PATH(IsEqual, true)
        NUMBER_FAST_PATH(IsNotEqual, true)
        NUMBER_FAST_PATH(IsIdentical, true)
        NUMBER_FAST_PATH(IsNotIdentical, true)
#undef NUMBER_FAST_PATH
        HANDLER(Strlen) {
            const Value& v = READ_OP1();
            if (v.is_string()) {
                int64_t length = static_cast<int64_t>(v.as_string()->length);
                CONSUME_OP1();
                RESULT = Value::integer(length);
                ++pc;
                DISPATCH();
            }
            // Other types follow the builtin's rules and messages, but with no
            // frame of its own in traces, as with php's ZEND_STRLEN.
            static const runtime::BuiltinFunction* const strlen_builtin = runtime::find_builtin("strlen");
            Value argument;
            runtime::copy_value(argument, v);
            CONSUME_OP1();
            Value length = Value::null();
            runtime::BuiltinCall call{strlen_builtin, &argument, 1, &length};
            Outcome outcome = runtime::call_builtin(call);
            runtime::release(argument);
            if (outcome == Outcome::Threw)
                goto handle_exception;
            RESULT = length;
            ++pc;
            DISPATCH();
        }
        HANDLER(Concat) {
            // "a" . $b . "c" builds one string: a temporary string nobody else
            // holds is extended in place rather than copied (php's concat_function
            // does the same when the result is its left operand).
            if (pc->op1_kind == OperandKind::Tmp) {
                Value& left = slots[pc->op1];
                const Value& right = fetch(pc->op2_kind, pc->op2, slots, literals);
                if (!right.is_undef() && append_in_place(left, right)) {
                    Value joined = left;
                    left = Value::undef();
                    CONSUME_OP2();
                    RESULT = joined;
                    ++pc;
                    DISPATCH();
                }
            }
            goto general_binary_operation;
        }
        HANDLER(Div)
        HANDLER(Pow)
        HANDLER(ShiftLeft)
        HANDLER(ShiftRight)
        HANDLER(BitwiseAnd)
        HANDLER(BitwiseOr)
        HANDLER(BitwiseXor)
        HANDLER(BoolXor)
        HANDLER(Spaceship)
        HANDLER(Case)
        general_binary_operation: {
            const Value& a = READ_OP1();
            const Value& b = READ_OP2();
            Value r;
            Outcome outcome = binary_operation(pc->opcode, r, a, b);
            // Case keeps the switch subject (op1) alive for the next case.
            if (pc->opcode != Opcode::Case)
                CONSUME_OP1();
            CONSUME_OP2();
            if (outcome == Outcome::Threw)
                goto handle_exception;
            RESULT = r;
            ++pc;
            DISPATCH();
        }
        HANDLER(BitwiseNot) {
            const Value& a = READ_OP1();
            Value r;
            Outcome outcome = runtime::bitwise_not(r, a);
            CONSUME_OP1();
            if (outcome == Outcome::Threw)
                goto handle_exception;
            RESULT = r;
            ++pc;
            DISPATCH();
        }
        HANDLER(BoolNot) {
            bool b = truthy(READ_OP1());
            CONSUME_OP1();
            RESULT = Value::boolean(!b);
            ++pc;
            DISPATCH();
        }
        HANDLER(Bool) {
            bool b = truthy(READ_OP1());
            CONSUME_OP1();
            RESULT = Value::boolean(b);
            ++pc;
            DISPATCH();
        }
        HANDLER(Cast) {
            Value r;
            Outcome outcome = cast(r, READ_OP1(), static_cast<Type>(pc->op2));
            CONSUME_OP1();
            if (outcome == Outcome::Threw)
                goto handle_exception;
            RESULT = r;
            ++pc;
            DISPATCH();
        }
        HANDLER(QmAssign) {
            Value v = take(pc->op1_kind, pc->op1, slots, literals, *function);
            RESULT = v;
            ++pc;
            DISPATCH();
        }

        HANDLER(Assign) {
            Value v = take(pc->op2_kind, pc->op2, slots, literals, *function);
            Value& target = slots[pc->op1];
            store(target, v);
            if (HAS_RESULT)
                runtime::copy_value(RESULT, target);
            ++pc;
            DISPATCH();
        }
        HANDLER(AssignOp) {
            // php reads the right-hand side before the variable (ZEND_ASSIGN_OP).
            const Value& b = READ_OP2();
            Value& target = slots[pc->op1];
            const Value& a = target.is_undef() ? undefined_variable(*function, pc->op1) : target;
            Value r;
            Opcode op = static_cast<Opcode>(pc->extended);
            if (op == Opcode::Concat && append_in_place(target, b)) {
                CONSUME_OP2();
                if (HAS_RESULT)
                    runtime::copy_value(RESULT, target);
                ++pc;
                DISPATCH();
            }
            // A number in the variable is simply overwritten.
            if (!target.is_refcounted() && binary_fast_path(op, target, a, b)) {
                CONSUME_OP2();
                if (HAS_RESULT)
                    RESULT = target;
                ++pc;
                DISPATCH();
            }
            Outcome outcome = binary_operation(op, r, a, b);
            CONSUME_OP2();
            if (outcome == Outcome::Threw)
                goto handle_exception;
            store(target, r);
            if (HAS_RESULT)
                runtime::copy_value(RESULT, target);
            ++pc;
            DISPATCH();
        }
        HANDLER(PreInc)
        HANDLER(PreDec) {
            Value& target = slots[pc->op1];
            if (target.is_long() && pc->opcode == Opcode::PreInc && target.as_long() != INT64_MAX) {
                target = Value::integer(target.as_long() + 1);
            } else {
                if (target.is_undef()) {
                    undefined_variable(*function, pc->op1);
                    target = Value::null();
                }
                Outcome outcome = pc->opcode == Opcode::PreInc ? runtime::increment(target)
                                                               : runtime::decrement(target);
                if (outcome == Outcome::Threw)
                    goto handle_exception;
            }
            if (HAS_RESULT)
                runtime::copy_value(RESULT, target);
            ++pc;
            DISPATCH();
        }
        HANDLER(PostInc)
        HANDLER(PostDec) {
            Value& target = slots[pc->op1];
            if (target.is_undef()) {
                undefined_variable(*function, pc->op1);
                target = Value::null();
            }
            Value old;
            runtime::copy_value(old, target);
            Outcome outcome = pc->opcode == Opcode::PostInc ? runtime::increment(target)
                                                            : runtime::decrement(target);
            if (outcome == Outcome::Threw) {
                runtime::release(old);
                goto handle_exception;
            }
            RESULT = old;
            ++pc;
            DISPATCH();
        }
        HANDLER(UnsetCv)
            runtime::release_and_clear(slots[pc->op1]);
            ++pc;
            DISPATCH();
        HANDLER(IssetCv) {
            const Value& v = slots[pc->op1];
            bool set = !v.is_undef() && !v.is_null();
            RESULT = Value::boolean(pc->extended == 0 ? set : !(set && truthy(v)));
            ++pc;
            DISPATCH();
        }
        HANDLER(IssetDim) {
            const Value& container = fetch(pc->op1_kind, pc->op1, slots, literals);
            const Value& offset = READ_OP2();
            bool answer = dimension_isset(container, offset, pc->extended != 0);
            CONSUME_OP1();
            CONSUME_OP2();
            RESULT = Value::boolean(answer);
            ++pc;
            DISPATCH();
        }
        HANDLER(FetchDimRead)
        HANDLER(FetchDimIsset) {
            bool quiet = pc->opcode == Opcode::FetchDimIsset;
            const Value& container = quiet ? fetch(pc->op1_kind, pc->op1, slots, literals) : READ_OP1();
            const Value& offset = READ_OP2();
            Value r;
            Outcome outcome = fetch_dimension(r, container.is_undef() ? kNull : container, offset, quiet);
            CONSUME_OP1();
            CONSUME_OP2();
            if (outcome == Outcome::Threw)
                goto handle_exception;
            RESULT = r;
            ++pc;
            DISPATCH();
        }
        HANDLER(FetchConstant) {
            const Value& name = literals[pc->op1];
            Value v;
            if (!runtime::find_builtin_constant(name.as_string()->view(), v)) {
                (void)runtime::throw_error(runtime::msg::kind::Error, runtime::format(runtime::msg::UndefinedConstant,
                                                                  name.as_string()->bytes));
                goto handle_exception;
            }
            RESULT = v;
            ++pc;
            DISPATCH();
        }

        HANDLER(Jmp)
            pc = function->code.data() + pc->op1;
            DISPATCH();
        HANDLER(JmpZ)
        HANDLER(JmpNZ) {
            bool b = truthy(READ_OP1());
            CONSUME_OP1();
            if (b == (pc->opcode == Opcode::JmpNZ))
                pc = function->code.data() + pc->op2;
            else
                ++pc;
            DISPATCH();
        }
        HANDLER(JmpZEx)
        HANDLER(JmpNZEx) {
            bool b = truthy(READ_OP1());
            CONSUME_OP1();
            RESULT = Value::boolean(b);
            if (b == (pc->opcode == Opcode::JmpNZEx))
                pc = function->code.data() + pc->op2;
            else
                ++pc;
            DISPATCH();
        }
        HANDLER(JmpSet) {
            const Value& v = READ_OP1();
            if (truthy(v)) {
                Value copy = take(pc->op1_kind, pc->op1, slots, literals, *function);
                RESULT = copy;
                pc = function->code.data() + pc->op2;
            } else {
                CONSUME_OP1();
                ++pc;
            }
            DISPATCH();
        }
        HANDLER(Coalesce) {
            const Value& v = fetch(pc->op1_kind, pc->op1, slots, literals);
            if (!v.is_undef() && !v.is_null()) {
                Value copy = take(pc->op1_kind, pc->op1, slots, literals, *function);
                RESULT = copy;
                pc = function->code.data() + pc->op2;
            } else {
                CONSUME_OP1();
                ++pc;
            }
            DISPATCH();
        }
        HANDLER(Free)
            CONSUME_OP1();
            ++pc;
            DISPATCH();

        HANDLER(Echo) {
            const Value& v = READ_OP1();
            echo_value(v);
            CONSUME_OP1();
            ++pc;
            DISPATCH();
        }
        HANDLER(Exit) {
            if (pc->op1_kind != OperandKind::Unused) {
                const Value& v = READ_OP1();
                if (v.is_long())
                    m_exit_status = static_cast<int>(v.as_long());
                else
                    echo_value(v);
                CONSUME_OP1();
            }
            unwind(entry);
            return Completion::Exited;
        }
        HANDLER(BeginSilence) {
            runtime::Engine& engine = runtime::engine();
            RESULT = Value::integer(engine.error_reporting());
            engine.set_error_reporting(engine.error_reporting() & runtime::Engine::kFatalErrors);
            ++pc;
            DISPATCH();
        }
        HANDLER(EndSilence)
            runtime::engine().set_error_reporting(static_cast<int>(slots[pc->op1].as_long()));
            slots[pc->op1] = Value::undef();
            ++pc;
            DISPATCH();

        HANDLER(DeclareFunction) {
            const Function& declared = *m_script->functions[pc->op1];
            std::string error;
            if (!m_functions.declare(declared, error))
                runtime::fatal_error(error);
            ++pc;
            DISPATCH();
        }
        HANDLER(InitCall) {
            CallTarget& target = function->call_cache[pc->result];
            if (target.user == nullptr && target.builtin == nullptr) {
                std::string_view lower = literals[pc->op2].as_string()->view();
                target.user = m_functions.find(lower);
                if (target.user == nullptr)
                    target.builtin = runtime::find_builtin(lower);
                if (target.user == nullptr && target.builtin == nullptr) {
                    (void)runtime::throw_error(runtime::msg::kind::Error, runtime::format(runtime::msg::CallToUndefinedFunction,
                                                                      literals[pc->op1].as_string()->bytes));
                    goto handle_exception;
                }
            }
            uint32_t argc = pc->extended;
            uint32_t num_slots = argc;
            if (target.user != nullptr) {
                num_slots = target.user->frame_slots();
                if (argc > target.user->num_params)
                    num_slots += argc - target.user->num_params;
            }
            Frame* callee = m_stack.push(num_slots);
            callee->function = target.user;
            callee->builtin = target.builtin;
            callee->caller = frame;
            callee->num_args = argc;
            callee->enclosing_pending = frame->pending_call;
            frame->pending_call = callee;
            ++pc;
            DISPATCH();
        }
        HANDLER(SendValue)
        HANDLER(SendVariable) {
            Frame* callee = frame->pending_call;
            Value v = take(pc->op1_kind, pc->op1, slots, literals, *function);
            callee->slots()[callee->argument_slot(pc->op2)] = v;
            ++pc;
            DISPATCH();
        }
        HANDLER(DoCall) {
            Frame* callee = frame->pending_call;
            frame->pending_call = callee->enclosing_pending;
            callee->enclosing_pending = nullptr;
            if (HAS_RESULT)
                RESULT = Value::null();
            callee->return_slot = HAS_RESULT ? &RESULT : nullptr;
            if (callee->function != nullptr) {
                callee->pc = callee->function->code.data();
                m_frame = callee;
                LOAD_FRAME();
                DISPATCH();
            }
            // A builtin: runs here, in a frame of its own so that traces show it.
            Value result = Value::null();
            runtime::BuiltinCall call{callee->builtin, callee->slots(), callee->num_args, &result};
            m_frame = callee;
            Outcome outcome = runtime::call_builtin(call);
            m_frame = frame;
            for (uint32_t i = 0; i < callee->num_args; ++i)
                runtime::release_and_clear(callee->slots()[i]);
            m_stack.pop(callee);
            if (outcome == Outcome::Threw) {
                runtime::release(result);
                goto handle_exception;
            }
            if (HAS_RESULT)
                RESULT = result;
            else
                runtime::release(result);
            ++pc;
            DISPATCH();
        }
        HANDLER(Recv)
            if (pc->op1 >= frame->num_args) {
                const Frame* caller = frame->caller;
                bool exact = function->num_required_params == function->num_params;
                (void)runtime::throw_error(
                    runtime::msg::kind::ArgumentCountError,
                    runtime::format(runtime::msg::TooFewArguments,
                                    function->name.c_str(), frame->num_args, caller->function->file.c_str(),
                                    caller->pc->line, exact ? "exactly" : "at least",
                                    function->num_required_params));
                goto handle_exception;
            }
            ++pc;
            DISPATCH();
        HANDLER(RecvInit)
            if (pc->op1 >= frame->num_args)
                runtime::copy_value(slots[pc->result], literals[pc->op2]);
            ++pc;
            DISPATCH();
        HANDLER(RecvDefault) {
            const Value& cached = function->default_cache[pc->extended];
            if (pc->op1 < frame->num_args) {
                pc = function->code.data() + pc->op2;
            } else if (!cached.is_undef()) {
                slots[pc->result] = cached;
                pc = function->code.data() + pc->op2;
            } else {
                ++pc;
            }
            DISPATCH();
        }
        HANDLER(StoreDefault) {
            Value v = take(pc->op1_kind, pc->op1, slots, literals, *function);
            if (!v.is_refcounted())
                function->default_cache[pc->op2] = v;
            store(slots[pc->result], v);
            ++pc;
            DISPATCH();
        }
        HANDLER(Return) {
            Value v = pc->op1_kind == OperandKind::Unused
                          ? Value::null()
                          : take(pc->op1_kind, pc->op1, slots, literals, *function);
            if (frame == m_main) {
                runtime::release(v);
                return Completion::Returned;
            }
            Frame* callee = frame;
            if (callee->return_slot != nullptr)
                *callee->return_slot = v;
            else
                runtime::release(v);
            // Most frames hold only numbers by now: one pass finds that out, and
            // only a frame with something to release takes the ordered path.
            if (callee->pending_call != nullptr || holds_refcounted(callee))
                release_frame(callee, false);
            m_frame = callee->caller;
            m_stack.pop(callee);
            if (callee == entry)
                return Completion::Returned;
            LOAD_FRAME();
            ++pc;
            DISPATCH();
        }
    }

handle_exception:
    unwind(entry);
    return Completion::Threw;

#undef OP1_KIND
#undef OP2_KIND
#undef READ_OP1
#undef READ_OP2
#undef CONSUME_OP1
#undef CONSUME_OP2
#undef RESULT
#undef HAS_RESULT
#undef LOAD_FRAME
#undef HANDLER
#undef DISPATCH
}

} // namespace miniphp::vm
