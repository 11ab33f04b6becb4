--TEST--
var_dump($this) inside a destructor shows the dying object's handle and its properties intact
--FILE--
<?php
class V {
    public $tag;
    public function __construct($t) { $this->tag = $t; }
    public function __destruct() { var_dump($this); }
}
$a = new V("first");
$b = new V("second");
unset($a);
$c = new V("third");
unset($c);
echo "end\n";
--EXPECT--
object(V)#1 (1) {
  ["tag"]=>
  string(5) "first"
}
object(V)#1 (1) {
  ["tag"]=>
  string(5) "third"
}
end
object(V)#2 (1) {
  ["tag"]=>
  string(6) "second"
}
