// FunctionCompiler: compiles one function body (or the main script) into a
// vm::Function. The script-wide state it shares with the compilers of nested
// functions (the Script being built, the messages) lives in ScriptCompiler.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/compiler.h"
#include "compiler/stack_guard.h"
#include "parser/ast.h"
#include "runtime/value.h"
#include "vm/bytecode.h"

namespace miniphp::runtime {
struct BuiltinFunction;
}

namespace miniphp::compiler {

// Compilation stops at the first fatal error: thrown, caught in compile().
struct CompileError {
    std::string message;
    uint32_t line;
};

class ScriptCompiler;

// A variable a closure captures: `use ($x)`, `use (&$x)`, or one an arrow function
// uses.
struct CapturedVariable {
    std::string name;
    bool by_reference = false;
};

// Where a value comes from, as an instruction operand.
struct Operand {
    vm::OperandKind kind = vm::OperandKind::Unused;
    uint32_t index = 0;
    // A Tmp php would hold in an IS_VAR rather than an IS_TMP_VAR: the result of a
    // function call not compiled to a special opcode. Only operand order depends on
    // it (see php_operand_rank() in expressions.cpp).
    bool php_var = false;

    bool is_tmp() const { return kind == vm::OperandKind::Tmp; }
    bool is_unused() const { return kind == vm::OperandKind::Unused; }
};

class FunctionCompiler {
public:
    FunctionCompiler(ScriptCompiler& script, vm::Function& function);

    // The main script: top-level statements, with early binding of functions.
    void compile_main(const parser::Node* statements);
    // A function declaration's parameters and body.
    void compile_function(const parser::Node* declaration);
    // The class whose method is compiled (self, parent and static in types).
    void set_class(const vm::ClassDecl* decl) { m_class = decl; }

private:
    // A loop or switch that break/continue can target (zend_loop_var).
    struct Loop {
        bool is_switch = false;
        Operand switch_subject;            // a Tmp the switch must free, if any
        Operand foreach_iterator;          // a foreach's iterator, freed with FeFree
        std::vector<uint32_t> break_jumps; // Jmp instructions to patch to the loop's end
        std::vector<uint32_t> continue_jumps;
    };

    // Statements (statements.cpp).
    void compile_top_statement(const parser::Node* node);
    void compile_statement(const parser::Node* node);
    void compile_statement_list(const parser::Node* node);
    void compile_echo(const parser::Node* node);
    void compile_if(const parser::Node* node);
    void compile_while(const parser::Node* node);
    void compile_do_while(const parser::Node* node);
    void compile_for(const parser::Node* node);
    void compile_switch(const parser::Node* node);
    // Returns the type of a jump table for the switch (Long, String), or Undef.
    runtime::Type preevaluate_switch_cases(const parser::Node* cases);
    std::optional<runtime::Value> preevaluate(const parser::Node* node);
    void compile_break_continue(const parser::Node* node);
    void compile_return(const parser::Node* node);
    void compile_unset(const parser::Node* node);
    void compile_global(const parser::Node* node);
    void compile_static(const parser::Node* node);
    void compile_function_declaration(const parser::Node* node, bool top_level);
    void compile_expression_list(const parser::Node* list, Operand* last_result);
    void end_loop(uint32_t continue_target);
    // Frees the Tmp variable of loop number `index` (before leaving it).
    void free_loop_variable(size_t index);

    // Closures and dynamic calls (closures.cpp).
    Operand compile_closure(const parser::Node* node);

