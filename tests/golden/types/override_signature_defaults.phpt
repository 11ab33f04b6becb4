--TEST--
an incompatible override: php prints both declarations with their defaults
--FILE--
<?php
class A {
    const C = 1;
    function m($x, $y = 5, $z = "abcdefghijklmno", $w = [], $v = [1], $u = PHP_INT_MAX, $t = A::C, $s = 1 + 2, $r = null, $q = false, $p = 1.5, $o = -1) {}
}
class B extends A { function m() {} }
--EXITCODE--
255
--EXPECTF--
Fatal error: Declaration of B::m() must be compatible with A::m($x, $y = 5, $z = 'abcdefghij...', $w = [], $v = [...], $u = PHP_INT_MAX, $t = A::C, $s = 3, $r = null, $q = false, $p = 1.5, $o = -1) in %s on line 6
