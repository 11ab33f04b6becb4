--TEST--
__isset and __unset are called by isset()/empty()/unset() on inaccessible properties.
--FILE--
<?php
class Bag {
    private $data = ['a' => 1, 'z' => 0];
    public function __isset($name) {
        echo "__isset($name)\n";
        return isset($this->data[$name]);
    }
    public function __unset($name) {
        echo "__unset($name)\n";
        unset($this->data[$name]);
    }
    public function __get($name) {
        echo "__get($name)\n";
        return $this->data[$name];
    }
}
$b = new Bag;
var_dump(isset($b->a));
var_dump(isset($b->nope));
var_dump(empty($b->z));
var_dump(empty($b->a));
unset($b->a);
var_dump(isset($b->a));
var_dump($b->z ?? 'default');
--EXPECT--
__isset(a)
bool(true)
__isset(nope)
bool(false)
__isset(z)
__get(z)
bool(true)
__isset(a)
__get(a)
bool(false)
__unset(a)
__isset(a)
bool(false)
__isset(z)
__get(z)
int(0)
