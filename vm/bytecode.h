// The bytecode format: what the compiler produces and the VM runs.
//
// Three-address code in the style of Zend's op_arrays: each instruction names up to
// two operands and a result slot. An operand is a literal (Const: an entry of the
// function's literal table), a compiled variable (Cv: a named local, slot index fixed
// at compile time) or a temporary (Tmp: an unnamed intermediate). CVs and Tmps share
// the frame's slot array: CVs first, in order of first appearance with parameters
// first (the order php destroys locals in), then Tmps. Operands are resolved with no
// name lookups at run time.
//
// A function's code exists in two forms:
//   - the compiled form (`Function::code`), with operands as indexes: literal
//     index, slot index, instruction index of a jump target. The compiler and the
//     disassembler work on it.
//   - the executable form (`Function::executable`), made by vm::load() (loader.h):
//     the same instructions with a handler specialised for the instruction picked
//     into `handler`, and operands turned into byte offsets, so that fetching an
//     operand is one addition: a slot is `frame + offset`, a literal and a jump
//     target are `instruction + offset` (the literals are copied right behind the
//     instructions, as Zend keeps them on 64-bit). Only the VM reads it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "runtime/array.h"
#include "runtime/type_decl.h"
#include "runtime/value.h"
#include "vm/jump_table.h"

namespace miniphp::runtime {
struct BuiltinFunction;
class Class;
}

namespace miniphp::vm {

enum class Opcode : uint8_t {
#define MINIPHP_OPCODE(name, op1, op2, result, shape, meaning) name,
#include "vm/opcodes.def"
#undef MINIPHP_OPCODE
};

inline constexpr size_t kOpcodeCount = 0
#define MINIPHP_OPCODE(name, op1, op2, result, shape, meaning) +1
#include "vm/opcodes.def"
#undef MINIPHP_OPCODE
    ;

const char* opcode_name(Opcode op);

// Which operands hold jump targets (instruction indexes), from opcodes.def.
bool op1_is_jump(Opcode op);
bool op2_is_jump(Opcode op);

// A comparison's `extended` in the compiled form when the instruction right after it
// is a JmpZ/JmpNZ on its result that nothing else jumps to (php's smart branch): the
// loader then picks the comparison's handler that takes that jump itself. The jump
// instruction stays, for the general path.
enum SmartBranch : uint32_t { kNoSmartBranch = 0, kSmartBranchJmpZ = 1, kSmartBranchJmpNZ = 2 };

// FeFetch's `extended` when the loop has no key variable.
inline constexpr uint32_t kNoKey = UINT32_MAX;

// `Any` appears only in handler specialisations: the handler reads the kind from the
// instruction at run time.
enum class OperandKind : uint8_t { Unused, Const, Cv, Tmp, Any };

// The `extended` of FetchDimWrite and FetchObjWrite: what the slot is fetched for.
// ForReference (FetchObjWrite only): `$o->p = &$x`, which an overloaded property
// refuses.
enum FetchMode : uint32_t { kFetchWrite = 0, kFetchReadWrite = 1, kFetchUnset = 2, kFetchForReference = 3 };
// Added to a FetchObjWrite's mode when an element of the property is written next
// (php's ZEND_FETCH_DIM_WRITE): a typed property that cannot hold an array must not
// be made one.
constexpr uint32_t kFetchForElementWrite = 4;
// Added to a FetchDimWrite's mode for a list() element bound by reference (php's
// FETCH_LIST_W): the container is read again for the next element, and freed after
// the list, not by the fetch.
constexpr uint32_t kFetchFromList = 8;
// Added to a FetchObjWrite's mode when the property is made a reference (`&$o->p`, a
// by-reference argument; php's ZEND_FETCH_REF): a typed property becomes a source of
// the reference (runtime/typed_reference.h).
constexpr uint32_t kFetchMakeReference = 16;
// The FuncArg fetches (php's FETCH_*_FUNC_ARG, for a callee unknown at compile time)
// carry the argument's number above their mode: `extended >> kArgumentShift`.
constexpr uint32_t kArgumentShift = 8;
// The `extended` of an AssignRef whose source is a call (php's ZEND_RETURNS_FUNCTION):
// a result that is no reference is bound after php's notice.
constexpr uint32_t kAssignRefFromCall = 1;

struct Instruction {
    const void* handler = nullptr; // executable form: the specialised handler
    uint32_t op1 = 0;      // literal index, slot index, jump target or number
    uint32_t op2 = 0;
    uint32_t result = 0;   // slot index
    uint32_t extended = 0; // per-opcode extra (argument count, operator, flag)
    uint32_t line = 0;     // source line, for messages and traces
    Opcode opcode = Opcode::Free;
    OperandKind op1_kind = OperandKind::Unused;
    OperandKind op2_kind = OperandKind::Unused;
    OperandKind result_kind = OperandKind::Unused;