    // Static properties (static_props.cpp).
    void static_prop_operands(const parser::Node* node, Operand& cls, Operand& name);
    Operand compile_static_prop_assign_coalesce(const parser::Node* node);
    Operand compile_match(const parser::Node* node);
    Operand compile_static_prop_read(const parser::Node* node, bool quiet);
    // FetchStaticPropWrite; `mode` as FetchObjWrite's (kFetchMakeReference for `&A::$x`).
    Operand compile_static_prop_for_write(const parser::Node* node, uint32_t mode = vm::kFetchWrite);
    Operand compile_static_prop_assign(const parser::Node* node);
    Operand compile_static_prop_increment(const parser::Node* node);
    Operand compile_isset_static_prop(const parser::Node* node, bool is_empty);
    // Constructor promotion (`public function __construct(private $x)`): the
    // properties the parameters declare, and their assignment as the body starts.
    void declare_promoted_properties(const parser::Node* method, vm::ClassDecl& decl);
    void assign_promoted_properties(const parser::Node* params);
    std::vector<CapturedVariable> closure_uses(const parser::Node* node);
    // The captured variables' values, copied into their CVs when the closure's code
    // starts (its first instructions after the parameters).
    void bind_closure_uses();
    Operand compile_dynamic_call(const parser::Node* node);
    // The end of a call whose frame is started: its arguments and DoCall, or for
    // `(...)` the CallableConvert that makes it a Closure.
    Operand finish_call(const parser::Node* node, const parser::Node* args);
    Operand compile_class_name(const parser::Node* node);
    // call_user_func($f, ...) and call_user_func_array($f, $args) by name: a call of
    // $f itself, with no frame of their own (zend_compile_func_cuf/cufa).
    Operand compile_user_call(const parser::Node* node);
    Operand compile_user_call_array(const parser::Node* node);
    // Set on the compiler of a closure's code.
    std::vector<CapturedVariable> m_captured;
    friend class ScriptCompiler;

    // try/catch/finally and throw (exceptions.cpp).
    // A try with a finally block being compiled (zend_loop_var's FAST_CALL and
    // DISCARD_EXCEPTION entries): a jump out of its try or catch blocks runs the
    // finally block first; a return from the finally block itself drops the exception
    // it was running for.
    struct FinallyScope {
        Operand fast_call;              // the Tmp FastCall/FastRet share
        uint32_t region = 0;            // index in Function::try_regions
        size_t loops_at_start = 0;      // m_loops.size() at the try
        bool in_body = false;           // compiling the finally block itself
        std::vector<uint32_t> calls;    // FastCalls to point at the finally block
    };
    void compile_try(const parser::Node* node);
    void compile_catches(const parser::Node* catches, uint32_t region, std::vector<uint32_t>& to_end);
    void compile_finally(const parser::Node* block, uint32_t region, std::vector<uint32_t>& to_end);
    Operand compile_throw(const parser::Node* node);
    // Before a jump out of loops (a break or continue leaving `depth` of them, the
    // last being the target), or out of the function (a return, depth ~0): frees the
    // loop variables and runs the finally blocks in between, innermost first
    // (zend_handle_loops_and_finally). True if a finally block runs.
    bool leave_scopes(size_t depth, bool is_return, Operand return_value, uint32_t line);
    // The Tmps live across statements here (loop variables, finally scopes): what
    // an exception caught by a try starting here must not release.
    std::vector<uint32_t> live_across_statements() const;

    void compile_foreach(const parser::Node* node);

    // Classes and objects (classes.cpp).
    static bool is_this(const parser::Node* node);
    void compile_class_declaration(const parser::Node* node, bool top_level);
    Operand compile_new(const parser::Node* node);
    void compile_call_arguments(const parser::Node* args);
    Operand compile_object_operand(const parser::Node* object, bool quiet);
    Operand compile_property_name(const parser::Node* name);
    Operand compile_prop_read(const parser::Node* node, bool quiet);
    Operand compile_prop_assign(const parser::Node* node);
    Operand compile_prop_increment(const parser::Node* node);
    Operand compile_prop_assign_coalesce(const parser::Node* node);
    void compile_unset_prop(const parser::Node* var);
    Operand compile_isset_prop(const parser::Node* var, bool is_empty);
    Operand compile_method_call(const parser::Node* node);
    void check_magic_method(const parser::Node* method, const vm::ClassDecl& owner);
    Operand compile_static_call(const parser::Node* node);
    Operand compile_class_constant(const parser::Node* node);
    Operand compile_instanceof(const parser::Node* node);
    void compile_unset_dim(const parser::Node* var);

