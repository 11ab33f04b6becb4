--TEST--
an object held only by a static property lives to shutdown; replacing it destructs the old one at once
--FILE--
<?php
class Node { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; } }
class Registry { public static $item; public static $list = []; }
Registry::$item = new Node(1);
Registry::$item = new Node(2);
Registry::$list[] = new Node(3);
Registry::$list[] = new Node(4);
array_pop(Registry::$list);
$keep = new Node(5);
echo "end\n";
--EXPECT--
destruct 1
destruct 4
end
destruct 5
destruct 3
destruct 2