    // A call site resolved at run time keeps its callee in op1:op2 (8 aligned bytes),
    // as Zend keeps it in a run-time cache slot.
    template <class T>
    const T* cached_pointer() const
    {
        const T* p;
        std::memcpy(&p, &op1, sizeof p);
        return p;
    }
    void set_cached_pointer(const void* p) { std::memcpy(&op1, &p, sizeof p); }
};

static_assert(sizeof(Instruction) == 32, "an instruction is 32 bytes, like a zend_op");
static_assert(offsetof(Instruction, op1) % 8 == 0 && offsetof(Instruction, op2) == offsetof(Instruction, op1) + 4);

// A literal operand with a run-time cache slot behind it, as php gives its object
// opcodes CACHE_ADDR slots (the class and property offset of a FETCH_OBJ_R, the class
// and function of an INIT_METHOD_CALL). The loader copies the literal of such an
// operand (a property or method name, a class name) into one of these and points the
// operand here, so the instruction reads its literal as any other and finds its cache
// right behind it. What the fields mean is the opcode's business (see
// vm/handlers/object_cache.h; BindStatic keeps its variable's position in `size`); a
// null `key` is an empty cache.
struct CachedLiteral {
    runtime::Value literal; // bitwise copy; the literal table owns the value
    const void* key = nullptr;
    const void* target = nullptr;
    uint32_t size = 0;
    uint32_t spare = 0;
};

// Which operand of an instruction gets a CachedLiteral when it is a literal: 1, 2,
// or 0 for none.
int cached_operand(Opcode op);

// The executable form of a function: its instructions followed by a bitwise copy of
// its literals (the literal table keeps owning them), then its cached literals, in one
// allocation so that every instruction reaches every literal with a 32-bit offset.
class CodeBlock {
public:
    CodeBlock() = default;
    CodeBlock(const std::vector<Instruction>& code, const std::vector<runtime::Value>& literals,
              size_t cached_literals = 0);

    Instruction* code() { return reinterpret_cast<Instruction*>(m_memory.get()); }
    const Instruction* code() const { return reinterpret_cast<const Instruction*>(m_memory.get()); }
    const runtime::Value* literals() const
    {
        return reinterpret_cast<const runtime::Value*>(m_memory.get() + m_size * sizeof(Instruction));
    }
    CachedLiteral* cached_literals()
    {
        return reinterpret_cast<CachedLiteral*>(m_memory.get() + m_size * sizeof(Instruction) +
                                                m_literal_count * sizeof(runtime::Value));
    }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

private:
    std::unique_ptr<std::byte[]> m_memory;
    size_t m_size = 0;
    size_t m_literal_count = 0;
};

// A try statement (Zend's zend_try_catch_element), by instruction index: the try
// block is [try_op, catch_op or finally_op), the catch blocks [catch_op, finally_op),
// the finally block [finally_op, finally_end) with its FastRet at finally_end. A
// missing part is 0.
struct TryRegion {
    uint32_t try_op = 0;
    uint32_t catch_op = 0;
    uint32_t finally_op = 0;
    uint32_t finally_end = 0;
    uint32_t fast_call = 0; // the slot of its finally block's FastCall/FastRet Tmp
    // Tmp slots live across the whole statement (loop variables of enclosing loops,
    // enclosing finally blocks' slots): kept when an exception lands here.
    std::vector<uint32_t> keep;
};

// The instructions an `@` covers (BeginSilence + 1 up to its EndSilence) and the Tmp
// slot holding error_reporting as it was: an exception leaving them restores it
// (php's ZEND_LIVE_SILENCE ranges).
struct SilenceRange {
    uint32_t begin = 0;
    uint32_t end = 0;
    uint32_t saved = 0;
};

struct Function {
    std::string name;         // as declared; empty for the main script
    std::string lower_name;   // for the function table
    std::string file;         // script path as php prints it
    uint32_t start_line = 0;
    uint32_t end_line = 0;

