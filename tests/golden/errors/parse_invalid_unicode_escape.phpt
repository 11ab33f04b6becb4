--TEST--
An invalid \\u{} escape is a compile error
--FILE--
<?php
echo "\u{110000}";
--EXITCODE--
255
--EXPECTF--
Parse error: Invalid UTF-8 codepoint escape sequence: Codepoint too large in %s on line 2
