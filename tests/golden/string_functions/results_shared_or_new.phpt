--TEST--
which results are the shared empty string, the input itself, or a new string
--FILE--
<?php
debug_zval_dump(trim("  "), substr("abc", 3), substr("abc", 1, 0), str_pad("", 0), strtolower(""), ucwords(""), strrev(""), bin2hex(""), dechex(0), str_replace("a", "", "a"));

debug_zval_dump(strtoupper("ABC"), strtoupper("abc"), trim("abc"), trim(" a "), substr("hello", 1, 1), substr("hello", 0), ucfirst("Abc"), str_pad("abc", 2), dechex(5), strrev("a"));
--EXPECT--
string(0) "" interned
string(0) "" interned
string(0) "" interned
string(0) "" interned
string(0) "" interned
string(0) "" interned
string(0) "" refcount(1)
string(0) "" refcount(1)
string(1) "0" refcount(1)
string(0) "" refcount(1)
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
