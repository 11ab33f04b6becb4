--TEST--
__get/__set/__isset/__unset for missing, unset and invisible properties, with php recursion guards; ?? and empty() go through __isset then __get
--FILE--
<?php
class M {
  private $data = ['a' => 1];
  private $secret = 's';
  public $real = 'r';
  function __get($n) { echo "get $n\n"; return $this->data[$n] ?? null; }
  function __set($n, $v) { echo "set $n\n"; $this->data[$n] = $v; }
  function __isset($n) { echo "isset $n\n"; return isset($this->data[$n]); }
  function __unset($n) { echo "unset $n\n"; unset($this->data[$n]); }
}
$m = new M;
var_dump($m->a, $m->zz, $m->real, $m->secret);
$m->b = 2; $m->real = 'R'; $m->secret = 'x';
var_dump(isset($m->a), isset($m->nope), empty($m->b), isset($m->real), $m->b ?? 'dflt', $m->q ?? 'dflt');
unset($m->a); unset($m->real); var_dump(isset($m->a));
$m->real = 'back'; var_dump($m->real);
class G { function __get($n) { return $this->$n ?? "recursion-safe"; } }
class Loop { public function __get($n) { echo "L $n\n"; return $this->other; } }
var_dump((new Loop)->x);
var_dump($m);
--EXPECTF--
get a
get zz
get secret
int(1)
NULL
string(1) "r"
NULL
set b
set secret
isset a
isset nope
isset b
get b
isset b
get b
isset q
bool(true)
bool(false)
bool(false)
bool(true)
int(2)
string(4) "dflt"
unset a
isset a
bool(false)
set real
get real
string(4) "back"
L x
L other

Warning: Undefined property: Loop::$other in %s on line 18
NULL
object(M)#1 (2) {
  ["data":"M":private]=>
  array(3) {
    ["b"]=>
    int(2)
    ["secret"]=>
    string(1) "x"
    ["real"]=>
    string(4) "back"
  }
  ["secret":"M":private]=>
  string(1) "s"
}
