--TEST--
strpos/strrpos offsets in every direction, trim ranges and their warnings, shared results
--FILE--
<?php
foreach ([0, 1, 2, 3, 4, 5, -1, -2, -3, -4, -5] as $o) { var_dump(strrpos("hello", "l", $o), strripos("HELLO", "lo", $o), strpos("hello", "l", $o)); }
var_dump(strrpos("abcabc", "abc", -1), strrpos("abcabc", "abc", -3), strrpos("abcabc", "abc", -4), strrpos("aaa", "aa", -1), strrpos("", ""), strpos("", ""), strrpos("abc", ""), strrpos("abc", "", -1));
var_dump(trim("abc", "z..a"), trim("abc", "..c"), trim("abc", "a.."), trim("a.b", "."), trim("xyz", "x..yz"));
debug_zval_dump(strtoupper("ABC"), strtoupper("abc"), trim("abc"), trim(" a "), substr("hello", 1, 1), substr("hello", 0), ucfirst("Abc"), str_pad("abc", 2), dechex(5), strrev("a"));
var_dump(strncmp("a", "b", -1));
--EXITCODE--
255
--EXPECTF--
int(3)
int(3)
int(2)
int(3)
int(3)
int(2)
int(3)
int(3)
int(2)
int(3)
int(3)
int(3)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
int(3)
int(3)
bool(false)
int(3)
int(3)
int(3)
int(2)
bool(false)
int(2)
bool(false)
bool(false)
int(2)
bool(false)
bool(false)
int(2)
int(3)
int(3)
int(0)
int(1)
int(0)
int(0)
int(3)
int(2)

Warning: trim(): Invalid '..'-range, '..'-range needs to be incrementing in %s on line 4

Warning: trim(): Invalid '..'-range, no character to the left of '..' in %s on line 4

Warning: trim(): Invalid '..'-range, no character to the right of '..' in %s on line 4
string(2) "bc"
string(2) "ab"
string(2) "bc"
string(3) "a.b"
string(0) ""
string(3) "ABC" interned
string(3) "ABC" refcount(1)
string(3) "abc" interned
string(1) "a" refcount(1)
string(1) "e" interned
string(5) "hello" interned
string(3) "Abc" interned
string(3) "abc" interned
string(1) "5" refcount(1)
string(1) "a" refcount(1)

Fatal error: Uncaught ValueError: strncmp(): Argument #3 ($length) must be greater than or equal to 0 in %s:6
Stack trace:
#0 %s(6): strncmp('a', 'b', -1)
#1 {main}
  thrown in %s on line 6
