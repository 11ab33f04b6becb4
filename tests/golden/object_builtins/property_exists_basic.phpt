--TEST--
property_exists() sees declared properties of any visibility, null ones too, and dynamic ones of an object.
--FILE--
<?php
class Item {
    public $name;
    protected $price = 10;
    private $code = 'x';
}
$i = new Item;
var_dump(property_exists($i, 'name'), property_exists($i, 'price'), property_exists($i, 'code'));
var_dump(property_exists('Item', 'name'), property_exists('item', 'code'), property_exists('Item', 'missing'));
$s = new stdClass;
$s->dyn = null;
var_dump(property_exists($s, 'dyn'), property_exists($s, 'other'), property_exists('stdClass', 'dyn'));
var_dump(property_exists('Nope', 'name'));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
