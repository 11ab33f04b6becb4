--TEST--
Unterminated block comment
--FILE--
<?php
echo 1;
/* never closed
--EXITCODE--
255
--EXPECTF--
Parse error: Unterminated comment starting line 3 in %s on line 3
