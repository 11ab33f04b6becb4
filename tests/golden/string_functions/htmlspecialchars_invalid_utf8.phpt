--TEST--
htmlspecialchars: an ill-formed UTF-8 sequence is substituted or dropped whole
--FILE--
<?php
var_dump(htmlspecialchars("a\xe2\x82b"));
var_dump(htmlspecialchars("a\xe2\x82b", ENT_SUBSTITUTE));
var_dump(bin2hex(htmlspecialchars("a\xe2\x82b<", ENT_SUBSTITUTE)));
var_dump(htmlspecialchars("a\xe2\x82", ENT_IGNORE));
var_dump(bin2hex(htmlspecialchars("\xf0\x9f\x98x\xc0\xaf&", ENT_SUBSTITUTE)));
var_dump(bin2hex(htmlspecialchars("\xed\xa0\x80z", ENT_SUBSTITUTE)));
var_dump(htmlspecialchars("ok \xc3\xa9 <b>"));
--EXPECT--
string(5) "a�b"
string(5) "a�b"
string(18) "61efbfbd62266c743b"
string(1) "a"
string(30) "efbfbd78efbfbdefbfbd26616d703b"
string(8) "efbfbd7a"
string(15) "ok é &lt;b&gt;"
