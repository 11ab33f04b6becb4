// Arrays in the compiler: literals (built at compile time when every part is
// constant, as zend_try_ct_eval_array does), writes through offsets with php's
// delayed fetches (zend_delayed_compile_dim: the offsets and the assigned value are
// computed first, the fetches that vivify containers last), unset, references,
// list() destructuring and foreach.
#include "compiler/auto_globals.h"
#include "compiler/function_compiler.h"
#include "runtime/array.h"
#include "runtime/array_access.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"

namespace miniphp::compiler {

using parser::Node;
using parser::NodeKind;
using vm::Opcode;
using vm::OperandKind;

namespace {

using vm::kFetchForReference;
using vm::kFetchReadWrite;
using vm::kFetchUnset;
using vm::kFetchWrite;

bool is_plain_var(const Node* node)
{
    return node->kind == NodeKind::Var && node->child(0)->kind == NodeKind::Zval;
}

// An element's value or key as a literal array holds it: strings of two bytes or
// more are the array's own counted copies (php's scanner hands those out
// un-interned, and zend_try_ct_eval_array keeps them), the empty and one-byte
// strings stay interned.
runtime::Value owned_element(const runtime::Value& v)
{
    if (v.is_string() && v.as_string()->length > 1)
        return runtime::Value::string(runtime::String::create(v.as_string()->view()));
    return v;
}

} // namespace

// zend_try_ct_eval_array: the array itself when every key and value is a constant
// (a key of an incompatible float, an array or a spread leaves it to run time).
std::optional<runtime::Value> FunctionCompiler::constant_array(const Node* node)
{
    if (node->size() == 0)
        return runtime::Value::array(runtime::Array::empty());
    std::vector<std::pair<std::optional<runtime::Value>, runtime::Value>> elements;
    auto release_all = [&elements] {
        for (auto& [key, value] : elements)
            runtime::release(value);
    };
    for (size_t i = 0; i < node->size(); ++i) {
        const Node* element = node->child(i);
        if (element == nullptr || element->kind != NodeKind::ArrayElem || (element->attr & 1) != 0) {
            release_all();
            return std::nullopt;
        }
        std::optional<runtime::Value> key;
        if (const Node* key_node = element->child(1)) {
            key = fold_constant(key_node);
            if (!key) {
                release_all();
                return std::nullopt;
            }
            if (key->is_double()) {
                double d = key->as_double();
                if (!runtime::is_long_compatible(d, runtime::dval_to_lval(d))) {
                    release_all();
                    return std::nullopt;
                }
            }
        }
        const Node* value_node = element->child(0);
        std::optional<runtime::Value> value = value_node->kind == NodeKind::Array ? constant_array(value_node)
                                                                                   : fold_constant(value_node);
        if (!value) {
            release_all();
            return std::nullopt;
        }
        elements.emplace_back(key, value->is_array() ? *value : owned_element(*value));
    }
    runtime::Array* array = runtime::Array::create(static_cast<uint32_t>(elements.size()));
    for (size_t i = 0; i < elements.size(); ++i) {
        auto& [key, value] = elements[i];
        runtime::Value* slot = nullptr;
        runtime::ArrayKey k;
        if (!key)
            slot = array->append();
        else if (runtime::offset_to_key(*key, k, runtime::OffsetUse::Write) == runtime::Outcome::Ok) {
            // A string key is the array's own copy too (array_keys() shows refcount(2)).
            runtime::Value owned_key = k.is_string() ? owned_element(runtime::Value::string(k.string)) : runtime::Value();
            slot = array->lookup_or_insert(owned_key.is_string() ? runtime::ArrayKey::of_string(owned_key.as_string()) : k);
            runtime::release(owned_key);
        }
        if (slot == nullptr) {
            // The next key is taken (after PHP_INT_MAX): php reports it at run time.
            for (size_t j = i; j < elements.size(); ++j)
                runtime::release(elements[j].second);
            runtime::release(runtime::Value::array(array));
            return std::nullopt;
        }
        runtime::Value old;
        old.copy_from(*slot);
        slot->copy_from(value);
        runtime::release(old);
    }
    return runtime::Value::array(array);
}

Operand FunctionCompiler::compile_array(const Node* node)
{
    if (static_cast<parser::ArraySyntax>(node->attr) == parser::ArraySyntax::List)
        error(runtime::msg::ListOutsideAssignment, node->line);
    for (size_t i = 0; i < node->size(); ++i)
        if (node->child(i) == nullptr)
            error(runtime::msg::EmptyArrayElement, node->line);
    if (std::optional<runtime::Value> constant = constant_array(node)) {
        m_function.literals.push_back(*constant);
        return Operand{OperandKind::Const, static_cast<uint32_t>(m_function.literals.size() - 1)};
    }
    // zend_compile_array: InitArray with the first element, then one instruction per
    // further element.
    Operand result = new_tmp();
    bool packed = true;
    for (size_t i = 0; i < node->size(); ++i)
        if (node->child(i)->kind == NodeKind::ArrayElem && node->child(i)->child(1) != nullptr)
            packed = false;
    uint32_t size_hint = static_cast<uint32_t>(node->size());
    for (size_t i = 0; i < node->size(); ++i) {
        const Node* element = node->child(i);
        if (element->kind == NodeKind::Unpack) {
            if (i == 0) {
                uint32_t at = emit(Opcode::InitArray, {}, {}, result);
                m_function.code[at].extended = size_hint << 2 | (packed ? 0 : 2);
            }
            Operand value = compile_expression(element->child(0));
            free_tmp(value);
            emit(Opcode::AddArrayUnpack, value, {}, result);
            continue;
        }
        bool by_reference = (element->attr & 1) != 0;
        Operand key;
        Operand value;
        if (by_reference) {
            value = compile_reference_source(element->child(0));
        } else {
            value = compile_expression(element->child(0));
        }
        if (element->child(1) != nullptr)
            key = compile_expression(element->child(1));
        free_tmp(value);
        free_tmp(key);
        uint32_t at = emit(i == 0 ? Opcode::InitArray : Opcode::AddArrayElement, value, key, result);
        m_function.code[at].extended = (i == 0 ? (size_hint << 2 | (packed ? 0 : 2)) : 0) | (by_reference ? 1 : 0);
    }
    return result;
}

// The operand `&$x` / `&$a[k]` names: a Cv, or the Tmp a write fetch of the chain
// leaves (pointing at the element).
Operand FunctionCompiler::compile_reference_source(const Node* var)
{
    if (is_short_circuited(var))
        error(runtime::msg::ReferenceToNullsafeChain, var->line);
    if (is_plain_var(var) && var->child(0)->string_value == "GLOBALS")
        error(runtime::msg::GlobalsReference, var->line);
    if (is_plain_var(var) && writes_global_table(var))
        return emit_tmp(Opcode::FetchGlobalWrite, literal_string(var->child(0)->string_value));
    if (is_plain_var(var))
        return Operand{OperandKind::Cv, variable_slot(var)};
    if (is_globals_element(var))
        return compile_globals_element_for_write(var, kFetchWrite);
    if (var->kind == NodeKind::Dim || var->kind == NodeKind::Prop)
        return emit_reference_fetches(var, kFetchWrite);
    if (var->kind == NodeKind::StaticProp)
        return compile_static_prop_for_write(var, vm::kFetchMakeReference);
    if (var->kind == NodeKind::Call)
        error(runtime::msg::FunctionResultInWriteContext, var->line);
    if (var->kind == NodeKind::MethodCall || var->kind == NodeKind::StaticCall)
        error(runtime::msg::MethodResultInWriteContext, var->line);
    unsupported("References to anything but variables and array elements are", var);
}

// A superglobal named inside a function, method or closure: php fetches it from the
// global table (zend_compile_simple_var_no_cv), so a write through it changes the
// global. The main script's variables are the globals already.
bool FunctionCompiler::writes_global_table(const Node* var) const
{
    const std::string& name = var->child(0)->string_value;
    bool main_script = m_function.name.empty() && !m_function.is_closure && !m_function.is_method;
    return !main_script && name != "GLOBALS" && is_auto_global(name);
}

// The first half of zend_delayed_compile_dim: the base variable and every offset of
// a chain `$base[o1][o2]...`, computed now, in order.
FunctionCompiler::WriteChain FunctionCompiler::begin_write(const Node* var)
{
    if (is_short_circuited(var))
        error(runtime::msg::NullsafeInWriteContext, var->line);
    WriteChain chain;
    std::vector<const Node*> links;
    const Node* base = var;
    while (base->kind == NodeKind::Dim || base->kind == NodeKind::Prop) {
        if (base->kind == NodeKind::Dim) {
            check_offset_syntax(base);
            mark_inner(base->child(0));
        }
        links.push_back(base);
        base = base->child(0);
    }
    chain.base_node = base;
    if (is_plain_var(base) && base->child(0)->string_value == "GLOBALS" && links.back()->kind == NodeKind::Dim &&
        links.back()->child(1) == nullptr)
        error(runtime::msg::GlobalsAppend, links.back()->line);
    if (is_globals_element(links.back())) {
        // `$GLOBALS['name'][...]`: the chain starts at the global (php 8.1+ compiles
        // it as a global variable fetch). Writes to the global itself are their own
        // instructions (AssignGlobal, UnsetGlobal...), compiled before getting here.
        const Node* globals_link = links.back();
        links.pop_back();
        if (links.empty())
            unsupported_write("This write to $GLOBALS[...] is", var);
        chain.superglobal = compile_expression(globals_link->child(1));
        base = globals_link;
    }
    bool first_is_property = links.back()->kind == NodeKind::Prop;
    if (!chain.superglobal.is_unused())
        ; // fetched by chain_base_for_write
    else if (is_plain_var(base) && writes_global_table(base))
        chain.superglobal = literal_string(base->child(0)->string_value);
    else
        chain.base = compile_write_base(base, first_is_property);
    if (!m_function.code.empty() && m_function.code.back().opcode == Opcode::FetchStaticPropWrite &&
        base->kind == NodeKind::StaticProp)
        chain.base_fetch = static_cast<int64_t>(m_function.code.size() - 1);
    for (auto it = links.rbegin(); it != links.rend(); ++it) {
        const Node* link_node = *it;
        WriteLink link;
        set_line(link_node);
        link.line = m_line;
        if (link_node->kind == NodeKind::Prop) {
            link.property = true;
            link.offset = compile_property_name(link_node->child(1));
        } else if (link_node->child(1) != nullptr) {
            link.offset = compile_expression(link_node->child(1));
        }
        chain.links.push_back(link);
    }
    return chain;
}

// The base of a write chain: $this (Unused), a variable, or a value computed now.
Operand FunctionCompiler::compile_write_base(const Node* base, bool first_is_property)
{
    if (first_is_property && is_this(base))
        return Operand{}; // $this
    if (is_plain_var(base))
        return Operand{OperandKind::Cv, variable_slot(base)};
    if (base->kind == NodeKind::StaticProp) {
        // A::$list[] = v writes through the property; A::$obj->p = v through the object.
        return first_is_property ? compile_static_prop_read(base, false) : compile_static_prop_for_write(base);
    }
    if (base->kind == NodeKind::Call || base->kind == NodeKind::MethodCall || base->kind == NodeKind::StaticCall) {
        // What a call returns can be written through: an object (`f()->p = 1`), or a
        // temporary array, changed and dropped (`f()[0] = 1`).
        return compile_expression(base);
    }
    if (base->kind == NodeKind::Var)
        unsupported_write("Writing through offsets of a variable variable is", base);
    // zend_compile_var_inner: anything else (a literal, `new`, an operator's result) is
    // a temporary, which cannot be written to.
    error(runtime::msg::TemporaryInWriteContext, base->line);
}

// The second half: the FetchDimWrite (or `fetch`) of each link, all of them or all
// but the last, which the caller's own instruction handles; `mode` is each fetch's
// `extended`. A property link is fetched by FetchObjWrite (FetchObjFuncArg in a chain
// of FetchDimFuncArg). Returns the container
// operand for the caller's instruction.
Operand FunctionCompiler::chain_base_for_write(const WriteChain& chain)
{
    if (chain.superglobal.is_unused())
        return chain.base;
    return emit_tmp(Opcode::FetchGlobalWrite, chain.superglobal);
}

// Every fetch of the chain `var`, the last one making its slot a reference (a
// property's fetch is told so: php's ZEND_FETCH_REF). `mode` as emit_write_fetches's.
Operand FunctionCompiler::emit_reference_fetches(const Node* var, uint32_t mode, Opcode fetch)
{
    WriteChain chain = begin_write(var);
    Operand slot = emit_write_fetches(chain, mode, true, fetch);
    if (chain.links.back().property)
        m_function.code.back().extended |= vm::kFetchMakeReference;
    return slot;
}

Operand FunctionCompiler::emit_write_fetches(WriteChain& chain, uint32_t mode, bool all_links, Opcode fetch)
{
    if (chain.base_fetch >= 0 && mode == kFetchWrite && fetch == Opcode::FetchDimWrite)
        m_function.code[chain.base_fetch].extended |= vm::kFetchForElementWrite; // `A::$list[] = v`
    Operand container = chain_base_for_write(chain);
    size_t count = chain.links.size() - (all_links ? 0 : 1);
    for (size_t i = 0; i < count; ++i) {
        WriteLink& link = chain.links[i];
        m_line = link.line;
        free_tmp(link.offset);
        // Never the container's Tmp: a temporary container is released after the
        // result is written (see write_through_temporary).
        Operand out = new_tmp();
        free_tmp(container);
        Opcode property_fetch = fetch == Opcode::FetchDimFuncArg ? Opcode::FetchObjFuncArg : Opcode::FetchObjWrite;
        uint32_t at = emit(link.property ? property_fetch : fetch, container, link.offset, out);
        m_function.code[at].extended = mode;
        if (link.property && mode == kFetchWrite && fetch == Opcode::FetchDimWrite && i + 1 < chain.links.size() &&
            !chain.links[i + 1].property)
            m_function.code[at].extended |= vm::kFetchForElementWrite;
        container = out;
    }
    if (!all_links)
        m_line = chain.links.back().line;
    return container;
}

// `$a[k] = v` and `$a[k] OP= v`: the offsets, the value, the fetches, then the
// instruction with its value in an OpData.
Operand FunctionCompiler::compile_dim_assign(const Node* node)
{
    bool compound = node->kind == NodeKind::AssignOp;
    if (is_globals_element(node->child(0))) {
        // `$GLOBALS['name'] = v`: the global itself.
        Operand name = compile_expression(node->child(0)->child(1));
        Operand value = compile_expression(node->child(1));
        free_tmp(name);
        free_tmp(value);
        Operand out = new_tmp();
        uint32_t at = emit(Opcode::AssignGlobal, name, {}, out);
        if (compound) // the operator's opcode + 1: Add is opcode 0
            m_function.code[at].extended =
                static_cast<uint32_t>(binary_opcode(static_cast<parser::BinaryOpKind>(node->attr))) + 1;
        emit(Opcode::OpData, value);
        return out;
    }
    WriteChain chain = begin_write(node->child(0));
    Operand value = compile_expression(node->child(1));
    // zend_is_assign_to_self: `$a[] = $a` copies $a before the write separates it, so
    // the element is the old array, not the array itself.
    if (!compound && value.kind == OperandKind::Cv && chain.base.kind == OperandKind::Cv &&
        value.index == chain.base.index)
        value = emit_tmp(Opcode::QmAssign, value);
    Operand container = emit_write_fetches(chain, compound ? kFetchReadWrite : kFetchWrite, false);
    Operand offset = chain.links.back().offset;
    free_tmp(offset);
    free_tmp(value);
    Operand out = new_tmp(); // never the container's Tmp, released after the result is written
    free_tmp(container);
    uint32_t at = emit(compound ? Opcode::AssignDimOp : Opcode::AssignDim, container, offset, out);
    if (compound)
        m_function.code[at].extended =
            static_cast<uint32_t>(binary_opcode(static_cast<parser::BinaryOpKind>(node->attr)));
    emit(Opcode::OpData, value);
    return out;
}

// `$a[k] ??= v` and `$o->p ??= v`, through any chain of elements and properties
// (zend_compile_assign_coalesce): the base and the offsets are computed once and
// kept (php's memoized expressions): the quiet read and the write each use copies
// of the temporary ones, which are freed at the end, whichever way it went.
Operand FunctionCompiler::compile_chain_assign_coalesce(const Node* node)
{
    WriteChain chain = begin_write(node->child(0));
    auto copy_of = [this](Operand offset) {
        if (!offset.is_tmp())
            return offset;
        Operand copy = new_tmp(); // the original stays allocated
        emit(Opcode::CopyTmp, offset, {}, copy);
        return copy;
    };
    Operand container = chain.base; // a call's result is read here and called again for the write, as in php
    if (!chain.superglobal.is_unused() && chain.superglobal.kind != OperandKind::Const)
        unsupported_write("??= below $GLOBALS[computed name] is", node);
    if (!chain.superglobal.is_unused()) {
        container = emit_tmp(Opcode::FetchGlobal, chain.superglobal);
        m_function.code.back().extended = 1; // quiet, as the isset it stands for
    }
    for (WriteLink& link : chain.links) {
        if (link.offset.is_unused())
            error(runtime::msg::CannotReadAppend, node->line);
        m_line = link.line;
        container = emit_tmp(link.property ? Opcode::FetchObjIsset : Opcode::FetchDimIsset, container,
                             copy_of(link.offset));
    }
    free_tmp(container);
    Operand out = new_tmp();
    uint32_t skip = emit(Opcode::Coalesce, container, {}, out);
    Operand value = compile_expression(node->child(1));
    // The write works on copies too: the originals outlive both paths.
    WriteChain copies = chain;
    if (chain.base.is_tmp())
        copies.base = compile_write_base(chain.base_node, chain.links.front().property);
    for (WriteLink& link : copies.links)
        link.offset = copy_of(link.offset);
    Operand element_container = emit_write_fetches(copies, 0, false);
    Operand offset = copies.links.back().offset;
    free_tmp(offset);
    free_tmp(value);
    Operand assigned = new_tmp();
    free_tmp(element_container);
    emit(copies.links.back().property ? Opcode::AssignObj : Opcode::AssignDim, element_container, offset, assigned);
    emit(Opcode::OpData, value);
    free_tmp(assigned);
    emit(Opcode::QmAssign, assigned, {}, out);
    patch_jump(skip, next_instruction());
    for (WriteLink& link : chain.links) {
        if (link.offset.is_tmp()) {
            free_tmp(link.offset);
            emit(Opcode::Free, link.offset);
        }
    }
    return out;
}

// `$a[k]++` and friends: the whole chain fetched for reading and writing, then the
// increment on the element (zend_compile_post_incdec on a VAR).
Operand FunctionCompiler::compile_dim_increment(const Node* node)
{
    Operand element;
    if (is_globals_element(node->child(0))) {
        element = compile_globals_element_for_write(node->child(0), kFetchReadWrite);
    } else {
        WriteChain chain = begin_write(node->child(0));
        element = emit_write_fetches(chain, kFetchReadWrite, true);
    }
    Operand out = new_tmp(); // never the element's Tmp, released after the result is written
    free_tmp(element);
    uint32_t kind = 0;
    switch (node->kind) {
    case NodeKind::PreInc: kind = 0; break;
    case NodeKind::PreDec: kind = 1; break;
    case NodeKind::PostInc: kind = 2; break;
    default: kind = 3; break;
    }
    uint32_t at = emit(Opcode::IncDecIndirect, element, {}, out);
    m_function.code[at].extended = kind;
    return out;
}

void FunctionCompiler::compile_unset_dim(const Node* var)
{
    if (is_globals_element(var)) {
        Operand name = compile_expression(var->child(1));
        free_tmp(name);
        emit(Opcode::UnsetGlobal, name);
        return;
    }
    WriteChain chain = begin_write(var);
    if (chain.links.back().offset.is_unused())
        error(runtime::msg::CannotUseAppendForUnset, var->line);
    Operand container = emit_write_fetches(chain, kFetchUnset, false);
    Operand offset = chain.links.back().offset;
    free_tmp(container);
    free_tmp(offset);
    emit(Opcode::UnsetDim, container, offset);
}

// zend_compile_assign_ref: the target's offsets, then the source (whole), then the
// target's fetches.
Operand FunctionCompiler::compile_assign_ref(const Node* node)
{
    const Node* target = node->child(0);
    const Node* source = node->child(1);
    if (is_short_circuited(target))
        error(runtime::msg::NullsafeInWriteContext, target->line);
    if (is_short_circuited(source))
        error(runtime::msg::ReferenceToNullsafeChain, source->line);
    if (!is_plain_var(target) && target->kind != NodeKind::Dim && target->kind != NodeKind::Prop &&
        target->kind != NodeKind::StaticProp)
        unsupported_write("Reference assignment to anything but a variable, an element or a property is", target);
    std::optional<WriteChain> chain;
    Operand target_operand;
    Operand static_class;
    Operand static_name;
    Operand global_name; // a global bound by name: `$GLOBALS['x'] = &$y`, `$_GET = &$y` in a function
    if (is_globals_element(target))
        global_name = compile_expression(target->child(1));
    else if (target->kind == NodeKind::Dim || target->kind == NodeKind::Prop)
        chain = begin_write(target); // the last link's fetch gives the slot to bind
    else if (target->kind == NodeKind::StaticProp)
        static_prop_operands(target, static_class, static_name); // found after the source, as php's delayed fetch
    else if (writes_global_table(target))
        global_name = literal_string(target->child(0)->string_value);
    else
        target_operand = Operand{OperandKind::Cv, variable_slot(target)};
    Operand source_operand;
    if (is_plain_var(source) && source->child(0)->string_value == "GLOBALS") {
        error(runtime::msg::GlobalsReference, source->line);
    } else if (is_plain_var(source) && !writes_global_table(source)) {
        source_operand = Operand{OperandKind::Cv, variable_slot(source)};
    } else if (source->kind == NodeKind::Dim || source->kind == NodeKind::StaticProp ||
               source->kind == NodeKind::Prop || is_plain_var(source)) {
        Operand element = compile_reference_source(source);
        free_tmp(element);
        source_operand = new_tmp();
        emit(Opcode::MakeRef, element, {}, source_operand);
    } else if (source->kind == NodeKind::Call || source->kind == NodeKind::MethodCall ||
               source->kind == NodeKind::StaticCall) {
        // A function declared &f() hands a Reference over; any other result is
        // bound with a notice at run time.
        source_operand = compile_expression(source);
    } else {
        unsupported("References to anything but variables, elements and calls are", source);
    }
    if (chain) {
        target_operand = emit_write_fetches(*chain, kFetchWrite, true);
        if (chain->links.back().property) // ASSIGN_OBJ_REF: no binding to an overloaded property
            m_function.code.back().extended = kFetchForReference;
    } else if (target->kind == NodeKind::StaticProp) {
        target_operand = new_tmp();
        uint32_t at = emit(Opcode::FetchStaticPropWrite, static_class, static_name, target_operand);
        m_function.code[at].extended = kFetchForReference;
    } else if (!global_name.is_unused()) {
        target_operand = emit_tmp(Opcode::FetchGlobalWrite, global_name);
    }
    free_tmp(target_operand);
    free_tmp(source_operand);
    Operand out = new_tmp();
    set_line(node);
    uint32_t at = emit(Opcode::AssignRef, target_operand, source_operand, out);
    if (source->kind == NodeKind::Call || source->kind == NodeKind::MethodCall || source->kind == NodeKind::StaticCall)
        m_function.code[at].extended = vm::kAssignRefFromCall;
    return out;
}

// zend_compile_list_assign: each target takes the element of `value` at its key
// (explicit, or the next index), left to right, nested lists recursively.
void FunctionCompiler::compile_list_assign(const Node* list, Operand value)
{
    bool has_elements = false;
    int64_t index = 0;
    bool keyed = false;
    for (size_t i = 0; i < list->size(); ++i) {
        const Node* element = list->child(i);
        if (element == nullptr) {
            ++index;
            continue;
        }
        if (element->kind == NodeKind::Unpack)
            error(runtime::msg::SpreadInDestructuring, element->line);
        has_elements = true;
        bool has_key = element->child(1) != nullptr;
        if (i > 0 && has_key != keyed)
            error(runtime::msg::MixedListKeys, element->line);
        keyed = has_key;
        Operand key = has_key ? compile_expression(element->child(1)) : literal_long(index++);
        free_tmp(key);
        const Node* target = element->child(0);
        if (is_short_circuited(target)) // zend_verify_list_assign_target
            error(runtime::msg::ListTargetNotWritable, target->line);
        bool by_reference = (element->attr & 1) != 0;
        Operand fetched = new_tmp();
        if (by_reference || (target->kind == NodeKind::Array && list_has_references(target))) {
            // php's FETCH_LIST_W: the element is fetched for writing (created if
            // missing), then bound, or destructured further by reference.
            uint32_t at = emit(Opcode::FetchDimWrite, value, key, fetched);
            m_function.code[at].extended = kFetchWrite | vm::kFetchFromList;
            if (by_reference) {
                bind_list_reference(target, fetched);
                continue;
            }
        } else {
            emit(Opcode::FetchListRead, value, key, fetched);
        }
        assign_from_operand(target, fetched);
    }
    if (!has_elements)
        error(runtime::msg::EmptyList, list->line);
}

// Assigns the Tmp `value` (consumed) to a write target: a variable, an element or a
// nested list.
void FunctionCompiler::assign_from_operand(const Node* target, Operand value)
{
    if (is_short_circuited(target))
        error(runtime::msg::NullsafeInWriteContext, target->line);
    if (target->kind == NodeKind::Array) {
        compile_list_assign(target, value);
        free_tmp(value);
        emit(Opcode::Free, value);
        return;
    }
    if (is_plain_var(target)) {
        Operand slot{OperandKind::Cv, variable_slot(target)};
        free_tmp(value);
        set_line(target);
        emit(Opcode::Assign, slot, value);
        return;
    }
    if (is_globals_element(target)) {
        Operand name = compile_expression(target->child(1));
        free_tmp(name);
        free_tmp(value);
        emit(Opcode::AssignGlobal, name);
        emit(Opcode::OpData, value);
        return;
    }
    if (target->kind == NodeKind::Dim || target->kind == NodeKind::Prop) {
        WriteChain chain = begin_write(target);
        Operand container = emit_write_fetches(chain, kFetchWrite, false);
        Operand offset = chain.links.back().offset; // a property: its name
        free_tmp(container);
        free_tmp(offset);
        free_tmp(value);
        emit(target->kind == NodeKind::Dim ? Opcode::AssignDim : Opcode::AssignObj, container, offset);
        emit(Opcode::OpData, value);
        return;
    }
    if (target->kind == NodeKind::StaticProp) {
        Operand cls;
        Operand name;
        static_prop_operands(target, cls, name);
        free_tmp(value);
        emit(Opcode::AssignStaticProp, cls, name);
        emit(Opcode::OpData, value);
        return;
    }
    unsupported_write("Assignment to anything but a variable is", target);
}

// Does a list() bind any element by reference, at any depth?
bool FunctionCompiler::list_has_references(const Node* list)
{
    for (const Node* element : list->children) {
        if (element == nullptr || element->kind != NodeKind::ArrayElem)
            continue;
        if ((element->attr & 1) != 0)
            return true;
        if (element->child(0)->kind == NodeKind::Array && list_has_references(element->child(0)))
            return true;
    }
    return false;
}

// `[&$x] = $array`: the variable (or element) is bound to the element `element`
// points at.
void FunctionCompiler::bind_list_reference(const Node* target, Operand element)
{
    Operand target_operand;
    if (is_plain_var(target)) {
        target_operand = Operand{OperandKind::Cv, variable_slot(target)};
    } else if (target->kind == NodeKind::Dim || target->kind == NodeKind::Prop) {
        WriteChain chain = begin_write(target);
        target_operand = emit_write_fetches(chain, kFetchWrite, true);
        if (chain.links.back().property) // no binding to an overloaded property
            m_function.code.back().extended = kFetchForReference;
    } else if (target->kind == NodeKind::StaticProp) {
        target_operand = compile_static_prop_for_write(target, kFetchForReference);
    } else {
        error(runtime::msg::ReferenceToNonReferenceable, target->line);
    }
    free_tmp(target_operand);
    free_tmp(element);
    emit(Opcode::AssignRef, target_operand, element);
}

Operand FunctionCompiler::compile_list_assignment(const Node* node)
{
    const Node* list = node->child(0);
    const Node* source = node->child(1);
    if (list_has_references(list)) {
        // zend_compile_list_assign with references: the right side is a variable
        // written through, never a copy.
        if (source->kind == NodeKind::Dim || source->kind == NodeKind::Prop || source->kind == NodeKind::StaticProp) {
            // `[&$x] = $o->list`: the elements are bound in the container written through.
            Operand container = compile_reference_source(source);
            compile_list_assign(list, container);
            return container;
        }
        if (source->kind == NodeKind::Call || source->kind == NodeKind::MethodCall ||
            source->kind == NodeKind::StaticCall) {
            // A call's result cannot be referenced: each element bound by reference is
            // a copy, after php's notice (FETCH_LIST_W on a value).
            Operand value = compile_expression(source);
            compile_list_assign(list, value);
            return value;
        }
        if (!is_plain_var(source))
            error(runtime::msg::ReferenceToNonReferenceable, source->line);
        Operand container{OperandKind::Cv, variable_slot(source)};
        compile_list_assign(list, container);
        return container;
    }
    Operand value = compile_expression(source);
    // A variable on the right is copied first (php copies it when the list writes to
    // that variable, `[$a, $b] = $a`; here always, which shows only as one more count
    // on the array while the list runs).
    if (value.kind == OperandKind::Cv) {
        Operand copy = new_tmp();
        emit(Opcode::QmAssign, value, {}, copy);
        value = copy;
    }
    compile_list_assign(list, value);
    return value;
}

// zend_compile_foreach.
void FunctionCompiler::compile_foreach(const Node* node)
{
    const Node* subject_node = node->child(0);
    const Node* value_node = node->child(1);
    const Node* key_node = node->child(2);
    bool by_reference = value_node->kind == NodeKind::Ref;
    if (by_reference)
        value_node = value_node->child(0);
    // zend_propagate_list_refs: a list binding any element by reference walks the
    // subject by reference.
    if (value_node->kind == NodeKind::Array && list_has_references(value_node))
        by_reference = true;
    if (key_node != nullptr && key_node->kind == NodeKind::Array)
        error(runtime::msg::KeyCannotBeList, key_node->line);
    if (key_node != nullptr && key_node->kind == NodeKind::Ref)
        error(runtime::msg::KeyByReference, key_node->line);

    Operand subject;
    // $this is no variable to bind: its object is walked as a temporary's would be.
    if (by_reference && ((is_plain_var(subject_node) && !is_this(subject_node)) || subject_node->kind == NodeKind::Dim ||
                         subject_node->kind == NodeKind::Prop || subject_node->kind == NodeKind::StaticProp))
        subject = compile_reference_source(subject_node);
    else
        subject = compile_expression(subject_node);
    free_tmp(subject);
    Operand iterator = new_tmp();
    uint32_t reset = emit(by_reference ? Opcode::FeResetRef : Opcode::FeReset, subject, {}, iterator);

    uint32_t fetch = next_instruction();
    Operand value_target;
    bool value_is_cv = is_plain_var(value_node);
    if (value_is_cv)
        value_target = Operand{OperandKind::Cv, variable_slot(value_node)};
    else
        value_target = new_tmp(); // assigned (or bound, by reference) after the fetch
    Operand key_tmp;
    if (key_node != nullptr)
        key_tmp = new_tmp();
    set_line(node);
    uint32_t fetch_at = emit(by_reference ? Opcode::FeFetchRef : Opcode::FeFetch, iterator, {}, value_target);
    m_function.code[fetch_at].extended = key_node != nullptr ? key_tmp.index : vm::kNoKey;
    if (!value_is_cv && by_reference && value_node->kind != NodeKind::Array)
        bind_list_reference(value_node, value_target);
    else if (!value_is_cv)
        assign_from_operand(value_node, value_target);
    if (key_node != nullptr) {
        if (!is_plain_var(key_node))
            unsupported_write("A foreach key into anything but a variable is", key_node);
        free_tmp(key_tmp);
        Operand key_slot{OperandKind::Cv, variable_slot(key_node)};
        emit(Opcode::Assign, key_slot, key_tmp);
    }

    Loop loop;
    loop.foreach_iterator = iterator;
    m_loops.push_back(loop);
    compile_statement(node->child(3));
    uint32_t back = emit_jump(Opcode::Jmp);
    patch_jump(back, fetch);
    uint32_t end = next_instruction();
    patch_jump(reset, end);
    patch_jump(fetch_at, end);
    end_loop(fetch);
    free_tmp(iterator);
    emit(Opcode::FeFree, iterator);
}

} // namespace miniphp::compiler
