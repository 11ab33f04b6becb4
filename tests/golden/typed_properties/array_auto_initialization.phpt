--TEST--
Writing an element into a typed property that holds null, nothing or false makes it an array only if its type admits one (TypeError otherwise)
--FILE--
<?php
class T {
    public int $never;
    public ?int $nullable = null;
    public ?array $list = null;
    public iterable $it = [];
    public mixed $any;
    public int|false $flag = false;
    public array|false $maybe = false;
}
$t = new T;
foreach (['never', 'nullable', 'flag'] as $name) {
    try { $t->$name[] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
try { $t->nullable['k'] ??= 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$t->list[] = 1;
$t->any['a']['b'] = 2;
$t->maybe[] = 3;
$o = new stdClass;
$o->list[] = 1;
var_dump($t, $o);
--EXPECTF--
Cannot auto-initialize an array inside property T::$never of type int
Cannot auto-initialize an array inside property T::$nullable of type ?int
Cannot auto-initialize an array inside property T::$flag of type int|false
Cannot auto-initialize an array inside property T::$nullable of type ?int

Deprecated: Automatic conversion of false to array is deprecated in %s on line 18
object(T)#1 (6) {
  ["never"]=>
  uninitialized(int)
  ["nullable"]=>
  NULL
  ["list"]=>
  array(1) {
    [0]=>
    int(1)
  }
  ["it"]=>
  array(0) {
  }
  ["any"]=>
  array(1) {
    ["a"]=>
    array(1) {
      ["b"]=>
      int(2)
    }
  }
  ["flag"]=>
  bool(false)
  ["maybe"]=>
  array(1) {
    [0]=>
    int(3)
  }
}
object(stdClass)#2 (1) {
  ["list"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
