--TEST--
Private properties of parent and child are copied into the clone.
--FILE--
<?php
class P { private $p = 'parent'; protected $q = 'prot'; }
class C extends P { private $p = 'child'; public $r = 'pub'; }
var_dump(clone new C);
--EXPECT--
object(C)#2 (4) {
  ["p":"P":private]=>
  string(6) "parent"
  ["q":protected]=>
  string(4) "prot"
  ["p":"C":private]=>
  string(5) "child"
  ["r"]=>
  string(3) "pub"
}
