#include "vm/global_scope.h"

#include "runtime/object.h"

#include <ctime>
#include <unistd.h>

#include "runtime/engine.h"
#include "runtime/environment.h"
#include "runtime/string.h"

namespace miniphp::vm {

using runtime::Array;
using runtime::String;
using runtime::Value;

namespace {

String* interned(std::string_view name) { return runtime::InternTable::instance().intern(name); }

// $argv: the script as the command line named it, then its arguments.
Value argv_array()
{
    const auto& arguments = runtime::engine().script_arguments();
    Array* argv = Array::create(static_cast<uint32_t>(arguments.size()));
    for (const std::string& argument : arguments)
        argv->append()->copy_from(Value::string(String::create(argument)));
    return Value::array(argv);
}

// Sets `array[key]`, releasing what was there.
void put(Array* array, std::string_view key, Value v)
{
    Value* slot = array->lookup_or_insert(interned(key));
    runtime::release_and_clear(*slot);
    slot->copy_from(v);
}


// $_SERVER as php's CLI fills it: the environment, then the script's names, the
// request time, $argv and $argc.
Value server_array(Value argv, int64_t argc)
{
    Array* server = Array::create();
    auto put = [server](std::string_view key, Value v) { vm::put(server, key, v); };
    runtime::import_environment(server);
    const auto& arguments = runtime::engine().script_arguments();
    std::string script = arguments.empty() ? std::string() : arguments[0];
    for (const char* key : {"PHP_SELF", "SCRIPT_NAME", "SCRIPT_FILENAME", "PATH_TRANSLATED"})
        put(key, Value::string(String::create(script)));
    put("DOCUMENT_ROOT", Value::string(String::empty()));
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    put("REQUEST_TIME_FLOAT", Value::dbl(static_cast<double>(now.tv_sec) + now.tv_nsec / 1e9));
    put("REQUEST_TIME", Value::integer(now.tv_sec));
    put("argv", argv);
    put("argc", Value::integer(argc));
    return Value::array(server);
}

} // namespace

void GlobalScope::bind(const Script& script, Value* slots)
{
    const Function& main = *script.main;
    s_current = this;
    m_table = Array::create();
    // A superglobal php also keeps in PG(http_globals): two owners from the start.
    auto add_request_array = [this](const char* name, Value array) {
        m_table->lookup_or_insert(interned(name))->copy_from(array);
        runtime::add_ref(array);
        m_request_arrays.push_back(array);
    };
    for (const char* name : {"_GET", "_POST", "_COOKIE", "_FILES"})
        add_request_array(name, Value::array(Array::create()));
    Value argv = argv_array();
    auto argc = static_cast<int64_t>(runtime::engine().script_arguments().size());
    m_table->lookup_or_insert(interned("argv"))->copy_from(argv);
    m_table->lookup_or_insert(interned("argc"))->copy_from(Value::integer(argc));
    // php's CLI fills $_SERVER before every script (do_cli calls zend_is_auto_global
    // for it), so $argv always has two owners.
    runtime::add_ref(argv);
    add_request_array("_SERVER", server_array(argv, argc));
    // $_REQUEST (the merge of the empty $_GET, $_POST and $_COOKIE: an array of its
    // own, in the table only) and $_ENV, as the compiler met them.
    for (const std::string& name : script.jit_globals) {
        if (name == "_ENV") {
            Array* env = Array::create();
            runtime::import_environment(env);
            add_request_array("_ENV", Value::array(env));
        } else {
            m_table->lookup_or_insert(interned(name))->copy_from(Value::array(Array::create()));
        }
    }
    for (uint32_t i = 0; i < main.num_cvs(); ++i) {
        Value* entry = m_table->lookup_or_insert(interned(main.cv_names[i]));
        if (!entry->is_undef())
            slots[i].copy_from(*entry); // the CV takes the value over
        entry->copy_from(Value::indirect(&slots[i]));
    }
}

Value& GlobalScope::slot_for(String* name)
{
    Value* entry = m_table->find(name);
    if (entry == nullptr) {
        entry = m_table->lookup_or_insert(name);
        entry->set_null();
    }
    return entry->is_indirect() ? *entry->as_indirect() : *entry;
}

void GlobalScope::unset(String* name)
{
    Value* entry = m_table->find(name);
    if (entry == nullptr)
        return;
    if (entry->is_indirect()) {
        runtime::release_and_clear(*entry->as_indirect());
        return;
    }
    Value old;
    old.copy_from(*entry);
    entry->clear_type();
    m_table->remove(name);
    runtime::release(old);
}

const Value* GlobalScope::find(String* name) const
{
    const Value* entry = m_table->find(name);
    if (entry != nullptr && entry->is_indirect())
        entry = entry->as_indirect();
    return entry == nullptr || entry->is_undef() ? nullptr : entry;
}

Array* GlobalScope::snapshot() const { return m_table->duplicate(); }

void GlobalScope::release_request_arrays()
{
    std::vector<Value> arrays = std::move(m_request_arrays);
    m_request_arrays.clear();
    for (Value& array : arrays)
        runtime::release(array);
}

void GlobalScope::release_lone_objects()
{
    if (m_table == nullptr)
        return;
    for (uint32_t pos = m_table->used(); pos-- > 0;) {
        if (pos >= m_table->used())
            continue; // a destructor removed entries meanwhile
        Value& entry = m_table->value_at(pos);
        if (entry.is_undef())
            continue;
        Value* slot = entry.is_indirect() ? entry.as_indirect() : &entry;
        if (!slot->is_object() || slot->as_object()->header.refcount != 1)
            continue;
        Value object;
        object.copy_from(*slot);
        slot->clear_type();
        runtime::ArrayKey key = m_table->key_at(pos);
        m_table->remove(key);
        runtime::release(object);
        // A destructor that threw ends the walk (php bails out of shutdown_destructors).
        if (runtime::engine().has_exception())
            return;
    }
}

void GlobalScope::destroy()
{
    if (m_table == nullptr)
        return;
    for (uint32_t pos = m_table->used(); pos-- > 0;) {
        Value& entry = m_table->value_at(pos);
        if (entry.is_indirect())
            runtime::release_and_clear(*entry.as_indirect());
        else if (!entry.is_undef())
            runtime::release_and_clear(entry);
    }
    runtime::release(Value::array(m_table));
    m_table = nullptr;
    s_current = nullptr;
}

} // namespace miniphp::vm
