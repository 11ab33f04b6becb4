--TEST--
Strings builtins build in a buffer are new, counted strings even when short
--FILE--
<?php
$a = "a";
debug_zval_dump(str_repeat("z", 1), str_repeat($a, 1), str_repeat("ab", 1), str_repeat("", 3), str_repeat("ab", 0));
$s = str_repeat("ab", 2);
debug_zval_dump(str_repeat($s, 1), $s);
debug_zval_dump(sprintf("%d", 7), sprintf("%s", $a), sprintf("x"), sprintf(""), sprintf("%c", 65));
debug_zval_dump(number_format(7), number_format(1.5), number_format(NAN), number_format(-0.4));
debug_zval_dump(var_export(1, true), var_export("a", true), print_r(1, true), print_r("b", true), print_r(null, true), print_r($s, true));
debug_zval_dump(strval(7), (string)1.0, (string)true, (string)false, gettype(1));
debug_zval_dump();
--EXITCODE--
255
--EXPECTF--
string(1) "z" refcount(1)
string(1) "a" refcount(1)
string(2) "ab" refcount(1)
string(0) "" interned
string(0) "" interned
string(4) "abab" refcount(1)
string(4) "abab" refcount(2)
string(1) "7" refcount(1)
string(1) "a" refcount(1)
string(1) "x" refcount(1)
string(0) "" refcount(1)
string(1) "A" refcount(1)
string(1) "7" refcount(1)
string(1) "2" refcount(1)
string(3) "nan" refcount(1)
string(1) "0" refcount(1)
string(1) "1" refcount(1)
string(3) "'a'" refcount(1)
string(1) "1" refcount(1)
string(1) "b" refcount(1)
string(0) "" refcount(1)
string(4) "abab" refcount(1)
string(1) "7" interned
string(1) "1" refcount(1)
string(1) "1" interned
string(0) "" interned
string(7) "integer" interned

Fatal error: Uncaught ArgumentCountError: debug_zval_dump() expects at least 1 argument, 0 given in %s:10
Stack trace:
#0 %s(10): debug_zval_dump()
#1 {main}
  thrown in %s on line 10