    // Arrays (arrays.cpp).
    // A chain `$base[o1][o2]...` being compiled as a write target: its offsets are
    // computed first, its fetches emitted later (php's delayed oplines).
    struct WriteLink {
        Operand offset; // unused for `[]`; a property's name for `->name`
        uint32_t line = 0;
        bool property = false; // `->name` rather than `[offset]`
    };
    struct WriteChain {
        Operand base;
        // A superglobal written inside a function (the literal of its name), or the
        // global `$GLOBALS[name]` names (its name's operand; the chain starts after
        // it). The base is fetched from the global table only when the offsets are
        // computed, so that nothing they run can move the table under the pointer.
        Operand superglobal;
        std::vector<WriteLink> links;
        const parser::Node* base_node = nullptr; // what `base` was compiled from
        int64_t base_fetch = -1; // the FetchStaticPropWrite giving `base`, if one did
    };
    Operand compile_write_base(const parser::Node* base, bool first_is_property);
    Operand chain_base_for_write(const WriteChain& chain);
    bool writes_global_table(const parser::Node* var) const;
    WriteChain begin_write(const parser::Node* var);
    Operand emit_write_fetches(WriteChain& chain, uint32_t mode, bool all_links,
                               vm::Opcode fetch = vm::Opcode::FetchDimWrite);
    Operand emit_reference_fetches(const parser::Node* var, uint32_t mode,
                                   vm::Opcode fetch = vm::Opcode::FetchDimWrite);
    Operand compile_array(const parser::Node* node);
    // The array a literal denotes when every part is constant (an owned Value).
    std::optional<runtime::Value> constant_array(const parser::Node* node);
    Operand compile_reference_source(const parser::Node* var);
    Operand compile_dim_assign(const parser::Node* node);
    Operand compile_dim_increment(const parser::Node* node);
    Operand compile_chain_assign_coalesce(const parser::Node* node);
    Operand compile_assign_ref(const parser::Node* node);
    Operand compile_list_assignment(const parser::Node* node);
    void compile_list_assign(const parser::Node* list, Operand value);
    bool list_has_references(const parser::Node* list);
    void bind_list_reference(const parser::Node* target, Operand element);
    void assign_from_operand(const parser::Node* target, Operand value);

    void compile_runtime_default(Operand position, Operand slot, const parser::Node* default_value);
    void compile_parameter(const parser::Node* params, size_t index, uint32_t last_required);
    // A method's Function::declaration, from the parameters' texts.
    void describe_method(const std::vector<std::string>& parameters);
    // A parameter as zend_get_function_declaration prints it; `default_value` null
    // when it prints none.
    std::string parameter_text(const parser::Node* param, const runtime::TypeDecl& type,
                               const parser::Node* default_value);
    std::string default_text(const parser::Node* default_value);
    // A type with self and parent as the classes they name.
    std::string declared_type_text(const runtime::TypeDecl& type) const;

    // Types (types.cpp).
    // zend_compile_typename: `force_nullable` for a parameter defaulting to null;
    // `forced_nullable` tells whether that made the type nullable.
    runtime::TypeDecl compile_type(const parser::Node* ast, bool force_nullable = false,
                                   bool* forced_nullable = nullptr);
    runtime::TypeDecl compile_single_type(const parser::Node* ast);
    std::string compile_intersection(const parser::Node* ast);
    static bool check_parameter_default(const runtime::TypeDecl& type, runtime::Value& value);
    void check_return_statement(const parser::Node* returned, Operand& value, uint32_t line);

    // Expressions (expressions.cpp).
    Operand compile_expression(const parser::Node* node);
    Operand compile_variable_read(const parser::Node* node);
    Operand compile_assign(const parser::Node* node);
    Operand compile_assign_op(const parser::Node* node);
    Operand compile_assign_coalesce(const parser::Node* node);
    Operand compile_binary(const parser::Node* node);
    Operand compile_short_circuit(const parser::Node* node);
    Operand compile_conditional(const parser::Node* node);
    void check_nested_conditional(const parser::Node* node);
    Operand compile_coalesce(const parser::Node* node);
    Operand compile_increment(const parser::Node* node);
    Operand compile_unary_plus_minus(const parser::Node* node);
    Operand compile_cast(const parser::Node* node);
    Operand compile_call(const parser::Node* node);
    // Compiles argument `position` of a call whose callee wants it by reference
    // (`by_reference` true), by value (false) or is not known yet (nullopt).
    void compile_argument(const parser::Node* arg, uint32_t position, std::optional<bool> by_reference,
                          const parser::Node* args, bool callee_known);
    Operand compile_strlen(const parser::Node* argument);
    Operand compile_builtin_call(const parser::Node* node, const runtime::BuiltinFunction* builtin, bool special);
    Operand compile_constant(const parser::Node* node);
    Operand compile_magic_constant(const parser::Node* node);
    Operand compile_encaps_list(const parser::Node* node);
    Operand compile_isset_or_empty(const parser::Node* node);
    Operand compile_silence(const parser::Node* node);
    Operand compile_exit(const parser::Node* node);
    Operand compile_dim_read(const parser::Node* node, bool quiet);
    // The compile-time error for `$a{1}`, unless the Dim is an inner link of a chain.
    void check_offset_syntax(const parser::Node* dim);
    // Records that a chain's container is compiled as an inner link (php's
    // zend_short_circuiting_mark_inner), which exempts a Dim from check_offset_syntax.
    void mark_inner(const parser::Node* container);
    // ?-> (zend_short_circuiting_*): the JmpNull of each nullsafe link waits here until
    // the outermost link of its chain is compiled, then jumps past it with the chain's
    // result (`extended` 1: false, for isset; 2: true, for empty).
    std::vector<uint32_t> m_nullsafe_jumps;
    void emit_nullsafe_jump(Operand object);
    void commit_nullsafe(size_t checkpoint, const parser::Node* chain, Operand result, uint32_t extended = 0);
    static bool is_short_circuited(const parser::Node* node);
    Operand compile_expression_kind(const parser::Node* node);
    Operand compile_quiet_read_kind(const parser::Node* node);
    // Compiles the left side of ?? / isset without "Undefined" warnings.
    Operand compile_quiet_read(const parser::Node* node);
    // The CV slot of a plain `$name` variable; a compile error for anything else.
    uint32_t variable_slot(const parser::Node* var);
    // Releases an expression's value nobody reads (zend_do_free).
    void discard(Operand operand);

