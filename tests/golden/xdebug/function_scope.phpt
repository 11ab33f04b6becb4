--TEST--
in a function the names are its local variables: locals, statics and globals bound there
--FILE--
<?php
function f() {
    static $calls = [1];
    global $g;
    $local = str_repeat('l', 2);
    $copy = $local;
    xdebug_debug_zval('calls', 'g', 'local', 'copy', 'later', 'outside');
    $later = 1;
}
$g = str_repeat('g', 2);
$outside = 1;
f();
xdebug_debug_zval('g');
--EXPECT--
calls: (refcount=2, is_ref=1)=array (0 => (refcount=0, is_ref=0)=1)
g: (refcount=2, is_ref=1)='gg'
local: (refcount=2, is_ref=0)='ll'
copy: (refcount=2, is_ref=0)='ll'
later: no such symbol
outside: no such symbol
g: (refcount=1, is_ref=1)='gg'
