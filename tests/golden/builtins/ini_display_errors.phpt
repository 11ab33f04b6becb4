--TEST--
display_errors off hides warnings and the fatal error, not the exit status
--FILE--
<?php
echo $a;
var_dump(ini_set('display_errors', '0'));
echo $b;
echo "after\n";
echo intdiv(1, 0);
--EXITCODE--
255
--EXPECTF--
Warning: Undefined variable $a in %s on line 2
string(1) "1"
after
