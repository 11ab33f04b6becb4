--TEST--
Which decrements put a value in the root buffer: roots after each step (cleared by a collection in between)
--FILE--
<?php
class P { public $r; }  class C { function __construct() {} function m() {} }
function r($label) { echo str_pad($label, 18), gc_status()['roots'], "\n"; gc_collect_cycles(); }
function user($x) {}
$p = new P; r("new P (no ctor)");
$c = new C; r("new C (ctor)");
$c->m(); r("method call");
user($p); r("user fn arg");
spl_object_id($p); r("internal fn arg");
$q = $p; $q = null; r("copy dropped");
$l = [1, 2]; $l = null; r("literal array");
$s = str_repeat('a', 3); $t = $s; $t = null; r("string");
$o = new C; $o = null; r("freed object");
$x = [1]; $x[] = 2; $y = &$x; unset($y); r("ref to array");
--EXPECT--
new P (no ctor)   0
new C (ctor)      1
method call       1
user fn arg       1
internal fn arg   0
copy dropped      1
literal array     1
string            0
freed object      0
ref to array      1
