--TEST--
htmlspecialchars (flags, double_encode, invalid UTF-8), wordwrap, base_convert, hex2bin
--FILE--
<?php
var_dump(htmlspecialchars("<a href='x'>T&C \"q\"</a>"), htmlspecialchars("it's", ENT_QUOTES | ENT_HTML5), htmlspecialchars("it's", ENT_COMPAT), htmlspecialchars("\"x\"", ENT_NOQUOTES));
var_dump(htmlspecialchars("&amp; &#123; &#x1F; &bogus &x;", ENT_QUOTES, null, false), htmlspecialchars("bad \xff byte"), htmlspecialchars("bad \xff byte", ENT_QUOTES), htmlspecialchars("bad \xff", ENT_IGNORE), htmlspecialchars("é ü"));
var_dump(htmlspecialchars("x'", ENT_QUOTES | ENT_XML1), htmlspecialchars("x'", ENT_QUOTES | ENT_XHTML));
var_dump(wordwrap("The quick brown fox sat over the lazy dog", 15, "\n", true), wordwrap("A very long woooooooooooord.", 8, "\n", true), wordwrap("A very long woooooooooooooooooord. and something", 8, "\n", false), wordwrap("short", 10), wordwrap("a b c d e f", 1, "<br>"), wordwrap("abc\ndef ghi", 3));
var_dump(base_convert("ff", 16, 2), base_convert("777", 8, 10), base_convert("zz", 36, 16), base_convert("1g", 16, 10), base_convert("ffffffffffffffffffff", 16, 10));
var_dump(hex2bin("48656c6c6f"), hex2bin("abc"), hex2bin("zz"));
var_dump(htmlspecialchars("&nbsp; &hellip; &apos; &euro; &Omega; &foo;", ENT_QUOTES, null, false), htmlspecialchars("&apos;", ENT_QUOTES|ENT_HTML5, null, false));
--EXPECTF--
string(59) "&lt;a href=&#039;x&#039;&gt;T&amp;C &quot;q&quot;&lt;/a&gt;"
string(9) "it&apos;s"
string(4) "it's"
string(3) ""x""
string(38) "&amp; &#123; &#x1F; &amp;bogus &amp;x;"
string(12) "bad � byte"
string(0) ""
string(4) "bad "
string(5) "é ü"
string(7) "x&apos;"
string(7) "x&apos;"
string(41) "The quick brown
fox sat over
the lazy dog"
string(29) "A very
long
wooooooo
ooooord."
string(48) "A very
long
woooooooooooooooooord.
and
something"
string(5) "short"
string(26) "a<br>b<br>c<br>d<br>e<br>f"
string(11) "abc
def
ghi"

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 6
string(8) "11111111"
string(3) "511"
string(3) "50f"
string(1) "1"
string(25) "1208925819614629446642046"

Warning: hex2bin(): Hexadecimal input string must have an even length in %s on line 7

Warning: hex2bin(): Input string must be hexadecimal string in %s on line 7
string(5) "Hello"
bool(false)
bool(false)
string(51) "&nbsp; &hellip; &amp;apos; &euro; &Omega; &amp;foo;"
string(6) "&apos;"
