--TEST--
foreach by reference over an object whose variable gets another object starts over on the new one, even when it reuses the freed handle.
--FILE--
<?php
class Node {
    public $first = 'f';
    public $second = 's';
    public $third = 't';
}
$n = new Node;
$round = 0;
foreach ($n as $k => &$v) {
    echo "$k=$v #", spl_object_id($n), "\n";
    if ($round++ === 1) {
        $n = null; // frees the object: the next one takes its handle
        $n = new Node;
        $n->first = 'new first';
    }
}
unset($v);
var_dump($n);
--EXPECT--
first=f #1
second=s #1
first=new first #1
second=s #1
third=t #1
object(Node)#1 (3) {
  ["first"]=>
  string(9) "new first"
  ["second"]=>
  string(1) "s"
  ["third"]=>
  string(1) "t"
}
