--TEST--
case changes, trims, pads, substrings, searches, comparisons, bytes and bases
--FILE--
<?php
var_dump(strtoupper("abc Ä1"), strtolower("ABC"), ucfirst("hello"), lcfirst("Hello"), ucwords("hello big-world x"), ucwords("a-b c", "-"));
var_dump(trim("  x  "), ltrim("xxay", "x"), rtrim("a\n\t "), trim("abcXcba", "a..c"), trim("[x]", "[]"));
var_dump(str_pad("5", 3, "0", STR_PAD_LEFT), str_pad("ab", 7, "-=", STR_PAD_BOTH), str_pad("abc", 2), str_pad("x", 4));
var_dump(substr("hello", 1, 3), substr("hello", -3), substr("hello", 1, -1), substr("hi", 5), substr("hello", 0, -10), substr("abc", 3));
var_dump(strpos("hello", "l"), strpos("hello", "z"), strpos("hello", "l", 3), strpos("hello", "l", -2), stripos("HeLLo", "ll"), strrpos("hello", "l"), strrpos("hello", "l", -3));
var_dump(str_contains("abc", ""), str_contains("abc", "bc"), str_starts_with("abc", "ab"), str_ends_with("abc", "bc"), str_ends_with("abc", ""));
var_dump(strrev("abc"), strcmp("a", "b"), strcmp("b", "a"), strcmp("a", "a"), strcasecmp("HELLO", "hello"), strncmp("abcd", "abcf", 3), strncasecmp("AB", "ab", 5));
var_dump(ord("A"), ord(""), chr(65), chr(256 + 66), chr(-1));
var_dump(dechex(255), hexdec("ff"), hexdec("0xg1"), decbin(10), bindec("1010"), decoct(8), octdec("777"), bin2hex("abc"), dechex(-1));
var_dump(substr_count("hello hello", "ll"), substr_count("aaa", "aa"));
var_dump(ucwords(""), trim(""), strtoupper(""), substr("", 0, 1));
--EXPECTF--
string(7) "ABC Ä1"
string(3) "abc"
string(5) "Hello"
string(5) "hello"
string(17) "Hello Big-world X"
string(5) "A-B c"
string(1) "x"
string(2) "ay"
string(1) "a"
string(1) "X"
string(1) "x"
string(3) "005"
string(7) "-=ab-=-"
string(3) "abc"
string(4) "x   "
string(3) "ell"
string(3) "llo"
string(3) "ell"
string(0) ""
string(0) ""
string(0) ""
int(2)
bool(false)
int(3)
int(3)
int(2)
int(3)
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(3) "cba"
int(-1)
int(1)
int(0)
int(0)
int(0)
int(0)
int(65)
int(0)
string(1) "A"
string(1) "B"
string(1) "�"

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 10
string(2) "ff"
int(255)
int(1)
string(4) "1010"
int(10)
string(2) "10"
int(511)
string(6) "616263"
string(16) "ffffffffffffffff"
int(2)
int(1)
string(0) ""
string(0) ""
string(0) ""
string(0) ""
