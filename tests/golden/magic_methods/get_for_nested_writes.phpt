--TEST--
__get stands for a missing, unset or hidden property in nested writes: an object it returns is written through, a reference from &__get is written through, anything else is a temporary (with php's notice); binding by reference is refused
--FILE--
<?php
class Lazy {
    private $children = [];
    private $data = ['list' => [1]];
    private $hidden = 'h';
    public $unsetMe = 1;
    public function __get($name) {
        echo "get $name\n";
        if ($name === 'list') {
            return $this->data['list'];
        }
        if ($name === 'hidden' || $name === 'unsetMe') {
            return 5;
        }
        return $this->children[$name] ??= new stdClass;
    }
}
$l = new Lazy;
$l->child->x = 1;
$l->child->y['k'] = 2;
var_dump($l->child);
$l->list[] = 2;
try { $l->hidden[] = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
unset($l->unsetMe);
try { $l->unsetMe[] = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$x = 1;
try { $l->other = &$x; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($l);
class ByRef {
    private $data = ['a' => [1]];
    public function &__get($name) { echo "get $name\n"; return $this->data[$name]; }
}
$b = new ByRef;
$b->a[] = 2;
$b->a['x']['y'] = 3;
$b->fresh[] = 'new';
var_dump($b);
class Recursive {
    public function __get($name) { echo "get $name\n"; return $this->$name; }
}
$r = new Recursive;
$r->q[] = 1;
var_dump($r);
class Throwing {
    public function __get($name) { throw new Exception("no $name"); }
}
$thrower = new Throwing;
try { $thrower->a['b'] = 1; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
get child
get child
get child
object(stdClass)#2 (2) {
  ["x"]=>
  int(1)
  ["y"]=>
  array(1) {
    ["k"]=>
    int(2)
  }
}
get list

Notice: Indirect modification of overloaded property Lazy::$list has no effect in %s on line 22
get hidden

Notice: Indirect modification of overloaded property Lazy::$hidden has no effect in %s on line 23
Error: Cannot use a scalar value as an array
get unsetMe

Notice: Indirect modification of overloaded property Lazy::$unsetMe has no effect in %s on line 25
Cannot use a scalar value as an array
get other
Cannot assign by reference to overloaded object
object(Lazy)#1 (3) {
  ["children":"Lazy":private]=>
  array(2) {
    ["child"]=>
    object(stdClass)#2 (2) {
      ["x"]=>
      int(1)
      ["y"]=>
      array(1) {
        ["k"]=>
        int(2)
      }
    }
    ["other"]=>
    object(stdClass)#3 (0) {
    }
  }
  ["data":"Lazy":private]=>
  array(1) {
    ["list"]=>
    array(1) {
      [0]=>
      int(1)
    }
  }
  ["hidden":"Lazy":private]=>
  string(1) "h"
}
get a
get a
get fresh
object(ByRef)#4 (1) {
  ["data":"ByRef":private]=>
  array(2) {
    ["a"]=>
    array(3) {
      [0]=>
      int(1)
      [1]=>
      int(2)
      ["x"]=>
      array(1) {
        ["y"]=>
        int(3)
      }
    }
    ["fresh"]=>
    array(1) {
      [0]=>
      string(3) "new"
    }
  }
}
get q

Warning: Undefined property: Recursive::$q in %s on line 39

Notice: Indirect modification of overloaded property Recursive::$q has no effect in %s on line 42
object(Recursive)#6 (0) {
}
no a
