--TEST--
Accessing a private static property from outside the class is an Error.
--FILE--
<?php
class A {
    private static $secret = 's';
    protected static $prot = 'p';
    public static function reveal() { return self::$secret . static::$prot; }
}
echo A::reveal(), "\n";
try { echo A::$prot; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo A::$secret;
--EXITCODE--
255
--EXPECTF--
sp
Cannot access protected property A::$prot

Fatal error: Uncaught Error: Cannot access private property A::$secret in %s:9
Stack trace:
#0 {main}
  thrown in %s on line 9
