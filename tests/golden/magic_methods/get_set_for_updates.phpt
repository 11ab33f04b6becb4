--TEST--
++, -- and op= on a property __get stands for: read through __get, updated as a copy, written back through __set (or as a dynamic property)
--FILE--
<?php
class Counter {
    private $data = ['n' => 1, 's' => 'a'];
    public function __get($k) { echo "get $k\n"; return $this->data[$k]; }
    public function __set($k, $v) { echo "set $k\n"; $this->data[$k] = $v; }
}
$c = new Counter;
$x = $c->n++;
$y = ++$c->n;
$c->s .= 'b';
$z = ($c->n += 10);
var_dump($x, $y, $z, $c);
class GetOnly {
    public function __get($k) { echo "get $k\n"; return 5; }
}
$g = new GetOnly;
$g->q += 2;
$g->r--;
var_dump($g);
class Arrayish {
    public function __get($k) { echo "get $k\n"; return [1]; }
    public function __set($k, $v) { echo "set $k\n"; }
}
$arr = new Arrayish;
try { $arr->b++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class Hidden {
    private $p = 1;
    public function __get($k) { echo "get $k\n"; return 7; }
}
$h = new Hidden;
$h->p++;
var_dump($h);
--EXITCODE--
255
--EXPECTF--
get n
set n
get n
set n
get s
set s
get n
set n
int(1)
int(3)
int(13)
object(Counter)#1 (1) {
  ["data":"Counter":private]=>
  array(2) {
    ["n"]=>
    int(13)
    ["s"]=>
    string(2) "ab"
  }
}
get q

Deprecated: Creation of dynamic property GetOnly::$q is deprecated in %s on line 17
get r

Deprecated: Creation of dynamic property GetOnly::$r is deprecated in %s on line 18
object(GetOnly)#2 (2) {
  ["q"]=>
  int(7)
  ["r"]=>
  int(4)
}
get b
Cannot increment array
get p

Fatal error: Uncaught Error: Cannot access private property Hidden::$p in %s:31
Stack trace:
#0 {main}
  thrown in %s on line 31