    // Emission and bookkeeping (function_compiler.cpp).
    uint32_t emit(vm::Opcode op, Operand op1 = {}, Operand op2 = {}, Operand result = {});
    Operand emit_tmp(vm::Opcode op, Operand op1 = {}, Operand op2 = {});
    uint32_t emit_jump(vm::Opcode op, Operand condition = {}, Operand result = {});
    uint32_t next_instruction() const { return static_cast<uint32_t>(m_function.code.size()); }
    void patch_jump(uint32_t instruction, uint32_t target);
    Operand new_tmp();
    void free_tmp(Operand operand);
    Operand cv(const std::string& name);
    Operand literal(runtime::Value value);
    Operand literal_string(std::string_view text);
    // $GLOBALS[name] with any name: a global variable, in write contexts.
    static bool is_globals_element(const parser::Node* node);
    Operand compile_superglobal_assign(const parser::Node* node, bool compound);
    // FetchGlobalWrite of the global `$GLOBALS[name]` names (mode as FetchDimWrite's).
    Operand compile_globals_element_for_write(const parser::Node* node, uint32_t mode);
    Operand literal_long(int64_t value);
    // A folded operator's result as a literal (releasing the result's own reference).
    Operand folded_literal(runtime::Value value);
    // The value of a Const operand.
    const runtime::Value& constant_value(Operand operand) const { return m_function.literals[operand.index]; }
    void set_line(const parser::Node* node);
    // evaluate_constant() in this function's context.
    std::optional<runtime::Value> fold_constant(const parser::Node* node);
    [[noreturn]] void error(const std::string& message, uint32_t line);
    [[noreturn]] void unsupported(const char* what, const parser::Node* node);
    // An unsupported write target, after the checks php makes when compiling it.
    [[noreturn]] void unsupported_write(const char* what, const parser::Node* target);
    void warn(const char* level, std::string message, uint32_t line);
    void finish(uint32_t end_line);
    void fuse_assignments();
    void mark_smart_branches();

    ScriptCompiler& m_script;
    vm::Function& m_function;
    const vm::ClassDecl* m_class = nullptr;
    std::unordered_map<std::string, uint32_t> m_cv_slots;
    std::unordered_map<std::string, uint32_t> m_string_literals;
    std::unordered_map<int64_t, uint32_t> m_long_literals;
    std::vector<uint32_t> m_free_tmps;
    std::vector<Loop> m_loops;
    std::vector<FinallyScope> m_finally;
    // Case conditions as php rewrote them before compiling them (see
    // preevaluate_switch_cases): a node becomes a literal on a given line, or
    // another node.
    struct Preevaluated {
        Operand literal;
        uint32_t line = 0;
        const parser::Node* replacement = nullptr;
    };
    std::unordered_map<const parser::Node*, Preevaluated> m_preevaluated;
    std::unordered_set<const parser::Node*> m_inner_links;
    uint32_t m_line = 0;
    // Compiling a parameter default that php evaluates at run time from its AST.
    bool m_constant_expression = false;
    // The parameters as a method's declaration prints them.
    std::vector<std::string> m_parameter_texts;
};

// State shared by every function of one script.
class ScriptCompiler {
public:
    explicit ScriptCompiler(const std::string& file);

