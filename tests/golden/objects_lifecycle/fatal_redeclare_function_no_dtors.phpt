--TEST--
a runtime 'Cannot redeclare' fatal error skips all destructors
--FILE--
<?php
class G {
    public function __destruct() { echo "destructor\n"; }
}
$g = new G;
echo "declaring\n";
if (true) { function helper() {} }
if (true) { function helper() {} }
echo "never\n";
--EXITCODE--
255
--EXPECTF--
declaring

Fatal error: Cannot redeclare helper() (previously declared in %s:7) in %s on line 8
