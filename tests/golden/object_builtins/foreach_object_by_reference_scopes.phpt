--TEST--
foreach by reference changes the object's properties in place.
--FILE--
<?php
class Scores {
    public $math = 1;
    public $art = 2;
    private $secret = 3;
    public function doubleAll() { foreach ($this as &$v) { $v *= 2; } }
}
$s = new Scores;
$s->extra = 10;
foreach ($s as $k => &$v) {
    $v = $v * 10;
}
unset($v);
var_dump($s);
$s->doubleAll();
var_dump($s);
--EXPECTF--
Deprecated: Creation of dynamic property Scores::$extra is deprecated in %s on line 9
object(Scores)#1 (4) {
  ["math"]=>
  int(10)
  ["art"]=>
  int(20)
  ["secret":"Scores":private]=>
  int(3)
  ["extra"]=>
  int(100)
}
object(Scores)#1 (4) {
  ["math"]=>
  int(20)
  ["art"]=>
  int(40)
  ["secret":"Scores":private]=>
  int(6)
  ["extra"]=>
  int(200)
}
