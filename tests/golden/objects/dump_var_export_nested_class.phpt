--TEST--
var_export of a class object containing another object and an array of objects.
--FILE--
<?php
class Item { public $name; function __construct($n) { $this->name = $n; } }
class Cart {
    public $owner;
    public $items = [];
}
$c = new Cart;
$c->owner = (object)['id' => 7];
$c->items[] = new Item('apple');
$c->items[] = new Item('pear');
var_export($c);
echo "\n";
--EXPECT--
\Cart::__set_state(array(
   'owner' => 
  (object) array(
     'id' => 7,
  ),
   'items' => 
  array (
    0 => 
    \Item::__set_state(array(
       'name' => 'apple',
    )),
    1 => 
    \Item::__set_state(array(
       'name' => 'pear',
    )),
  ),
))
