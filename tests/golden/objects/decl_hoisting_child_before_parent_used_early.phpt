--TEST--
A child declared before its parent is only declared when execution reaches it, so using it earlier is a "not found" Error.
--FILE--
<?php
$c = new Child;
echo $c->who(), "\n";
class Child extends ParentClass {
    public function who() { return 'child of ' . parent::who(); }
}
class ParentClass {
    public function who() { return 'parent'; }
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Class "Child" not found in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
