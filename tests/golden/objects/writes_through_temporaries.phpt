--TEST--
Writes through an object a call returns: the result of the assignment, a property of an object that dies with the statement, nested element writes
--FILE--
<?php
class D {
    public $p = [1];
    public $o;
    public function __construct(public $name = 'd') { $this->o = new stdClass; }
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
function fresh($name) { return new D($name); }
$kept = new D('kept');
function kept() { global $kept; return $kept; }
$x = fresh('a')->p = 5;
var_dump($x);
$y = fresh('b')->p[0]++;
var_dump($y);
$z = fresh('c')->p[0] .= 'x';
var_dump($z);
fresh('d')->p[] = 2;
fresh('e')->p['a']['b'] = 3;
fresh('f')->o->x = 1;
unset(fresh('g')->p[0]);
try { fresh('h')->missing->q = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
kept()->p[] = 2;
kept()->o->y = 'y';
$w = kept()->p['n'] = 'n';
var_dump($w, kept()->p, kept()->o);
echo "end\n";
--EXPECTF--
destruct a
int(5)
destruct b
int(1)
destruct c
string(2) "1x"
destruct d
destruct e
destruct f
destruct g

Deprecated: Creation of dynamic property D::$missing is deprecated in %s on line 21
destruct h
Attempt to assign property "q" on null
string(1) "n"
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["n"]=>
  string(1) "n"
}
object(stdClass)#2 (1) {
  ["y"]=>
  string(1) "y"
}
end
destruct kept