    vm::Script& script() { return *m_script; }
    std::unique_ptr<vm::Script> take_script() { return std::move(m_script); }
    std::vector<CompileMessage>& messages() { return m_messages; }
    const StackGuard& stack_guard() const { return m_stack_guard; }
    const std::string& file() const { return m_script->file; }

    // Compiles a declaration into a new Function of the script; returns its index.
    uint32_t add_function(const parser::Node* declaration);
    // Compiles a closure or arrow function capturing `uses`; returns its index.
    uint32_t add_closure(const parser::Node* declaration, const std::string& class_name,
                         const std::vector<CapturedVariable>& uses);
    // Compiles a method of `owner`.
    std::unique_ptr<vm::Function> compile_method(const parser::Node* declaration, const vm::ClassDecl& owner);
    // php's compile-time class table: the classes bound early so far.
    bool knows_class(const std::string& lower_name) const;
    // Adds a class bound early; false if the name is taken.
    bool bind_class(const std::string& lower_name);

    // php's compile-time function table (CG(function_table)): the builtins, and the
    // top-level functions whose compilation has finished. A call to any other name is
    // compiled without knowing its callee (zend_compile_dynamic_call).
    bool knows_function(const std::string& lower_name) const;
    // A top-level user function bound so far (see knows_function), or nullptr.
    const vm::Function* bound_function(const std::string& lower_name) const;
    // Adds a top-level function once its body is compiled, as zend_compile_func_decl
    // does (early binding); the "Cannot redeclare" message if its name is taken.
    std::optional<std::string> bind_function(const vm::Function& function);
    // The byte offset after `__halt_compiler();` when the file ends with one, which
    // __COMPILER_HALT_OFFSET__ names anywhere in the file (zend_compile_const).
    std::optional<int64_t> halt_offset() const { return m_halt_offset; }
    void set_halt_offset(int64_t offset) { m_halt_offset = offset; }

private:
    std::unique_ptr<vm::Script> m_script;
    std::vector<CompileMessage> m_messages;
    StackGuard m_stack_guard;
    std::unordered_map<std::string, const vm::Function*> m_bound_functions;
    std::unordered_set<std::string> m_bound_classes;
    std::optional<int64_t> m_halt_offset;
};

// Evaluates a constant expression (parameter defaults, folded literals); nullopt if it
// is not one. The value is a scalar or an interned string.
std::optional<runtime::Value> evaluate_constant(const parser::Node* node, const std::string& file,
                                                const std::string& function_name, const StackGuard& guard);

// The error zend_eval_const_expr raises on a Dim itself (`$a[]` read, `$a{1}`), inner
// link or not; nullptr if none.
const char* dim_evaluation_error(const parser::Node* dim);

// The error zend_eval_const_expr raises on a parameter default before anything else
// is checked (`$a[]` read, `$a{1}`), walking only what it walks; nullptr if none.
const char* constant_evaluation_error(const parser::Node* node, const std::string& file,
                                      const std::string& function_name, const StackGuard& guard);

// A parameter default naming a constant other than true, false and null, which php
// keeps unevaluated until the default is used.
bool refers_to_constant(const parser::Node* node);

// The opcode of a binary operator.
vm::Opcode binary_opcode(parser::BinaryOpKind kind);

// zend_is_allowed_in_const_expr over the whole tree: what a parameter default may
// contain (else "Constant expression contains invalid operations"). Too deep to tell:
// true, and compiling it reports the depth.
bool is_constant_expression(const parser::Node* node, const StackGuard& guard);

// zend_try_ct_eval_binary_op and zend_try_ct_eval_unary_op: the value of an operator
// applied to literals, when php computes it at compile time, which it does unless the
// operator would warn or throw (zend_binary_op_produces_error). A string result is
// the caller's to release.
std::optional<runtime::Value> fold_binary_operator(vm::Opcode op, const runtime::Value& a, const runtime::Value& b);
std::optional<runtime::Value> fold_unary_operator(vm::Opcode op, const runtime::Value& a);

} // namespace miniphp::compiler
