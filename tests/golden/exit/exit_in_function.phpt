--TEST--
exit inside nested functions ends the whole script
--FILE--
<?php
function inner() { echo "inner\n"; exit(4); }
function outer() { inner(); echo "never\n"; }
outer();
echo "never\n";
--EXITCODE--
4
--EXPECT--
inner