    std::vector<Instruction> code; // compiled form
    // Literal values: scalars, interned strings, and the arrays of constant array
    // literals, which the table owns (one reference each, released with the function).
    std::vector<runtime::Value> literals;
    std::vector<std::string> cv_names; // slot i holds $cv_names[i]
    uint32_t num_cv_slots = 0;         // cv_names.size(), kept for the hot paths
    uint32_t num_tmps = 0;
    uint32_t num_params = 0;
    uint32_t num_required_params = 0;
    // Which parameters are taken by reference (`&$x`), one per parameter.
    std::vector<bool> param_by_ref;
    // Any of them: calls to functions without one skip the per-argument check.
    bool has_by_ref_params = false;
    // A method's signature as php's messages print it (zend_get_function_declaration):
    // "A::m(int $x = 5, ...$rest): ?A", self and parent resolved.
    std::string declaration;
    // The last parameter is variadic (`...$rest`, not counted in num_params).
    bool is_variadic = false;
    // Declared parameter types, one per parameter (unset: untyped), or none at all
    // when no parameter has one; the declared return type (unset: none).
    std::vector<runtime::TypeDecl> param_types;
    runtime::TypeDecl return_type;
    // Declared `function &name()`: `$x = &name()` binds $x to what it returns.
    bool returns_by_ref = false;
    // The code of a closure or arrow function: it runs with a Closure object's
    // $this, scope and static variables (Frame::closure).
    bool is_closure = false;
    // A method: its modifiers (runtime::MemberFlags) and, once its class is declared,
    // the class (the scope visibility checks and self:: use).
    bool is_method = false;
    std::string class_name; // a method's class, as declared
    uint32_t method_flags = 0;
    mutable const runtime::Class* scope = nullptr;
    // `static $x = init;`: name -> initial value, as compiled (null when there are
    // none). The first BindStatic of a run copies it into static_values (php's
    // ZEND_MAP_PTR copy), whose entries become the References every call shares.
    runtime::Array* static_variables = nullptr;
    mutable runtime::Array* static_values = nullptr;

    // Parameter defaults php evaluates at run time (RecvDefault's extended indexes it):
    // once computed, a value that is not refcounted is reused by later calls, as
    // ZEND_RECV_INIT caches it, so its warnings appear only on the first call.
    mutable std::vector<runtime::Value> default_cache;
    // The builtins CallBuiltin calls (its `extended`).
    std::vector<const runtime::BuiltinFunction*> builtins;
    // The case tables of switches compiled to SwitchLong/SwitchString (their op2).
    std::vector<JumpTable> jump_tables;
    // Its try statements, inner ones after the ones that contain them.
    std::vector<TryRegion> try_regions;
    std::vector<SilenceRange> silence_ranges;

    // Filled by vm::load():
    CodeBlock executable;
    // Bytes of a frame: the header and every CV and Tmp slot.
    uint32_t frame_size = 0;
    // How many leading parameters are received by one Recv/RecvInit each: a call
    // passing n arguments starts at instruction min(n, recv_prefix), since receiving
    // a passed argument does nothing (i_init_func_execute_data skips them too).
    uint32_t recv_prefix = 0;

    Function() = default;
    Function(const Function&) = delete;
    Function& operator=(const Function&) = delete;
    ~Function()
    {
        for (const runtime::Value& v : literals)
            runtime::release(v);
        if (static_variables != nullptr)
            runtime::release(runtime::Value::array(static_variables));
        if (static_values != nullptr)
            runtime::release(runtime::Value::array(static_values));
    }

    uint32_t num_cvs() const { return num_cv_slots; }
    uint32_t frame_slots() const { return num_cv_slots + num_tmps; }
};

// A class as compiled: what vm::ClassTable::declare needs to build the runtime::Class.
struct PropertyDecl {
    std::string name;
    uint32_t flags = 0;         // runtime::MemberFlags
    runtime::TypeDecl type;     // unset for an untyped property
    runtime::Value default_value; // owned; Undef for a typed property without default
};

struct ClassConstantDecl {
    std::string name;
    uint32_t flags = 0;
    runtime::Value value; // owned
};

struct ClassDecl {
    std::string name;
    std::string lower_name;
    std::string parent_name; // empty: none
    // `implements` (for an interface, `extends`), as written.
    std::vector<std::string> interface_names;
    uint32_t flags = 0;      // runtime::MemberFlags of the class
    uint32_t line = 0;
    std::vector<PropertyDecl> properties;
    std::vector<ClassConstantDecl> constants;
    std::vector<std::unique_ptr<Function>> methods;

    ClassDecl() = default;
    ClassDecl(const ClassDecl&) = delete;
    ClassDecl& operator=(const ClassDecl&) = delete;
    ~ClassDecl()
    {
        for (const PropertyDecl& p : properties)
            runtime::release(p.default_value);
        for (const ClassConstantDecl& c : constants)
            runtime::release(c.value);
    }
};

// One compiled file: its main code and every function declared in it.
struct Script {
    std::string file;
    std::unique_ptr<Function> main;
    std::vector<std::unique_ptr<Function>> functions;
    // Functions declared before the script runs (top-level declarations, hoisted as
    // php's early binding does), as indexes into `functions`.
    std::vector<uint32_t> hoisted;
    std::vector<std::unique_ptr<ClassDecl>> classes;
    // Classes bound before the script runs (php's early binding), as indexes into
    // `classes`, in declaration order.
    std::vector<uint32_t> hoisted_classes;
    // $_REQUEST and $_ENV, in the order the code names them: php makes these
    // superglobals while compiling, when it first meets them (auto_globals_jit).
    std::vector<std::string> jit_globals;
};

// Human-readable listing of a function's code (for --dump-opcodes and tests); once
// the function is loaded, each instruction also names its specialised handler.
std::string disassemble(const Function& function);

} // namespace miniphp::vm
