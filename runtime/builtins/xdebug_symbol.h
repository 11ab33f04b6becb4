// The names xdebug_debug_zval() takes: 'a', '$a', 'a[0]', 'a["k"]', 'o->p',
// 'o->{"p"}', and any chain of those ('a[1]["k"]->p->q'), resolved in the scope of
// the PHP code that called the builtin, as xdebug 3.2's xdebug_get_php_symbol()
// resolves them (src/lib/var.c). Its quirks are kept, since the text printed
// depends on them:
//
//   - The name is read by a small state machine, one character at a time. Text it
//     cannot place is skipped, not rejected: 'a[k]' (a bare word in brackets) is
//     all of $a, 'a[0]x' is $a[0], an unclosed 'a["k' is $a["k"].
//   - A quoted key is unescaped as stripcslashes() would and looked up as the exact
//     string, never as an int ('a["0"]' finds nothing in a list); a number is read
//     as strtoull() reads it, so 'a[-1]' is the key -1 and 'a[1x]' the key 1.
//   - 'x->p' on an array finds the element 'p' (the name as an array key would be
//     normalised); on an object it tries, in order: the properties table (public
//     and dynamic properties, and mangled names written with '*' for NUL:
//     'o->*A*secret'), then a read as the object's own class would make it
//     (protected properties and the private ones of that class, initialised), then
//     the table again under the protected and the private mangled names.
//   - A declared property found in the properties table is php's IS_INDIRECT slot:
//     xdebug prints "(refcount=0, is_ref=0)" for it, whatever it holds, and shows an
//     unset or uninitialised one as *uninitialized*.
//
// Static properties ('o::p', '::p') are not resolved: xdebug finds them only once
// the class's static members are initialised, which miniphp does not track, and
// xdebug 3.2.0 crashes on '::p'. They resolve to nothing here.
#pragma once

#include <string_view>

#include "runtime/value.h"

namespace miniphp::runtime::builtins::xdebug {

// What a name denotes: a bitwise copy of the slot found (no count is taken: the
// builtin prints it at once), or nothing ("no such symbol").
struct Symbol {
    Value value;
    bool found = false;
    // Reached through an object's properties table, where php points at a declared
    // property's slot (IS_INDIRECT).
    bool indirect = false;
};

Symbol find_symbol(std::string_view name);

} // namespace miniphp::runtime::builtins::xdebug
