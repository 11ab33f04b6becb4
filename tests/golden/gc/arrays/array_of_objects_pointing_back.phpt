--TEST--
Objects in an array each hold the array's owner: owner and children collected together
--FILE--
<?php
class Owner { public $items = []; function __destruct() { echo "~owner\n"; } }
class Item { function __construct(public $owner, public $id) {} function __destruct() { echo "~item{$this->id}\n"; } }
$o = new Owner;
for ($i = 0; $i < 3; $i++) { $o->items[] = new Item($o, $i); }
$o = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
~owner
~item0
~item1
~item2
5
