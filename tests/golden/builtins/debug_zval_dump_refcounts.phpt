--TEST--
debug_zval_dump counts the argument itself among a string's owners
--FILE--
<?php
$s = str_repeat("ab", 2);
debug_zval_dump($s);
debug_zval_dump(str_repeat("ab", 2));
$t = $s;
debug_zval_dump($s, $t);
debug_zval_dump($s, $s, $s);
unset($t);
debug_zval_dump($s);
function show($x) {
    debug_zval_dump($x);
    $y = $x;
    debug_zval_dump($x, $y);
    return $x;
}
show($s);
$r = show($s);
debug_zval_dump($r);
$d = $s . "!";
debug_zval_dump($d, $s . "?");
$i = 10;
$i .= "x";
debug_zval_dump($i);
debug_zval_dump($s ?? "q", $s ?: "w", true ? $s : 1, @$nothing);
--EXPECT--
string(4) "abab" refcount(2)
string(4) "abab" refcount(1)
string(4) "abab" refcount(4)
string(4) "abab" refcount(4)
string(4) "abab" refcount(5)
string(4) "abab" refcount(5)
string(4) "abab" refcount(5)
string(4) "abab" refcount(2)
string(4) "abab" refcount(3)
string(4) "abab" refcount(5)
string(4) "abab" refcount(5)
string(4) "abab" refcount(3)
string(4) "abab" refcount(5)
string(4) "abab" refcount(5)
string(4) "abab" refcount(3)
string(5) "abab!" refcount(2)
string(5) "abab?" refcount(1)
string(3) "10x" refcount(2)
string(4) "abab" refcount(5)
string(4) "abab" refcount(5)
string(4) "abab" refcount(5)
NULL
