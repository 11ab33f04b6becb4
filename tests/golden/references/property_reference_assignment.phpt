--TEST--
Binding a property or a static property by reference: $o->p = &$x, chains, a &f() result, the errors on readonly, private and missing static properties
--FILE--
<?php
function &counter() { static $n = 0; return $n; }
class Box { public $item; public $list = []; public static $shared; public static $other; }
$x = 1;
$box = new Box;
$box->item = &$x;
$x = 2;
var_dump($box->item);
$box->list['k'] = &$box->item;
$box->list['k'] = 3;
var_dump($x);
$box->next = new stdClass;
$box->next->deep = &$x;
$x = 4;
var_dump($box->next);
try { $box->none->deep = &$x; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$v = 'shared';
Box::$shared = &$v;
$v = 'changed';
var_dump(Box::$shared);
Box::$other = &counter();
Box::$other = 10;
var_dump(counter());
$box->item = &counter();
$box->item++;
var_dump(counter());
$dyn = new stdClass;
$dyn->self = &$dyn;
debug_zval_dump($dyn);
unset($dyn);
var_dump(gc_collect_cycles());
class Frozen { public function __construct(public readonly int $n) {} }
$f = new Frozen(1);
try { $f->n = &$x; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class Hidden { private $secret; }
try { $h = new Hidden; $h->secret = &$x; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { Box::$missing = &$x; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$null = null;
try { $null->p = &$x; } catch (Error $e) { echo $e->getMessage(), "\n"; }
function side() { echo "source\n"; static $s = 0; return $s; }
try { Box::$missing = &side(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(2)
int(3)

Deprecated: Creation of dynamic property Box::$next is deprecated in %s on line 12
object(stdClass)#2 (1) {
  ["deep"]=>
  &int(4)
}

Deprecated: Creation of dynamic property Box::$none is deprecated in %s on line 16
Attempt to modify property "deep" on null
string(7) "changed"
int(10)
int(11)
object(stdClass)#4 (1) refcount(2){
  ["self"]=>
  reference refcount(2) {
    *RECURSION*
  }
}
int(1)
Error: Cannot modify readonly property Frozen::$n
Cannot access private property Hidden::$secret
Access to undeclared static property Box::$missing
Attempt to modify property "p" on null
source
Access to undeclared static property Box::$missing
