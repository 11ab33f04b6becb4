--TEST--
A parse error anywhere means nothing runs
--FILE--
<?php
echo "line 2 never runs\n";
function ok() {}
$x = 1 +* 2;
--EXITCODE--
255
--EXPECTF--
Parse error: syntax error, unexpected token "*" in %s on line 4
